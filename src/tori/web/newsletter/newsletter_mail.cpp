// SPDX-License-Identifier: AGPL-3.0-or-later
// The newsletter's links, its List-Unsubscribe headers and its confirmation and welcome mails.
#include "tori/web/newsletter/newsletter_mail.hpp"

#include "tori/core/email.hpp"
#include "tori/mail/message.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

std::string absolute_link(const Services& services, const store::Subscriber& subscriber,
                          const std::string& path) {
  return absolute_url(services.site, localised_path(subscriber_language(subscriber), path));
}

}  // namespace

std::string manage_token(const auth::SecretKey& key, std::string_view email,
                         store::UtcTime created_at) {
  return auth::keyed_hash(
      key, "newsletter-manage\n" + core::email_key(email) + "\n" + store::format_utc(created_at));
}

std::string manage_token(const auth::SecretKey& key, const store::Subscriber& subscriber) {
  return manage_token(key, subscriber.email, subscriber.created_at);
}

std::string confirm_path(std::string_view token) {
  return "/uutiskirje/vahvista/" + std::string{token};
}

std::string manage_path(std::string_view token) {
  return "/uutiskirje/tilaus/" + std::string{token};
}

std::string unsubscribe_path(std::string_view token) {
  return "/uutiskirje/peru/" + std::string{token};
}

text::Language subscriber_language(const store::Subscriber& subscriber) {
  if (subscriber.language == "sv") return text::Language::kSv;
  if (subscriber.language == "en") return text::Language::kEn;
  return text::Language::kFi;
}

std::vector<std::pair<std::string, std::string>> newsletter_headers(
    const Services& services, const store::Subscriber& subscriber) {
  const std::string token = manage_token(services.accounts->secret_key, subscriber);
  return {{"List-Unsubscribe",
           "<" + absolute_link(services, subscriber, unsubscribe_path(token)) + ">"},
          {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
}

store::OutgoingMail confirmation_mail(const Services& services, const store::Subscriber& subscriber,
                                      std::string_view confirm_token) {
  const std::string manage = manage_token(services.accounts->secret_key, subscriber);
  mail::MailContent content =
      mail_content(services, subscriber_language(subscriber), "newsletter_confirm",
                   subscriber.email, subscriber.name,
                   {{"link", absolute_link(services, subscriber, confirm_path(confirm_token))},
                    {"manage", absolute_link(services, subscriber, manage_path(manage))}});
  return {subscriber.email, mail::build_message(content, std::chrono::system_clock::now())};
}

store::OutgoingMail welcome_mail(const Services& services, const store::Subscriber& subscriber) {
  const std::string manage = manage_token(services.accounts->secret_key, subscriber);
  mail::MailContent content = mail_content(
      services, subscriber_language(subscriber), "newsletter_welcome", subscriber.email,
      subscriber.name, {{"link", absolute_link(services, subscriber, manage_path(manage))}});
  content.headers = newsletter_headers(services, subscriber);
  return {subscriber.email, mail::build_message(content, std::chrono::system_clock::now())};
}

}  // namespace tori::web
