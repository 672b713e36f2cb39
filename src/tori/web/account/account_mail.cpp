// SPDX-License-Identifier: AGPL-3.0-or-later
// Account mail: catalogue texts as a plain and an HTML part, built with mail::build_message.
#include "tori/web/account/account_mail.hpp"

#include <chrono>
#include <vector>

#include "tori/auth/token.hpp"
#include "tori/mail/message.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

// The link argument of a message, if any.
std::string link_of(const text::MessageArguments& arguments) {
  for (const auto& [name, value] : arguments) {
    if (name == "link" && std::holds_alternative<std::string>(value)) {
      return std::get<std::string>(value);
    }
  }
  return {};
}

// The paragraphs "<prefix>.1", "<prefix>.2", … (as many as the catalogue has) and the
// signature, formatted with the arguments.
std::vector<std::string> paragraphs_of(const text::Catalogue& catalogue, text::Language language,
                                       const std::string& prefix,
                                       const text::MessageArguments& arguments) {
  std::vector<std::string> paragraphs;
  for (int number = 1; catalogue.has(prefix + "." + std::to_string(number)); ++number) {
    paragraphs.push_back(
        catalogue.format(language, prefix + "." + std::to_string(number), arguments));
  }
  paragraphs.push_back(catalogue.text(language, "mail.signature"));
  return paragraphs;
}

// A paragraph's line breaks (only the staff's own texts have them) as <br>.
std::string with_line_breaks(const std::string& escaped) {
  std::string html;
  for (const char c : escaped)
    html += c == '\n' ? std::string{"<br>\n"} : std::string(1, c);
  return html;
}

// The paragraphs as HTML, each escaped, the link as an <a>, line breaks kept.
std::string html_of(const std::vector<std::string>& paragraphs, const std::string& link) {
  const std::string escaped_link = text::escape_html(link);
  std::string html = "<!DOCTYPE html><html><body>";
  for (const std::string& paragraph : paragraphs) {
    std::string escaped = text::escape_html(paragraph);
    const auto at = link.empty() ? std::string::npos : escaped.find(escaped_link);
    if (at != std::string::npos) {
      escaped.replace(at, escaped_link.size(),
                      "<a href=\"" + escaped_link + "\">" + escaped_link + "</a>");
    }
    html += "<p>" + with_line_breaks(escaped) + "</p>";
  }
  return html + "</body></html>";
}

std::string text_of(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& paragraph : paragraphs)
    text += paragraph + "\n\n";
  return text;
}

}  // namespace

mail::MailContent mail_content(const Services& services, text::Language language,
                               std::string_view kind, const std::string& to_email,
                               const std::string& to_name,
                               const text::MessageArguments& arguments) {
  const std::string prefix = "mail." + std::string(kind);
  const auto paragraphs = paragraphs_of(services.catalogue, language, prefix, arguments);
  mail::MailContent content;
  content.from = services.accounts->mail_from;
  content.to = {to_name, to_email};
  content.subject = services.catalogue.format(language, prefix + ".subject", arguments);
  content.text = text_of(paragraphs);
  content.html = html_of(paragraphs, link_of(arguments));
  content.language = std::string(text::language_code(language));
  return content;
}

store::OutgoingMail account_mail(const Services& services, text::Language language,
                                 std::string_view kind, const std::string& to_email,
                                 const std::string& to_name,
                                 const text::MessageArguments& arguments) {
  return {to_email,
          mail::build_message(mail_content(services, language, kind, to_email, to_name, arguments),
                              std::chrono::system_clock::now())};
}

void send_token_link(const Services& services, const core::Account& account,
                     store::TokenPurpose purpose, std::string_view path_prefix,
                     std::chrono::seconds lifetime, std::string_view mail_kind) {
  if (!may_mail(services, account.email)) return;
  const text::Language language = page_language(account.language);
  const std::string token = auth::new_token();
  const std::string link =
      absolute_url(services.site, localised_path(language, std::string(path_prefix) + token));
  const auto now = store::utc_now();
  services.store.accounts().add_token(
      account.id, {auth::token_digest(token), purpose, now + lifetime, ""},
      {account_mail(services, language, mail_kind, account.email, account.name, {{"link", link}})},
      now);
  mail_queued(services);
}

bool may_mail(const Services& services, const std::string& email) {
  const int limit = services.accounts->limits.mail_per_recipient_per_hour;
  const auto since = store::utc_now() - std::chrono::hours(1);
  return services.store.outbox().count_since(email, since) < limit;
}

void mail_queued(const Services& services) {
  if (services.accounts->mail_queued) services.accounts->mail_queued();
}

}  // namespace tori::web
