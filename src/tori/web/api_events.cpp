// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/events: query parameters to an EventQuery, events to JSON.
#include "tori/web/api_events.hpp"

#include <boost/json/array.hpp>
#include <set>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/event_list_filters.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

ApiError invalid(const std::string& parameter, std::string message) {
  return {ApiErrorCode::kInvalidParameter, std::move(message), parameter};
}

// Sets one parameter of `query`; the error when its value is not acceptable.
std::optional<ApiError> apply(store::EventQuery& query, const std::string& name,
                              const std::string& value, const core::Finland& finland) {
  if (name == "when") {
    if (value == "upcoming")
      query.when = store::EventQuery::When::kUpcoming;
    else if (value == "past")
      query.when = store::EventQuery::When::kPast;
    else if (value == "all")
      query.when = store::EventQuery::When::kAll;
    else
      return invalid(name, "when must be upcoming, past or all");
  } else if (name == "kind") {
    query.kind = core::parse_event_kind(value);
    if (!query.kind) return invalid(name, "unknown kind '" + value + "'");
  } else if (name == "region") {
    const core::Region* region = finland.region_by_slug(value);
    if (region == nullptr) return invalid(name, "unknown region '" + value + "'");
    query.municipalities = region_municipalities(finland, *region);
  } else if (name == "month") {
    if (!is_event_month(value)) return invalid(name, "month must be YYYY-MM, e.g. 2027-03");
    query.month = value;
  } else if (name == "limit") {
    const auto limit = parse_limit(value);
    if (!limit) return invalid(name, "limit must be a whole number from 0 (at most 100 are given)");
    query.limit = *limit;
  } else if (name == "offset") {
    const auto offset = parse_offset(value);
    if (!offset) return invalid(name, "offset must be a whole number from 0");
    query.offset = *offset;
  } else {
    return invalid(name, "unknown parameter '" + name + "'");
  }
  return std::nullopt;
}

}  // namespace

std::variant<store::EventQuery, ApiError> parse_event_api_query(std::string_view query_text,
                                                                const core::Finland& finland,
                                                                store::UtcTime now) {
  store::EventQuery query;
  query.now = now;
  query.limit = kApiDefaultLimit;
  std::set<std::string> seen;
  for (const auto& [name, value] : split_query(query_text)) {
    if (!seen.insert(name).second) return invalid(name, "parameter '" + name + "' given twice");
    if (value.empty()) continue;
    if (auto error = apply(query, name, value, finland)) return *error;
  }
  return query;
}

namespace {

json::value way_json(const std::optional<store::SeatTally>& way) {
  json::object object{{"capacity", nullptr}, {"seats_left", nullptr}};
  if (way && way->capacity) {
    object["capacity"] = *way->capacity;
    object["seats_left"] = *way->left();
  }
  return object;
}

}  // namespace

json::object event_summary_json(const core::Event& event, const store::SeatCount& seats,
                                const SiteInfo& site, core::TimePoint now) {
  const core::EventInput& input = event.input;
  json::object object{{"slug", event.slug},
                      {"title", input.title},
                      {"kind", core::to_string(input.kind)},
                      {"starts_at", text::format_rfc3339_helsinki(input.starts_at)},
                      {"ends_at", text::format_rfc3339_helsinki(input.ends_at)},
                      {"municipality", nullptr},
                      {"capacity", nullptr},
                      {"seats_left", nullptr},
                      {"separate_capacities", nullptr},
                      {"registration_open", core::registration_open(event, now)},
                      {"members_only_network", nullptr},
                      {"cancelled", event.cancelled()},
                      {"url", absolute_url(site, "/tapahtumat/" + event.slug)}};
  if (input.place) object["municipality"] = input.place->municipality;
  const bool separate = core::has_separate_capacities(input);
  if (const auto capacity = separate ? seats.capacity : input.capacity) {
    object["capacity"] = *capacity;
    object["seats_left"] = seats.left().value_or(*capacity);
  }
  if (separate) {
    object["separate_capacities"] =
        json::object{{"on_site", way_json(seats.on_site)}, {"remote", way_json(seats.remote)}};
  }
  return object;
}

http::Response api_events(const http::Request& request, const Services& services) {
  const store::UtcTime now = store::utc_now();
  auto parsed = parse_event_api_query(request.query, services.finland, now);
  if (auto* error = std::get_if<ApiError>(&parsed)) return api_error_response(*error);
  const store::EventPage page = services.store.events().list(std::get<store::EventQuery>(parsed));
  std::vector<std::int64_t> ids;
  for (const core::Event& event : page.items)
    ids.push_back(event.id);
  auto seats = services.store.registrations().seats(ids);
  json::array items;
  for (const core::Event& event : page.items) {
    json::object item = event_summary_json(event, seats[event.id], services.site,
                                           std::chrono::time_point_cast<std::chrono::seconds>(now));
    if (event.input.kind == core::EventKind::kNetworkMeeting) {
      const auto network = services.store.networks().network_of_event(event.id);
      if (network && network->registration == core::MeetingRegistration::kMembers)
        item["members_only_network"] = network->slug;
    }
    items.push_back(std::move(item));
  }
  return api_json_response(request,
                           json::object{{"total", page.total}, {"items", std::move(items)}});
}

}  // namespace tori::web
