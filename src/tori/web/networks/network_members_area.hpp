// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's members' area, /verkostot/{slug}/jasenalue (fi, sv, en): participants, meeting
// documents (agendas, minutes), the board of ideas with comments and supports, and for leaders
// the join requests and the forwarding of picked items by mail (network_board_actions.cpp,
// network_membership_actions.cpp). Members, leaders and editors only (network_access.hpp).
//
//   add_network_members_routes(router, services);
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/network_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/networks/network_access.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The members' area let in: the network and who the visitor is to it.
struct MembersArea {
  store::Network network;
  NetworkAccess access;
  Visitor visitor;
  [[nodiscard]] std::string path() const { return "/verkostot/" + network.input.slug; }
};

// The network of {slug} with a visitor who may read its members' area (lead it, when
// `leaders_only`), or the answer instead: log in first (back to the area), 404 for an unknown
// network, 403 for others.
[[nodiscard]] std::variant<MembersArea, http::Response> open_members_area(
    const http::Request& request, const Services& services, Language language, bool leaders_only);

// The forms of the page as they are re-shown after an error (empty: as new).
struct MembersAreaForms {
  FormErrors idea_errors{};
  std::string idea_quadrant{};
  std::string idea_text{};
  std::int64_t comment_idea = 0;  // the idea whose comment was refused
  FormErrors comment_errors{};
  std::string comment_text{};
  FormErrors forward_errors{};
  std::vector<std::int64_t> forward_picked{};
  std::string recipients{};
  std::string addresses{};
  std::string note{};
  std::int64_t minutes_meeting = -1;  // the meeting (index) whose minutes were refused
  FormErrors minutes_errors{};
  std::string minutes_text{};
};

// The page; `status` 422 when a form is re-shown with its errors.
[[nodiscard]] http::Response members_area_page(const http::Request& request,
                                               const Services& services, Language language,
                                               const MembersArea& area,
                                               const MembersAreaForms& forms, int status);

// GET /verkostot/{slug}/jasenalue and the POST routes of the board and membership.
void add_network_members_routes(http::Router& router, const Services& services);
// network_board_actions.cpp: …/ideataulu, …/ideataulu/{idea}/kommentti, …/ideataulu/{idea}/tuki,
// …/ideataulu/valita.
void add_network_board_routes(http::Router& router, const Services& services);
// network_membership_actions.cpp: …/liity, …/liittymispyynnot/{request}, …/eroa,
// …/tapaamiset/{meeting}/muistio (a leader's minutes).
void add_network_membership_routes(http::Router& router, const Services& services);

}  // namespace tori::web
