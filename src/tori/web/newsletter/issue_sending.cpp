// SPDX-License-Identifier: AGPL-3.0-or-later
// An issue's page for editors, /toimitus/uutiskirjeet/{kirje}: a draft's preview as it would go
// out now with the number of its recipients, a test to the editor's own address (…/testi), the
// sending (…/laheta: content frozen, recipients fixed, the periodic dispatch queues their mail)
// and deleting (…/poista); a sent issue's counts. Editors only; every action audited.
#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/newsletter/issue_editor.hpp"
#include "tori/web/newsletter/issue_form.hpp"
#include "tori/web/newsletter/newsletter_content.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::vector<store::Subscriber> issue_recipients(const Services& services,
                                                const core::NewsletterInput& input) {
  return services.store.subscribers().segment(input.topics, input.language);
}

std::string labels(const Services& services, Language language,
                   const std::vector<std::string>& items, bool topics) {
  std::string text;
  for (const std::string& item : items) {
    text += (text.empty() ? "" : ", ") + (topics ? topic_label(services, language, item)
                                                 : block_label(services, language, item));
  }
  return text;
}

void fill_counts(Dictionary& body, const Services& services, const store::NewsletterIssue& issue) {
  const store::NewsletterCounts counts = services.store.newsletters().counts(issue.id);
  Dictionary* section = body.AddSectionDictionary("COUNTS");
  section->SetIntValue("RECIPIENTS", counts.recipients);
  section->SetIntValue("WAITING", counts.waiting);
  section->SetIntValue("QUEUED", counts.queued);
  section->SetIntValue("SENT", counts.sent);
  section->SetIntValue("FAILED", counts.failed);
  section->SetIntValue("SKIPPED", counts.skipped);
}

void fill_draft_actions(Dictionary& body, const Services& services, Language language,
                        const IssueEditorGate& gate, const std::string& error) {
  const store::NewsletterIssue& issue = *gate.item;
  Dictionary* draft = body.AddSectionDictionary("DRAFT");
  draft->SetValue("CSRF", gate.visitor.csrf_token);
  draft->SetValue("EDIT", localised_path(language, issue_path(issue.input.slug, "/muokkaa")));
  draft->SetValue("TEST", localised_path(language, issue_path(issue.input.slug, "/testi")));
  draft->SetValue("SEND", localised_path(language, issue_path(issue.input.slug, "/laheta")));
  draft->SetValue("DELETE", localised_path(language, issue_path(issue.input.slug, "/poista")));
  draft->SetValue("TEST_TO", core::mask_email(gate.visitor.account->email));
  draft->SetIntValue("RECIPIENTS",
                     static_cast<long>(issue_recipients(services, issue.input).size()));
  if (!error.empty()) draft->AddSectionDictionary("CONFIRM_ERROR")->SetValue("MESSAGE", error);
}

http::Response issue_page(const http::Request& request, const Services& services, Language language,
                          const IssueEditorGate& gate, int status, const std::string& error) {
  const store::NewsletterIssue& issue = *gate.item;
  Page page(language, "newsletter_issue");
  page.meta.title = issue.input.subject;
  page.meta.path = issue_path(issue.input.slug);
  Dictionary& body = page.body();
  fill_notice(body, request, services, language);
  body.SetValue("SUBJECT", issue.input.subject);
  body.SetValue("STATE", services.catalogue.text(
                             language, "newsletter_issue.state." +
                                           std::string(core::newsletter_state_name(issue.state))));
  body.SetValue("LANGUAGE", services.catalogue.text(
                                language, "newsletter_issue.language." + issue.input.language));
  body.SetValue("TOPICS", issue.input.topics.empty()
                              ? services.catalogue.text(language, "newsletter_issue.all_topics")
                              : labels(services, language, issue.input.topics, true));
  body.SetValue("BLOCKS", labels(services, language, issue.input.blocks, false));
  const bool draft = issue.state == core::NewsletterState::kDraft;
  if (draft) {
    fill_draft_actions(body, services, language, gate, error);
  } else {
    fill_counts(body, services, issue);
  }
  body.SetValue("PREVIEW", draft ? compose_newsletter(services, issue.input, store::utc_now()).html
                                 : issue.content.html);
  return render_form(services, page, gate.visitor, status);
}

http::Response issue_get(const http::Request& request, const Services& services,
                         Language language) {
  const IssueEditorGate gate = issue_editor_gate(request, services, language, true);
  if (gate.refusal) return *gate.refusal;
  return issue_page(request, services, language, gate, 200, {});
}

// The gate and the posted form of an action on a draft; `refusal` set when it may not go on.
IssueEditorGate draft_action_gate(const http::Request& request, const Services& services,
                                  Language language, std::optional<http::Form>& form) {
  IssueEditorGate gate = issue_editor_gate(request, services, language, true);
  if (gate.refusal) return gate;
  const PostedForm posted = read_form(request, gate.visitor, services);
  if (!posted.form || posted.refusal != 0) {
    gate.refusal = error_page(services, language, posted.refusal);
  } else if (gate.item->state != core::NewsletterState::kDraft) {
    gate.refusal = error_page(services, language, 409);
  }
  form = posted.form;
  return gate;
}

http::Response issue_test(const http::Request& request, const Services& services,
                          Language language) {
  std::optional<http::Form> form;
  IssueEditorGate gate = draft_action_gate(request, services, language, form);
  if (gate.refusal) return *gate.refusal;
  const core::Account& account = *gate.visitor.account;
  store::NewsletterIssue issue = *gate.item;
  issue.content = compose_newsletter(services, issue.input, store::utc_now());
  issue.input.subject =
      services.catalogue.text(language, "newsletter_issue.test_prefix") + " " + issue.input.subject;
  const store::Subscriber reader{.email = account.email,
                                 .name = account.name,
                                 .language = issue.input.language,
                                 .created_at = store::utc_now()};
  (void)services.store.outbox().enqueue(newsletter_mail(services, issue, reader), store::utc_now());
  mail_queued(services);
  audit_issue(services, request, gate.visitor, "newsletter.test", issue.id, issue.input.slug);
  return redirect_with(gate.visitor, language,
                       with_notice(issue_path(issue.input.slug), "newsletter_tested"));
}

http::Response issue_send(const http::Request& request, const Services& services,
                          Language language) {
  std::optional<http::Form> form;
  IssueEditorGate gate = draft_action_gate(request, services, language, form);
  if (gate.refusal) return *gate.refusal;
  if (form->get("confirm") != "1") {
    return issue_page(request, services, language, gate, 422,
                      services.catalogue.text(language, "newsletter_issue.error.confirm"));
  }
  const store::UtcTime now = store::utc_now();
  std::vector<std::int64_t> recipients;
  for (const store::Subscriber& subscriber : issue_recipients(services, gate.item->input))
    recipients.push_back(subscriber.id);
  const auto started = services.store.newsletters().start_sending(
      gate.item->input.slug, compose_newsletter(services, gate.item->input, now), recipients, now);
  if (!started) return error_page(services, language, 409);
  audit_issue(services, request, gate.visitor, "newsletter.send", gate.item->id,
              gate.item->input.slug);
  return redirect_with(gate.visitor, language,
                       with_notice(issue_path(gate.item->input.slug), "newsletter_sending"));
}

http::Response issue_delete(const http::Request& request, const Services& services,
                            Language language) {
  std::optional<http::Form> form;
  IssueEditorGate gate = draft_action_gate(request, services, language, form);
  if (gate.refusal) return *gate.refusal;
  (void)services.store.newsletters().remove_draft(gate.item->input.slug);
  audit_issue(services, request, gate.visitor, "newsletter.delete", gate.item->id,
              gate.item->input.slug);
  return redirect_with(gate.visitor, language,
                       with_notice("/toimitus/uutiskirjeet", "newsletter_deleted"));
}

}  // namespace

void add_issue_sending_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/uutiskirjeet/{kirje}", issue_get);
  add_localised(router, services, "POST", "/toimitus/uutiskirjeet/{kirje}/testi", issue_test);
  add_localised(router, services, "POST", "/toimitus/uutiskirjeet/{kirje}/laheta", issue_send);
  add_localised(router, services, "POST", "/toimitus/uutiskirjeet/{kirje}/poista", issue_delete);
}

}  // namespace tori::web
