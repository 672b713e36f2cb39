// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/campaigns (every campaign with its collecting dates and phase) and
// GET /api/v1/campaigns/{slug}/standings ("Suomen kekseliäin kunta": the organisations ranked by
// their practices first published in the collecting window, counted as core/ranking.hpp
// defines it, so that anyone can recount it with /api/v1/practices?organisation=…&
// published_from=…&published_until=…).
#pragma once

#include <boost/json/object.hpp>

#include "tori/core/campaign.hpp"
#include "tori/http/message.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// One campaign of the list: slug, name, year, collecting_from, collecting_until (inclusive
// Helsinki dates), phase at `now` (upcoming, collecting, jury, results), url.
[[nodiscard]] boost::json::object campaign_summary_json(const core::CampaignInput& campaign,
                                                        const SiteInfo& site, core::TimePoint now);

// {"total", "items"}: every campaign, the newest year first. No parameters.
[[nodiscard]] http::Response api_campaigns(const http::Request& request, const Services& services);
// {"total", "items": [{"organisation", "organisation_slug", "count", "rank"}]}; 404 for an unknown
// campaign; an upcoming campaign has none. No parameters.
[[nodiscard]] http::Response api_campaign_standings(const http::Request& request,
                                                    const Services& services);

}  // namespace tori::web
