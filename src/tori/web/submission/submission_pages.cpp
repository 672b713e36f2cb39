// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form's routes: new, edit, save as draft, preview and submit. The form survives an
// expired session: it comes back with the text and a draft key that lets the same person save
// it after logging in again (in another tab).
#include "tori/web/submission/submission_pages.hpp"

#include "tori/auth/secret_key.hpp"
#include "tori/auth/token.hpp"
#include "tori/core/practice_input.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/campaigns/campaign_picks.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/submission/autosave.hpp"
#include "tori/web/submission/practice_form_view.hpp"
#include "tori/web/submission/practice_media.hpp"

namespace tori::web {
namespace {

// Binds the form to the person, not the session, so it can be saved after a new login.
std::string draft_key(const Services& services, std::int64_t account_id) {
  return auth::keyed_hash(services.accounts->secret_key,
                          "practice-form:" + std::to_string(account_id));
}

struct FormView {
  PracticeForm form;
  std::vector<core::Organisation> organisations;
  std::optional<core::Practice> existing;
  PracticeMedia media;
  FormErrors errors;
  std::string notice_key;  // a notice above the form ("" none)
  std::string draft_key;
};

std::string form_path(const std::optional<core::Practice>& existing) {
  return existing ? "/teot/" + existing->slug + "/muokkaa" : "/teot/uusi";
}

void fill_history(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                  const core::Practice& practice) {
  body.SetValue("STATE",
                services.catalogue.text(
                    language, "submission.state." + std::string(to_string(practice.state))));
  body.ShowSection("EXISTING");
  body.SetValue("PREVIEW_URL", localised_path(language, "/teot/" + practice.slug + "/esikatselu"));
  for (const store::EditorialMessage& message :
       services.store.submissions().messages(practice.id)) {
    if (message.kind != "changes_requested") continue;
    auto* item = body.AddSectionDictionary("CHANGE_REQUEST");
    item->SetValue("ACTOR", message.actor);
    item->SetValue("MESSAGE", message.message);
  }
}

http::Response form_page(const Services& services, Language language, const Visitor& visitor,
                         const FormView& view, int status) {
  Page page(language, "practice_form");
  page.meta.title = services.catalogue.text(
      language, view.existing ? "submission.edit.title" : "submission.new.title");
  page.meta.path = form_path(view.existing);
  auto& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("DRAFT_KEY", view.draft_key);
  body.SetValue("FORM_SCRIPT", services.asset_url("js/practice-form.js"));
  if (!view.existing || view.existing->state == core::PracticeState::kDraft)
    body.ShowSection("AUTOSAVE");
  if (!view.notice_key.empty()) {
    body.SetValueAndShowSection("NOTICE", services.catalogue.text(language, view.notice_key),
                                "HAS_NOTICE");
  }
  if (view.existing) fill_history(body, services, language, *view.existing);
  fill_practice_form(body, services, language, view.form, view.organisations, view.errors);
  fill_media_form(body, services, view.media, view.errors);
  fill_campaign_picks(body, services, language, view.form.campaign_categories);
  return render_form(services, page, visitor, status);
}

const core::Organisation* find_organisation(const std::vector<core::Organisation>& organisations,
                                            const std::string& slug) {
  for (const core::Organisation& organisation : organisations) {
    if (organisation.slug == slug) return &organisation;
  }
  return nullptr;
}

http::Response new_practice(const http::Request& request, const Services& services,
                            Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return login_redirect(visitor, language, "/teot/uusi");
  FormView view;
  view.organisations = writable_organisations(services, *visitor.account);
  if (view.organisations.empty()) {
    return notice_page(services, language, visitor, "submission.no_organisation", 200);
  }
  view.form.organisation = view.organisations.front().slug;
  if (const auto& home = view.organisations.front().municipality)
    view.form.municipality = home->name;
  view.form.language = std::string(text::language_code(language));
  view.draft_key = draft_key(services, visitor.account->id);
  return form_page(services, language, visitor, view, 200);
}

http::Response edit_practice(const http::Request& request, const Services& services,
                             Language language) {
  Visitor visitor = identify(request, services);
  const std::string path = "/teot/" + std::string(request.param("slug")) + "/muokkaa";
  if (!visitor.signed_in()) return login_redirect(visitor, language, path);
  FormView view;
  view.existing = services.store.practices().find_by_slug(request.param("slug"));
  if (!view.existing) return error_page(services, language, 404);
  if (!may_edit(services, *visitor.account, *view.existing)) {
    return error_page(services, language, 403);
  }
  view.form = form_of(*view.existing);
  view.form.campaign_categories = stored_campaign_picks(services, view.existing->id);
  view.media = media_of(services, view.existing->id);
  view.organisations = writable_organisations(services, *visitor.account);
  view.draft_key = draft_key(services, visitor.account->id);
  if (request.query_param("tallennettu")) view.notice_key = "submission.saved";
  return form_page(services, language, visitor, view, 200);
}

// The answer to a post from someone whose session ended: the form back with the text, asking
// to log in again in another tab and then save.
http::Response session_expired(const Services& services, Language language, const Visitor& visitor,
                               const http::Form& posted, FormView view) {
  view.draft_key = posted.get("draft_key");
  if (auto organisation = services.store.organisations().find_by_slug(view.form.organisation)) {
    view.organisations = {*organisation};
  }
  view.notice_key = "submission.session_expired";
  return form_page(services, language, visitor, view, 401);
}

// Saves the checked form unless it or its media (`media_errors`) has errors; the saved
// practice, or every error.
std::variant<store::WriteResult, FormErrors> save_form(const Services& services,
                                                       const http::Request& request,
                                                       Language language,
                                                       const core::Account& account, FormView& view,
                                                       FormPurpose purpose,
                                                       const FormErrors& media_errors) {
  const core::Organisation* organisation =
      find_organisation(view.organisations, view.form.organisation);
  const std::string external_id =
      view.existing ? view.existing->external_id : "tori-" + auth::new_token().substr(0, 22);
  store::PracticeWrite write{
      input_of(view.form, external_id, organisation ? organisation->name : "", services)};
  FormErrors errors = check_practice_form(view.form, write.input, services, language, purpose,
                                          view.existing ? &*view.existing : nullptr);
  if (!organisation) {
    errors.add("organisation", services.catalogue.text(language, "submission.error.organisation"));
  }
  for (const FormErrors::Error& error : media_errors.all())
    errors.add(error.field, error.message);
  if (!errors.empty()) return errors;
  if (auto place = core::resolve_place(write.input, services.finland);
      auto* resolved = std::get_if<core::Place>(&place)) {
    write.municipality = resolved->municipality;
    write.region = resolved->region;
  }
  auto saved = services.store.submissions().save(write, actor_of(services, request, account),
                                                 store::utc_now());
  if (std::holds_alternative<store::WriteError>(saved)) {
    errors.add("title", services.catalogue.text(language, "submission.error.title_taken"));
    return errors;
  }
  return std::get<store::WriteResult>(saved);
}

// A file chosen with a form that had errors was not kept: the person must choose it again.
void ask_to_reselect(FormErrors& errors, const MediaChanges& changes, const Services& services,
                     Language language) {
  for (const char* field : {"image", "attachment"}) {
    const bool chosen = field == std::string_view("image") ? changes.image.has_value()
                                                           : changes.attachment.has_value();
    if (chosen && !errors.has(field))
      errors.add(field, services.catalogue.text(language, "media.error.reselect"));
  }
}

http::Response post_practice(const http::Request& request, const Services& services,
                             Language language, const std::string& slug) {
  Visitor visitor = identify(request, services);
  const auto posted =
      http::Form::parse_body(request.headers.get("Content-Type").value_or(""), request.body);
  if (!posted) return error_page(services, language, 400);
  FormView view;
  view.form = read_practice_form(*posted);
  const std::string action = posted->get("action");
  const bool autosave = action == "autosave";
  if (!visitor.signed_in()) {
    return autosave ? autosave_expired(services, language)
                    : session_expired(services, language, visitor, *posted, view);
  }
  const core::Account& account = *visitor.account;
  view.draft_key = draft_key(services, account.id);
  if (!csrf_accepted(*posted, visitor, services) &&
      !auth::same_secret(posted->get("draft_key"), view.draft_key)) {
    return error_page(services, language, 403);
  }
  if (!slug.empty()) {
    view.existing = services.store.practices().find_by_slug(slug);
    if (!view.existing) return error_page(services, language, 404);
    if (!may_edit(services, account, *view.existing)) return error_page(services, language, 403);
    if (autosave && view.existing->state != core::PracticeState::kDraft)
      return autosave_not_draft(services, language, visitor);
    view.media = media_of(services, view.existing->id);
  }
  view.organisations = writable_organisations(services, account);
  FormErrors media_errors;  // autosave leaves files to the buttons
  MediaChanges media =
      autosave ? MediaChanges{}
               : read_media_changes(*posted, services, language, view.media, media_errors);
  auto saved =
      save_form(services, request, language, account, view,
                action == "submit" ? FormPurpose::kSubmit : FormPurpose::kDraft, media_errors);
  if (auto* errors = std::get_if<FormErrors>(&saved)) {
    if (autosave) return autosave_refused(services, language, visitor, *errors);
    view.errors = std::move(*errors);
    ask_to_reselect(view.errors, media, services, language);
    return form_page(services, language, visitor, view, 422);
  }
  const store::WriteResult& written = std::get<store::WriteResult>(saved);
  apply_media_changes(services, written.id, std::move(media), actor_of(services, request, account));
  if (autosave) return autosave_saved(services, language, visitor, written);
  save_campaign_picks(services, written.id, view.form.campaign_categories, account.id);
  const std::string& saved_slug = written.slug;
  if (action == "submit") {
    const auto practice = services.store.practices().find_by_slug(saved_slug);
    services.store.submissions().apply(practice->id, core::EditorialAction::kSubmit,
                                       actor_of(services, request, account), "", {},
                                       store::utc_now());
    return redirect_with(visitor, language, "/teot/" + saved_slug + "/esikatselu?lahetetty=1");
  }
  if (action == "preview")
    return redirect_with(visitor, language, "/teot/" + saved_slug + "/esikatselu");
  return redirect_with(visitor, language, "/teot/" + saved_slug + "/muokkaa?tallennettu=1");
}

http::Response preview_practice(const http::Request& request, const Services& services,
                                Language language) {
  Visitor visitor = identify(request, services);
  const std::string slug(request.param("slug"));
  if (!visitor.signed_in())
    return login_redirect(visitor, language, "/teot/" + slug + "/esikatselu");
  const auto practice = services.store.practices().find_by_slug(slug);
  if (!practice) return error_page(services, language, 404);
  const bool editable = may_edit(services, *visitor.account, *practice);
  const bool own = services.store.submissions().author_of(practice->id) == visitor.account->id;
  if (!editable && !own) return error_page(services, language, 403);
  PracticePreview preview{
      services.catalogue.text(language,
                              "submission.state." + std::string(to_string(practice->state))),
      editable ? localised_path(language, "/teot/" + slug + "/muokkaa") : "",
      request.query_param("lahetetty") ? services.catalogue.text(language, "submission.submitted")
                                       : ""};
  http::Response response = render_practice(services, language, *practice, preview);
  apply_visitor(response, visitor);
  return response;
}

// The form's posts carry an image and an attachment at most, with the text around them.
http::RouteOptions upload_route_options(const Services& services) {
  if (services.uploads == nullptr) return {};
  return {.body_limit = services.uploads->image_limits.max_bytes +
                        services.uploads->pdf_limits.max_bytes + (1U << 20)};
}

}  // namespace

void add_submission_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/teot/uusi", new_practice);
  add_localised(
      router, services, "POST", "/teot/uusi",
      [](const http::Request& request, const Services& s, Language language) {
        return post_practice(request, s, language, "");
      },
      upload_route_options(services));
  add_localised(router, services, "GET", "/teot/{slug}/muokkaa", edit_practice);
  add_localised(
      router, services, "POST", "/teot/{slug}/muokkaa",
      [](const http::Request& request, const Services& s, Language language) {
        return post_practice(request, s, language, std::string(request.param("slug")));
      },
      upload_route_options(services));
  add_localised(router, services, "GET", "/teot/{slug}/esikatselu", preview_practice);
  add_editorial_routes(router, services);
  add_adoption_routes(router, services);
  add_media_route(router, services);
}

}  // namespace tori::web
