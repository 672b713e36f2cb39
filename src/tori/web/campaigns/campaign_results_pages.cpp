// SPDX-License-Identifier: AGPL-3.0-or-later
// A campaign's "Suomen kekseliäin kunta" standing (/kampanjat/{slug}/kekseliain) and every
// year's awards (/palkitut); declared in campaign_pages.hpp.
#include <chrono>

#include "tori/core/ranking.hpp"
#include "tori/store/store.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/organisation_standing.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

void fill_standing_rows(Dictionary& body, const Services& services, Language language,
                        const std::vector<core::StandingRow>& rows,
                        const text::MessageArguments& window) {
  Dictionary* table = body.AddSectionDictionary("STANDING");
  table->SetValue("CAPTION",
                  services.catalogue.format(language, "campaigns.standing.caption", window));
  for (const core::StandingRow& row : rows) {
    Dictionary* item = table->AddSectionDictionary("ROW");
    item->SetValue("RANK", services.catalogue.format(language, "stats.ranking.rank_value",
                                                     {{"rank", static_cast<long long>(row.rank)}}));
    item->SetValue("URL", localised_path(language, "/organisaatiot/" + row.slug));
    item->SetValue("NAME", row.name);
    item->SetValue("COUNT",
                   services.catalogue.format(language, "stats.number",
                                             {{"count", static_cast<long long>(row.count)}}));
  }
}

// One campaign of /palkitut: its categories that have awards, each with them.
void fill_awarded_campaign(Dictionary& body, const Services& services, Language language,
                           const core::CampaignInput& campaign) {
  Dictionary* section = body.AddSectionDictionary("CAMPAIGN");
  section->SetIntValue("YEAR", campaign.year);
  section->SetValue("SLUG", campaign.slug);
  section->SetValue("NAME", campaign.name);
  section->SetValue("URL", localised_path(language, "/kampanjat/" + campaign.slug));
  section->SetValue("GALA_TEXT", services.catalogue.format(
                                     language, "campaigns.awards.gala",
                                     {{"gala", campaign_date(campaign.gala_date, language)}}));
  for (const core::AwardCategory& category : campaign.categories) {
    const std::vector<ShownAward> awards = category_awards(services, campaign, category.slug);
    if (awards.empty()) continue;
    Dictionary* item = section->AddSectionDictionary("CATEGORY");
    item->SetValue("NAME", category.name);
    fill_award_list(*item, services, language, campaign.slug, awards);
  }
}

}  // namespace

http::Response campaign_standing_page(const http::Request& request, const Services& services,
                                      Language language) {
  const auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) return error_page(services, language, 404);
  const core::CampaignInput& input = campaign->input;
  const std::optional<core::TimeWindow> window = core::collecting_window(input);
  const bool started =
      core::campaign_phase(input, store::utc_now_seconds()) != core::CampaignPhase::kUpcoming;
  Page page(language, "campaign_standing");
  page.meta.title =
      services.catalogue.format(language, "campaigns.standing.title", {{"campaign", input.name}});
  page.meta.description = services.catalogue.text(language, "campaigns.standing.definition");
  page.meta.path = "/kampanjat/" + input.slug + "/kekseliain";
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("NAME", input.name);
  body.SetValue("CAMPAIGN_URL", localised_path(language, "/kampanjat/" + input.slug));
  body.SetValue("API_URL", "/api/v1/campaigns/" + input.slug + "/standings");
  const text::MessageArguments dates = {{"from", campaign_date(input.collecting_from, language)},
                                        {"until", campaign_date(input.collecting_until, language)}};
  body.SetValue("WINDOW", services.catalogue.format(language, "campaigns.standing.window", dates));
  std::vector<core::StandingRow> rows;
  if (window && started) {
    rows = core::rank_organisations(organisation_counts(services.store.practices(), *window));
  }
  if (rows.empty()) {
    body.AddSectionDictionary("EMPTY")->SetValue(
        "TEXT", services.catalogue.text(language, started ? "campaigns.standing.empty"
                                                          : "campaigns.standing.not_started"));
  } else {
    fill_standing_rows(body, services, language, rows, dates);
  }
  return render_page(services, page);
}

http::Response awards_page(const http::Request&, const Services& services, Language language) {
  const core::TimePoint now = store::utc_now_seconds();
  Page page(language, "awards");
  page.meta.title = services.catalogue.text(language, "campaigns.awards.title");
  page.meta.description = services.catalogue.text(language, "campaigns.awards.description");
  page.meta.path = "/palkitut";
  Dictionary& body = page.body();
  bool any = false;
  for (const store::Campaign& campaign : services.store.campaigns().all()) {
    if (core::campaign_phase(campaign.input, now) != core::CampaignPhase::kResults) continue;
    if (campaign.input.awards.empty()) continue;
    any = true;
    Dictionary* link = body.AddSectionDictionary("YEAR_LINK");
    link->SetIntValue("YEAR", campaign.input.year);
    link->SetValue("SLUG", campaign.input.slug);
    fill_awarded_campaign(body, services, language, campaign.input);
  }
  body.ShowSection(any ? "HAS_YEARS" : "NONE");
  return render_page(services, page);
}

}  // namespace tori::web
