// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' campaigns: /toimitus/kampanjat (every campaign with its entries) and
// /toimitus/kampanjat/{slug} (each entry with its categories, one form a row), where an editor
// moves an entry into or out of categories (POST /toimitus/kampanjat/{slug}/teot/{practice}),
// each move in the audit log; links to the campaign form (campaign_form.hpp). Editors only.
#include <algorithm>
#include <chrono>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/campaigns/campaign_entries.hpp"
#include "tori/web/campaigns/campaign_form.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_view.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

bool has_category(const CampaignEntry& entry, std::string_view category) {
  return std::ranges::find(entry.categories, category) != entry.categories.end();
}

void fill_entry_row(Dictionary& row, const core::CampaignInput& campaign,
                    const CampaignEntry& entry, Language language, const Visitor& visitor) {
  row.SetValue("SLUG", entry.practice.slug);
  row.SetValue("TITLE", entry.practice.title);
  row.SetValue("LANG", std::string(core::to_string(entry.practice.language)));
  row.SetValue("ORGANISATIONS", organisation_names(entry.practice));
  row.SetValue("ACTION", localised_path(language, "/toimitus/kampanjat/" + campaign.slug +
                                                      "/teot/" + entry.practice.slug));
  row.SetValue("CSRF", visitor.csrf_token);
  for (const core::AwardCategory& category : campaign.categories) {
    Dictionary* box = row.AddSectionDictionary("CATEGORY");
    box->SetValue("ID", "c-" + std::to_string(entry.practice.id) + "-" + category.slug);
    box->SetValue("SLUG", category.slug);
    box->SetValue("NAME", category.name);
    if (has_category(entry, category.slug)) box->ShowSection("CHECKED");
  }
}

http::Response campaign_editor_list(const http::Request& request, const Services& services,
                                    Language language) {
  const Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor))
    return std::move(*refusal);
  Page page(language, "campaign_editor_list");
  page.meta.title = services.catalogue.text(language, "campaigns.editor.list_title");
  page.meta.path = "/toimitus/kampanjat";
  fill_notice(page.body(), request, services, language);
  const core::TimePoint now = store::utc_now_seconds();
  for (const store::Campaign& campaign : services.store.campaigns().all()) {
    Dictionary* item = page.body().AddSectionDictionary("CAMPAIGN");
    item->SetValue("SLUG", campaign.input.slug);
    item->SetValue("NAME", campaign.input.name);
    item->SetValue("PHASE",
                   phase_name(services, language, core::campaign_phase(campaign.input, now)));
    item->SetIntValue("ENTRIES", static_cast<long>(entry_count(services, campaign, now)));
  }
  return render_form(services, page, visitor);
}

http::Response campaign_editor_page(const http::Request& request, const Services& services,
                                    Language language) {
  const Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor))
    return std::move(*refusal);
  const auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) return error_page(services, language, 404);
  Page page(language, "campaign_editor");
  page.meta.title = services.catalogue.format(language, "campaigns.editor.title",
                                              {{"campaign", campaign->input.name}});
  page.meta.path = "/toimitus/kampanjat/" + campaign->input.slug;
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("PUBLIC_URL", localised_path(language, "/kampanjat/" + campaign->input.slug));
  body.SetValue("EDIT_URL", localised_path(language, page.meta.path + "/muokkaa"));
  body.SetValue("DRAFT_URL", localised_path(language, page.meta.path + "/tiedote"));
  fill_notice(body, request, services, language);
  fill_jury_admin(body, services, language, campaign->id, campaign->input.slug, visitor.csrf_token);
  const std::vector<CampaignEntry> entries =
      campaign_entries(services, *campaign, store::utc_now_seconds());
  body.ShowSection(entries.empty() ? "NO_ENTRIES" : "HAS_ENTRIES");
  for (const CampaignEntry& entry : entries) {
    fill_entry_row(*body.AddSectionDictionary("ENTRY"), campaign->input, entry, language, visitor);
  }
  return render_form(services, page, visitor);
}

// Records an editor's move of `entry` for each category whose box differs from where it is.
int move_entry(const http::Request& request, const Services& services, const Visitor& visitor,
               const store::Campaign& campaign, const CampaignEntry& entry,
               const std::vector<std::string>& checked) {
  int moves = 0;
  for (const core::AwardCategory& category : campaign.input.categories) {
    const bool wanted = std::ranges::find(checked, category.slug) != checked.end();
    if (wanted == has_category(entry, category.slug)) continue;
    store::AuditEntry audit =
        staff_audit(services, request, *visitor.account, "campaign.entry_move", "practice",
                    json_detail({{"campaign", campaign.input.slug},
                                 {"category", category.slug},
                                 {"move", wanted ? "in" : "out"}}));
    audit.object_id = std::to_string(entry.practice.id);
    services.store.campaign_entries().choose(
        campaign.id, {entry.practice.id, category.slug, wanted, core::EntryChooser::kEditor}, audit,
        store::utc_now());
    ++moves;
  }
  return moves;
}

http::Response campaign_editor_post(const http::Request& request, const Services& services,
                                    Language language) {
  StaffPost post = read_staff_post(request, services, language);
  if (post.refusal) return std::move(*post.refusal);
  const auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!campaign) return error_page(services, language, 404);
  const std::vector<CampaignEntry> entries =
      campaign_entries(services, *campaign, store::utc_now_seconds());
  const auto entry = std::ranges::find_if(entries, [&](const CampaignEntry& candidate) {
    return candidate.practice.slug == request.param("practice");
  });
  if (entry == entries.end()) return error_page(services, language, 404);
  const int moves =
      move_entry(request, services, post.visitor, *campaign, *entry, post.form->all("category"));
  const std::string path =
      with_notice("/toimitus/kampanjat/" + campaign->input.slug, moves > 0 ? "saved" : "unchanged");
  return redirect_with(post.visitor, language, path + "#entry-" + entry->practice.slug);
}

}  // namespace

void add_campaign_editor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/kampanjat", campaign_editor_list);
  add_localised(router, services, "GET", "/toimitus/kampanjat/{slug}", campaign_editor_page);
  add_localised(router, services, "POST", "/toimitus/kampanjat/{slug}/teot/{practice}",
                campaign_editor_post);
  add_campaign_form_routes(router, services);
  add_results_draft_routes(router, services);
}

}  // namespace tori::web
