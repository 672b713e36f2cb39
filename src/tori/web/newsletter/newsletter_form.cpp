// SPDX-License-Identifier: AGPL-3.0-or-later
// /uutiskirje: the subscribe form (CSRF, honeypot, rate limit; errors beside the fields, 422,
// the text kept) and its "check your mail" page. A confirmation mail goes only when the table
// says so (new, pending or unsubscribed address) and the address has not had its hourly share
// of mail; the page answers the same in every case, so it never tells who subscribes.
#include <algorithm>

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
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::string_view kSubscribePath = "/uutiskirje";
constexpr std::string_view kSentPath = "/uutiskirje/kiitos";

http::Response newsletter_form_page(const Services& services, Language language,
                                    const Visitor& visitor, const SubscribeFormView& view,
                                    int status) {
  Page page(language, "newsletter");
  page.meta.title = services.catalogue.text(language, "newsletter.title");
  page.meta.path = std::string{kSubscribePath};
  fill_subscribe_form(page.body(), services, language, visitor, view);
  // The pop-up's script: subscribing here also means "do not offer the pop-up again".
  page.body().SetValue("POPUP_SCRIPT", services.asset_url("js/newsletter-popup.js"));
  return render_form(services, page, visitor, status);
}

http::Response get_newsletter_form(const http::Request& request, const Services& services,
                                   Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  return newsletter_form_page(services, language, identify(request, services), {}, 200);
}

SubscribeFormView posted_subscription(const http::Form& form) {
  return {.email = form.get("email"),
          .name = form.get("name"),
          .organisation = form.get("organisation"),
          .language = form.get("language"),
          .topics = form.all("topics"),
          .errors = {}};
}

FormErrors subscription_errors(const Services& services, Language language,
                               const core::SubscriptionInput& input) {
  FormErrors errors;
  for (const core::FieldError& error : core::validate_subscription(input)) {
    if (errors.has(error.field)) continue;
    errors.add(error.field, services.catalogue.text(language, "newsletter.error." + error.field));
  }
  return errors;
}

// Stores the subscription by the table and queues its confirmation mail, unless the address has
// had its share of mail this hour (then nothing changes: "say nothing new").
void store_subscription(const http::Request& request, const Services& services,
                        const core::SubscriptionInput& input) {
  if (!may_mail(services, core::trim_email(input.email))) return;
  const auto now = store::utc_now();
  const std::string confirm_token = auth::new_token();
  const store::SubscriptionRequest subscription{
      input,
      {now, std::string{core::kNewsletterConsentVersion},
       auth::keyed_hash(services.accounts->secret_key, client_key(request))},
      auth::token_digest(confirm_token),
      auth::token_digest(manage_token(services.accounts->secret_key, input.email, now))};
  const auto change = services.store.subscribers().subscribe(
      subscription,
      [&](const store::Subscriber& subscriber) {
        return std::optional{confirmation_mail(services, subscriber, confirm_token)};
      },
      now);
  if (change.mailed) mail_queued(services);
}

http::Response post_newsletter_form(const http::Request& request, const Services& services,
                                    Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const http::Form& form = *posted.form;
  if (!form.get("website").empty()) return redirect_with(visitor, language, kSentPath);  // a bot
  SubscribeFormView view = posted_subscription(form);
  const auto refuse = [&](int status, const std::string& message) {
    view.errors.add("form", message);
    return newsletter_form_page(services, language, visitor, view, status);
  };
  if (posted.refusal == 403)
    return refuse(403, services.catalogue.text(language, "account.error.csrf"));
  if (auto limited = rate_limited(services, language, "newsletter-ip:" + client_key(request),
                                  services.accounts->limits.form_per_ip))
    return refuse(429, *limited);
  const core::SubscriptionInput input{view.email, view.name, view.organisation, view.language,
                                      view.topics};
  view.errors = subscription_errors(services, language, input);
  if (!view.errors.empty()) return newsletter_form_page(services, language, visitor, view, 422);
  store_subscription(request, services, input);
  return redirect_with(visitor, language, kSentPath);
}

http::Response newsletter_sent_page(const http::Request& request, const Services& services,
                                    Language language) {
  return notice_page(services, language, identify(request, services), "newsletter.sent", 200);
}

}  // namespace

void fill_newsletter_choices(Dictionary& form, const Services& services, Language language,
                             std::string_view form_id, std::string_view chosen_language,
                             const std::vector<std::string>& topics) {
  const std::string chosen = chosen_language.empty() ? std::string{text::language_code(language)}
                                                     : std::string{chosen_language};
  for (const std::string_view code : {"fi", "sv", "en"}) {
    Dictionary* option = form.AddSectionDictionary("LANGUAGE");
    option->SetValue("VALUE", std::string{code});
    option->SetValue("LABEL",
                     services.catalogue.text(language, "newsletter.language." + std::string{code}));
    if (code == chosen) option->ShowSection("SELECTED");
  }
  for (const std::string_view topic : core::kNewsletterTopics) {
    Dictionary* box = form.AddSectionDictionary("TOPIC");
    box->SetValue("ID", std::string{form_id} + "-topic-" + std::string{topic});
    box->SetValue("VALUE", std::string{topic});
    box->SetValue("LABEL",
                  services.catalogue.text(language, "newsletter.topic." + std::string{topic}));
    if (std::ranges::find(topics, topic) != topics.end()) box->ShowSection("CHECKED");
  }
}

void fill_subscribe_form(Dictionary& body, const Services& services, Language language,
                         const Visitor& visitor, const SubscribeFormView& view) {
  Dictionary* form = body.AddIncludeDictionary("SUBSCRIBE_FORM");
  form->SetFilename(Renderer::template_key(language, "newsletter_form"));
  form->SetValue("ACTION", localised_path(language, kSubscribePath));
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("EMAIL", view.email);
  form->SetValue("NAME", view.name);
  form->SetValue("ORGANISATION", view.organisation);
  fill_errors(*form, "newsletter", view.errors);
  fill_newsletter_choices(*form, services, language, "newsletter", view.language, view.topics);
}

void add_newsletter_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", kSubscribePath, get_newsletter_form);
  add_localised(router, services, "POST", kSubscribePath, post_newsletter_form);
  add_localised(router, services, "GET", kSentPath, newsletter_sent_page);
  add_newsletter_link_routes(router, services);
}

}  // namespace tori::web
