// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' pages: /toimitus/sivut (the list), /toimitus/sivut/uusi, /toimitus/sivut/{key}/
// muokkaa (GET shows, POST previews, re-shows with errors or saves) and /toimitus/sivut/{key}/
// poista; editors only, each save and delete in the audit log.
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/site_pages/page_form.hpp"
#include "tori/web/site_pages/site_pages.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

struct PageEditorView {
  PageFormValues values{};
  FormErrors errors{};
  bool preview = false;
  int status = 200;
};

// An editor let in, and the stored page of the address's {sivu} when `with_page`.
using PageEditorGate = EditorGate<store::SitePage>;

PageEditorGate page_editor_gate(const http::Request& request, const Services& services,
                                Language language, bool with_page) {
  return editor_gate<store::SitePage>(request, services, language, with_page, [&] {
    return services.store.pages().find(request.param("sivu"));
  });
}

std::string page_languages(const core::SitePageInput& input) {
  std::string codes;
  for (const Language language : core::kSitePageLanguages) {
    if (!input.version(language).exists()) continue;
    if (!codes.empty()) codes += ", ";
    codes += text::language_code(language);
  }
  return codes;
}

http::Response page_list(const http::Request& request, const Services& services,
                         Language language) {
  const PageEditorGate gate = page_editor_gate(request, services, language, false);
  if (gate.refusal) return *gate.refusal;
  Page page(language, "site_page_list");
  page.meta.title = services.catalogue.text(language, "site_pages.list.title");
  page.meta.path = "/toimitus/sivut";
  fill_notice(page.body(), request, services, language);
  const std::vector<store::SitePage> pages = services.store.pages().list();
  if (pages.empty()) page.body().ShowSection("EMPTY");
  for (const store::SitePage& stored : pages) {
    Dictionary* row = page.body().AddSectionDictionary("PAGE");
    row->SetValue("SLUG", stored.input.slug);
    row->SetValue("TITLE", stored.input.version(Language::kFi).title);
    row->SetValue("LANGUAGES", page_languages(stored.input));
    row->SetValue("NAV", stored.input.nav_position ? std::to_string(*stored.input.nav_position)
                                                   : std::string("–"));
    row->SetValue(
        "UPDATED",
        text::format_date_time(
            std::chrono::time_point_cast<std::chrono::seconds>(stored.updated_at), language));
    row->SetValue("UPDATED_BY", stored.updated_by_name);
  }
  return render_form(services, page, gate.visitor, 200);
}

http::Response page_editor_page(const Services& services, Language language, const Visitor& visitor,
                                const std::optional<store::SitePage>& stored,
                                const PageEditorView& view) {
  const text::Catalogue& catalogue = services.catalogue;
  Page page(language, "site_page_form");
  page.meta.path =
      stored ? "/toimitus/sivut/" + stored->input.slug + "/muokkaa" : "/toimitus/sivut/uusi";
  page.meta.title = stored
                        ? catalogue.format(language, "site_pages.edit_title",
                                           {{"page", stored->input.version(Language::kFi).title}})
                        : catalogue.text(language, "site_pages.new_title");
  Dictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("HEADING", page.meta.title);
  if (stored) {
    Dictionary* editing = body.AddSectionDictionary("EDITING");
    editing->SetValue("SLUG", stored->input.slug);
    editing->SetValue("CSRF", visitor.csrf_token);
    editing->SetValue(
        "DELETE_ACTION",
        localised_path(language, "/toimitus/sivut/" + stored->input.slug + "/poista"));
  } else {
    Dictionary* creating = body.AddSectionDictionary("CREATING");
    if (view.errors.has("slug")) {
      creating->AddSectionDictionary("SLUG_ERROR")
          ->SetValue("MESSAGE", view.errors.message("slug"));
    }
  }
  fill_errors(body, "page", view.errors);
  fill_page_form(body, services, language, view.values, view.errors, view.preview);
  return render_form(services, page, visitor, view.status);
}

http::Response page_editor_get(const http::Request& request, const Services& services,
                               Language language, bool editing) {
  const PageEditorGate gate = page_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  PageEditorView view;
  if (gate.item) view.values = page_form_values(gate.item->input);
  return page_editor_page(services, language, gate.visitor, gate.item, view);
}

std::string_view page_outcome(store::PageSaveOutcome outcome) {
  switch (outcome) {
    case store::PageSaveOutcome::kCreated:
      return "created";
    case store::PageSaveOutcome::kUpdated:
      return "updated";
    case store::PageSaveOutcome::kUnchanged:
      break;
  }
  return "unchanged";
}

http::Response page_editor_save(const http::Request& request, const Services& services,
                                Language language, const PageEditorGate& gate,
                                const core::SitePageInput& input) {
  const core::Account& account = *gate.visitor.account;
  const store::PageSaved saved = services.store.pages().save(input, account.id, store::utc_now());
  store::AuditEntry entry =
      staff_audit(services, request, account, gate.item ? "page.update" : "page.create", "page",
                  json_detail({{"slug", input.slug}, {"outcome", page_outcome(saved.outcome)}}));
  entry.object_id = std::to_string(saved.id);
  services.store.audit_log().record(entry, store::utc_now());
  const std::string_view notice = !gate.item ? "page_created"
                                  : saved.outcome == store::PageSaveOutcome::kUnchanged
                                      ? "unchanged"
                                      : "page_saved";
  return redirect_with(gate.visitor, language, with_notice("/toimitus/sivut", notice));
}

http::Response page_editor_post(const http::Request& request, const Services& services,
                                Language language, const http::Router& router, bool editing) {
  const PageEditorGate gate = page_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  PageEditorView view{.values = read_page_form(*posted.form)};
  if (gate.item) view.values.slug = gate.item->input.slug;  // the key stays
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return page_editor_page(services, language, gate.visitor, gate.item, view);
  }
  PageFormReading reading = parse_page_form(services, language, router, view.values, !editing);
  if (!reading.errors.empty() || posted.form->get("action") == "preview") {
    view.errors = std::move(reading.errors);
    view.preview = true;
    view.status = view.errors.empty() ? 200 : 422;
    return page_editor_page(services, language, gate.visitor, gate.item, view);
  }
  return page_editor_save(request, services, language, gate, reading.input);
}

http::Response page_delete(const http::Request& request, const Services& services,
                           Language language) {
  const PageEditorGate gate = page_editor_gate(request, services, language, true);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form || posted.refusal != 0) return error_page(services, language, posted.refusal);
  (void)services.store.pages().remove(gate.item->input.slug);
  store::AuditEntry entry = staff_audit(services, request, *gate.visitor.account, "page.delete",
                                        "page", json_detail({{"slug", gate.item->input.slug}}));
  entry.object_id = std::to_string(gate.item->id);
  services.store.audit_log().record(entry, store::utc_now());
  return redirect_with(gate.visitor, language, with_notice("/toimitus/sivut", "page_deleted"));
}

}  // namespace

void add_site_page_routes(http::Router& router, const Services& services) {
  const http::Router* routes = &router;
  add_localised(router, services, "GET", "/toimitus/sivut", page_list);
  add_localised(router, services, "GET", "/toimitus/sivut/uusi",
                [](const http::Request& request, const Services& s, Language language) {
                  return page_editor_get(request, s, language, false);
                });
  add_localised(router, services, "POST", "/toimitus/sivut/uusi",
                [routes](const http::Request& request, const Services& s, Language language) {
                  return page_editor_post(request, s, language, *routes, false);
                });
  add_localised(router, services, "GET", "/toimitus/sivut/{sivu}/muokkaa",
                [](const http::Request& request, const Services& s, Language language) {
                  return page_editor_get(request, s, language, true);
                });
  add_localised(router, services, "POST", "/toimitus/sivut/{sivu}/muokkaa",
                [routes](const http::Request& request, const Services& s, Language language) {
                  return page_editor_post(request, s, language, *routes, true);
                });
  add_localised(router, services, "POST", "/toimitus/sivut/{sivu}/poista", page_delete);
  add_site_page_public_route(router, services);
}

}  // namespace tori::web
