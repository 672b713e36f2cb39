// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/networks: the listed development networks with their member organisations,
// leaders and next meeting.
#pragma once

#include <boost/json/object.hpp>

#include "tori/http/message.hpp"
#include "tori/store/network_store.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// One network of the list: slug, name, period_from, period_until, members (organisation names),
// leaders (names), next_meeting (the first meeting on or after `today` as YYYY-MM-DD, or null),
// url.
[[nodiscard]] boost::json::object network_summary_json(const store::Network& network,
                                                       const SiteInfo& site,
                                                       std::string_view today);

// {"total", "items"}: every listed network, the latest period end first. No parameters.
[[nodiscard]] http::Response api_networks(const http::Request& request, const Services& services);

}  // namespace tori::web
