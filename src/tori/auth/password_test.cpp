// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of argon2id password hashes: round trips, wrong and odd passwords, malformed stored
// strings, cost changes.
#include "tori/auth/password.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace tori::auth {
namespace {

const PasswordCost kCost = PasswordCost::minimum();

TEST(Password, VerifiesOnlyTheSamePassword) {
  struct Case {
    std::string password;
    std::string attempt;
    bool accepted;
  };
  const Case cases[] = {
      {"correct horse battery", "correct horse battery", true},
      {"correct horse battery", "Correct horse battery", false},
      {"correct horse battery", "correct horse battery ", false},
      {"ääkkösiä ja ß", "ääkkösiä ja ß", true},
      {"ääkkösiä ja ß", "aakkosia ja ss", false},
      {std::string("nul\0inside", 10), std::string("nul\0inside", 10), true},
      {std::string("nul\0inside", 10), "nul", false},
      {"", "", true},  // the form refuses empty passwords; the hash itself takes any
      {std::string(kLongestPassword, 'x'), std::string(kLongestPassword, 'x'), true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.password.substr(0, 20) + " / " + c.attempt.substr(0, 20));
    const std::string stored = hash_password(c.password, kCost);
    EXPECT_TRUE(stored.starts_with("$argon2id$v=19$"));
    EXPECT_EQ(verify_password(c.attempt, stored), c.accepted);
  }
}

TEST(Password, EachHashHasItsOwnSalt) {
  EXPECT_NE(hash_password("same", kCost), hash_password("same", kCost));
}

TEST(Password, MalformedStoredStringsAndOverlongPasswordsAreRefused) {
  const std::string stored = hash_password("salasana", kCost);
  for (const std::string& bad :
       {std::string(), std::string("salasana"), std::string("$argon2i$v=19$m=8,t=1,p=1$xx$yy"),
        stored.substr(0, stored.size() - 4), std::string(500, '$'), stored + "x"}) {
    EXPECT_FALSE(verify_password("salasana", bad)) << bad;
  }
  EXPECT_FALSE(verify_password(std::string(kLongestPassword + 1, 'x'), stored));
  EXPECT_THROW((void)hash_password(std::string(kLongestPassword + 1, 'x'), kCost),
               std::runtime_error);
}

TEST(Password, AChangedCostAsksForARehash) {
  const std::string stored = hash_password("salasana", kCost);
  EXPECT_FALSE(needs_rehash(stored, kCost));
  EXPECT_TRUE(needs_rehash(stored, {kCost.operations + 1, kCost.memory_bytes}));
  EXPECT_TRUE(needs_rehash("not a hash", kCost));
}

}  // namespace
}  // namespace tori::auth
