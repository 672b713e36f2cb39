// SPDX-License-Identifier: AGPL-3.0-or-later
// The newsletter's mailed links: /uutiskirje/vahvista/{token} (GET a button, POST confirms and
// mails the welcome), /uutiskirje/tilaus/{token} (language and topics; CSRF-checked POST) and
// /uutiskirje/peru/{token} (GET a button; POST unsubscribes authenticated by the token alone:
// RFC 8058 one-click from a mail program has neither session nor CSRF token, DESIGN §7).
#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"
#include "tori/core/subscriber.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/newsletter/newsletter_mail.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;
using core::SubscriberState;

http::Response newsletter_link_unknown(const Services& services, Language language,
                                       const Visitor& visitor) {
  return notice_page(services, language, visitor, "newsletter.newsletter_link_unknown", 404);
}

http::Response get_newsletter_confirm(const http::Request& request, const Services& services,
                                      Language language) {
  const Visitor visitor = identify(request, services);
  const auto subscriber =
      services.store.subscribers().find_by_confirm(auth::token_digest(request.param("token")));
  if (!subscriber || subscriber->state == SubscriberState::kUnsubscribed)
    return newsletter_link_unknown(services, language, visitor);
  if (subscriber->state == SubscriberState::kConfirmed)
    return notice_page(services, language, visitor, "newsletter.already", 200);
  return confirm_page(services, language, visitor, "newsletter.confirm", request.path);
}

http::Response post_newsletter_confirm(const http::Request& request, const Services& services,
                                       Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) return error_page(services, language, posted.refusal);
  const auto now = store::utc_now();
  const auto welcome = [&services](const store::Subscriber& subscriber) {
    return std::optional{welcome_mail(services, subscriber)};
  };
  switch (services.store.subscribers().confirm(auth::token_digest(request.param("token")),
                                               now - kConfirmLinkLifetime, welcome, now)) {
    case store::ConfirmOutcome::kConfirmed:
      mail_queued(services);
      return notice_page(services, language, visitor, "newsletter.confirmed", 200);
    case store::ConfirmOutcome::kAlready:
      return notice_page(services, language, visitor, "newsletter.already", 200);
    case store::ConfirmOutcome::kExpired:
      return notice_page(services, language, visitor, "newsletter.link_expired", 410);
    case store::ConfirmOutcome::kUnknown:
      break;
  }
  return newsletter_link_unknown(services, language, visitor);
}

http::Response get_newsletter_unsubscribe(const http::Request& request, const Services& services,
                                          Language language) {
  const Visitor visitor = identify(request, services);
  const auto subscriber =
      services.store.subscribers().find_by_manage(auth::token_digest(request.param("token")));
  if (!subscriber) return newsletter_link_unknown(services, language, visitor);
  if (subscriber->state == SubscriberState::kUnsubscribed)
    return notice_page(services, language, visitor, "newsletter.unsubscribed", 200);
  return confirm_page(services, language, visitor, "newsletter.unsubscribe", request.path);
}

// Any POST with a known token unsubscribes: a mail program's one-click POST carries the body
// "List-Unsubscribe=One-Click" and nothing else; the page's button carries a CSRF token that is
// not needed. Nothing else of the body is read.
http::Response post_newsletter_unsubscribe(const http::Request& request, const Services& services,
                                           Language language) {
  const Visitor visitor = identify(request, services);
  const auto change = services.store.subscribers().unsubscribe(
      auth::token_digest(request.param("token")), store::utc_now());
  if (!change.step.applies) return newsletter_link_unknown(services, language, visitor);
  return notice_page(services, language, visitor, "newsletter.unsubscribed", 200);
}

http::Response subscription_page(const Services& services, Language language,
                                 const Visitor& visitor, const store::Subscriber& subscriber,
                                 const http::Request& request, const FormErrors& errors,
                                 bool saved) {
  Page page(language, "newsletter_manage");
  page.meta.title = services.catalogue.text(language, "newsletter.manage.title");
  Dictionary& body = page.body();
  body.SetValue("EMAIL", core::mask_email(subscriber.email));
  body.SetValue("STATE",
                services.catalogue.text(language, "newsletter.manage.state." +
                                                      std::string{to_string(subscriber.state)}));
  const std::string token{request.param("token")};
  if (subscriber.state == SubscriberState::kUnsubscribed) {
    body.SetValueAndShowSection("SUBSCRIBE_URL", localised_path(language, "/uutiskirje"),
                                "UNSUBSCRIBED");
    return render_form(services, page, visitor, 200);
  }
  Dictionary* form = body.AddSectionDictionary("FORM");
  form->SetValue("ACTION", request.path);
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("UNSUBSCRIBE", localised_path(language, unsubscribe_path(token)));
  if (saved) form->ShowSection("SAVED");
  fill_errors(*form, "manage", errors);
  fill_newsletter_choices(*form, services, language, "manage", subscriber.language,
                          subscriber.topics);
  return render_form(services, page, visitor, errors.empty() ? 200 : 422);
}

http::Response get_subscription(const http::Request& request, const Services& services,
                                Language language) {
  const Visitor visitor = identify(request, services);
  const auto subscriber =
      services.store.subscribers().find_by_manage(auth::token_digest(request.param("token")));
  if (!subscriber) return newsletter_link_unknown(services, language, visitor);
  return subscription_page(services, language, visitor, *subscriber, request, {}, false);
}

FormErrors subscription_choice_errors(const Services& services, Language language,
                                      store::Subscriber& wanted, const http::Form& form) {
  wanted.language = form.get("language");
  wanted.topics = form.all("topics");
  FormErrors errors;
  const core::SubscriptionInput input{wanted.email, "", "", wanted.language, wanted.topics};
  for (const core::FieldError& error : core::validate_subscription(input)) {
    if (error.field == "language" || error.field == "topics")
      errors.add(error.field, services.catalogue.text(language, "newsletter.error." + error.field));
  }
  return errors;
}

http::Response post_subscription(const http::Request& request, const Services& services,
                                 Language language) {
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) return error_page(services, language, posted.refusal);
  const std::string digest = auth::token_digest(request.param("token"));
  auto subscriber = services.store.subscribers().find_by_manage(digest);
  if (!subscriber) return newsletter_link_unknown(services, language, visitor);
  const FormErrors errors =
      subscription_choice_errors(services, language, *subscriber, *posted.form);
  if (!errors.empty())
    return subscription_page(services, language, visitor, *subscriber, request, errors, false);
  const auto change = services.store.subscribers().change(digest, subscriber->language,
                                                          subscriber->topics, store::utc_now());
  if (!change.subscriber) return newsletter_link_unknown(services, language, visitor);
  return subscription_page(services, language, visitor, *change.subscriber, request, {},
                           change.step.applies);
}

}  // namespace

void add_newsletter_link_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/uutiskirje/vahvista/{token}", get_newsletter_confirm);
  add_localised(router, services, "POST", "/uutiskirje/vahvista/{token}", post_newsletter_confirm);
  add_localised(router, services, "GET", "/uutiskirje/tilaus/{token}", get_subscription);
  add_localised(router, services, "POST", "/uutiskirje/tilaus/{token}", post_subscription);
  add_localised(router, services, "GET", "/uutiskirje/peru/{token}", get_newsletter_unsubscribe);
  add_localised(router, services, "POST", "/uutiskirje/peru/{token}", post_newsletter_unsubscribe);
}

}  // namespace tori::web
