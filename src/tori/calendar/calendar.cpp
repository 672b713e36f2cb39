// SPDX-License-Identifier: AGPL-3.0-or-later
// ics_calendar: libical components built from events, serialised once.
#include "tori/calendar/calendar.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <stdexcept>

namespace tori::calendar {
namespace {

constexpr const char* kZone = "Europe/Helsinki";

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimezone* helsinki() {
  icaltimezone* zone = icaltimezone_get_builtin_timezone(kZone);
  if (zone == nullptr) throw std::runtime_error("libical has no Europe/Helsinki time zone");
  return zone;
}

// The VTIMEZONE with the plain IANA name as its TZID (libical's own is
// "/freeassociation.sourceforge.net/Europe/Helsinki").
icalcomponent* timezone_component() {
  icalcomponent* component = icalcomponent_new_clone(icaltimezone_get_component(helsinki()));
  icalproperty* tzid = icalcomponent_get_first_property(component, ICAL_TZID_PROPERTY);
  if (tzid != nullptr) icalproperty_set_tzid(tzid, kZone);
  return component;
}

std::time_t seconds(core::TimePoint time) {
  return static_cast<std::time_t>(time.time_since_epoch().count());
}

icalproperty* local_time(icalproperty* (*make)(struct icaltimetype), core::TimePoint time) {
  struct icaltimetype value = icaltime_from_timet_with_zone(seconds(time), 0, helsinki());
  value.zone = nullptr;  // written as floating local text; the TZID parameter names the zone
  icalproperty* property = make(value);
  icalproperty_add_parameter(property, icalparameter_new_tzid(kZone));
  return property;
}

// "tori.example.fi" of "https://tori.example.fi:8443/x".
std::string host_of(const std::string& url) {
  const auto start = url.find("://");
  std::string host = start == std::string::npos ? url : url.substr(start + 3);
  return host.substr(0, host.find_first_of(":/"));
}

std::string location_of(const core::EventInput& event, const IcsOptions& options) {
  if (!event.place) return options.remote_label;
  std::string text = event.place->name;
  for (const std::string* part : {&event.place->address, &event.place->municipality}) {
    if (!part->empty() && text.find(*part) == std::string::npos) text += ", " + *part;
  }
  return text;
}

// "https://tori.example.fi" of "https://tori.example.fi/".
std::string without_trailing_slash(std::string url) {
  while (!url.empty() && url.back() == '/')
    url.pop_back();
  return url;
}

// SEQUENCE: minutes from 2024 to the event's last change (or its cancellation), so that a
// changed event is newer to a calendar app that imported it before.
int revision_of(const core::Event& event) {
  const core::TimePoint changed =
      std::max(event.updated_at, event.cancelled_at.value_or(core::TimePoint{}));
  const auto since = std::chrono::duration_cast<std::chrono::minutes>(
      changed - std::chrono::sys_days{std::chrono::year{2024} / 1 / 1});
  return static_cast<int>(std::max<std::int64_t>(0, since.count()));
}

icalcomponent* event_component(const core::Event& event, const IcsOptions& options) {
  const core::EventInput& input = event.input;
  const std::string url =
      without_trailing_slash(options.site_url) + options.events_path + "/" + event.slug;
  icalcomponent* component = icalcomponent_new_vevent();
  icalcomponent_add_property(
      component, icalproperty_new_uid((event.slug + "@" + host_of(options.site_url)).c_str()));
  icalcomponent_add_property(component,
                             icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
                                 seconds(options.now), 0, icaltimezone_get_utc_timezone())));
  icalcomponent_add_property(component, local_time(icalproperty_new_dtstart, input.starts_at));
  icalcomponent_add_property(component, local_time(icalproperty_new_dtend, input.ends_at));
  icalcomponent_add_property(component, icalproperty_new_summary(input.title.c_str()));
  const std::string description = input.lead.empty() ? url : input.lead + "\n\n" + url;
  icalcomponent_add_property(component, icalproperty_new_description(description.c_str()));
  icalcomponent_add_property(component,
                             icalproperty_new_location(location_of(input, options).c_str()));
  icalcomponent_add_property(component, icalproperty_new_url(url.c_str()));
  icalcomponent_add_property(
      component, icalproperty_new_categories(std::string{core::to_string(input.kind)}.c_str()));
  icalcomponent_add_property(
      component,
      icalproperty_new_status(event.cancelled() ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property(component, icalproperty_new_sequence(revision_of(event)));
  return component;
}

}  // namespace

std::string ics_calendar(const std::vector<core::Event>& events, const IcsOptions& options) {
  Component calendar{icalcomponent_new_vcalendar()};
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Tori//Tekojen tori//FI"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  if (!options.name.empty()) {
    icalproperty* name = icalproperty_new_x(options.name.c_str());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);
  }
  icalcomponent_add_component(calendar.get(), timezone_component());
  for (const core::Event& event : events) {
    icalcomponent_add_component(calendar.get(), event_component(event, options));
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr) throw std::runtime_error("libical could not write the calendar");
  std::string result = text;
  icalmemory_free_buffer(text);
  return result;
}

}  // namespace tori::calendar
