// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of AddressSet parsing and membership, and of is_loopback.
#include "tori/http/address_set.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

TEST(AddressSet, Membership) {
  auto parsed = AddressSet::parse({"10.0.0.0/8", "192.168.1.5", "2001:db8::/32", "::1"});
  ASSERT_FALSE(parsed.bad_entry.has_value());
  struct AddressCase {
    const char* address;
    bool member;
  };
  const AddressCase cases[] = {
      {"10.1.2.3", true},
      {"11.0.0.1", false},
      {"192.168.1.5", true},
      {"192.168.1.6", false},
      {"2001:db8::1", true},
      {"2001:db9::1", false},
      {"::1", true},
      {"::ffff:10.0.0.1", true},
      {"not an address", false},
      {"", false},
  };
  for (const AddressCase& c : cases) {
    SCOPED_TRACE(c.address);
    EXPECT_EQ(parsed.set.contains(c.address), c.member);
  }
}

TEST(AddressSet, BadEntries) {
  for (const char* bad : {"10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "hello", "::1/129", "1.2.3"}) {
    SCOPED_TRACE(bad);
    auto parsed = AddressSet::parse({"127.0.0.1", bad});
    ASSERT_TRUE(parsed.bad_entry.has_value());
    EXPECT_EQ(*parsed.bad_entry, bad);
  }
  EXPECT_TRUE(AddressSet::parse({}).set.empty());
}

TEST(AddressSet, Loopback) {
  EXPECT_TRUE(is_loopback("127.0.0.1"));
  EXPECT_TRUE(is_loopback("127.8.9.10"));
  EXPECT_TRUE(is_loopback("::1"));
  EXPECT_TRUE(is_loopback("::ffff:127.0.0.1"));
  EXPECT_FALSE(is_loopback("10.0.0.1"));
  EXPECT_FALSE(is_loopback("::2"));
  EXPECT_FALSE(is_loopback("x"));
}

}  // namespace
}  // namespace tori::http
