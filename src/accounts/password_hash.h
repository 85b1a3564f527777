// Passwords as Argon2id hashes (libsodium's crypto_pwhash), each encoded with its own salt
// and cost parameters, so that parameters can be raised later without breaking old hashes.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace vigie {

// Passwords shorter than this are refused: analysts' accounts can change the record.
inline constexpr size_t kMinPasswordLength = 10;
// Longer inputs are refused too (hashing cost is per byte of input, and no one types this).
inline constexpr size_t kMaxPasswordLength = 1024;

// Fails, saying why, when the password is too short or too long.
Status CheckPassword(std::string_view password);

// The Argon2id hash of `password` ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"): libsodium's
// interactive limits (about 64 MiB and a tenth of a second per hash on this machine's kind).
// Fails when CheckPassword does or memory is short.
Result<std::string> HashPassword(std::string_view password);

// True when `password` matches `encoded`; false for any malformed or empty hash (a deleted
// account). Takes as long as hashing.
bool VerifyPassword(std::string_view encoded, std::string_view password);

}  // namespace vigie
