// SPDX-License-Identifier: AGPL-3.0-or-later
// The filters of /tapahtumat (?when=past, ?kind=gala, ?region=pirkanmaa, ?month=2027-03): read
// from the query, turned into an EventQuery, and shown as the filter form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/http/message.hpp"
#include "tori/store/event_store.hpp"
#include "tori/web/page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct EventFilters {
  bool past = false;  // when=past; otherwise upcoming
  std::optional<core::EventKind> kind;
  std::string region;  // a region slug, or empty
  std::string month;   // "2027-03", or empty
  // "?when=past&kind=gala…" of the filters that are set ("" when none).
  [[nodiscard]] std::string query_string() const;
  [[nodiscard]] bool is_default() const {
    return !past && !kind && region.empty() && month.empty();
  }
};

// "2027-03": four digits, '-', a month 01–12 (the month filter of the page and the API).
[[nodiscard]] bool is_event_month(std::string_view text);

// The Finnish names of the region's municipalities: how events name their place.
[[nodiscard]] std::vector<std::string> region_municipalities(const core::Finland& finland,
                                                             const core::Region& region);

// Nothing when a value is not one the form offers (an unknown kind or region, a malformed month):
// the page answers 400. Empty values count as not given.
[[nodiscard]] std::optional<EventFilters> parse_event_filters(const http::Request& request,
                                                              const Services& services);

// The store query of `filters` at `now` (the region as its municipalities).
[[nodiscard]] store::EventQuery event_query(const EventFilters& filters, const Services& services,
                                            store::UtcTime now);

// The form's sections: WHEN_OPTION, KIND_OPTION, REGION_OPTION and MONTH_OPTION (VALUE, LABEL,
// SELECTED); the months are those in which events of the chosen time start.
void fill_event_filter_form(ctemplate::TemplateDictionary& body, const Services& services,
                            Language language, const EventFilters& filters, store::UtcTime now);

}  // namespace tori::web
