// Random tokens for sessions and CSRF protection. The browser holds the token; the store
// keeps only its hash, so a copy of the database opens no session.
#pragma once

#include <string>
#include <string_view>

namespace vigie {

// 256 random bits from the system's generator (libsodium), as 64 hex digits.
std::string NewRandomToken();
// BLAKE2b-256 of the token, as 64 hex digits.
std::string HashToken(std::string_view token);
// Compares in time independent of where the two differ.
bool TokensEqual(std::string_view a, std::string_view b);

}  // namespace vigie
