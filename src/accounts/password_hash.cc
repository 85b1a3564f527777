#include "accounts/password_hash.h"

#include <sodium.h>

namespace vigie {

namespace {

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

Status CheckPassword(std::string_view password) {
  if (password.size() < kMinPasswordLength) {
    return Status::Error("the password is too short: at least " + std::to_string(kMinPasswordLength) + " characters");
  }
  if (password.size() > kMaxPasswordLength) {
    return Status::Error("the password is too long: at most " + std::to_string(kMaxPasswordLength) + " characters");
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  if (Status s = CheckPassword(password); !s.ok()) return s;
  if (!SodiumReady()) return Status::Error("cannot initialise libsodium");
  char encoded[crypto_pwhash_argon2id_STRBYTES];
  if (crypto_pwhash_argon2id_str(encoded, password.data(), password.size(), crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                 crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE) != 0) {
    return Status::Error("cannot hash the password (out of memory?)");
  }
  return std::string(encoded);
}

bool VerifyPassword(std::string_view encoded, std::string_view password) {
  if (!SodiumReady() || encoded.empty() || encoded.size() >= crypto_pwhash_argon2id_STRBYTES ||
      password.size() > kMaxPasswordLength || !encoded.starts_with("$argon2id$")) {
    return false;
  }
  const std::string terminated(encoded);
  return crypto_pwhash_argon2id_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace vigie
