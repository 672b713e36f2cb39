// SPDX-License-Identifier: AGPL-3.0-or-later
// The campaigns' list (/kampanjat), one campaign (/kampanjat/{slug}), the front page's campaign
// section and the routes of campaign_pages.hpp.
#include "tori/web/campaigns/campaign_pages.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/campaigns/campaign_entries.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/campaigns/public_vote_pages.hpp"
#include "tori/web/directory_pages_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// The machine-readable start of a Helsinki day ("2026-03-02T00:00:00+02:00").
std::string day_datetime(std::string_view date) {
  const std::optional<core::TimePoint> start = core::start_of_helsinki_day(date);
  return start ? text::format_rfc3339_helsinki(*start) : std::string(date);
}

// The deadline's last second as a machine-readable time ("2026-09-30T23:59:59+03:00").
std::string deadline_datetime(std::string_view date) {
  const std::optional<core::TimePoint> end = text::end_of_helsinki_day(date);
  return end ? text::format_rfc3339_helsinki(*end - std::chrono::seconds(1)) : std::string(date);
}

// Which practices the category takes, in the language.
std::string eligibility_text(const Services& services, Language language,
                             const core::AwardCategory& category) {
  switch (category.kind) {
    case core::CategoryKind::kSector:
      return services.catalogue.format(language, "campaigns.eligibility.sector",
                                       {{"sector", category.sector}});
    case core::CategoryKind::kTheme:
      return services.catalogue.format(language, "campaigns.eligibility.theme",
                                       {{"theme", category.theme}});
    case core::CategoryKind::kSpecial:
      break;
  }
  return services.catalogue.text(language, "campaigns.eligibility.special");
}

void fill_facts(Dictionary& body, const Services& services, Language language,
                const core::CampaignInput& campaign, core::TimePoint now) {
  body.SetValue("NAME", campaign.name);
  body.SetValue("PHASE", phase_name(services, language, core::campaign_phase(campaign, now)));
  body.SetValue("COUNTDOWN", countdown_text(services, language, campaign, now));
  body.SetValue("FROM", campaign_date(campaign.collecting_from, language));
  body.SetValue("FROM_DATETIME", day_datetime(campaign.collecting_from));
  body.SetValue("UNTIL", campaign_date(campaign.collecting_until, language));
  body.SetValue("UNTIL_DATETIME", deadline_datetime(campaign.collecting_until));
  body.SetValue("GALA", campaign_date(campaign.gala_date, language));
  body.SetValue("GALA_DATETIME", campaign.gala_date);
  body.SetValue("DESCRIPTION", text::markdown_to_html(campaign.description));
  if (!campaign.rules.empty()) {
    body.AddSectionDictionary("RULES")->SetValue("HTML", text::markdown_to_html(campaign.rules));
  }
}

// The categories with their awards once the gala day has come, or a note of when they come.
void fill_categories(Dictionary& body, const Services& services, Language language,
                     const store::Campaign& stored, const std::vector<CampaignEntry>& entries,
                     bool results) {
  const core::CampaignInput& campaign = stored.input;
  if (results) {
    body.AddSectionDictionary("RESULTS")->SetValue("SLUG", campaign.slug);
  } else {
    body.AddSectionDictionary("AWARDS_LATER")
        ->SetValue("TEXT", services.catalogue.format(
                               language, "campaigns.results.later",
                               {{"gala", campaign_date(campaign.gala_date, language)}}));
  }
  for (const core::AwardCategory& category : campaign.categories) {
    Dictionary* item = body.AddSectionDictionary("CATEGORY");
    item->SetValue("SLUG", category.slug);
    item->SetValue("NAME", category.name);
    item->SetValue("DESCRIPTION", category.description);
    item->SetValue("ELIGIBILITY", eligibility_text(services, language, category));
    item->SetValue("ENTRIES",
                   services.catalogue.format(
                       language, "campaigns.categories.entries",
                       {{"count", static_cast<long long>(entries_in(entries, category.slug))}}));
    item->SetValue("ENTRIES_URL", localised_path(language, "/kampanjat/" + campaign.slug) +
                                      "?sarja=" + category.slug + "#campaign-entries");
    if (results) {
      fill_award_list(*item, services, language, campaign.slug,
                      category_awards(services, campaign, category.slug));
    }
  }
}

// The criteria with their weights as shares of the whole ("30 %"), the scale, the jurors.
void fill_jury(Dictionary& body, const Services& services, Language language,
               const core::CampaignInput& campaign) {
  body.SetValue("SCALE",
                services.catalogue.format(language, "campaigns.criteria.scale",
                                          {{"max", static_cast<long long>(campaign.score_max)}}));
  const int total =
      std::accumulate(campaign.criteria.begin(), campaign.criteria.end(), 0,
                      [](int sum, const core::Criterion& c) { return sum + c.weight; });
  for (const core::Criterion& criterion : campaign.criteria) {
    Dictionary* row = body.AddSectionDictionary("CRITERION");
    row->SetValue("NAME", criterion.name);
    row->SetValue("WEIGHT", services.catalogue.format(
                                language, "campaigns.criteria.share",
                                {{"share", static_cast<double>(criterion.weight) / total}}));
  }
  if (campaign.jurors.empty()) return;
  Dictionary* jury = body.AddSectionDictionary("JURY");
  for (const core::Juror& juror : campaign.jurors) {
    Dictionary* item = jury->AddSectionDictionary("JUROR");
    item->SetValue("NAME", juror.name);
    std::string role = juror.title;
    if (!juror.organisation.empty()) role += (role.empty() ? "" : ", ") + juror.organisation;
    if (!role.empty()) item->SetValueAndShowSection("ROLE", role, "HAS_ROLE");
  }
}

std::string entries_note_key(core::CampaignPhase phase) {
  switch (phase) {
    case core::CampaignPhase::kUpcoming:
      return "campaigns.entries.none_yet";
    case core::CampaignPhase::kCollecting:
      return "campaigns.entries.note";
    case core::CampaignPhase::kJury:
    case core::CampaignPhase::kResults:
      break;
  }
  return "campaigns.entries.note_closed";
}

// The entries a campaign page shows: every entry, or those of the category ?sarja= names.
struct EntrySelection {
  std::vector<CampaignEntry> all;
  std::vector<const core::Practice*> shown;
  const core::AwardCategory* category = nullptr;  // the chosen category, if any
  bool bad = false;                               // ?sarja= names no category of the campaign
};

EntrySelection select_entries(const http::Request& request, const Services& services,
                              const store::Campaign& campaign) {
  EntrySelection selection;
  selection.all = campaign_entries(services, campaign, store::utc_now_seconds());
  const std::optional<std::string> wanted = request.query_param("sarja");
  if (wanted && !wanted->empty()) {
    for (const core::AwardCategory& category : campaign.input.categories)
      if (category.slug == *wanted) selection.category = &category;
    selection.bad = selection.category == nullptr;
  }
  for (const CampaignEntry& entry : selection.all) {
    if (selection.category == nullptr ||
        std::ranges::find(entry.categories, selection.category->slug) != entry.categories.end()) {
      selection.shown.push_back(&entry.practice);
    }
  }
  return selection;
}

// One page of the shown entries as cards, the chosen category's name and the pagination.
void fill_entry_page(Dictionary& body, const Services& services, Language language,
                     const std::string& path, const EntrySelection& selection, int number,
                     int pages) {
  std::vector<core::Practice> cards;
  const auto first = static_cast<std::size_t>((number - 1) * kCampaignEntriesPageSize);
  for (std::size_t i = first; i < selection.shown.size() && i < first + kCampaignEntriesPageSize;
       ++i) {
    cards.push_back(*selection.shown[i]);
  }
  fill_practice_cards(body, services, language, cards);
  std::string pagination_path = path;
  if (selection.category != nullptr) {
    Dictionary* chosen = body.AddSectionDictionary("CHOSEN_CATEGORY");
    chosen->SetValue("NAME", selection.category->name);
    chosen->SetValue("ALL_URL", localised_path(language, path) + "#campaign-entries");
    pagination_path += "?sarja=" + selection.category->slug;
  }
  fill_pagination(body, services, language, pagination_path, number, pages);
}

}  // namespace

http::Response campaign_list_page(const http::Request&, const Services& services,
                                  Language language) {
  const core::TimePoint now = store::utc_now_seconds();
  Page page(language, "campaign_list");
  page.meta.title = services.catalogue.text(language, "campaigns.list.title");
  page.meta.description = services.catalogue.text(language, "campaigns.list.description");
  page.meta.path = "/kampanjat";
  Dictionary& body = page.body();
  const std::vector<store::Campaign> campaigns = services.store.campaigns().all();
  body.ShowSection(campaigns.empty() ? "NONE" : "HAS_CAMPAIGNS");
  for (const store::Campaign& campaign : campaigns) {
    Dictionary* item = body.AddSectionDictionary("CAMPAIGN");
    item->SetValue("URL", localised_path(language, "/kampanjat/" + campaign.input.slug));
    item->SetValue("NAME", campaign.input.name);
    item->SetValue("PHASE",
                   phase_name(services, language, core::campaign_phase(campaign.input, now)));
    item->SetValue("COUNTDOWN", countdown_text(services, language, campaign.input, now));
  }
  return render_page(services, page);
}

http::Response campaign_page(const http::Request& request, const Services& services,
                             Language language) {
  const auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) return error_page(services, language, 404);
  const std::optional<int> number = parse_page_number(request);
  const EntrySelection selection = select_entries(request, services, *campaign);
  if (!number || selection.bad) return error_page(services, language, 400);
  const int pages = page_count(static_cast<std::int64_t>(selection.shown.size()));
  if (*number > std::max(pages, 1)) return error_page(services, language, 404);

  const core::CampaignInput& input = campaign->input;
  const core::TimePoint now = store::utc_now_seconds();
  const core::CampaignPhase phase = core::campaign_phase(input, now);
  Page page(language, "campaign");
  page.meta.title = input.name;
  page.meta.description = text::markdown_to_text(input.description, 300);
  page.meta.path = "/kampanjat/" + input.slug;
  page.meta.indexable = *number == 1 && selection.category == nullptr;
  Dictionary& body = page.body();
  fill_facts(body, services, language, input, now);
  fill_categories(body, services, language, *campaign, selection.all,
                  phase == core::CampaignPhase::kResults);
  fill_public_vote(body, services, language, *campaign, selection.all, now);
  fill_jury(body, services, language, input);
  body.SetValue("STANDING_URL", localised_path(language, page.meta.path + "/kekseliain"));
  const text::MessageArguments count = {{"count", static_cast<long long>(selection.all.size())}};
  body.SetValue("ENTRY_COUNT",
                services.catalogue.format(language, "campaigns.entries.count", count));
  body.SetValue("ENTRIES_NOTE",
                services.catalogue.format(language, entries_note_key(phase), count));
  fill_entry_page(body, services, language, page.meta.path, selection, *number, pages);
  return render_page(services, page);
}

void fill_front_campaign(Dictionary& body, const Services& services, Language language) {
  const std::vector<store::Campaign> campaigns = services.store.campaigns().all();
  const core::TimePoint now = store::utc_now_seconds();
  const store::Campaign* current = current_campaign(campaigns, now);
  if (current == nullptr) return;
  Dictionary* section = body.AddSectionDictionary("CAMPAIGN");
  section->SetValue("NAME", current->input.name);
  section->SetValue("URL", localised_path(language, "/kampanjat/" + current->input.slug));
  section->SetValue("PHASE",
                    phase_name(services, language, core::campaign_phase(current->input, now)));
  section->SetValue("COUNTDOWN", countdown_text(services, language, current->input, now));
}

void add_campaign_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/kampanjat", campaign_list_page);
  add_localised(router, services, "GET", "/kampanjat/{slug}", campaign_page);
  add_localised(router, services, "GET", "/kampanjat/{slug}/kekseliain", campaign_standing_page);
  add_localised(router, services, "GET", "/kampanjat/{slug}/kunniakirja/{practice}",
                certificate_pdf);
  add_localised(router, services, "GET", "/palkitut", awards_page);
  add_campaign_editor_routes(router, services);
  add_jury_routes(router, services);
  add_public_vote_routes(router, services);
}

}  // namespace tori::web
