#include "server/auth_service.h"

#include "accounts/password_hash.h"
#include "accounts/session_token.h"

namespace vigie {

Role RoleFromName(const std::string& name) {
  if (name == "admin") return Role::kAdmin;
  if (name == "analyst") return Role::kAnalyst;
  return Role::kViewer;
}

int64_t AuthService::Now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool AuthService::CountAttempt(const std::string& name, const std::string& address, int64_t now) {
  std::lock_guard lock(failures_mutex_);
  // Forget windows that have passed (now and then, so that the map stays small).
  if (failures_.size() > 10000) {
    std::erase_if(failures_, [&](const auto& entry) { return now - entry.second.second > options_.failure_window_seconds; });
  }
  const std::pair<std::string, int> limits[] = {{name + "|" + address, options_.max_failed_logins},
                                                {name, options_.max_failed_logins_per_account}};
  for (const auto& [key, limit] : limits) {
    auto it = failures_.find(key);
    if (it != failures_.end() && now - it->second.second > options_.failure_window_seconds) failures_.erase(it);
    it = failures_.find(key);
    if (it != failures_.end() && it->second.first >= limit) return false;
  }
  for (const auto& [key, limit] : limits) {
    auto& [count, start] = failures_[key];
    if (count == 0) start = now;
    ++count;
  }
  return true;
}

LoginResult AuthService::Login(const std::string& name, const std::string& password, const std::string& address) {
  LoginResult result;
  const int64_t now = Now();
  if (!CountAttempt(name, address, now)) {
    result.outcome = LoginResult::Outcome::kThrottled;
    return result;
  }
  auto store = pool_.Acquire();
  if (!store.ok()) {
    result.outcome = LoginResult::Outcome::kFailed;
    result.message = store.status().message();
    return result;
  }
  auto user = (*store)->FindUser(name);
  if (!user.ok()) {
    result.outcome = LoginResult::Outcome::kFailed;
    result.message = user.status().message();
    return result;
  }
  // An unknown name costs a hash too, so that timing does not tell names apart.
  static const std::string kDecoy = [] {
    auto decoy = HashPassword("decoy password for unknown users");
    return decoy.ok() ? decoy.value() : std::string();  // empty never verifies
  }();
  const bool known = user->has_value() && !(*user)->deleted;
  password_checks_.acquire();
  const bool match = VerifyPassword(known ? (*user)->password_hash : kDecoy, password) && known;
  password_checks_.release();
  if (!match) return result;  // the attempt stays counted
  {
    std::lock_guard lock(failures_mutex_);
    failures_.erase(name + "|" + address);
    if (auto it = failures_.find(name); it != failures_.end() && it->second.first > 0) --it->second.first;
  }
  result.token = NewRandomToken();
  result.session.user = **user;
  result.session.user.password_hash.clear();
  result.session.csrf_token = NewRandomToken();
  result.session.expires_at = now + options_.session_seconds;
  if (Status s = (*store)->CreateSession(HashToken(result.token), result.session.user.id, result.session.csrf_token,
                                         result.session.expires_at);
      !s.ok()) {
    result.outcome = LoginResult::Outcome::kFailed;
    result.message = s.message();
    return result;
  }
  result.outcome = LoginResult::Outcome::kOk;
  return result;
}

std::optional<UserSession> AuthService::Authenticate(const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  auto store = pool_.Acquire();
  if (!store.ok()) return std::nullopt;
  auto session = (*store)->FindSession(HashToken(token), Now());
  if (!session.ok()) return std::nullopt;
  return *session;
}

void AuthService::Logout(const std::string& token) {
  auto store = pool_.Acquire();
  if (store.ok()) (void)(*store)->DeleteSession(HashToken(token));
}

}  // namespace vigie
