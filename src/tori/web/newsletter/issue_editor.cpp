// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' newsletter pages: /toimitus/uutiskirjeet (every issue with its counts),
// /toimitus/uutiskirjeet/uusi and /toimitus/uutiskirjeet/{kirje}/muokkaa (GET shows, POST
// previews, re-shows with errors or saves the draft). Editors only; saves are audited.
#include "tori/web/newsletter/issue_editor.hpp"

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/newsletter/issue_form.hpp"
#include "tori/web/newsletter/newsletter_content.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string issue_when(const store::NewsletterIssue& issue, Language language) {
  const auto at = issue.sent_at ? issue.sent_at : issue.sending_at;
  if (!at) return {};
  return text::format_date_time(std::chrono::time_point_cast<std::chrono::seconds>(*at), language);
}

void fill_issue_row(Dictionary& row, const Services& services, Language language,
                    const store::NewsletterIssue& issue) {
  row.SetValue("URL", localised_path(language, issue_path(issue.input.slug)));
  row.SetValue("SUBJECT", issue.input.subject);
  row.SetValue("STATE", services.catalogue.text(
                            language, "newsletter_issue.state." +
                                          std::string(core::newsletter_state_name(issue.state))));
  row.SetValue("LANGUAGE", issue.input.language);
  row.SetValue("WHEN", issue_when(issue, language));
  if (issue.state == core::NewsletterState::kDraft) return;
  const store::NewsletterCounts counts = services.store.newsletters().counts(issue.id);
  row.SetValue("COUNTS",
               services.catalogue.format(language, "newsletter_issue.counts_short",
                                         {{"sent", std::to_string(counts.sent)},
                                          {"failed", std::to_string(counts.failed)},
                                          {"recipients", std::to_string(counts.recipients)}}));
}

http::Response issue_list(const http::Request& request, const Services& services,
                          Language language) {
  const IssueEditorGate gate = issue_editor_gate(request, services, language, false);
  if (gate.refusal) return *gate.refusal;
  Page page(language, "newsletter_issue_list");
  page.meta.title = services.catalogue.text(language, "newsletter_issue.list.title");
  page.meta.path = "/toimitus/uutiskirjeet";
  fill_notice(page.body(), request, services, language);
  const std::vector<store::NewsletterIssue> issues = services.store.newsletters().list();
  if (issues.empty()) page.body().ShowSection("EMPTY");
  for (const store::NewsletterIssue& issue : issues)
    fill_issue_row(*page.body().AddSectionDictionary("ISSUE"), services, language, issue);
  return render_form(services, page, gate.visitor, 200);
}

struct IssueFormView {
  core::NewsletterInput input{.blocks = {"practices", "news", "events"}};
  FormErrors errors{};
  bool preview = false;
  int status = 200;
};

http::Response issue_form_page(const Services& services, Language language,
                               const IssueEditorGate& gate, const IssueFormView& view) {
  Page page(language, "newsletter_issue_form");
  const bool editing = gate.item.has_value();
  page.meta.path = editing ? issue_path(gate.item->input.slug, "/muokkaa")
                           : std::string("/toimitus/uutiskirjeet/uusi");
  page.meta.title = services.catalogue.text(
      language, editing ? "newsletter_issue.edit_title" : "newsletter_issue.new_title");
  Dictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", gate.visitor.csrf_token);
  body.SetValue("HEADING", page.meta.title);
  if (!editing) body.ShowSection("CREATING");
  fill_issue_form(body, services, language, view.input, view.errors);
  if (view.preview && view.errors.empty()) {
    const store::NewsletterContent content =
        compose_newsletter(services, view.input, store::utc_now());
    body.AddSectionDictionary("PREVIEW")->SetValue("HTML", content.html);
  }
  return render_form(services, page, gate.visitor, view.status);
}

http::Response issue_form_get(const http::Request& request, const Services& services,
                              Language language, bool editing) {
  const IssueEditorGate gate = issue_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  if (gate.item && gate.item->state != core::NewsletterState::kDraft)
    return redirect_with(gate.visitor, language, issue_path(gate.item->input.slug));
  IssueFormView view;
  if (gate.item) view.input = gate.item->input;
  return issue_form_page(services, language, gate, view);
}

http::Response issue_form_save(const http::Request& request, const Services& services,
                               Language language, const IssueEditorGate& gate,
                               IssueFormView& view) {
  const store::NewsletterSaved saved = services.store.newsletters().save_draft(
      view.input, gate.visitor.account->id, store::utc_now());
  if (saved.outcome == store::NewsletterSaveOutcome::kNotDraft) {
    view.errors.add("slug", services.catalogue.text(language, "newsletter_issue.error.taken"));
    view.status = 422;
    return issue_form_page(services, language, gate, view);
  }
  audit_issue(services, request, gate.visitor,
              gate.item ? "newsletter.update" : "newsletter.create", saved.id, view.input.slug);
  return redirect_with(gate.visitor, language,
                       with_notice(issue_path(view.input.slug), "newsletter_saved"));
}

http::Response issue_form_post(const http::Request& request, const Services& services,
                               Language language, bool editing) {
  const IssueEditorGate gate = issue_editor_gate(request, services, language, editing);
  if (gate.refusal) return *gate.refusal;
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  IssueFormView view{.input = read_issue_form(*posted.form)};
  if (gate.item) view.input.slug = gate.item->input.slug;  // the address stays
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return issue_form_page(services, language, gate, view);
  }
  if (gate.item && gate.item->state != core::NewsletterState::kDraft)
    return error_page(services, language, 409);
  view.errors = check_issue_form(services, language, view.input);
  // "uusi" is the new issue's own address.
  if (!editing && !view.errors.has("slug") &&
      (view.input.slug == "uusi" || services.store.newsletters().find(view.input.slug)))
    view.errors.add("slug", services.catalogue.text(language, "newsletter_issue.error.taken"));
  if (!view.errors.empty() || posted.form->get("action") == "preview") {
    view.preview = true;
    view.status = view.errors.empty() ? 200 : 422;
    return issue_form_page(services, language, gate, view);
  }
  return issue_form_save(request, services, language, gate, view);
}

}  // namespace

IssueEditorGate issue_editor_gate(const http::Request& request, const Services& services,
                                  Language language, bool with_issue) {
  return editor_gate<store::NewsletterIssue>(request, services, language, with_issue, [&] {
    return services.store.newsletters().find(request.param("kirje"));
  });
}

void audit_issue(const Services& services, const http::Request& request, const Visitor& visitor,
                 std::string_view action, std::int64_t issue_id, std::string_view slug) {
  store::AuditEntry entry = staff_audit(services, request, *visitor.account, std::string(action),
                                        "newsletter", json_detail({{"slug", slug}}));
  entry.object_id = std::to_string(issue_id);
  services.store.audit_log().record(entry, store::utc_now());
}

std::string issue_path(std::string_view slug, std::string_view rest) {
  return "/toimitus/uutiskirjeet/" + std::string(slug) + std::string(rest);
}

void add_newsletter_editor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/uutiskirjeet", issue_list);
  for (const bool editing : {false, true}) {
    const char* path =
        editing ? "/toimitus/uutiskirjeet/{kirje}/muokkaa" : "/toimitus/uutiskirjeet/uusi";
    add_localised(router, services, "GET", path,
                  [editing](const http::Request& request, const Services& s, Language language) {
                    return issue_form_get(request, s, language, editing);
                  });
    add_localised(router, services, "POST", path,
                  [editing](const http::Request& request, const Services& s, Language language) {
                    return issue_form_post(request, s, language, editing);
                  });
  }
  add_issue_sending_routes(router, services);
}

}  // namespace tori::web
