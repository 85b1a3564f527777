// Logins, sessions and who may do what: passwords checked against their Argon2id hashes,
// failed logins throttled, sessions found from their cookie, and the CSRF token every change
// must carry. Roles: viewer < analyst < admin.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "server/store_pool.h"

namespace vigie {

struct AuthOptions {
  int64_t session_seconds = 12 * 3600;
  int max_failed_logins = 10;            // per account and address, within the window
  int64_t failure_window_seconds = 15 * 60;
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
  AuthService(StorePool& pool, const AuthOptions& options) : pool_(pool), options_(options) {}

  // Checks the password; the same answer (kRefused) for an unknown name and a wrong
  // password. After max_failed_logins failures for one name from one address within the
  // window, kThrottled until the window passes.
  LoginResult Login(const std::string& name, const std::string& password, const std::string& address);
  // The session a cookie's token opens, if any.
  std::optional<UserSession> Authenticate(const std::string& token);
  void Logout(const std::string& token);

  int64_t session_seconds() const { return options_.session_seconds; }

 private:
  int64_t Now() const;
  StorePool& pool_;
  AuthOptions options_;
  std::mutex failures_mutex_;
  std::map<std::string, std::pair<int, int64_t>> failures_;  // name|address -> (count, window start)
};

}  // namespace vigie
