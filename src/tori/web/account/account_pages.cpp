// SPDX-License-Identifier: AGPL-3.0-or-later
// Sign-up (/rekisteroidy), its "check your mail" page and the verification link (/vahvista/…).
#include "tori/web/account/account_pages.hpp"

#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

struct SignUp {
  std::string email, name, password, again;
};

http::Response sign_up_page(const Services& services, Language language, const Visitor& visitor,
                            const SignUp& input, const FormErrors& errors, int status) {
  Page page(language, "account_signup");
  page.meta.title = services.catalogue.text(language, "account.signup.title");
  page.meta.path = "/rekisteroidy";
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("EMAIL", input.email);
  page.body().SetValue("NAME", input.name);
  fill_errors(page.body(), "signup", errors);
  return render_form(services, page, visitor, status);
}

FormErrors check_sign_up(const Services& services, Language language, const SignUp& input) {
  FormErrors errors;
  const text::Catalogue& catalogue = services.catalogue;
  if (!core::is_plausible_email(core::trim_email(input.email))) {
    errors.add("email", catalogue.text(language, "account.error.email"));
  }
  if (auto problem = name_problem(input.name))
    errors.add("name", catalogue.text(language, *problem));
  if (auto problem = password_problem(input.password, input.again, input.email)) {
    errors.add("password", catalogue.text(language, *problem));
  }
  return errors;
}

// A new account with its verification mail, or — for an address that has one — a mail that
// says so; the visitor sees the same either way, and the hash is computed either way.
void register_account(const Services& services, Language language, const SignUp& input) {
  const AccountSettings& settings = *services.accounts;
  const std::string email = core::trim_email(input.email);
  const std::string hash = auth::hash_password(input.password, settings.password_cost);
  if (!may_mail(services, email)) return;
  const auto now = store::utc_now();
  const auto existing = services.store.accounts().find_by_email(email);
  if (existing) {
    auto mail = account_mail(
        services, language, "exists", email, existing->name,
        {{"link", absolute_url(services.site, localised_path(language, "/salasana"))}});
    services.store.outbox().enqueue(mail, now);
  } else {
    const std::string token = auth::new_token();
    const std::string link =
        absolute_url(services.site, localised_path(language, "/vahvista/" + token));
    store::NewAccount account{.email = email,
                              .name = input.name,
                              .language = content_language(language),
                              .password_hash = hash};
    const store::TokenGrant grant{auth::token_digest(token), store::TokenPurpose::kVerifyEmail,
                                  now + settings.verify_link_lifetime, ""};
    auto mail = account_mail(services, language, "verify", email, input.name, {{"link", link}});
    (void)services.store.accounts().create(account, grant, {mail}, now);
  }
  mail_queued(services);
}

http::Response post_sign_up(const http::Request& request, const Services& services,
                            Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const http::Form& form = *posted.form;
  const SignUp input{form.get("email"), form.get("name"), form.get("password"),
                     form.get("password_again")};
  FormErrors errors;
  if (posted.refusal == 403) {
    errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    return sign_up_page(services, language, visitor, input, errors, 403);
  }
  if (auto limited = rate_limited(services, language, "signup-ip:" + client_key(request),
                                  services.accounts->limits.signup_per_ip)) {
    errors.add("form", *limited);
    return sign_up_page(services, language, visitor, input, errors, 429);
  }
  errors = check_sign_up(services, language, input);
  if (!errors.empty()) return sign_up_page(services, language, visitor, input, errors, 422);
  register_account(services, language, input);
  return redirect_with(visitor, language, "/rekisteroidy/tarkista");
}

http::Response verify_page(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  const std::string digest = auth::token_digest(request.param("token"));
  const auto match = services.store.accounts().peek_token(digest, store::TokenPurpose::kVerifyEmail,
                                                          store::utc_now());
  if (!match) return notice_page(services, language, visitor, "account.verify.invalid", 410);
  return confirm_page(services, language, visitor, "account.verify", request.path);
}

http::Response post_verify(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) {
    return error_page(services, language, posted.refusal == 0 ? 400 : posted.refusal);
  }
  const std::string digest = auth::token_digest(request.param("token"));
  if (!services.store.accounts().verify_email(digest, store::utc_now())) {
    return notice_page(services, language, visitor, "account.verify.invalid", 410);
  }
  return redirect_with(visitor, language, "/kirjaudu?vahvistettu=1");
}

}  // namespace

void add_sign_up_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/rekisteroidy",
                [](const http::Request& request, const Services& s, Language language) {
                  return sign_up_page(s, language, identify(request, s), {}, {}, 200);
                });
  add_localised(router, services, "POST", "/rekisteroidy", post_sign_up);
  add_localised(router, services, "GET", "/rekisteroidy/tarkista",
                [](const http::Request& request, const Services& s, Language language) {
                  return notice_page(s, language, identify(request, s), "account.check_mail", 200);
                });
  add_localised(router, services, "GET", "/vahvista/{token}", verify_page);
  add_localised(router, services, "POST", "/vahvista/{token}", post_verify);
}

void add_account_routes(http::Router& router, const Services& services) {
  add_sign_up_routes(router, services);
  add_login_routes(router, services);
  add_password_routes(router, services);
  add_my_account_routes(router, services);
  add_two_factor_routes(router, services);
  add_membership_routes(router, services);
  add_admin_routes(router, services);
  add_email_change_routes(router, services);
}

}  // namespace tori::web
