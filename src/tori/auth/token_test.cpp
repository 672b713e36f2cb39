// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of secret tokens: shape, uniqueness, digests and constant-time comparison.
#include "tori/auth/token.hpp"

#include <gtest/gtest.h>

#include <set>

namespace tori::auth {
namespace {

TEST(Token, IsUnpaddedBase64UrlOf32Bytes) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const std::string token = new_token();
    EXPECT_EQ(token.size(), 43u);
    EXPECT_EQ(
        token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos)
        << token;
    EXPECT_TRUE(seen.insert(token).second) << "repeated: " << token;
  }
}

TEST(Token, DigestIsStableHexAndDiffersPerToken) {
  const std::string token = new_token();
  EXPECT_EQ(token_digest(token), token_digest(token));
  EXPECT_EQ(token_digest(token).size(), 64u);
  EXPECT_EQ(token_digest(token).find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(token_digest(token), token_digest(token + "x"));
  // BLAKE2b-256 of the empty string (RFC 7693 parameters, 32-byte output).
  EXPECT_EQ(token_digest(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST(Token, SameSecretComparesWholeValues) {
  struct Case {
    const char* a;
    const char* b;
    bool same;
  };
  const Case cases[] = {
      {"", "", true},       {"abc", "abc", true}, {"abc", "abd", false},
      {"abc", "ab", false}, {"", "a", false},     {"Abc", "abc", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(same_secret(c.a, c.b), c.same) << c.a << " / " << c.b;
}

}  // namespace
}  // namespace tori::auth
