// SPDX-License-Identifier: AGPL-3.0-or-later
// The public network pages, in fi, sv (/sv/…) and en (/en/…): /verkostot (the listed networks,
// running ones first) and /verkostot/{slug} (goals, period, leaders, member organisations,
// upcoming and past meetings, and the board of ideas with its forwards when the board is public).
//
//   add_network_routes(router, services);  // with the leaders' costs pages (network_costs_pages)
#pragma once

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

[[nodiscard]] http::Response network_list_page(const http::Request& request,
                                               const Services& services, text::Language language);
// 404 for an unknown network and for one that is not listed.
[[nodiscard]] http::Response network_page(const http::Request& request, const Services& services,
                                          text::Language language);

void add_network_routes(http::Router& router, const Services& services);

}  // namespace tori::web
