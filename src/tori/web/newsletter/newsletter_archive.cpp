// SPDX-License-Identifier: AGPL-3.0-or-later
// The public archive of past newsletters: /uutiskirje/arkisto (every issue sent, newest first)
// and /uutiskirje/arkisto/{kirje} (the issue as it went out, without anyone's personal links).
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

std::string archive_date(const store::NewsletterIssue& issue, Language language) {
  const auto at = issue.sending_at ? issue.sending_at : issue.sent_at;
  if (!at) return {};
  return text::format_date(std::chrono::time_point_cast<std::chrono::seconds>(*at), language);
}

std::string archive_datetime(const store::NewsletterIssue& issue) {
  const auto at = issue.sending_at ? issue.sending_at : issue.sent_at;
  if (!at) return {};
  return store::format_utc(*at).substr(0, 10);
}

http::Response archive_list(const http::Request&, const Services& services, Language language) {
  Page page(language, "newsletter_archive");
  page.meta.title = services.catalogue.text(language, "newsletter_archive.title");
  page.meta.description = services.catalogue.text(language, "newsletter_archive.description");
  page.meta.path = "/uutiskirje/arkisto";
  const std::vector<store::NewsletterIssue> issues = services.store.newsletters().archive();
  if (issues.empty()) page.body().ShowSection("EMPTY");
  for (const store::NewsletterIssue& issue : issues) {
    ctemplate::TemplateDictionary* row = page.body().AddSectionDictionary("ISSUE");
    row->SetValue("URL", localised_path(language, "/uutiskirje/arkisto/" + issue.input.slug));
    row->SetValue("SUBJECT", issue.input.subject);
    row->SetValue("LANG", issue.input.language);
    row->SetValue("DATE", archive_date(issue, language));
    row->SetValue("DATETIME", archive_datetime(issue));
  }
  return render_page(services, page);
}

http::Response archive_issue(const http::Request& request, const Services& services,
                             Language language) {
  const auto issue = services.store.newsletters().find(request.param("kirje"));
  if (!issue || issue->state == core::NewsletterState::kDraft)
    return error_page(services, language, 404);
  Page page(language, "newsletter_archive_issue");
  page.meta.title = issue->input.subject;
  page.meta.path = "/uutiskirje/arkisto/" + issue->input.slug;
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("SUBJECT", issue->input.subject);
  body.SetValue("LANG", issue->input.language);
  body.SetValue("DATE", archive_date(*issue, language));
  body.SetValue("DATETIME", archive_datetime(*issue));
  body.SetValue("CONTENT", issue->content.html);
  return render_page(services, page);
}

}  // namespace

void add_newsletter_archive_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/uutiskirje/arkisto", archive_list);
  add_localised(router, services, "GET", "/uutiskirje/arkisto/{kirje}", archive_issue);
}

}  // namespace tori::web
