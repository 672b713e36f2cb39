// SPDX-License-Identifier: AGPL-3.0-or-later
// The /tapahtumat filters: query parameters in, a store query and the filter form out.
#include "tori/web/event_list_filters.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "tori/store/store.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/labels.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::array<core::EventKind, 6> kKinds = {
    core::EventKind::kRegionalEvent,  core::EventKind::kGala,     core::EventKind::kWebinar,
    core::EventKind::kNetworkMeeting, core::EventKind::kWorkshop, core::EventKind::kOther};

void add_option(Dictionary& body, const char* section, const std::string& value,
                const std::string& label, bool selected) {
  Dictionary* option = body.AddSectionDictionary(section);
  option->SetValue("VALUE", value);
  option->SetValue("LABEL", label);
  if (selected) option->ShowSection("SELECTED");
}

// "maaliskuu 2027" of "2027-03".
std::string month_label(const Services& services, Language language, const std::string& month) {
  return services.catalogue.text(language,
                                 "events.month." + std::to_string(std::stoi(month.substr(5)))) +
         " " + month.substr(0, 4);
}

// The Helsinki months ("2027-03") in which the events of the chosen time start.
std::set<std::string> event_months(const Services& services, const EventFilters& filters,
                                   store::UtcTime now) {
  EventFilters all_months = filters;
  all_months.month.clear();
  store::EventQuery query = event_query(all_months, services, now);
  query.limit = 1000;
  std::set<std::string> months;
  for (const core::Event& event : services.store.events().list(query).items) {
    months.insert(text::format_rfc3339_helsinki(event.input.starts_at).substr(0, 7));
  }
  if (!filters.month.empty()) months.insert(filters.month);
  return months;
}

}  // namespace

bool is_event_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  return month >= 1 && month <= 12;
}

std::vector<std::string> region_municipalities(const core::Finland& finland,
                                               const core::Region& region) {
  std::vector<std::string> names;
  for (const core::Municipality& municipality : finland.municipalities()) {
    if (municipality.region_code == region.code) names.push_back(municipality.name_fi);
  }
  return names;
}

std::string EventFilters::query_string() const {
  std::string query;
  const auto add = [&](const char* name, const std::string& value) {
    if (!value.empty()) query += (query.empty() ? "?" : "&") + std::string{name} + "=" + value;
  };
  add("when", past ? "past" : "");
  add("kind", kind ? std::string{core::to_string(*kind)} : "");
  add("region", region);
  add("month", month);
  return query;
}

std::optional<EventFilters> parse_event_filters(const http::Request& request,
                                                const Services& services) {
  EventFilters filters;
  const std::string when = request.query_param("when").value_or("");
  if (when != "" && when != "upcoming" && when != "past") return std::nullopt;
  filters.past = when == "past";
  if (const std::string kind = request.query_param("kind").value_or(""); !kind.empty()) {
    filters.kind = core::parse_event_kind(kind);
    if (!filters.kind) return std::nullopt;
  }
  filters.region = request.query_param("region").value_or("");
  if (!filters.region.empty() && services.finland.region_by_slug(filters.region) == nullptr) {
    return std::nullopt;
  }
  filters.month = request.query_param("month").value_or("");
  if (!filters.month.empty() && !is_event_month(filters.month)) return std::nullopt;
  return filters;
}

store::EventQuery event_query(const EventFilters& filters, const Services& services,
                              store::UtcTime now) {
  store::EventQuery query;
  query.when = filters.past ? store::EventQuery::When::kPast : store::EventQuery::When::kUpcoming;
  query.now = now;
  query.kind = filters.kind;
  query.month = filters.month;
  if (const core::Region* region = services.finland.region_by_slug(filters.region)) {
    query.municipalities = region_municipalities(services.finland, *region);
    if (query.municipalities.empty()) query.municipalities.push_back("");  // matches nothing
  }
  return query;
}

void fill_event_filter_form(Dictionary& body, const Services& services, Language language,
                            const EventFilters& filters, store::UtcTime now) {
  const text::Catalogue& catalogue = services.catalogue;
  add_option(body, "WHEN_OPTION", "upcoming", catalogue.text(language, "events.when.upcoming"),
             !filters.past);
  add_option(body, "WHEN_OPTION", "past", catalogue.text(language, "events.when.past"),
             filters.past);
  for (const core::EventKind kind : kKinds) {
    add_option(body, "KIND_OPTION", std::string{core::to_string(kind)},
               event_kind_label(services, language, kind), filters.kind == kind);
  }
  std::vector<const core::Region*> regions;
  for (const core::Region& region : services.finland.regions())
    regions.push_back(&region);
  text::sort_finnish_by(regions, [&](const core::Region* region) {
    return region_name(services, language, region->slug, region->name_fi);
  });
  for (const core::Region* region : regions) {
    add_option(body, "REGION_OPTION", region->slug,
               region_name(services, language, region->slug, region->name_fi),
               filters.region == region->slug);
  }
  // In the order of the list: the soonest month first, or for past events the latest.
  const std::set<std::string> months = event_months(services, filters, now);
  std::vector<std::string> ordered(months.begin(), months.end());
  if (filters.past) std::reverse(ordered.begin(), ordered.end());
  for (const std::string& month : ordered) {
    add_option(body, "MONTH_OPTION", month, month_label(services, language, month),
               filters.month == month);
  }
}

}  // namespace tori::web
