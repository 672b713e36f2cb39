// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of reading redirects from CSV: the header, quoting, line numbers, every refusal.
#include "tori/core/redirect_csv.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tori::core {
namespace {

using Q = RedirectCsvProblem;

TEST(RedirectCsvTest, ReadsRowsWithTheirLines) {
  const RedirectCsv csv = read_redirect_csv(
      "\xEF\xBB\xBFold,target,note\r\n/a/,/b,\r\n\r\n\"/c,d\",\"/e\",\"sanoi \"\"hei\"\"\nrivi\"\n"
      "/f,https://example.fi/\n");
  EXPECT_TRUE(csv.errors.empty());
  ASSERT_EQ(csv.rows.size(), 3U);
  EXPECT_EQ(csv.rows[0].line, 2U);
  EXPECT_EQ(csv.rows[0].input.old_path, "/a/");
  EXPECT_EQ(csv.rows[1].line, 4U);
  EXPECT_EQ(csv.rows[1].input.old_path, "/c,d");
  EXPECT_EQ(csv.rows[1].input.note, "sanoi \"hei\"\nrivi");
  EXPECT_EQ(csv.rows[2].line, 6U);
  EXPECT_EQ(csv.rows[2].input.target, "https://example.fi/");
  EXPECT_EQ(redirect_inputs(csv.rows).size(), 3U);
  EXPECT_TRUE(read_redirect_csv("old,target\n/a,/b").errors.empty());
}

struct CsvCase {
  std::string text;
  std::vector<std::pair<std::size_t, RedirectCsvProblem>> errors;
};

TEST(RedirectCsvTest, RefusesMalformedLinesByNumber) {
  const std::vector<CsvCase> cases = {
      {"", {{1, Q::kHeader}}},
      {"vanha,uusi\n/a,/b\n", {{1, Q::kHeader}}},
      {"old,target\n", {{2, Q::kEmpty}}},
      {"old,target\n/a\n/b,/c,d,e\n/d,/e\n", {{2, Q::kFieldCount}, {3, Q::kFieldCount}}},
      {"old,target\n\"/a,/b\n", {{2, Q::kQuote}}},
      {"old,target\n\"/a\"x,/b\n", {{2, Q::kQuote}}},
      {"old,target\n/a\"b,/c\n", {{2, Q::kQuote}}},
      {"old,target\n/a\xFF,/b\n", {{2, Q::kEncoding}}},
  };
  for (const CsvCase& c : cases) {
    const RedirectCsv csv = read_redirect_csv(c.text);
    std::vector<std::pair<std::size_t, RedirectCsvProblem>> got;
    for (const RedirectCsvError& error : csv.errors)
      got.emplace_back(error.line, error.problem);
    EXPECT_EQ(got, c.errors) << c.text;
  }
  const RedirectCsv many = read_redirect_csv("old,target\n/a,/b\n/c,/d\n/e,/f\n", 2);
  ASSERT_EQ(many.errors.size(), 1U);
  EXPECT_EQ(many.errors[0].line, 4U);
  EXPECT_EQ(many.errors[0].problem, Q::kTooMany);
  EXPECT_EQ(redirect_csv_problem_name(Q::kFieldCount), "field_count");
  EXPECT_FALSE(redirect_csv_problem_text(Q::kHeader).empty());
}

}  // namespace
}  // namespace tori::core
