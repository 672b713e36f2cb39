// SPDX-License-Identifier: AGPL-3.0-or-later
// A juror's campaigns (/raati) and one campaign's entries to score, category by category, with
// where the juror is with each (/raati/{slug}); entries in conflict are not shown. Declared in
// jury_pages.hpp (routes in jury_entry_page.cpp).
#include <algorithm>

#include "tori/core/blind_copy.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/jury/jury_handlers.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/jury/jury_support.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_view.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string status_key(core::ScoringStatus status, bool submitted) {
  if (submitted) return "jury.status.submitted";
  switch (status) {
    case core::ScoringStatus::kFullyScored:
      return "jury.status.scored";
    case core::ScoringStatus::kPartlyScored:
      return "jury.status.partly";
    case core::ScoringStatus::kNotStarted:
    case core::ScoringStatus::kInConflict:
      break;
  }
  return "jury.status.not_started";
}

// The juror's entries of one category as rows; the others' count as a note.
void fill_category(Dictionary& body, const Services& services, Language language,
                   const JurorContext& juror, const CategoryRound& category) {
  const std::int64_t me = juror.visitor.account->id;
  Dictionary* section = body.AddSectionDictionary("CATEGORY");
  section->SetValue("SLUG", category.category->slug);
  section->SetValue("NAME", category.category->name);
  section->SetValue("PACK_URL",
                    localised_path(language, "/raati/" + juror.campaign.input.slug + "/sarjat/" +
                                                 category.category->slug + "/tulosta"));
  const std::vector<std::int64_t> mine = core::entries_for_juror(category.round, me);
  const std::vector<core::JurorProgress> progress = core::jury_progress(category.round);
  const auto own = std::ranges::find_if(
      progress, [&](const core::JurorProgress& each) { return each.juror_id == me; });
  for (std::size_t i = 0; i < category.entries.size(); ++i) {
    const core::Practice& practice = category.entries[i].practice;
    if (std::ranges::find(mine, practice.id) == mine.end()) continue;
    Dictionary* row = section->AddSectionDictionary("ENTRY");
    row->SetValue("URL", localised_path(language, "/raati/" + juror.campaign.input.slug + "/teot/" +
                                                      practice.slug));
    row->SetValue("TITLE", juror.campaign.input.blind
                               ? core::hide_names(practice.title, core::names_to_hide(practice))
                               : practice.title);
    row->SetValue("LANG", std::string(core::to_string(practice.language)));
    if (!juror.campaign.input.blind) {
      row->SetValueAndShowSection("ORGANISATIONS", organisation_names(practice), "NAMED");
    }
    const bool submitted =
        services.store.jury().submitted(juror.campaign.id, me, practice.id).has_value();
    const core::ScoringStatus status =
        own == progress.end() ? core::ScoringStatus::kNotStarted : own->entries[i];
    row->SetValue("STATUS", services.catalogue.text(language, status_key(status, submitted)));
  }
  const auto hidden = category.entries.size() - mine.size();
  if (hidden > 0) {
    section->SetValueAndShowSection(
        "TEXT",
        services.catalogue.format(language, "jury.campaign.conflicts",
                                  {{"count", static_cast<long long>(hidden)}}),
        "CONFLICTS");
  }
}

}  // namespace

http::Response jury_home(const http::Request& request, const Services& services,
                         Language language) {
  const Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kJuror))
    return std::move(*refusal);
  Page page(language, "jury_home");
  page.meta.title = services.catalogue.text(language, "jury.home.title");
  page.meta.path = "/raati";
  const core::TimePoint now = jury_now();
  const auto campaigns = services.store.jury().campaigns_of_juror(visitor.account->id);
  page.body().ShowSection(campaigns.empty() ? "NONE" : "HAS_CAMPAIGNS");
  for (const store::JurorCampaign& mine : campaigns) {
    const auto campaign = services.store.campaigns().find_by_slug(mine.slug);
    if (!campaign) continue;
    Dictionary* item = page.body().AddSectionDictionary("CAMPAIGN");
    item->SetValue("URL", localised_path(language, "/raati/" + mine.slug));
    item->SetValue("NAME", mine.name);
    item->SetValue("PHASE",
                   phase_name(services, language, core::campaign_phase(campaign->input, now)));
    if (mine.chair) item->ShowSection("CHAIR");
  }
  return render_form(services, page, visitor);
}

http::Response jury_campaign_page(const http::Request& request, const Services& services,
                                  Language language) {
  JurorGate gate = juror_gate(request, services, language);
  if (gate.refusal) return std::move(*gate.refusal);
  const JurorContext& juror = *gate.context;
  const core::CampaignInput& input = juror.campaign.input;
  const core::TimePoint now = jury_now();
  Page page(language, "jury_campaign");
  page.meta.title =
      services.catalogue.format(language, "jury.campaign.title", {{"campaign", input.name}});
  page.meta.path = "/raati/" + input.slug;
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("PHASE", phase_name(services, language, core::campaign_phase(input, now)));
  body.SetValue("COUNTDOWN", countdown_text(services, language, input, now));
  body.SetValue("SCALE",
                services.catalogue.format(language, "campaigns.criteria.scale",
                                          {{"max", static_cast<long long>(input.score_max)}}));
  if (input.blind) body.ShowSection("BLIND");
  if (juror.chair) {
    body.SetValueAndShowSection("RESULTS_URL",
                                localised_path(language, page.meta.path + "/tulokset"), "CHAIR");
  }
  fill_notice(body, request, services, language);
  for (const CategoryRound& round : category_rounds(services, juror.campaign, now))
    fill_category(body, services, language, juror, round);
  return render_form(services, page, juror.visitor);
}

}  // namespace tori::web
