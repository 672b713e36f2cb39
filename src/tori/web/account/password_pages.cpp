// SPDX-License-Identifier: AGPL-3.0-or-later
// Forgotten password: ask for a link (/salasana), "check your mail" (/salasana/lahetetty), and
// the link's page that sets a new password (/salasana/{token}; also `tori user add`'s link).
#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

http::Response forgot_page(const Services& services, Language language, const Visitor& visitor,
                           const std::string& email, const FormErrors& errors, int status) {
  Page page(language, "account_forgot");
  page.meta.title = services.catalogue.text(language, "account.forgot.title");
  page.meta.path = "/salasana";
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("EMAIL", email);
  fill_errors(page.body(), "forgot", errors);
  return render_form(services, page, visitor, status);
}

// A reset link to the address when it has an account (in the account's language).
void send_reset_link(const Services& services, const std::string& email) {
  const auto account = services.store.accounts().find_by_email(email);
  if (!account) return;
  send_token_link(services, *account, store::TokenPurpose::kResetPassword, "/salasana/",
                  services.accounts->reset_link_lifetime, "reset");
}

http::Response post_forgot(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const std::string email = posted.form->get("email");
  FormErrors errors;
  if (posted.refusal == 403) {
    errors.add("email", services.catalogue.text(language, "account.error.csrf"));
    return forgot_page(services, language, visitor, email, errors, 403);
  }
  if (auto limited = rate_limited(services, language, "reset-ip:" + client_key(request),
                                  services.accounts->limits.reset_per_ip)) {
    errors.add("email", *limited);
    return forgot_page(services, language, visitor, email, errors, 429);
  }
  if (!core::is_plausible_email(core::trim_email(email))) {
    errors.add("email", services.catalogue.text(language, "account.error.email"));
    return forgot_page(services, language, visitor, email, errors, 422);
  }
  send_reset_link(services, core::trim_email(email));
  return redirect_with(visitor, language, "/salasana/lahetetty");
}

bool token_valid(const Services& services, const std::string& digest) {
  const auto now = store::utc_now();
  store::AccountStore& accounts = services.store.accounts();
  return accounts.peek_token(digest, store::TokenPurpose::kResetPassword, now) ||
         accounts.peek_token(digest, store::TokenPurpose::kSetPassword, now);
}

http::Response new_password_page(const http::Request& request, const Services& services,
                                 Language language, const Visitor& visitor,
                                 const FormErrors& errors, int status) {
  Page page(language, "account_new_password");
  page.meta.title = services.catalogue.text(language, "account.new_password.title");
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("ACTION", request.path);
  fill_errors(page.body(), "newpw", errors);
  return render_form(services, page, visitor, status);
}

http::Response get_new_password(const http::Request& request, const Services& services,
                                Language language) {
  Visitor visitor = identify(request, services);
  if (!token_valid(services, auth::token_digest(request.param("token")))) {
    return notice_page(services, language, visitor, "account.reset.invalid", 410);
  }
  return new_password_page(request, services, language, visitor, {}, 200);
}

http::Response post_new_password(const http::Request& request, const Services& services,
                                 Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const std::string digest = auth::token_digest(request.param("token"));
  FormErrors errors;
  if (posted.refusal == 403) {
    errors.add("password", services.catalogue.text(language, "account.error.csrf"));
    return new_password_page(request, services, language, visitor, errors, 403);
  }
  if (!token_valid(services, digest)) {
    return notice_page(services, language, visitor, "account.reset.invalid", 410);
  }
  const std::string password = posted.form->get("password");
  if (auto problem = password_problem(password, posted.form->get("password_again"), "")) {
    errors.add("password", services.catalogue.text(language, *problem));
    return new_password_page(request, services, language, visitor, errors, 422);
  }
  const std::string hash = auth::hash_password(password, services.accounts->password_cost);
  if (!services.store.accounts().reset_password(digest, hash, store::utc_now())) {
    return notice_page(services, language, visitor, "account.reset.invalid", 410);
  }
  return redirect_with(visitor, language, "/kirjaudu?salasana=1");
}

}  // namespace

void add_password_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/salasana",
                [](const http::Request& request, const Services& s, Language language) {
                  return forgot_page(s, language, identify(request, s), "", {}, 200);
                });
  add_localised(router, services, "POST", "/salasana", post_forgot);
  add_localised(router, services, "GET", "/salasana/lahetetty",
                [](const http::Request& request, const Services& s, Language language) {
                  return notice_page(s, language, identify(request, s), "account.reset_sent", 200);
                });
  add_localised(router, services, "GET", "/salasana/{token}", get_new_password);
  add_localised(router, services, "POST", "/salasana/{token}", post_new_password);
}

}  // namespace tori::web
