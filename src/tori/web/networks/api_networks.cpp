// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/networks: the listed networks as JSON.
#include "tori/web/networks/api_networks.hpp"

#include <boost/json/array.hpp>

#include "tori/store/store.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_view.hpp"

namespace tori::web {

namespace json = boost::json;

json::object network_summary_json(const store::Network& network, const SiteInfo& site,
                                  std::string_view today) {
  const core::NetworkInput& input = network.input;
  json::array members;
  for (const core::NetworkMember& member : input.members)
    members.emplace_back(member.organisation);
  json::array leaders;
  for (const core::NetworkLeader& leader : input.leaders)
    leaders.emplace_back(leader.name);
  json::value next = nullptr;
  if (const core::NetworkMeeting* meeting = core::next_meeting(input, today)) next = meeting->date;
  return {{"slug", input.slug},
          {"name", input.name},
          {"period_from", input.period_from},
          {"period_until", input.period_until},
          {"members", std::move(members)},
          {"leaders", std::move(leaders)},
          {"next_meeting", std::move(next)},
          {"url", absolute_url(site, "/verkostot/" + input.slug)}};
}

http::Response api_networks(const http::Request& request, const Services& services) {
  if (auto error = refuse_any_parameter(request.query)) return api_error_response(*error);
  const std::string today = helsinki_today();
  json::array items;
  for (const store::Network& network : services.store.networks().all()) {
    if (network.input.listed) items.push_back(network_summary_json(network, services.site, today));
  }
  const auto total = static_cast<std::int64_t>(items.size());
  return api_json_response(request, json::object{{"total", total}, {"items", std::move(items)}});
}

}  // namespace tori::web
