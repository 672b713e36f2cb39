// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of e-mail address checks, keys and masking: one table per function.
#include "tori/core/email.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

TEST(Email, PlausibleAddresses) {
  struct Case {
    std::string_view address;
    bool plausible;
  };
  const Case cases[] = {
      {"maija@example.fi", true},
      {"maija.meikalainen+tori@kunta.example.fi", true},
      {"", false},
      {"maija", false},
      {"@example.fi", false},
      {"maija@", false},
      {"maija@example", false},
      {"maija@.example.fi", false},
      {"maija@example.fi.", false},
      {"maija@example..fi", false},
      {"maija@@example.fi", false},
      {"mai ja@example.fi", false},
      {"maija@example.fi\r\nBcc: x@example.fi", false},
      {"maija@example.fi\n", false},
      {"<maija@example.fi>", false},
      {"maija,pekka@example.fi", false},
      {"\"maija\"@example.fi", false},
      {"maija;@example.fi", false},
      {std::string_view("ma\0ja@example.fi", 16), false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(is_plausible_email(c.address), c.plausible) << c.address;
  EXPECT_FALSE(is_plausible_email(std::string(250, 'a') + "@example.fi"));
}

TEST(Email, KeysTrimAndLowerCase) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"maija@example.fi", "maija@example.fi"},
      {"  Maija.M@Example.FI \t", "maija.m@example.fi"},
      {"ÄITI@example.fi", "Äiti@example.fi"},  // only ASCII is folded
      {"", ""},
  };
  for (const auto& [typed, key] : cases)
    EXPECT_EQ(email_key(typed), key) << typed;
  EXPECT_EQ(trim_email("  Maija@Example.fi\n"), "Maija@Example.fi");
}

TEST(Email, MaskKeepsTheDomain) {
  EXPECT_EQ(mask_email("maija@example.fi"), "m***@example.fi");
  EXPECT_EQ(mask_email("m@example.fi"), "m***@example.fi");
  EXPECT_EQ(mask_email("nothing"), "***");
  EXPECT_EQ(mask_email("@example.fi"), "***");
}

}  // namespace
}  // namespace tori::core
