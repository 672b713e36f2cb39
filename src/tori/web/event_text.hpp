// SPDX-License-Identifier: AGPL-3.0-or-later
// How an event reads on the pages, in the page's language: its kind, its time span, its place
// and where its registration stands. Shared by the list (/tapahtumat) and the event page.
#pragma once

#include <string>

#include "tori/core/event.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// "Aluetilaisuus", "Regionalt evenemang", "Regional event".
[[nodiscard]] std::string event_kind_label(const Services& services, text::Language language,
                                           core::EventKind kind);

// "Paikan päällä", "På plats", "On site"; "Etänä", "På distans", "Online".
[[nodiscard]] std::string participation_label(const Services& services, text::Language language,
                                              core::Participation participation);

// "2.3.2027 klo 9.00–15.30"; over several days "2.3.2027 klo 9.00 – 3.3.2027 klo 16.00".
[[nodiscard]] std::string event_time_text(text::Language language, const core::EventInput& event);

// "Tampere-talo, Tampere", "Tampere-talo, Tampere ja etänä", or "Etätilaisuus" without a place.
[[nodiscard]] std::string event_place_text(const Services& services, text::Language language,
                                           const core::EventInput& event);

// When a programme item starts: "9.30" within a one-day event, else "3.3.2027 klo 9.30".
[[nodiscard]] std::string programme_time_text(text::Language language,
                                              const core::EventInput& event,
                                              core::TimePoint starts_at);

// Registration at `now`: "Ilmoittautuminen alkaa 16.11.2026 klo 9.00", "Ilmoittautuminen
// päättyy 23.2.2027", "Ilmoittautuminen on päättynyt", "Tapahtuma on päättynyt" or "Tapahtuma on
// peruttu".
[[nodiscard]] std::string registration_text(const Services& services, text::Language language,
                                            const core::Event& event, core::TimePoint now);

}  // namespace tori::web
