// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the organisation standing (ties, top-N, Finnish order) and the Helsinki date window.
#include "tori/core/ranking.hpp"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

// A row as "rank name count", for compact expectations.
std::vector<std::string> compact(const std::vector<StandingRow>& rows) {
  std::vector<std::string> out;
  for (const StandingRow& row : rows)
    out.push_back(std::to_string(row.rank) + " " + row.name + " " + std::to_string(row.count));
  return out;
}

std::vector<OrganisationCount> counts(const std::vector<std::pair<std::string, int>>& pairs) {
  std::vector<OrganisationCount> out;
  for (const auto& [name, count] : pairs)
    out.push_back({"slug-" + name, name, count});
  return out;
}

struct RankingCase {
  const char* name;
  std::vector<std::pair<std::string, int>> input;
  std::optional<std::size_t> top;
  std::vector<std::string> expected;
};

class RankingTest : public ::testing::TestWithParam<RankingCase> {};

TEST_P(RankingTest, Ranks) {
  const RankingCase& c = GetParam();
  EXPECT_EQ(compact(rank_organisations(counts(c.input), c.top)), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, RankingTest,
    ::testing::Values(
        RankingCase{"empty", {}, std::nullopt, {}},
        RankingCase{"only_zero", {{"Aura", 0}}, std::nullopt, {}},
        RankingCase{"ties_share_and_skip",
                    {{"Oulu", 5}, {"Espoo", 7}, {"Vantaa", 7}, {"Lahti", 2}},
                    std::nullopt,
                    {"1 Espoo 7", "1 Vantaa 7", "3 Oulu 5", "4 Lahti 2"}},
        RankingCase{"zero_left_out", {{"Aura", 0}, {"Espoo", 1}}, std::nullopt, {"1 Espoo 1"}},
        RankingCase{"finnish_order_after_z",
                    {{"Östersundom", 3}, {"Zeta", 3}, {"Åbo", 3}, {"Ähtäri", 3}, {"Aura", 3}},
                    std::nullopt,
                    {"1 Aura 3", "1 Zeta 3", "1 Åbo 3", "1 Ähtäri 3", "1 Östersundom 3"}},
        RankingCase{"top_keeps_ties_with_last",
                    {{"A", 9}, {"B", 8}, {"C", 8}, {"D", 8}, {"E", 1}},
                    2,
                    {"1 A 9", "2 B 8", "2 C 8", "2 D 8"}},
        RankingCase{"top_cuts_after_tie",
                    {{"A", 9}, {"B", 9}, {"C", 8}, {"D", 7}},
                    3,
                    {"1 A 9", "1 B 9", "3 C 8"}},
        RankingCase{"top_zero", {{"A", 9}}, 0, {}},
        RankingCase{"top_larger_than_all", {{"A", 9}, {"B", 1}}, 10, {"1 A 9", "2 B 1"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(RankingTest, EqualNamesGoBySlug) {
  std::vector<OrganisationCount> input = {{"b", "Sama", 1}, {"a", "Sama", 1}};
  const auto rows = rank_organisations(input);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].slug, "a");
  EXPECT_EQ(rows[1].slug, "b");
}

struct WindowCase {
  const char* from;
  const char* until;
  std::optional<std::string> start;  // RFC 3339 UTC
  std::optional<std::string> end;
};

class WindowTest : public ::testing::TestWithParam<WindowCase> {};

TEST_P(WindowTest, Converts) {
  const WindowCase& c = GetParam();
  const auto window = helsinki_date_window(c.from, c.until);
  ASSERT_EQ(window.has_value(), c.start.has_value()) << c.from << " " << c.until;
  if (!window) return;
  EXPECT_EQ(text::format_rfc3339_utc(window->start), *c.start);
  EXPECT_EQ(text::format_rfc3339_utc(window->end), *c.end);
}

INSTANTIATE_TEST_SUITE_P(
    Table, WindowTest,
    ::testing::Values(
        WindowCase{"2024-01-01", "2024-12-31", "2023-12-31T22:00:00Z", "2024-12-31T22:00:00Z"},
        WindowCase{"2024-06-15", "2024-06-15", "2024-06-14T21:00:00Z", "2024-06-15T21:00:00Z"},
        // Summer time starts on 31 March 2024 and ends on 27 October 2024.
        WindowCase{"2024-03-31", "2024-10-27", "2024-03-30T22:00:00Z", "2024-10-27T22:00:00Z"},
        WindowCase{"2024-02-29", "2024-03-01", "2024-02-28T22:00:00Z", "2024-03-01T22:00:00Z"},
        WindowCase{"2024-12-31", "2024-01-01", std::nullopt, std::nullopt},
        WindowCase{"2024-02-30", "2024-03-01", std::nullopt, std::nullopt},
        WindowCase{"2024-1-01", "2024-03-01", std::nullopt, std::nullopt},
        WindowCase{"", "2024-03-01", std::nullopt, std::nullopt},
        WindowCase{"2024-01-01", "2024-03-01x", std::nullopt, std::nullopt}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(StartOfHelsinkiDayTest, IsThePreviousDaysEnd) {
  EXPECT_EQ(start_of_helsinki_day("2024-01-01"), text::end_of_helsinki_day("2023-12-31"));
  EXPECT_FALSE(start_of_helsinki_day("2024-13-01"));
}

}  // namespace
}  // namespace tori::core
