// SPDX-License-Identifier: AGPL-3.0-or-later
// What the network pages show of a network, filled into their templates: the period and dates in
// the page's language, leaders, member organisations, meetings, the board of ideas and results.
#pragma once

#include <string>
#include <string_view>

#include "tori/core/network.hpp"
#include "tori/store/network_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace tori::web {

// The name a quadrant of the board has in `language` ("Vahvuudet").
[[nodiscard]] std::string quadrant_label(const Services& services, text::Language language,
                                         core::IdeaQuadrant quadrant);
// Today in Helsinki, "YYYY-MM-DD".
[[nodiscard]] std::string helsinki_today();
// A Helsinki date as the language writes it ("16.5.2024").
[[nodiscard]] std::string meeting_date(std::string_view date, text::Language language);
// "1.2.2024–31.12.2027".
[[nodiscard]] std::string network_period(const core::NetworkInput& network,
                                         text::Language language);
// "Minna Aaltokari, Joonas Peltokorpi".
[[nodiscard]] std::string leader_names(const core::NetworkInput& network);

// LEADER (NAME, ROLE in HAS_ROLE) in LEADERS.
void fill_network_leaders(ctemplate::TemplateDictionary& body, const core::NetworkInput& network);
// MEMBER (NAME, URL, MUNICIPALITY in HAS_MUNICIPALITY) and MEMBER_COUNT.
void fill_network_members(ctemplate::TemplateDictionary& body, const Services& services,
                          text::Language language, const store::Network& network);
// UPCOMING and PAST, each with MEETING (DATE, DATETIME, PLACE, REMOTE, EVENT_URL in EVENT).
void fill_network_meetings(ctemplate::TemplateDictionary& body, const Services& services,
                           text::Language language, const core::NetworkInput& network,
                           std::string_view today);
// A public board: BOARD with QUADRANT (NAME, KEY, IDEAS/IDEA: TEXT, or NO_IDEAS) and
// FORWARDS/FORWARD (DATE, DATETIME, TO, NOTE in HAS_NOTE, ITEM: QUADRANT, TEXT); a board for
// members only: BOARD_MEMBERS.
void fill_network_board(ctemplate::TemplateDictionary& body, const Services& services,
                        text::Language language, const core::NetworkInput& network);
// The published practices the network produced: RESULTS with RESULT (TITLE, URL).
void fill_network_results(ctemplate::TemplateDictionary& body, text::Language language,
                          const store::Network& network);

}  // namespace tori::web
