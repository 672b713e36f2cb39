// SPDX-License-Identifier: AGPL-3.0-or-later
// Changing one's e-mail address (/omat-tiedot/sahkoposti): the new address and the current
// password; a one-time link to the new address (/sahkoposti/vahvista/{token}) makes the change,
// and the old address is told that a change was asked.
//
// The link acts only for the signed-in owner of the account that asked: someone who learnt the
// password and asked for a change cannot finish it once the owner has changed the password
// (which ends every other session), as the old address's notice tells them to do.
#include <chrono>
#include <optional>
#include <string>

#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/credentials.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

// How long the link to the new address works: long enough to open it on another device, short
// enough that a forgotten link is not a standing way in.
constexpr std::chrono::hours kLinkLifetime{24};

constexpr std::string_view kFormPath = "/omat-tiedot/sahkoposti";
constexpr std::string_view kLinkPrefix = "/sahkoposti/vahvista/";

http::Response email_page(const Services& services, Language language, const Visitor& visitor,
                          const std::string& typed, const FormErrors& errors, int status) {
  Page page(language, "account_email");
  page.meta.title = services.catalogue.text(language, "account.email.title");
  page.meta.path = std::string(kFormPath);
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("CURRENT", visitor.account->email);
  page.body().SetValue("EMAIL", typed);
  fill_errors(page.body(), "change", errors);
  return render_form(services, page, visitor, status);
}

// Per client and per account: the current password is checked here, so this is a place to
// guess it, limited like logging in.
std::optional<std::string> change_limited(const http::Request& request, const Services& services,
                                          Language language, const core::Account& account) {
  const AccountRateLimits& limits = services.accounts->limits;
  if (auto limited = rate_limited(services, language, "email-change-ip:" + client_key(request),
                                  limits.form_per_ip)) {
    return limited;
  }
  return rate_limited(services, language, "email-change-account:" + std::to_string(account.id),
                      limits.login_per_account);
}

FormErrors check_change(const Services& services, Language language, const core::Account& account,
                        const std::string& typed, const std::string& password) {
  FormErrors errors;
  const text::Catalogue& catalogue = services.catalogue;
  if (!core::is_plausible_email(core::trim_email(typed))) {
    errors.add("email", catalogue.text(language, "account.error.email"));
  } else if (core::email_key(typed) == core::email_key(account.email)) {
    errors.add("email", catalogue.text(language, "account.error.email_same"));
  }
  if (!password_right(services, account.id, password)) {
    errors.add("password", catalogue.text(language, "account.error.current_password"));
  }
  return errors;
}

// The mail to the old address: a change was asked (the new address masked), and what to do if
// it was not the owner. No link: a security notice should not teach people to click one.
void tell_old_address(const Services& services, const core::Account& account,
                      const std::string& new_email) {
  if (!may_mail(services, account.email)) return;
  services.store.outbox().enqueue(
      account_mail(services, page_language(account.language), "email_notice", account.email,
                   account.name, {{"new_email", core::mask_email(new_email)}}),
      store::utc_now());
}

// The address has an account of its own: its owner is told so, in that account's language,
// instead of getting a link (as sign-up does for a taken address).
void tell_taken(const Services& services, const core::Account& owner,
                const std::string& new_email) {
  const Language language = page_language(owner.language);
  const std::string link = absolute_url(services.site, localised_path(language, "/salasana"));
  services.store.outbox().enqueue(
      account_mail(services, language, "email_taken", new_email, owner.name, {{"link", link}}),
      store::utc_now());
}

// A change token and its link to the new address (in the account's language), in one
// transaction.
void send_change_link(const Services& services, const core::Account& account,
                      const std::string& new_email) {
  const Language language = page_language(account.language);
  const std::string token = auth::new_token();
  const std::string link =
      absolute_url(services.site, localised_path(language, std::string(kLinkPrefix) + token));
  const auto now = store::utc_now();
  services.store.accounts().add_token(
      account.id,
      {auth::token_digest(token), store::TokenPurpose::kChangeEmail, now + kLinkLifetime,
       new_email},
      {account_mail(services, language, "email_change", new_email, account.name, {{"link", link}})},
      now);
}

// Whoever asks sees the same answer whether or not the new address has an account, and the old
// address gets the same notice either way (its reader must not learn it either). Each address
// gets mail only while under its hourly share.
void ask_change(const Services& services, const core::Account& account, const std::string& typed) {
  const std::string new_email = core::trim_email(typed);
  if (may_mail(services, new_email)) {
    if (const auto owner = services.store.accounts().find_by_email(new_email)) {
      tell_taken(services, *owner, new_email);
    } else {
      send_change_link(services, account, new_email);
    }
  }
  tell_old_address(services, account, new_email);
  mail_queued(services);
}

http::Response get_form(const http::Request& request, const Services& services, Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return login_redirect(visitor, language, kFormPath);
  return email_page(services, language, visitor, "", {}, 200);
}

http::Response post_form(const http::Request& request, const Services& services,
                         Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return login_redirect(visitor, language, kFormPath);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const core::Account& account = *visitor.account;
  const std::string typed = posted.form->get("email");
  FormErrors errors;
  if (posted.refusal == 403) {
    errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    return email_page(services, language, visitor, typed, errors, 403);
  }
  if (auto limited = change_limited(request, services, language, account)) {
    errors.add("form", *limited);
    return email_page(services, language, visitor, typed, errors, 429);
  }
  errors = check_change(services, language, account, typed, posted.form->get("password"));
  if (!errors.empty()) return email_page(services, language, visitor, typed, errors, 422);
  ask_change(services, account, typed);
  return redirect_with(visitor, language, "/omat-tiedot/sahkoposti/lahetetty");
}

// The token's account when the link is unused and unexpired.
std::optional<store::TokenMatch> valid_link(const http::Request& request,
                                            const Services& services) {
  return services.store.accounts().peek_token(auth::token_digest(request.param("token")),
                                              store::TokenPurpose::kChangeEmail, store::utc_now());
}

// The link's own path (Finnish), to come back to after logging in.
std::string link_path(const http::Request& request) {
  return std::string(kLinkPrefix) + std::string(request.param("token"));
}

bool is_owner(const Visitor& visitor, const store::TokenMatch& match) {
  return visitor.signed_in() && visitor.account->id == match.account_id;
}

http::Response get_link(const http::Request& request, const Services& services, Language language) {
  Visitor visitor = identify(request, services);
  const auto match = valid_link(request, services);
  if (!match) return notice_page(services, language, visitor, "account.email_link.invalid", 410);
  if (!is_owner(visitor, *match)) {
    return login_redirect(visitor, language, link_path(request));
  }
  return confirm_page(services, language, visitor, "account.email_link", request.path);
}

// After a change (which ended the account's other sessions): the audit log records it.
void after_change(const http::Request& request, const Services& services, const Visitor& visitor) {
  const core::Account& account = *visitor.account;
  const auto now = store::utc_now();
  services.store.audit_log().record({.actor_account_id = account.id,
                                     .actor = account.email,
                                     .action = "account.email_change",
                                     .object_type = "account",
                                     .object_id = std::to_string(account.id),
                                     .ip_hash = actor_of(services, request, account).ip_hash},
                                    now);
}

http::Response post_link(const http::Request& request, const Services& services,
                         Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) {
    return error_page(services, language, posted.refusal == 0 ? 400 : posted.refusal);
  }
  const auto match = valid_link(request, services);
  if (!match) return notice_page(services, language, visitor, "account.email_link.invalid", 410);
  if (!is_owner(visitor, *match)) {
    return login_redirect(visitor, language, link_path(request));
  }
  switch (services.store.accounts().change_email(auth::token_digest(request.param("token")),
                                                 visitor.session_digest, store::utc_now())) {
    case store::EmailChange::kChanged:
      after_change(request, services, visitor);
      return redirect_with(visitor, language, "/omat-tiedot/sahkoposti/vaihdettu");
    case store::EmailChange::kAddressTaken:
      return notice_page(services, language, visitor, "account.email_link.taken", 409);
    case store::EmailChange::kInvalidToken:
      break;
  }
  return notice_page(services, language, visitor, "account.email_link.invalid", 410);
}

// "Your address is now …", shown to the signed-in owner (as on my account page).
http::Response get_changed(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return login_redirect(visitor, language, "/omat-tiedot");
  Page page(language, "account_notice");
  page.meta.title = services.catalogue.text(language, "account.email_changed.heading");
  page.body().SetValue("HEADING", page.meta.title);
  page.body().SetValue("TEXT", services.catalogue.format(language, "account.email_changed.text",
                                                         {{"email", visitor.account->email}}));
  return render_form(services, page, visitor, 200);
}

}  // namespace

void add_email_change_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", kFormPath, get_form);
  add_localised(router, services, "POST", kFormPath, post_form);
  add_localised(router, services, "GET", "/omat-tiedot/sahkoposti/lahetetty",
                [](const http::Request& request, const Services& s, Language language) {
                  return notice_page(s, language, identify(request, s), "account.email_sent", 200);
                });
  add_localised(router, services, "GET", "/omat-tiedot/sahkoposti/vaihdettu", get_changed);
  // The parameter is named {token}: the access log then shows the pattern, never the token.
  add_localised(router, services, "GET", "/sahkoposti/vahvista/{token}", get_link);
  add_localised(router, services, "POST", "/sahkoposti/vahvista/{token}", post_link);
}

}  // namespace tori::web
