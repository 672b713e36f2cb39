// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' campaign form's handlers: /toimitus/kampanjat/uusi and
// /toimitus/kampanjat/{slug}/muokkaa (GET shows, POST adds rows, re-shows with errors or saves),
// editors only, each save in the audit log.
#include "tori/web/campaigns/campaign_form.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// What one showing of the form holds.
struct CampaignFormView {
  CampaignFormValues values{};
  FormErrors errors{};
  std::size_t blank_rows = 2;  // empty rows added to each list
  int status = 200;
};

// The editor and the stored campaign {slug} of the edit form, or the answer instead.
struct CampaignFormStaff {
  Visitor visitor;
  std::optional<store::Campaign> campaign;
  std::optional<http::Response> refusal;
};

CampaignFormStaff campaign_form_staff(const http::Request& request, const Services& services,
                                      Language language, bool editing) {
  CampaignFormStaff staff{identify(request, services), std::nullopt, std::nullopt};
  staff.refusal = require_staff(request, services, language, staff.visitor, core::Role::kEditor);
  if (staff.refusal || !editing) return staff;
  staff.campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  if (!staff.campaign) staff.refusal = error_page(services, language, 404);
  return staff;
}

// The form for a new campaign (no `campaign`) or for editing `campaign`.
http::Response campaign_form_page(const Services& services, Language language,
                                  const Visitor& visitor,
                                  const std::optional<store::Campaign>& campaign,
                                  const CampaignFormView& view) {
  const text::Catalogue& catalogue = services.catalogue;
  Page page(language, "campaign_form");
  page.meta.title = campaign ? catalogue.format(language, "campaign_editor.edit_title",
                                                {{"campaign", campaign->input.name}})
                             : catalogue.text(language, "campaign_editor.new_title");
  page.meta.path = campaign ? "/toimitus/kampanjat/" + campaign->input.slug + "/muokkaa"
                            : "/toimitus/kampanjat/uusi";
  Dictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("SAVE", catalogue.text(language, campaign ? "campaign_editor.save"
                                                          : "campaign_editor.create"));
  if (campaign) {
    Dictionary* editing = body.AddSectionDictionary("EDITING");
    editing->SetValue("SLUG", campaign->input.slug);
    editing->SetValue("CAMPAIGN_NAME", campaign->input.name);
  } else {
    body.ShowSection("CREATING");
  }
  fill_errors(body, "campaign", view.errors);
  fill_campaign_form(body, services, language, view.values, view.errors, view.blank_rows,
                     !campaign);
  return render_form(services, page, visitor, view.status);
}

http::Response campaign_form_get(const http::Request& request, const Services& services,
                                 Language language, bool editing) {
  CampaignFormStaff staff = campaign_form_staff(request, services, language, editing);
  if (staff.refusal) return std::move(*staff.refusal);
  CampaignFormView view;
  if (staff.campaign) view.values = campaign_form_values(staff.campaign->input);
  return campaign_form_page(services, language, staff.visitor, staff.campaign, view);
}

std::string_view campaign_form_outcome(store::CampaignSaveOutcome outcome) {
  switch (outcome) {
    case store::CampaignSaveOutcome::kCreated:
      return "created";
    case store::CampaignSaveOutcome::kUpdated:
      return "updated";
    case store::CampaignSaveOutcome::kUnchanged:
      return "unchanged";
    case store::CampaignSaveOutcome::kUnknownPractice:
      break;
  }
  return "unknown_practice";
}

// Stores a valid input, records it in the audit log and goes to the campaign's editor page; an
// award whose practice is gone saves nothing and shows the form again (409).
http::Response campaign_form_save(const http::Request& request, const Services& services,
                                  Language language, const CampaignFormStaff& staff,
                                  CampaignFormView& view, const core::CampaignInput& input) {
  const store::CampaignSaved saved = services.store.campaigns().save(input, store::utc_now());
  if (saved.outcome == store::CampaignSaveOutcome::kUnknownPractice) {
    view.errors.add("form", services.catalogue.format(language, "campaign_editor.error.practice",
                                                      {{"practice", saved.unknown_practice}}));
    view.status = 409;
    return campaign_form_page(services, language, staff.visitor, staff.campaign, view);
  }
  store::AuditEntry entry = staff_audit(
      services, request, *staff.visitor.account,
      staff.campaign ? "campaign.update" : "campaign.create", "campaign",
      json_detail({{"slug", input.slug}, {"outcome", campaign_form_outcome(saved.outcome)}}));
  entry.object_id = std::to_string(saved.id);
  services.store.audit_log().record(entry, store::utc_now());
  const std::string_view notice = !staff.campaign ? "campaign_created"
                                  : saved.outcome == store::CampaignSaveOutcome::kUnchanged
                                      ? "unchanged"
                                      : "campaign_saved";
  return redirect_with(staff.visitor, language,
                       with_notice("/toimitus/kampanjat/" + input.slug, notice));
}

// A posted form: more rows, the form again with its problems (422) or a bad CSRF token (403),
// or the campaign saved.
http::Response campaign_form_post(const http::Request& request, const Services& services,
                                  Language language, bool editing) {
  CampaignFormStaff staff = campaign_form_staff(request, services, language, editing);
  if (staff.refusal) return std::move(*staff.refusal);
  const PostedForm posted = read_form(request, staff.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  CampaignFormView view{.values = read_campaign_form(*posted.form), .blank_rows = 0};
  if (staff.campaign) view.values.slug = staff.campaign->input.slug;
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return campaign_form_page(services, language, staff.visitor, staff.campaign, view);
  }
  if (posted.form->get("action") == "more-rows") {
    view.blank_rows = 3;
    return campaign_form_page(services, language, staff.visitor, staff.campaign, view);
  }
  const auto taken = [&services](std::string_view slug) {
    return services.store.campaigns().find_by_slug(slug).has_value();
  };
  const CampaignFormReading reading =
      parse_campaign_form(view.values, staff.campaign ? &staff.campaign->input : nullptr, taken);
  if (!reading.problems.empty()) {
    view.errors = campaign_form_errors(services, language, reading.problems);
    view.status = 422;
    return campaign_form_page(services, language, staff.visitor, staff.campaign, view);
  }
  return campaign_form_save(request, services, language, staff, view, reading.input);
}

http::Response campaign_form_get_new(const http::Request& request, const Services& services,
                                     Language language) {
  return campaign_form_get(request, services, language, false);
}
http::Response campaign_form_post_new(const http::Request& request, const Services& services,
                                      Language language) {
  return campaign_form_post(request, services, language, false);
}
http::Response campaign_form_get_edit(const http::Request& request, const Services& services,
                                      Language language) {
  return campaign_form_get(request, services, language, true);
}
http::Response campaign_form_post_edit(const http::Request& request, const Services& services,
                                       Language language) {
  return campaign_form_post(request, services, language, true);
}

}  // namespace

void add_campaign_form_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/kampanjat/uusi", campaign_form_get_new);
  add_localised(router, services, "POST", "/toimitus/kampanjat/uusi", campaign_form_post_new);
  add_localised(router, services, "GET", "/toimitus/kampanjat/{slug}/muokkaa",
                campaign_form_get_edit);
  add_localised(router, services, "POST", "/toimitus/kampanjat/{slug}/muokkaa",
                campaign_form_post_edit);
}

}  // namespace tori::web
