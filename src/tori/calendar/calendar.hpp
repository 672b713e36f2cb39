// SPDX-License-Identifier: AGPL-3.0-or-later
// iCalendar files of events (RFC 5545, with libical): a VCALENDAR with the Europe/Helsinki
// VTIMEZONE and one VEVENT per event, local times with TZID, CRLF lines folded at 75 octets.
//
//   const std::string ics = ics_calendar(events, {.site_url = "https://tori.example.fi",
//                                                 .name = "Tekojen tori: tapahtumat",
//                                                 .now = now});
#pragma once

#include <string>
#include <vector>

#include "tori/core/event.hpp"

namespace tori::calendar {

struct IcsOptions {
  std::string site_url;   // "https://tori.example.fi": UIDs take its host, URLs start with it
  std::string name;       // X-WR-CALNAME, the name a calendar app shows for a feed
  core::TimePoint now{};  // DTSTAMP
  // The page of an event: site_url + events_path + "/" + slug ("/tapahtumat", "/en/tapahtumat").
  std::string events_path = "/tapahtumat";
  std::string remote_label = "Etätilaisuus";  // LOCATION of an event without a place
};

// The calendar of `events` (in the order given). Each VEVENT: UID slug@host (stable, so a
// changed event updates the calendar entry), DTSTAMP, DTSTART and DTEND in Helsinki time,
// SUMMARY, DESCRIPTION (the lead and the page's address), LOCATION (place name, address,
// municipality; remote_label without a place), URL, CATEGORIES (the kind). Never throws for any
// text in the events; throws std::runtime_error only when libical itself fails.
[[nodiscard]] std::string ics_calendar(const std::vector<core::Event>& events,
                                       const IcsOptions& options);

}  // namespace tori::calendar
