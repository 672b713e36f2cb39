// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/events: the programme's events as JSON (DESIGN.md §8), with the query parsed apart
// from HTTP.
//
//   auto query = parse_event_api_query("kind=gala&when=past", finland, now);  // or ApiError
#pragma once

#include <string_view>
#include <variant>

#include <boost/json/object.hpp>

#include "tori/core/event.hpp"
#include "tori/core/finland.hpp"
#include "tori/http/message.hpp"
#include "tori/store/event_store.hpp"
#include "tori/store/registration_store.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Parameters: when (upcoming, the default; past; all), kind, region (a region slug), month
// ("2027-03", Helsinki), limit (0–100, default 20), offset. Unknown or repeated names, malformed
// or unknown values are an invalid_parameter error naming the parameter; empty values are
// ignored.
[[nodiscard]] std::variant<store::EventQuery, ApiError> parse_event_api_query(
    std::string_view query, const core::Finland& finland, store::UtcTime now);

// One event of the list: slug, title, kind, starts_at, ends_at (RFC 3339, Helsinki offset),
// municipality (null for remote only), capacity and seats_left (null: no limit; for separate
// capacities the sums, null when either way has no limit), separate_capacities (null, or
// {"on_site", "remote"} each {"capacity", "seats_left"}), registration_open, cancelled, url.
[[nodiscard]] boost::json::object event_summary_json(const core::Event& event,
                                                     const store::SeatCount& seats,
                                                     const SiteInfo& site, core::TimePoint now);

[[nodiscard]] http::Response api_events(const http::Request& request, const Services& services);

}  // namespace tori::web
