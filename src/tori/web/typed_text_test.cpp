// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the lenient readers of typed dates, times, numbers and texts (typed_text.hpp), which
// the editors' event and campaign forms share. Table-driven.
#include <gtest/gtest.h>

#include "tori/web/typed_text.hpp"

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
