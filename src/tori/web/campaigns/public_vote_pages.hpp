// SPDX-License-Identifier: AGPL-3.0-or-later
// The public vote of a campaign (core/public_vote.hpp), in fi, sv (/sv/…) and en (/en/…):
// /kampanjat/{slug}/aanesta/{category} (choose an entry, give an address), its "check your mail"
// page …/kiitos, and /aanestys/{token}, which the mailed link opens: a page with one button whose
// POST confirms the vote (mail scanners follow links, DESIGN §7). The campaign page's vote
// sections: the links while the vote is open, the standing from the gala day.
//
//   add_public_vote_routes(router, services);
#pragma once

#include "tori/http/router.hpp"
#include "tori/store/campaign_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace tori::web {

struct CampaignEntry;

void add_public_vote_routes(http::Router& router, const Services& services);
void add_public_vote_confirm_routes(http::Router& router, const Services& services);

// The campaign page's PUBLIC_VOTE section for a campaign with a public vote: while open, a link
// per category (VOTE: NAME, URL); before, when it opens (NOTE); from the gala day, each
// category's standing (STANDING: NAME; ROW: RANK, TITLE, URL, LANG, VOTES) from `entries`.
void fill_public_vote(ctemplate::TemplateDictionary& body, const Services& services,
                      text::Language language, const store::Campaign& campaign,
                      const std::vector<CampaignEntry>& entries, core::TimePoint now);

}  // namespace tori::web
