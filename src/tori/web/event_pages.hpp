// SPDX-License-Identifier: AGPL-3.0-or-later
// The programme's events in public: /tapahtumat (upcoming or past, filters by kind, region and
// month), /tapahtumat/{slug} (with schema.org Event JSON-LD and its series), and iCalendar
// files: the feed /tapahtumat.ics (?kind=… for one kind) and /tapahtumat/{slug}/kalenteri.ics.
#pragma once

#include <string>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// In all three languages (/sv/tapahtumat, /en/tapahtumat, …).
void add_event_routes(http::Router& router, const Services& services);
// The iCalendar text of `events` named `name`, its links in `language` (also a mail's
// attachment).
[[nodiscard]] std::string event_ics(const Services& services, text::Language language,
                                    const std::vector<core::Event>& events, std::string name);
// The iCalendar file of `events` named `name` (text/calendar), its links in `language`
// (event_list_page.cpp; the feed and each event's file).
[[nodiscard]] http::Response ics_response(const Services& services, text::Language language,
                                          const std::vector<core::Event>& events, std::string name);
// Part of add_event_routes: /tapahtumat and /tapahtumat.ics (event_list_page.cpp).
void add_event_list_routes(http::Router& router, const Services& services);

}  // namespace tori::web
