// SPDX-License-Identifier: AGPL-3.0-or-later
// The one definition of the organisation standing (/tilastot now, the campaigns' "Suomen
// kekseliäin kunta" later) and of the period it is counted over.
//
// The count: practices now published whose first publication falls within inclusive Helsinki
// dates [from, until], counted once for each organisation of the practice. The standing: count
// descending, then Finnish collation of the name; tied counts share a rank and the next rank is
// skipped (1, 1, 3); organisations with no practice are left out.
//
//   auto window = helsinki_date_window("2024-01-01", "2024-12-31");  // UTC [start, end)
//   query.published_from = window->start; query.published_before = window->end;
//   auto rows = rank_organisations(counts, 10);  // the top ten and everyone tied with the tenth
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"

namespace tori::core {

// An organisation with its number of practices in the period.
struct OrganisationCount {
  std::string slug;
  std::string name;
  std::int64_t count = 0;
};

// One row of the standing.
struct StandingRow {
  int rank = 0;  // 1 + the number of organisations with a larger count
  std::string slug;
  std::string name;
  std::int64_t count = 0;
};

// The standing of `counts` (see above). With `top`, only the rows ranked `top` or better, which
// is the first `top` rows and every row tied with the last of them; `top` 0 gives nothing.
// Equal names keep their slugs' order.
[[nodiscard]] std::vector<StandingRow> rank_organisations(
    std::vector<OrganisationCount> counts, std::optional<std::size_t> top = std::nullopt);

// A UTC window [start, end): start included, end not.
struct TimeWindow {
  TimePoint start{};
  TimePoint end{};
};

// The first instant of the Helsinki calendar day `date` ("2024-03-31"), as UTC; nothing unless
// `date` is exactly a valid YYYY-MM-DD. (text::end_of_helsinki_day gives the window's end.)
[[nodiscard]] std::optional<TimePoint> start_of_helsinki_day(std::string_view date);

// The UTC window of the inclusive Helsinki dates [from, until]: from 00:00 of `from` to 00:00 of
// the day after `until`, Helsinki time. Nothing when either date is malformed or `until` is
// before `from`.
[[nodiscard]] std::optional<TimeWindow> helsinki_date_window(std::string_view from,
                                                             std::string_view until);

}  // namespace tori::core
