// Logins against a scratch store: the throttle per account and address, per account from
// every address, and attempts made in parallel.
#include "server/auth_service.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "accounts/password_hash.h"
#include "store/scratch_database.h"

namespace vigie {
namespace {

class AuthServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = EventStore::Open(scratch_.path());
    ASSERT_TRUE(store.ok()) << store.status().message();
    auto hash = HashPassword("right password 1");
    ASSERT_TRUE(hash.ok());
    ASSERT_TRUE((*store)->AddUser({0, "ana", "analyst", *hash, "", false}).ok());
    pool_ = std::make_unique<StorePool>(scratch_.path(), StoreOptions{});
  }

  testing::ScratchDatabase scratch_;
  std::unique_ptr<StorePool> pool_;
};

using Outcome = LoginResult::Outcome;

TEST_F(AuthServiceTest, AnAddressIsThrottledAfterItsFailuresAndOthersAreNot) {
  AuthOptions options;
  options.max_failed_logins = 3;
  AuthService auth(*pool_, options);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(auth.Login("ana", "wrong", "10.0.0.1").outcome, Outcome::kRefused);
  EXPECT_EQ(auth.Login("ana", "right password 1", "10.0.0.1").outcome, Outcome::kThrottled);
  EXPECT_EQ(auth.Login("ana", "right password 1", "10.0.0.2").outcome, Outcome::kOk);
  // A success clears its own address only.
  EXPECT_EQ(auth.Login("ana", "right password 1", "10.0.0.1").outcome, Outcome::kThrottled);
}

TEST_F(AuthServiceTest, AnAccountIsThrottledWhenGuessedFromManyAddresses) {
  AuthOptions options;
  options.max_failed_logins = 3;
  options.max_failed_logins_per_account = 5;
  AuthService auth(*pool_, options);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(auth.Login("ana", "wrong", "10.0.1." + std::to_string(i)).outcome, Outcome::kRefused);
  }
  EXPECT_EQ(auth.Login("ana", "right password 1", "10.0.2.1").outcome, Outcome::kThrottled);
  EXPECT_EQ(auth.Login("bob", "wrong", "10.0.2.1").outcome, Outcome::kRefused);  // another name is not
}

TEST_F(AuthServiceTest, AttemptsInParallelCannotSlipPastTheLimit) {
  AuthOptions options;
  options.max_failed_logins = 3;
  AuthService auth(*pool_, options);
  std::atomic<int> refused = 0, throttled = 0;
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      const Outcome outcome = auth.Login("ana", "wrong", "10.0.3.1").outcome;
      (outcome == Outcome::kRefused ? refused : throttled) += 1;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(refused, 3);
  EXPECT_EQ(throttled, 5);
}

}  // namespace
}  // namespace vigie
