// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' event form's handlers: /toimitus/tapahtumat/uusi and
// /toimitus/tapahtumat/{slug}/muokkaa (GET shows, POST adds rows, re-shows with errors or
// saves), editors only, each save in the audit log.
#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// What one showing of the form holds.
struct EventEditorView {
  EventFormValues values{};
  FormErrors errors{};
  std::size_t blank_rows = 2;  // empty rows added to the questions and the programme
  int status = 200;
};

// The form for a new event (no `event`) or for editing `event`.
http::Response event_editor_page(const Services& services, Language language,
                                 const Visitor& visitor, const std::optional<core::Event>& event,
                                 const EventEditorView& view) {
  const text::Catalogue& catalogue = services.catalogue;
  Page page(language, "event_form");
  page.meta.title =
      event ? catalogue.format(language, "event_editor.edit_title", {{"event", event->input.title}})
            : catalogue.text(language, "event_editor.new_title");
  page.meta.path =
      event ? "/toimitus/tapahtumat/" + event->slug + "/muokkaa" : "/toimitus/tapahtumat/uusi";
  Dictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("SAVE",
                catalogue.text(language, event ? "event_editor.save" : "event_editor.create"));
  if (event) {
    Dictionary* editing = body.AddSectionDictionary("EDITING");
    editing->SetValue("SLUG", event->slug);
    editing->SetValue("EVENT_TITLE", event->input.title);
    editing->SetValue("LANG", std::string{core::to_string(event->input.language)});
  } else {
    body.ShowSection("CREATING");
  }
  fill_errors(body, "event", view.errors);
  fill_event_form(body, services, language, view.values, view.errors, view.blank_rows);
  return render_form(services, page, visitor, view.status);
}

http::Response event_editor_get_new(const http::Request& request, const Services& services,
                                    Language language) {
  const Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor))
    return std::move(*refusal);
  return event_editor_page(services, language, visitor, std::nullopt, {});
}

http::Response event_editor_get_edit(const http::Request& request, const Services& services,
                                     Language language) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  return event_editor_page(services, language, staff.visitor, staff.event,
                           {.values = event_form_values(staff.event->input)});
}

// "tori-" and 16 hex digits from libsodium's random bytes, not yet taken by any event.
std::string event_editor_external_id(const Services& services) {
  for (;;) {
    std::string id = "tori-" + auth::token_digest(auth::new_token()).substr(0, 16);
    if (!services.store.events().find_by_external_id(id)) return id;
  }
}

std::string_view event_editor_outcome(store::EventSaveOutcome outcome) {
  switch (outcome) {
    case store::EventSaveOutcome::kCreated:
      return "created";
    case store::EventSaveOutcome::kUpdated:
      return "updated";
    case store::EventSaveOutcome::kUnchanged:
      break;
  }
  return "unchanged";
}

// Stores a valid input, records it in the audit log and goes back to the staff's events.
http::Response event_editor_save(const http::Request& request, const Services& services,
                                 Language language, const Visitor& visitor,
                                 const std::optional<core::Event>& event, core::EventInput input) {
  input.external_id = event ? event->input.external_id : event_editor_external_id(services);
  const store::EventSaved saved = services.store.events().save(input, store::utc_now());
  store::AuditEntry entry = staff_audit(
      services, request, *visitor.account, event ? "event.update" : "event.create", "event",
      json_detail({{"slug", saved.slug}, {"outcome", event_editor_outcome(saved.outcome)}}));
  entry.object_id = std::to_string(saved.id);
  services.store.audit_log().record(entry, store::utc_now());
  const std::string_view notice = !event ? "event_created"
                                  : saved.outcome == store::EventSaveOutcome::kUnchanged
                                      ? "unchanged"
                                      : "event_saved";
  return redirect_with(visitor, language, with_notice("/toimitus/tapahtumat", notice));
}

// A posted form: more rows, the form again with its problems (422) or a bad CSRF token (403),
// or the event saved.
http::Response event_editor_post(const http::Request& request, const Services& services,
                                 Language language, const Visitor& visitor,
                                 const std::optional<core::Event>& event) {
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  EventEditorView view{.values = read_event_form(*posted.form), .blank_rows = 0};
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return event_editor_page(services, language, visitor, event, view);
  }
  if (posted.form->get("action") == "more-rows") {
    view.blank_rows = 3;
    return event_editor_page(services, language, visitor, event, view);
  }
  EventFormReading reading = parse_event_form(view.values);
  if (!reading.problems.empty()) {
    view.errors = event_form_errors(services, language, reading.problems);
    view.status = 422;
    return event_editor_page(services, language, visitor, event, view);
  }
  return event_editor_save(request, services, language, visitor, event, std::move(reading.input));
}

http::Response event_editor_post_new(const http::Request& request, const Services& services,
                                     Language language) {
  const Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor))
    return std::move(*refusal);
  return event_editor_post(request, services, language, visitor, std::nullopt);
}

http::Response event_editor_post_edit(const http::Request& request, const Services& services,
                                      Language language) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  return event_editor_post(request, services, language, staff.visitor, staff.event);
}

}  // namespace

void add_event_editor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/tapahtumat/uusi", event_editor_get_new);
  add_localised(router, services, "POST", "/toimitus/tapahtumat/uusi", event_editor_post_new);
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/muokkaa",
                event_editor_get_edit);
  add_localised(router, services, "POST", "/toimitus/tapahtumat/{slug}/muokkaa",
                event_editor_post_edit);
}

}  // namespace tori::web
