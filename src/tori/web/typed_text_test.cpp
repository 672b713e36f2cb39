// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the lenient readers of typed dates, times, numbers and texts (typed_text.hpp), which
// the editors' event, campaign, news and episode forms share. Table-driven.
#include <gtest/gtest.h>

#include "tori/web/typed_text.hpp"

#include "tori/text/time_format.hpp"

namespace tori::web {
namespace {

TEST(TypedText, DatesAreReadFromBothForms) {
  const struct {
    std::string_view typed, expected;
  } cases[] = {
      {"2031-05-12", "2031-05-12"},  // what <input type="date"> sends
      {"12.5.2031", "2031-05-12"},   // typed by hand where the browser has no date input
      {"01.05.2031", "2031-05-01"},
      {"29.2.2032", "2032-02-29"},  // a leap year
      {"29.2.2031", ""},            // not one
      {"2031-02-30", ""},
      {"31.4.2031", ""},
      {"12.5.31", ""},  // a two-digit year
      {"2031-5-12", ""},
      {"12/5/2031", ""},
      {"-1.5.2031", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.typed);
    EXPECT_EQ(typed_date(c.typed), c.expected);
  }
}

TEST(TypedText, TimesAreReadWithColonOrDot) {
  const struct {
    std::string_view typed, expected;
  } cases[] = {
      {"09:30", "09:30"},     // <input type="time">
      {"09:30:00", "09:30"},  // a time input with seconds
      {"9:30", "09:30"},     {"9.30", "09:30"}, {"0.05", "00:05"}, {"23:59", "23:59"},
      {"24:00", ""},         {"09:60", ""},     {"09:30:15", ""},  {"9", ""},
      {"930", ""},           {"-1:30", ""},     {"9:3", ""},       {"", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.typed);
    EXPECT_EQ(typed_time(c.typed), c.expected);
  }
}

TEST(TypedText, NumbersAndTexts) {
  EXPECT_EQ(typed_number("42", 3), 42);
  EXPECT_EQ(typed_number("4200", 3), -1);
  EXPECT_EQ(typed_number("4a", 3), -1);
  EXPECT_EQ(typed_number("", 3), -1);
  EXPECT_EQ(typed_text("  Rivi\r\ntoinen\r\n "), "Rivi\ntoinen");
  EXPECT_EQ(typed_line(" Nimi\r\njatkuu\t"), "Nimi jatkuu");
  EXPECT_EQ(typed_line(" \r\n"), "");
}

TEST(TypedText, CommaSeparatedLists) {
  const struct {
    std::string_view typed;
    std::vector<std::string> expected;
  } cases[] = {
      {"gaala, Tekojen gaala", {"gaala", "Tekojen gaala"}},
      {"a,,b, ,c,", {"a", "b", "c"}},
      {" yksi ", {"yksi"}},
      {"", {}},
      {",", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.typed);
    EXPECT_EQ(typed_list(c.typed), c.expected);
    EXPECT_EQ(typed_list(list_text(c.expected)), c.expected);
  }
  EXPECT_EQ(list_text({"a", "b"}), "a, b");
}

TEST(TypedText, HelsinkiMoments) {
  const TypedMoment winter = typed_helsinki_moment("16.2.2024", "9.00");
  ASSERT_TRUE(winter.at);
  EXPECT_EQ(*winter.at, *text::parse_rfc3339("2024-02-16T07:00:00Z"));
  const std::pair<std::string, std::string> shown("16.02.2024", "09:00");
  EXPECT_EQ(helsinki_date_and_time(*winter.at), shown);
  const TypedMoment summer = typed_helsinki_moment("2024-06-16", "09:00");
  ASSERT_TRUE(summer.at);
  EXPECT_EQ(*summer.at, *text::parse_rfc3339("2024-06-16T06:00:00Z"));
  const TypedMoment bad_date = typed_helsinki_moment("31.4.2024", "9.00");
  EXPECT_TRUE(bad_date.date_wrong && !bad_date.time_wrong && !bad_date.at);
  const TypedMoment bad_both = typed_helsinki_moment("", "25.00");
  EXPECT_TRUE(bad_both.date_wrong && bad_both.time_wrong && !bad_both.at);
  // 31.3.2024 03.30 does not exist in Helsinki: clocks go from 03.00 to 04.00.
  const TypedMoment skipped = typed_helsinki_moment("31.3.2024", "3.30");
  EXPECT_TRUE(!skipped.date_wrong && skipped.time_wrong && !skipped.at);
}

TEST(TypedText, CommonFieldProblems) {
  struct Case {
    const char* message;
    std::optional<std::string_view> kind;
    long long limit;
  };
  const Case cases[] = {
      {"title is required", "required", 0},
      {"title is longer than 200", "too_long", 200},
      {"description is longer than 20000 characters", "too_long", 20000},
      {"name is not valid UTF-8", "characters", 0},
      {"name contains a control character", "characters", 0},
      {"title contains a line break", "characters", 0},
      {"score_max must be 5 or 10", std::nullopt, 0},
      {"", std::nullopt, 0},
  };
  for (const Case& c : cases) {
    const auto problem = common_field_problem(c.message);
    EXPECT_EQ(problem ? std::optional{problem->kind} : std::nullopt, c.kind) << c.message;
    if (problem) EXPECT_EQ(problem->limit, c.limit) << c.message;
  }
}

TEST(TypedText, FieldListIndex) {
  EXPECT_EQ(field_list_index("questions[2].id"), (std::pair<long, std::string_view>{2, ".id"}));
  EXPECT_EQ(field_list_index("categories[12]"), (std::pair<long, std::string_view>{12, ""}));
  EXPECT_EQ(field_list_index("title"), (std::pair<long, std::string_view>{-1, "title"}));
  EXPECT_EQ(field_list_index("a]b[1"), (std::pair<long, std::string_view>{-1, "a]b[1"}));
  EXPECT_EQ(field_list_index("x[y].z"), (std::pair<long, std::string_view>{-1, ".z"}));
}

}  // namespace
}  // namespace tori::web
