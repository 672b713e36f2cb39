// SPDX-License-Identifier: AGPL-3.0-or-later
// Logging in (/kirjaudu), the second factor (/kirjaudu/vahvistus) and logging out
// (/kirjaudu/ulos).
#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/auth/totp.hpp"
#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

// Verified against when the address has no account, so both answers take as long.
const std::string& decoy_hash(const Services& services) {
  static const std::string hash =
      auth::hash_password("decoy password never used", services.accounts->password_cost);
  return hash;
}

// Where to go after logging in: the query's (GET) or the form's (POST) "seuraava" when it is a
// local path, else my account.
std::string return_path(const std::optional<std::string>& wanted, Language language) {
  if (wanted) {
    if (auto path = safe_return_path(*wanted)) return *path;
  }
  return localised_path(language, "/omat-tiedot");
}

http::Response login_page(const http::Request& request, const Services& services, Language language,
                          const Visitor& visitor, const std::string& email,
                          const FormErrors& errors, int status) {
  Page page(language, "account_login");
  page.meta.title = services.catalogue.text(language, "account.login.title");
  page.meta.path = "/kirjaudu";
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("EMAIL", email);
  page.body().SetValue("RETURN", return_path(request.query_param("seuraava"), language));
  if (request.query_param("vahvistettu")) page.body().ShowSection("VERIFIED");
  if (request.query_param("salasana")) page.body().ShowSection("PASSWORD_SET");
  fill_errors(page.body(), "login", errors);
  return render_form(services, page, visitor, status);
}

// Re-sends the verification link to an address whose owner just proved the password.
void resend_verification(const Services& services, const core::Account& account) {
  send_token_link(services, account, store::TokenPurpose::kVerifyEmail, "/vahvista/",
                  services.accounts->verify_link_lifetime, "verify");
}

// The account when the password is right; the hash is upgraded when the cost changed.
std::optional<core::Account> check_password(const Services& services, const std::string& email,
                                            const std::string& password) {
  store::AccountStore& accounts = services.store.accounts();
  const auto account = accounts.find_by_email(email);
  const auto stored = account ? accounts.password_hash(account->id) : std::nullopt;
  const bool right = auth::verify_password(password, stored ? *stored : decoy_hash(services));
  if (!account || !stored || !right) return std::nullopt;
  if (auth::needs_rehash(*stored, services.accounts->password_cost)) {
    accounts.rehash_password(account->id,
                             auth::hash_password(password, services.accounts->password_cost),
                             store::utc_now());
  }
  return account;
}

std::optional<std::string> login_limited(const http::Request& request, const Services& services,
                                         Language language, const std::string& email) {
  const AccountRateLimits& limits = services.accounts->limits;
  if (auto limited = rate_limited(services, language, "login-ip:" + client_key(request),
                                  limits.login_per_ip)) {
    return limited;
  }
  return rate_limited(services, language, "login-account:" + core::email_key(email),
                      limits.login_per_account);
}

http::Response post_login(const http::Request& request, const Services& services,
                          Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const std::string email = posted.form->get("email");
  FormErrors errors;
  if (posted.refusal == 403) {
    errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    return login_page(request, services, language, visitor, email, errors, 403);
  }
  if (auto limited = login_limited(request, services, language, email)) {
    errors.add("form", *limited);
    return login_page(request, services, language, visitor, email, errors, 429);
  }
  const auto account = check_password(services, email, posted.form->get("password"));
  if (!account) {
    errors.add("email", services.catalogue.text(language, "account.error.login"));
    return login_page(request, services, language, visitor, email, errors, 422);
  }
  if (!account->email_verified_at) {
    resend_verification(services, *account);
    errors.add("email", services.catalogue.text(language, "account.error.unverified"));
    return login_page(request, services, language, visitor, email, errors, 422);
  }
  (void)end_session(services, request, visitor);  // never keep the id the browser brought
  const std::string cookie = start_session(services, request, account->id, !account->totp_enabled);
  const std::string next = return_path(posted.form->find("seuraava"), language);
  http::Response response = http::Response::redirect(
      account->totp_enabled ? localised_path(language, "/kirjaudu/vahvistus") +
                                  "?seuraava=" + text::url_encode_component(next)
                            : next);
  response.headers.add("Set-Cookie", cookie);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response post_logout(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) {
    return error_page(services, language, posted.refusal == 0 ? 400 : posted.refusal);
  }
  http::Response response = http::Response::redirect(localised_path(language, "/"));
  response.headers.add("Set-Cookie", end_session(services, request, visitor));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_login_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/kirjaudu",
                [](const http::Request& request, const Services& s, Language language) {
                  return login_page(request, s, language, identify(request, s), "", {}, 200);
                });
  add_localised(router, services, "POST", "/kirjaudu", post_login);
  add_localised(router, services, "POST", "/kirjaudu/ulos", post_logout);
  add_second_factor_routes(router, services);
}

}  // namespace tori::web
