#include "accounts/password_hash.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(PasswordHash, VerifiesTheRightPasswordOnly) {
  auto hash = HashPassword("correct horse battery");
  ASSERT_TRUE(hash.ok()) << hash.status().message();
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$"));
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
}

TEST(PasswordHash, EachHashHasItsOwnSalt) {
  auto a = HashPassword("the same password");
  auto b = HashPassword("the same password");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);
}

TEST(PasswordHash, ShortAndHugePasswordsAreRefused) {
  EXPECT_FALSE(HashPassword("short").ok());
  EXPECT_NE(CheckPassword("short").message().find("at least 10"), std::string::npos);
  EXPECT_FALSE(HashPassword(std::string(5000, 'x')).ok());
}

TEST(PasswordHash, MalformedOrEmptyHashesNeverMatch) {
  EXPECT_FALSE(VerifyPassword("", "anything at all"));
  EXPECT_FALSE(VerifyPassword("$argon2id$v=19$garbage", "anything at all"));
  EXPECT_FALSE(VerifyPassword("plain text password", "plain text password"));
}

}  // namespace
}  // namespace vigie
