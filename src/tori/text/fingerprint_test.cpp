// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the FNV-1a fingerprint against the published 64-bit test vectors.
#include "tori/text/fingerprint.hpp"

#include <gtest/gtest.h>

namespace tori::text {
namespace {

struct FingerprintCase {
  std::string_view data;
  std::uint64_t hash;
  std::string_view hex;
};

constexpr FingerprintCase kFingerprintCases[] = {
    {"", 0xcbf29ce484222325ULL, "cbf29ce484222325"},
    {"a", 0xaf63dc4c8601ec8cULL, "af63dc4c8601ec8c"},
    {"foobar", 0x85944171f73967e8ULL, "85944171f73967e8"},
};

TEST(Fingerprint, MatchesTheFnv1a64Vectors) {
  for (const FingerprintCase& test : kFingerprintCases) {
    SCOPED_TRACE(std::string(test.data));
    EXPECT_EQ(fnv1a64(test.data), test.hash);
    EXPECT_EQ(fingerprint_hex(test.data), test.hex);
  }
  static_assert(fnv1a64("") == 0xcbf29ce484222325ULL);
}

TEST(Fingerprint, KeepsLeadingZeros) {
  // Any input whose hash has a zero top nibble still gives 16 digits.
  for (int i = 0; i < 1000; ++i) {
    const std::string hex = fingerprint_hex(std::to_string(i));
    ASSERT_EQ(hex.size(), 16U);
    EXPECT_EQ(std::stoull(hex, nullptr, 16), fnv1a64(std::to_string(i)));
  }
}

}  // namespace
}  // namespace tori::text
