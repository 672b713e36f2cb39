// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the API's query parsing: names, repeats, limits, dates and unknown filter values.
#include "tori/web/api_params.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "tori/text/time_format.hpp"

namespace tori::web {
namespace {

// Everything exists whose value starts with "ok".
ApiVocabulary fake_known() {
  auto ok = [](std::string_view value) { return value.starts_with("ok"); };
  return ApiVocabulary{ok, ok, ok,
                       [ok](core::Vocabulary, std::string_view value) { return ok(value); }};
}

store::PracticeQuery parsed(std::string_view query) {
  auto result = parse_practice_query(query, fake_known());
  if (auto* error = std::get_if<ApiError>(&result)) {
    ADD_FAILURE() << query << ": " << error->message;
    return {};
  }
  return std::get<store::PracticeQuery>(result);
}

TEST(ApiParamsTest, SplitsAndDecodesTheQuery) {
  auto pairs = split_query("theme=a%C3%A4&&x=b+c&flag");
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0], (std::pair<std::string, std::string>{"theme", "aä"}));
  EXPECT_EQ(pairs[1], (std::pair<std::string, std::string>{"x", "b c"}));
  EXPECT_EQ(pairs[2], (std::pair<std::string, std::string>{"flag", ""}));
}

TEST(ApiParamsTest, DefaultsArePublishedNewestTwenty) {
  store::PracticeQuery query = parsed("");
  EXPECT_EQ(query.limit, 20);
  EXPECT_EQ(query.offset, 0);
  EXPECT_EQ(query.sort, store::PracticeQuery::Sort::kNewest);
  EXPECT_EQ(query.states, std::vector<core::PracticeState>{core::PracticeState::kPublished});
}

TEST(ApiParamsTest, RepeatedFiltersAreCollected) {
  store::PracticeQuery query = parsed(
      "theme=ok1&theme=ok2&sector=ok3&client_group=ok4&organisation=ok5&region=ok6"
      "&municipality=ok7&maturity=pilot&maturity=idea&year=2024&year=2023&sort=title"
      "&limit=5&offset=10");
  EXPECT_EQ(query.themes, (std::vector<std::string>{"ok1", "ok2"}));
  EXPECT_EQ(query.sectors, std::vector<std::string>{"ok3"});
  EXPECT_EQ(query.client_groups, std::vector<std::string>{"ok4"});
  EXPECT_EQ(query.organisations, std::vector<std::string>{"ok5"});
  EXPECT_EQ(query.regions, std::vector<std::string>{"ok6"});
  EXPECT_EQ(query.municipalities, std::vector<std::string>{"ok7"});
  EXPECT_EQ(query.maturities,
            (std::vector<core::Maturity>{core::Maturity::kPilot, core::Maturity::kIdea}));
  EXPECT_EQ(query.years, (std::vector<int>{2024, 2023}));
  EXPECT_EQ(query.sort, store::PracticeQuery::Sort::kTitle);
  EXPECT_EQ(query.limit, 5);
  EXPECT_EQ(query.offset, 10);
}

TEST(ApiParamsTest, LimitIsClamped) {
  EXPECT_EQ(parsed("limit=100").limit, 100);
  EXPECT_EQ(parsed("limit=101").limit, 100);
  EXPECT_EQ(parsed("limit=99999999999999999999").limit, 100);
  EXPECT_EQ(parsed("limit=0").limit, 0);
}

TEST(ApiParamsTest, BadValuesNameTheirParameter) {
  struct Case {
    std::string_view query;
    std::string_view parameter;
  };
  const Case cases[] = {
      {"limit=-1", "limit"},
      {"limit=abc", "limit"},
      {"limit=1.5", "limit"},
      {"offset=-3", "offset"},
      {"offset=99999999999", "offset"},
      {"sort=random", "sort"},
      {"sort=title&sort=newest", "sort"},
      {"limit=1&limit=2", "limit"},
      {"theme=nope", "theme"},
      {"sector=nope", "sector"},
      {"client_group=nope", "client_group"},
      {"organisation=nope", "organisation"},
      {"region=nope", "region"},
      {"municipality=nope", "municipality"},
      {"maturity=ripe", "maturity"},
      {"year=24", "year"},
      {"year=20245", "year"},
      {"published_from=2024-02-30", "published_from"},
      {"published_until=yesterday", "published_until"},
      {"colour=red", "colour"},
      {"theme=ok&Theme=ok", "Theme"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    auto result = parse_practice_query(c.query, fake_known());
    ASSERT_TRUE(std::holds_alternative<ApiError>(result));
    const ApiError& error = std::get<ApiError>(result);
    EXPECT_EQ(error.code, ApiErrorCode::kInvalidParameter);
    EXPECT_EQ(error.parameter, std::optional<std::string>(c.parameter));
    EXPECT_FALSE(error.message.empty());
  }
}

TEST(ApiParamsTest, EmptyValuesAreIgnored) {
  store::PracticeQuery query = parsed("theme=&limit=&region=");
  EXPECT_TRUE(query.themes.empty());
  EXPECT_EQ(query.limit, 20);
}

TEST(ApiParamsTest, DatesAreHelsinkiDays) {
  using namespace std::chrono;
  // Winter: Helsinki is UTC+2, so 10.1.2024 starts at 9.1. 22:00 UTC.
  store::PracticeQuery winter = parsed("published_from=2024-01-10&published_until=2024-01-10");
  EXPECT_EQ(winter.published_from, sys_days{2024y / 1 / 9} + 22h);
  EXPECT_EQ(winter.published_before, sys_days{2024y / 1 / 10} + 22h);
  // Summer: UTC+3.
  EXPECT_EQ(parsed("published_from=2024-07-01").published_from, sys_days{2024y / 6 / 30} + 21h);
  // The spring change (31.3.2024 has 23 hours): the next day starts at 21:00 UTC.
  EXPECT_EQ(start_of_helsinki_day("2024-03-31"), sys_days{2024y / 3 / 30} + 22h);
  EXPECT_EQ(start_of_helsinki_day("2024-04-01"), sys_days{2024y / 3 / 31} + 21h);
  EXPECT_EQ(start_of_helsinki_day("2024-01-01"), sys_days{2023y / 12 / 31} + 22h);
}

TEST(ApiParamsTest, NumbersAreStrict) {
  EXPECT_EQ(parse_year("2024"), 2024);
  EXPECT_EQ(parse_year("+202"), std::nullopt);
  EXPECT_EQ(parse_offset("0"), 0);
  EXPECT_EQ(parse_offset(" 1"), std::nullopt);
  EXPECT_EQ(parse_limit(""), std::nullopt);
}

}  // namespace
}  // namespace tori::web
