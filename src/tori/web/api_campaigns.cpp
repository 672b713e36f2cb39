// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/campaigns and /api/v1/campaigns/{slug}/standings: campaigns and their standing as
// JSON.
#include "tori/web/api_campaigns.hpp"

#include <boost/json/array.hpp>

#include "tori/core/ranking.hpp"
#include "tori/store/store.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/organisation_standing.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

// The refusal of a request that gives any parameter (these take none).
std::optional<http::Response> refuse_parameters(const http::Request& request) {
  if (auto error = refuse_any_parameter(request.query)) return api_error_response(*error);
  return std::nullopt;
}

core::TimePoint now_in_seconds() {
  return store::utc_now_seconds();
}

}  // namespace

json::object campaign_summary_json(const core::CampaignInput& campaign, const SiteInfo& site,
                                   core::TimePoint now) {
  return {{"slug", campaign.slug},
          {"name", campaign.name},
          {"year", campaign.year},
          {"collecting_from", campaign.collecting_from},
          {"collecting_until", campaign.collecting_until},
          {"phase", core::to_string(core::campaign_phase(campaign, now))},
          {"url", absolute_url(site, "/kampanjat/" + campaign.slug)}};
}

http::Response api_campaigns(const http::Request& request, const Services& services) {
  if (auto refusal = refuse_parameters(request)) return std::move(*refusal);
  const core::TimePoint now = now_in_seconds();
  json::array items;
  for (const store::Campaign& campaign : services.store.campaigns().all())
    items.push_back(campaign_summary_json(campaign.input, services.site, now));
  const auto total = static_cast<std::int64_t>(items.size());
  return api_json_response(request, json::object{{"total", total}, {"items", std::move(items)}});
}

http::Response api_campaign_standings(const http::Request& request, const Services& services) {
  const auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) {
    return api_error_response({ApiErrorCode::kNotFound,
                               "no campaign '" + std::string(request.param("slug")) + "'",
                               std::nullopt});
  }
  if (auto refusal = refuse_parameters(request)) return std::move(*refusal);
  json::array items;
  const auto window = core::collecting_window(campaign->input);
  if (window &&
      core::campaign_phase(campaign->input, now_in_seconds()) != core::CampaignPhase::kUpcoming) {
    for (const core::StandingRow& row :
         core::rank_organisations(organisation_counts(services.store.practices(), *window))) {
      items.push_back(json::object{{"organisation", row.name},
                                   {"organisation_slug", row.slug},
                                   {"count", row.count},
                                   {"rank", row.rank}});
    }
  }
  const auto total = static_cast<std::int64_t>(items.size());
  return api_json_response(request, json::object{{"total", total}, {"items", std::move(items)}});
}

}  // namespace tori::web
