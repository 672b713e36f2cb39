// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to web/networks: filling the members' area's board of ideas (the form, the items with
// their comments and supports, the forward form and the record of forwards).
#pragma once

#include <string>

#include "tori/store/network_board_store.hpp"
#include "tori/web/networks/network_members_area.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace tori::web {

// A board time as the language writes it ("3.12.2026 klo 14.05").
[[nodiscard]] std::string board_time(store::UtcTime time, Language language);

// IDEA_FORM, QUADRANT with IDEAS/IDEA (and NO_IDEAS), FORWARD_FORM (leaders) and FORWARDS.
void fill_members_board(ctemplate::TemplateDictionary& body, const Services& services,
                        Language language, const MembersArea& area, const MembersAreaForms& forms);

}  // namespace tori::web
