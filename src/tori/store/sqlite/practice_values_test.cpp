// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the stored forms of the practices tables: matching keys, JSON list parameters,
// times and the Helsinki year.
#include "tori/store/sqlite/practice_values.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store::sqlite {
namespace {

using practice_testing::utc;

TEST(PracticeValues, MatchKeyIgnoresCaseSpacingAndNormalisation) {
  const struct {
    const char* input;
    const char* expected;
  } cases[] = {
      {"Kontiolahden kunta", "kontiolahden kunta"},
      {"  KONTIOLAHDEN \t KUNTA ", "kontiolahden kunta"},
      {"ÄÄNEKOSKI", "äänekoski"},
      {"A\xCC\x88"
       "a",
       "\xC3\xA4"
       "a"},  // A + combining diaeresis → ä (NFC, then folded)
      {"", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(match_key(c.input), c.expected);
  }
  EXPECT_EQ(tidy_text("  Kestävä   kehitys "), "Kestävä kehitys");
}

TEST(PracticeValues, JsonArraysEscapeStrings) {
  EXPECT_EQ(json_array(std::vector<std::string>{}), "[]");
  EXPECT_EQ(json_array(std::vector<std::string>{"a", "ä\"\\", std::string{"\n\x01", 2}}),
            "[\"a\",\"ä\\\"\\\\\",\"\\u000a\\u0001\"]");
  EXPECT_EQ(json_array(std::vector<std::int64_t>{1, -2, 30}), "[1,-2,30]");
}

TEST(PracticeValues, StoredTimesRoundTripAndYearsAreHelsinkis) {
  const core::TimePoint time = utc(2021, 12, 31, 22, 30);
  EXPECT_EQ(stored_time(time), "2021-12-31T22:30:00.000Z");
  EXPECT_EQ(parse_stored_time(stored_time(time), "t"), time);
  EXPECT_THROW((void)parse_stored_time("yesterday", "t"), Error);
  EXPECT_EQ(helsinki_year(time), 2022);                       // 00.30 on 1 January in Helsinki
  EXPECT_EQ(helsinki_year(utc(2021, 12, 31, 21, 59)), 2021);  // 23.59
  EXPECT_EQ(vocabulary_code(core::Vocabulary::kClientGroup), "client_group");
  EXPECT_EQ(parse_vocabulary_code("theme"), core::Vocabulary::kTheme);
  EXPECT_FALSE(parse_vocabulary_code("themes").has_value());
}

}  // namespace
}  // namespace tori::store::sqlite
