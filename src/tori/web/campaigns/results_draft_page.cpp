// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' announcement of a campaign's results: /toimitus/kampanjat/{slug}/tiedote (the news
// draft to copy, with its preview) and …/tiedote.atom (the same as an Atom entry). Editors only;
// ready before the gala, so that the news can go out the moment the winners are announced.
#include <chrono>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/campaigns/results_draft.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// The editor's campaign {slug}, or the answer instead (login, 403, 404).
struct DraftCampaign {
  Visitor visitor;
  std::optional<store::Campaign> campaign;
  std::optional<http::Response> refusal;
};

DraftCampaign draft_campaign(const http::Request& request, const Services& services,
                             Language language) {
  DraftCampaign found{identify(request, services), std::nullopt, std::nullopt};
  found.refusal = require_staff(request, services, language, found.visitor, core::Role::kEditor);
  if (found.refusal) return found;
  found.campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!found.campaign) found.refusal = error_page(services, language, 404);
  return found;
}

http::Response results_draft_page(const http::Request& request, const Services& services,
                                  Language language) {
  DraftCampaign found = draft_campaign(request, services, language);
  if (found.refusal) return std::move(*found.refusal);
  const core::CampaignInput& input = found.campaign->input;
  const core::TimePoint now = store::utc_now_seconds();
  const ResultsDraft draft = results_draft(services, language, *found.campaign, now);
  Page page(language, "campaign_results_draft");
  page.meta.title =
      services.catalogue.format(language, "campaigns.draft.page_title", {{"campaign", input.name}});
  page.meta.path = "/toimitus/kampanjat/" + input.slug + "/tiedote";
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("CAMPAIGN_URL", localised_path(language, "/toimitus/kampanjat/" + input.slug));
  body.SetValue("CAMPAIGN", input.name);
  if (draft.awards == 0) {
    body.ShowSection("NO_AWARDS");
    return render_form(services, page, found.visitor);
  }
  Dictionary* shown = body.AddSectionDictionary("DRAFT");
  if (core::campaign_phase(input, now) != core::CampaignPhase::kResults) {
    shown->SetValueAndShowSection(
        "TEXT",
        services.catalogue.format(language, "campaigns.draft.embargo",
                                  {{"gala", campaign_date(input.gala_date, language)}}),
        "EMBARGO");
  }
  shown->SetValue("TITLE", draft.title);
  shown->SetValue("LEAD", draft.lead);
  shown->SetValue("MARKDOWN", "# " + markdown_literal(draft.title) + "\n\n" + draft.lead + "\n\n" +
                                  draft.markdown);
  shown->SetValue("PREVIEW", text::markdown_to_html(draft.markdown, 3));
  shown->SetValue("ATOM_URL", localised_path(language, page.meta.path + ".atom"));
  return render_form(services, page, found.visitor);
}

http::Response results_atom(const http::Request& request, const Services& services,
                            Language language) {
  DraftCampaign found = draft_campaign(request, services, language);
  if (found.refusal) return std::move(*found.refusal);
  const ResultsDraft draft =
      results_draft(services, language, *found.campaign, store::utc_now_seconds());
  if (draft.awards == 0) return error_page(services, language, 404);
  http::Response response;
  response.headers.set("Content-Type", "application/atom+xml;type=entry;charset=utf-8");
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Content-Disposition",
                       "inline; filename=\"tulokset-" + found.campaign->input.slug + ".atom\"");
  response.body = results_atom_entry(services, language, draft, *found.campaign);
  return response;
}

}  // namespace

void add_results_draft_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/kampanjat/{slug}/tiedote", results_draft_page);
  add_localised(router, services, "GET", "/toimitus/kampanjat/{slug}/tiedote.atom", results_atom);
}

}  // namespace tori::web
