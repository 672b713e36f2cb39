// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of TOTP against RFC 6238's SHA-1 vectors, the drift window, malformed codes and
// secrets, the otpauth address, and recovery codes.
#include "tori/auth/totp.hpp"

#include <gtest/gtest.h>

#include <set>

namespace tori::auth {
namespace {

// RFC 6238 appendix B's SHA-1 key "12345678901234567890" in base32.
constexpr const char* kRfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

std::chrono::system_clock::time_point at(long long seconds) {
  return std::chrono::system_clock::time_point{std::chrono::seconds(seconds)};
}

TEST(Totp, MatchesTheRfcVectors) {
  struct Case {
    long long time;
    const char* code;  // the last six of the RFC's eight digits
  };
  const Case cases[] = {
      {59, "287082"},         {1111111109, "081804"}, {1111111111, "050471"},
      {1234567890, "005924"}, {2000000000, "279037"},
  };
  for (const Case& c : cases) {
    const auto step = verify_totp(kRfcSecret, c.code, at(c.time), 0);
    ASSERT_TRUE(step.has_value()) << c.time;
    EXPECT_EQ(*step, static_cast<std::uint64_t>(c.time / 30)) << c.time;
  }
}

TEST(Totp, AcceptsOneStepOfDriftAndNoMore) {
  EXPECT_EQ(verify_totp(kRfcSecret, "287082", at(59 + 30)), 1u);  // the code of step 1
  EXPECT_FALSE(verify_totp(kRfcSecret, "287082", at(59 + 60)).has_value());
  EXPECT_FALSE(verify_totp(kRfcSecret, "287082", at(59 + 30), 0).has_value());
}

TEST(Totp, RefusesMalformedCodesAndSecrets) {
  for (const char* code : {"", "28708", "2870821", "28708a", "287-082", "２８７０８２"}) {
    EXPECT_FALSE(verify_totp(kRfcSecret, code, at(59)).has_value()) << code;
  }
  EXPECT_TRUE(verify_totp(kRfcSecret, "287 082", at(59)).has_value());
  for (const char* secret : {"", "not base32!", "1111"}) {
    EXPECT_FALSE(verify_totp(secret, "287082", at(59)).has_value()) << secret;
  }
}

TEST(Totp, NewSecretsWorkAndDiffer) {
  const std::string secret = new_totp_secret();
  EXPECT_EQ(secret.size(), 32u);
  EXPECT_EQ(secret.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), std::string::npos);
  EXPECT_NE(secret, new_totp_secret());
  EXPECT_EQ(totp_uri(secret, "maija@kunta.fi", "Tekojen tori"),
            "otpauth://totp/Tekojen%20tori%3Amaija%40kunta.fi?secret=" + secret +
                "&issuer=Tekojen%20tori&algorithm=SHA1&digits=6&period=30");
}

TEST(RecoveryCodes, AreReadableUniqueAndNormalised) {
  const std::vector<std::string> codes = new_recovery_codes();
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 10u);
  for (const std::string& code : codes) {
    ASSERT_EQ(code.size(), 14u) << code;
    EXPECT_EQ(code[4], '-');
    EXPECT_EQ(code[9], '-');
    EXPECT_EQ(normalise_recovery_code(code).find_first_not_of("abcdefghjkmnpqrstuvwxyz23456789"),
              std::string::npos)
        << code;
  }
  EXPECT_EQ(normalise_recovery_code("K7MQ 2XCF-9TNR"), "k7mq2xcf9tnr");
  EXPECT_EQ(normalise_recovery_code(" - "), "");
}

}  // namespace
}  // namespace tori::auth
