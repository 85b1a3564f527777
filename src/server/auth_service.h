// Logins, sessions and who may do what: passwords checked against their Argon2id hashes,
// failed logins throttled, sessions found from their cookie, and the CSRF token every change
// must carry. Roles: viewer < analyst < admin.
#pragma once

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <semaphore>
#include <string>

#include "server/store_pool.h"

namespace vigie {

struct AuthOptions {
  int64_t session_seconds = 12 * 3600;
  int max_failed_logins = 10;               // per account and address, within the window
  int max_failed_logins_per_account = 50;   // per account from all addresses together
  int64_t failure_window_seconds = 15 * 60;
  int concurrent_password_checks = 2;       // each Argon2id check takes 64 MiB
};

enum class Role { kViewer = 0, kAnalyst = 1, kAdmin = 2 };
// "viewer", "analyst", "admin" → the role; anything else is a viewer.
Role RoleFromName(const std::string& name);

struct LoginResult {
  enum class Outcome { kOk, kRefused, kThrottled, kFailed } outcome = Outcome::kRefused;
  std::string token;    // the cookie's value, when kOk
  UserSession session;  // when kOk
  std::string message;  // when kFailed (the store failed)
};

class AuthService {
 public:
  AuthService(StorePool& pool, const AuthOptions& options)
      : pool_(pool), options_(options), password_checks_(std::max(1, options.concurrent_password_checks)) {}

  // Checks the password; the same answer (kRefused) for an unknown name and a wrong
  // password. After max_failed_logins failures for one name from one address, or
  // max_failed_logins_per_account from all addresses, within the window: kThrottled until the
  // window passes. An attempt counts before its password is checked, so attempts made in
  // parallel cannot slip past the limit; a success clears its address's count. At most
  // concurrent_password_checks hashes run at once (the others wait), so a flood of logins
  // cannot take the server's memory.
  LoginResult Login(const std::string& name, const std::string& password, const std::string& address);
  // The session a cookie's token opens, if any.
  std::optional<UserSession> Authenticate(const std::string& token);
  void Logout(const std::string& token);

  int64_t session_seconds() const { return options_.session_seconds; }

 private:
  int64_t Now() const;
  // Counts one attempt against `name` from `address`; false when either limit is reached.
  bool CountAttempt(const std::string& name, const std::string& address, int64_t now);
  StorePool& pool_;
  AuthOptions options_;
  std::counting_semaphore<> password_checks_;
  std::mutex failures_mutex_;
  // "name|address" and "name" -> (attempts not followed by a success, window start)
  std::map<std::string, std::pair<int, int64_t>> failures_;
};

}  // namespace vigie
