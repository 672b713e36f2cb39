// SPDX-License-Identifier: AGPL-3.0-or-later
// compose_newsletter, newsletter_mail and dispatch_newsletters: an issue's content with its
// automatic blocks, and each recipient's mail.
#include "tori/web/newsletter/newsletter_content.hpp"

#include <algorithm>

#include "tori/mail/message.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/newsletter/newsletter_mail.hpp"

namespace tori::web {
namespace {

// One line of an automatic block: a linked title and what else it says.
struct BlockItem {
  std::string title;
  std::string url;  // absolute
  std::string detail;
};

struct Block {
  std::string heading;
  std::vector<BlockItem> items;
};

text::Language issue_language(const core::NewsletterInput& input) {
  return input.language == "sv"   ? text::Language::kSv
         : input.language == "en" ? text::Language::kEn
                                  : text::Language::kFi;
}

std::string page_url(const Services& services, text::Language language, const std::string& path) {
  return absolute_url(services.site, localised_path(language, path));
}

Block practice_block(const Services& services, text::Language language) {
  Block block{services.catalogue.text(language, "newsletter_issue.block.practices"), {}};
  const store::PracticeList list =
      services.store.practices().list({.sort = store::PracticeQuery::Sort::kNewest,
                                       .limit = static_cast<int>(core::kNewsletterBlockItems)});
  for (const core::Practice& practice : list.items) {
    std::string organisations;
    for (const core::Named& organisation : practice.organisations)
      organisations += (organisations.empty() ? "" : ", ") + organisation.name;
    block.items.push_back(
        {practice.title, page_url(services, language, "/teot/" + practice.slug), organisations});
  }
  return block;
}

Block news_block(const Services& services, text::Language language, store::UtcTime now) {
  Block block{services.catalogue.text(language, "newsletter_issue.block.news"), {}};
  const store::NewsPage news = services.store.news().list(
      {.now = now, .limit = static_cast<int>(core::kNewsletterBlockItems)});
  for (const core::Article& article : news.items) {
    block.items.push_back({article.input.title,
                           page_url(services, language, "/uutiset/" + article.input.slug),
                           text::format_date(article.input.published_at, language)});
  }
  return block;
}

Block event_block(const Services& services, text::Language language, store::UtcTime now) {
  Block block{services.catalogue.text(language, "newsletter_issue.block.events"), {}};
  const store::EventPage events =
      services.store.events().list({.when = store::EventQuery::When::kUpcoming,
                                    .now = now,
                                    .limit = static_cast<int>(core::kNewsletterBlockItems)});
  for (const core::Event& event : events.items) {
    if (event.cancelled()) continue;
    block.items.push_back({event.input.title,
                           page_url(services, language, "/tapahtumat/" + event.slug),
                           text::format_date_time(event.input.starts_at, language)});
  }
  return block;
}

void append_block(store::NewsletterContent& content, const Block& block) {
  if (block.items.empty()) return;
  content.html += "<h2>" + text::escape_html(block.heading) + "</h2>\n<ul>\n";
  content.text += "\n\n## " + block.heading + "\n";
  for (const BlockItem& item : block.items) {
    content.html += "<li><a href=\"" + text::escape_html(item.url) + "\">" +
                    text::escape_html(item.title) + "</a>";
    if (!item.detail.empty()) content.html += " – " + text::escape_html(item.detail);
    content.html += "</li>\n";
    content.text +=
        "\n- " + item.title + (item.detail.empty() ? "" : " – " + item.detail) + "\n  " + item.url;
  }
  content.html += "</ul>\n";
}

std::string html_document(const std::string& language, const std::string& subject,
                          const std::string& body) {
  return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" +
         text::escape_html(subject) + "</title></head><body>" + body + "</body></html>";
}

}  // namespace

store::NewsletterContent written_content(const core::NewsletterInput& input) {
  store::NewsletterContent content{text::markdown_to_html(input.body, 2), input.body};
  while (!content.text.empty() && content.text.back() == '\n')
    content.text.pop_back();
  return content;
}

store::NewsletterContent compose_newsletter(const Services& services,
                                            const core::NewsletterInput& input,
                                            store::UtcTime now) {
  const text::Language language = issue_language(input);
  store::NewsletterContent content = written_content(input);
  const auto wants = [&](std::string_view block) {
    return std::ranges::find(input.blocks, block) != input.blocks.end();
  };
  if (wants("practices")) append_block(content, practice_block(services, language));
  if (wants("news")) append_block(content, news_block(services, language, now));
  if (wants("events")) append_block(content, event_block(services, language, now));
  return content;
}

store::OutgoingMail newsletter_mail(const Services& services, const store::NewsletterIssue& issue,
                                    const store::Subscriber& subscriber) {
  const text::Language language = issue_language(issue.input);
  const std::string token = manage_token(services.accounts->secret_key, subscriber);
  const std::vector<BlockItem> links = {
      {services.catalogue.text(language, "newsletter_issue.footer.archive"),
       page_url(services, language, "/uutiskirje/arkisto/" + issue.input.slug), ""},
      {services.catalogue.text(language, "newsletter_issue.footer.manage"),
       page_url(services, language, manage_path(token)), ""},
      {services.catalogue.text(language, "newsletter_issue.footer.unsubscribe"),
       page_url(services, language, unsubscribe_path(token)), ""}};
  std::string text_footer;
  std::string html_footer;
  for (const BlockItem& link : links) {
    text_footer += link.title + ": " + link.url + "\n";
    html_footer += std::string(html_footer.empty() ? "" : " · ") + "<a href=\"" +
                   text::escape_html(link.url) + "\">" + text::escape_html(link.title) + "</a>";
  }
  mail::MailContent content{
      .from = services.accounts->mail_from,
      .to = {subscriber.name, subscriber.email},
      .subject = issue.input.subject,
      .text = issue.content.text + "\n\n-- \n" + text_footer,
      .html = html_document(issue.input.language, issue.input.subject,
                            issue.content.html + "<hr>\n<p><small>" + html_footer + "</small></p>"),
      .headers = newsletter_headers(services, subscriber),
      .attachments = {},
      .language = issue.input.language};
  return {subscriber.email, mail::build_message(content, std::chrono::system_clock::now())};
}

store::NewsletterDispatch dispatch_newsletters(const Services& services, int limit,
                                               store::UtcTime now) {
  const store::NewsletterDispatch pass = services.store.newsletters().dispatch(
      limit,
      [&services](const store::NewsletterIssue& issue, const store::Subscriber& subscriber) {
        return std::optional<store::OutgoingMail>(newsletter_mail(services, issue, subscriber));
      },
      now);
  if (pass.queued > 0) mail_queued(services);
  return pass;
}

}  // namespace tori::web
