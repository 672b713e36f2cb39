// SPDX-License-Identifier: AGPL-3.0-or-later
// The second step of logging in (/kirjaudu/vahvistus): a code from the authenticator app or a
// recovery code turns the half session into a full one under a new id.
#include "tori/auth/token.hpp"
#include "tori/auth/totp.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/credentials.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

std::string next_path(const std::optional<std::string>& wanted, Language language) {
  if (wanted) {
    if (auto path = safe_return_path(*wanted)) return *path;
  }
  return localised_path(language, "/omat-tiedot");
}

http::Response code_page(const Services& services, Language language, const Visitor& visitor,
                         const std::string& next, const FormErrors& errors, int status) {
  Page page(language, "account_second_factor");
  page.meta.title = services.catalogue.text(language, "account.totp.title");
  page.meta.path = "/kirjaudu/vahvistus";
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("RETURN", next);
  fill_errors(page.body(), "totp", errors);
  return render_form(services, page, visitor, status);
}

http::Response get_code(const http::Request& request, const Services& services, Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.pending_account) return redirect_with(visitor, language, "/kirjaudu");
  return code_page(services, language, visitor,
                   next_path(request.query_param("seuraava"), language), {}, 200);
}

http::Response post_code(const http::Request& request, const Services& services,
                         Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.pending_account) return redirect_with(visitor, language, "/kirjaudu");
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const std::string next = next_path(posted.form->find("seuraava"), language);
  FormErrors errors;
  if (posted.refusal == 403) {
    errors.add("code", services.catalogue.text(language, "account.error.csrf"));
    return code_page(services, language, visitor, next, errors, 403);
  }
  const std::string key = "totp-account:" + std::to_string(*visitor.pending_account);
  if (auto limited =
          rate_limited(services, language, key, services.accounts->limits.login_per_account)) {
    errors.add("code", *limited);
    return code_page(services, language, visitor, next, errors, 429);
  }
  if (!second_factor_accepted(services, *visitor.pending_account, posted.form->get("code"))) {
    errors.add("code", services.catalogue.text(language, "account.error.code"));
    return code_page(services, language, visitor, next, errors, 422);
  }
  const std::string token = auth::new_token();
  services.store.accounts().replace_session(visitor.session_digest, auth::token_digest(token), true,
                                            store::utc_now());
  http::Response response = http::Response::redirect(next);
  response.headers.add("Set-Cookie", session_cookie_for(services, request, token));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_second_factor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/kirjaudu/vahvistus", get_code);
  add_localised(router, services, "POST", "/kirjaudu/vahvistus", post_code);
}

}  // namespace tori::web
