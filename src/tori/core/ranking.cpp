// SPDX-License-Identifier: AGPL-3.0-or-later
// The organisation standing and the Helsinki date window it is counted over (ranking.hpp).
#include "tori/core/ranking.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <functional>
#include <utility>

#include "tori/text/collate.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {

std::vector<StandingRow> rank_organisations(std::vector<OrganisationCount> counts,
                                            std::optional<std::size_t> top) {
  std::erase_if(counts, [](const OrganisationCount& c) { return c.count <= 0; });
  std::ranges::sort(counts, {}, &OrganisationCount::slug);  // equal names: by slug
  text::sort_finnish_by(counts, [](const OrganisationCount& c) { return c.name; });
  std::ranges::stable_sort(counts, std::greater<>{}, &OrganisationCount::count);

  std::vector<StandingRow> rows;
  rows.reserve(counts.size());
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const bool tied = i > 0 && counts[i].count == counts[i - 1].count;
    const int rank = tied ? rows.back().rank : static_cast<int>(i) + 1;
    if (top && static_cast<std::size_t>(rank) > *top) break;
    rows.push_back({rank, std::move(counts[i].slug), std::move(counts[i].name), counts[i].count});
  }
  return rows;
}

std::optional<TimePoint> start_of_helsinki_day(std::string_view date) {
  if (!text::end_of_helsinki_day(date)) return std::nullopt;  // validates the form and the date
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(date.data(), date.data() + 4, y);
  std::from_chars(date.data() + 5, date.data() + 7, m);
  std::from_chars(date.data() + 8, date.data() + 10, d);
  using namespace std::chrono;
  const year_month_day previous{sys_days{year{y} / month{m} / day{d}} - days{1}};
  std::array<char, 16> text{};
  std::snprintf(text.data(), text.size(), "%04d-%02u-%02u", static_cast<int>(previous.year()),
                static_cast<unsigned>(previous.month()), static_cast<unsigned>(previous.day()));
  return text::end_of_helsinki_day(text.data());
}

std::optional<TimeWindow> helsinki_date_window(std::string_view from, std::string_view until) {
  const std::optional<TimePoint> start = start_of_helsinki_day(from);
  const std::optional<TimePoint> end = text::end_of_helsinki_day(until);
  if (!start || !end || *end <= *start) return std::nullopt;
  return TimeWindow{*start, *end};
}

}  // namespace tori::core
