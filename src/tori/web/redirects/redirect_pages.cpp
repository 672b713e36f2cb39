// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' redirects: /toimitus/ohjaukset lists the rules with delete buttons, adds one
// (errors beside the fields, 422, the text kept) and imports a CSV file all or nothing. Every
// change is in the audit log.
#include "tori/web/redirects/redirect_pages.hpp"
#include <algorithm>

#include "tori/core/redirect_csv.hpp"
#include "tori/http/form.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/redirects/redirect_support.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// What the add form was given, to show again with its errors.
struct RedirectForm {
  std::string old_path, target, note;
};

// The CSV import's refusals, one text per line.
struct CsvRefusal {
  std::vector<std::string> lines;
};

void fill_redirect_rules(Dictionary& body, const Services& services, Language language,
                         const std::string& csrf) {
  const std::vector<store::Redirect> rules = services.store.redirects().list();
  if (rules.empty()) {
    body.ShowSection("NO_RULES");
    return;
  }
  Dictionary* table = body.AddSectionDictionary("RULES");
  for (const store::Redirect& rule : rules) {
    Dictionary* row = table->AddSectionDictionary("RULE");
    row->SetValue("ID", std::to_string(rule.id));
    row->SetValue("OLD_PATH", rule.old_path);
    row->SetValue("TARGET", rule.target);
    row->SetValue("NOTE", rule.note);
    row->SetValue("UPDATED", format_redirect_time(rule.updated_at, language));
    row->SetValue("CSRF", csrf);
    row->SetValue("DELETE_LABEL", services.catalogue.format(language, "redirects.delete_label",
                                                            {{"old", rule.old_path}}));
  }
}

http::Response redirects_page(const http::Request& request, const Services& services,
                              Language language, const RedirectForm& form, const FormErrors& errors,
                              const CsvRefusal& csv, int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  Page page(language, "editorial_redirects");
  page.meta.title = services.catalogue.text(language, "redirects.title");
  page.meta.path = std::string{kRedirectsPath};
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("OLD_PATH_VALUE", form.old_path);
  body.SetValue("TARGET_VALUE", form.target);
  body.SetValue("NOTE_VALUE", form.note);
  fill_redirect_rules(body, services, language, visitor.csrf_token);
  fill_redirect_notice(body, request, services, language);
  fill_errors(body, "redirect", errors);
  if (!csv.lines.empty()) {
    body.ShowSection("CSV_LINES");
    for (const std::string& line : csv.lines) {
      body.AddSectionDictionary("CSV_LINE")->SetValue("TEXT", line);
    }
  }
  return render_form(services, page, visitor, status);
}

http::Response get_redirects(const http::Request& request, const Services& services,
                             Language language) {
  // "Make a redirect" on the not-found list fills in the old address.
  return redirects_page(request, services, language,
                        {request.query_param("vanha").value_or(""), "", ""}, {}, {}, 200);
}

void add_redirect_errors(FormErrors& errors, const Services& services, Language language,
                         const std::vector<core::RedirectError>& found) {
  for (const core::RedirectError& error : found) {
    errors.add(std::string{redirect_field_name(error.field)},
               redirect_error_text(services, language, error));
  }
}

http::Response post_redirect(const http::Request& request, const Services& services,
                             Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const RedirectForm form{posted.form->get("old_path"), posted.form->get("target"),
                          posted.form->get("note")};
  const store::RedirectSaveOutcome saved = services.store.redirects().save(
      {form.old_path, form.target, form.note}, posted.visitor.account->id, store::utc_now());
  if (!saved.saved()) {
    FormErrors errors;
    add_redirect_errors(errors, services, language, saved.errors);
    return redirects_page(request, services, language, form, errors, {}, 422);
  }
  store::AuditEntry audit =
      staff_audit(services, request, *posted.visitor.account,
                  saved.replaced ? "redirect.update" : "redirect.create", "redirect",
                  json_detail({{"old_path", saved.old_path},
                               {"target", saved.target},
                               {"repointed", std::to_string(saved.repointed)}}));
  audit.object_id = std::to_string(saved.id);
  services.store.audit_log().record(audit, store::utc_now());
  return redirect_with(posted.visitor, language, redirect_notice_path(kRedirectsPath, "saved"));
}

http::Response post_delete_redirect(const http::Request& request, const Services& services,
                                    Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  std::int64_t id = 0;
  try {
    id = std::stoll(std::string{request.param("id")});
  } catch (const std::exception&) {
    return error_page(services, language, 404);
  }
  const std::optional<store::Redirect> rule = services.store.redirects().get(id);
  if (!rule || !services.store.redirects().remove(id)) return error_page(services, language, 404);
  store::AuditEntry audit =
      staff_audit(services, request, *posted.visitor.account, "redirect.delete", "redirect",
                  json_detail({{"old_path", rule->old_path}, {"target", rule->target}}));
  audit.object_id = std::to_string(id);
  services.store.audit_log().record(audit, store::utc_now());
  return redirect_with(posted.visitor, language, redirect_notice_path(kRedirectsPath, "deleted"));
}

// The refusals of a CSV file: its malformed lines, else the rules' own checks by line.
CsvRefusal csv_refusal(const Services& services, Language language, const core::RedirectCsv& csv,
                       const store::RedirectImportOutcome& imported) {
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const core::RedirectCsvError& error : csv.errors) {
    found.emplace_back(
        error.line, services.catalogue.text(
                        language, "redirects.error.csv." +
                                      std::string{core::redirect_csv_problem_name(error.problem)}));
  }
  if (!csv.errors.empty()) {  // not imported: each well-formed row checked on its own
    for (const core::RedirectCsvRow& row : csv.rows) {
      for (const core::RedirectError& error : core::check_redirect_input(row.input).errors) {
        found.emplace_back(row.line, redirect_error_text(services, language, error));
      }
    }
  }
  for (const store::RedirectImportError& error : imported.errors) {
    found.emplace_back(csv.rows[error.index - 1].line,
                       redirect_error_text(services, language, error.error));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  CsvRefusal refusal;
  for (const auto& [line, message] : found) {
    refusal.lines.push_back(services.catalogue.format(
        language, "redirects.csv_line", {{"line", std::to_string(line)}, {"message", message}}));
  }
  return refusal;
}

http::Response post_import(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const auto type = request.headers.get("Content-Type");
  std::optional<http::Form> form = http::Form::parse_body(type.value_or(""), request.body);
  if (!form) return error_page(services, language, 400);
  if (!csrf_accepted(*form, visitor, services)) return error_page(services, language, 403);
  const http::FormFile* file = form->file("csv");
  FormErrors errors;
  if (file == nullptr || file->bytes.empty()) {
    errors.add("csv", services.catalogue.text(language, "redirects.error.csv.file"));
    return redirects_page(request, services, language, {}, errors, {}, 422);
  }
  const core::RedirectCsv csv = core::read_redirect_csv(file->bytes);
  store::RedirectImportOutcome imported;
  if (csv.errors.empty()) {
    imported = services.store.redirects().import(core::redirect_inputs(csv.rows),
                                                 visitor.account->id, store::utc_now());
  }
  if (!csv.errors.empty() || !imported.errors.empty()) {
    errors.add("csv", services.catalogue.text(language, "redirects.csv_errors"));
    return redirects_page(request, services, language, {}, errors,
                          csv_refusal(services, language, csv, imported), 422);
  }
  store::AuditEntry audit =
      staff_audit(services, request, *visitor.account, "redirect.import", "redirect",
                  json_detail({{"filename", file->filename},
                               {"created", std::to_string(imported.created)},
                               {"replaced", std::to_string(imported.replaced)}}));
  services.store.audit_log().record(audit, store::utc_now());
  return redirect_with(visitor, language, redirect_notice_path(kRedirectsPath, "imported"));
}

}  // namespace

void add_redirect_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", kRedirectsPath, get_redirects);
  add_localised(router, services, "POST", kRedirectsPath, post_redirect);
  add_localised(router, services, "POST", "/toimitus/ohjaukset/{id}/poista", post_delete_redirect);
  add_localised(router, services, "POST", "/toimitus/ohjaukset/tuonti", post_import,
                {.body_limit = 4 << 20});
  add_not_found_list_routes(router, services);
}

}  // namespace tori::web
