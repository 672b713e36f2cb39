// SPDX-License-Identifier: AGPL-3.0-or-later
// The public campaign pages, in fi, sv (/sv/…) and en (/en/…): /kampanjat (every campaign),
// /kampanjat/{slug} (rules, categories, criteria, jury, the deadline countdown, the entries and,
// from the gala on, the awards), /kampanjat/{slug}/kekseliain (the "Suomen kekseliäin kunta"
// standing), /kampanjat/{slug}/kunniakirja/{practice} (an award's certificate, PDF) and
// /palkitut (every year's winners and honourable mentions).
//
//   add_campaign_routes(router, services);
#pragma once

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace ctemplate {
class TemplateDictionary;
}

namespace tori::web {

// Practices on one page of a campaign's entries.
inline constexpr int kCampaignEntriesPageSize = 20;

[[nodiscard]] http::Response campaign_list_page(const http::Request& request,
                                                const Services& services, text::Language language);
// 404 for an unknown campaign; 400 for a malformed `page`, 404 past the last page.
[[nodiscard]] http::Response campaign_page(const http::Request& request, const Services& services,
                                           text::Language language);
// Every organisation with entries, ranked as core/ranking.hpp defines it (ties share a rank);
// empty before collecting starts.
[[nodiscard]] http::Response campaign_standing_page(const http::Request& request,
                                                    const Services& services,
                                                    text::Language language);
// The awards of every campaign whose gala day has come, the newest year first.
[[nodiscard]] http::Response awards_page(const http::Request& request, const Services& services,
                                         text::Language language);

// The certificate (kunniakirja) of an awarded practice as a one-page PDF; 404 before the gala
// day and for a practice without an award in the campaign.
[[nodiscard]] http::Response certificate_pdf(const http::Request& request, const Services& services,
                                             text::Language language);

// The front page's campaign section (CAMPAIGN: NAME, URL, PHASE, COUNTDOWN; DEADLINE and
// DEADLINE_DATETIME while collecting) for the current campaign, if there is one.
void fill_front_campaign(ctemplate::TemplateDictionary& body, const Services& services,
                         text::Language language);

// The public pages above and the editors' campaign pages (campaign_editor_pages.cpp):
// /toimitus/kampanjat, /toimitus/kampanjat/{slug} and its entries' moves, and the campaign form
// (campaign_form.hpp: /toimitus/kampanjat/uusi, /toimitus/kampanjat/{slug}/muokkaa).
void add_campaign_routes(http::Router& router, const Services& services);
void add_campaign_editor_routes(http::Router& router, const Services& services);
// The editors' news draft of the results (results_draft_page.cpp):
// /toimitus/kampanjat/{slug}/tiedote and …/tiedote.atom.
void add_results_draft_routes(http::Router& router, const Services& services);

}  // namespace tori::web
