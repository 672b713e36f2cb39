// SPDX-License-Identifier: AGPL-3.0-or-later
// The statistics page (/tilastot, /sv/tilastot, /en/tilastot): published practices per year,
// sector, theme and region (SVG charts, a region map, data tables) and the organisation standing
// (core/ranking.hpp) over a period chosen with a GET form (`from`, `until`: inclusive Helsinki
// dates YYYY-MM-DD).
//
//   add_stats_routes(router, services);
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "tori/core/ranking.hpp"
#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// How many ranks the standing shows (more when organisations tie with the last).
inline constexpr std::size_t kStandingTop = 20;

// A period of inclusive Helsinki dates.
struct StatsPeriod {
  std::string from;   // "2026-01-01"
  std::string until;  // "2026-12-01"
};

// The period the form asks for, or which field is wrong (catalogue keys of the errors).
struct PeriodRequest {
  StatsPeriod period;
  std::optional<core::TimeWindow> window;  // set when both dates are good
  std::string from_error;                  // "stats.error.from" or ""
  std::string until_error;                 // "stats.error.until", "stats.error.order" or ""
};

// The default period on Helsinki day `today` ("2026-12-01"): this calendar year so far, or the
// whole previous year when `has_practices` says this year's window has no practice.
[[nodiscard]] StatsPeriod default_period(
    std::string_view today, const std::function<bool(const core::TimeWindow&)>& has_practices);

// Reads the `from` and `until` parameters: an absent or empty one takes `fallback`'s date; a
// malformed one, or `until` before `from`, is an error on that field.
[[nodiscard]] PeriodRequest read_period(const std::optional<std::string>& from,
                                        const std::optional<std::string>& until,
                                        const StatsPeriod& fallback);

// The page. A bad period answers 400 with the page and the form's errors beside the fields.
[[nodiscard]] http::Response stats_page(const http::Request& request, const Services& services,
                                        text::Language language);

// Registers /tilastot in all three languages.
void add_stats_routes(http::Router& router, const Services& services);

}  // namespace tori::web
