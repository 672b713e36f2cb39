// SPDX-License-Identifier: AGPL-3.0-or-later
// Setting up two-factor sign-in (/omat-tiedot/kaksivaiheinen): a new secret as a QR code, confirmed
// with a code from the app, then the recovery codes shown once; when on, new recovery codes and
// turning it off (not for the roles that require it).
#include <chrono>

#include "tori/auth/password.hpp"
#include "tori/auth/secret_key.hpp"
#include "tori/auth/token.hpp"
#include "tori/auth/totp.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/credentials.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/qr_svg.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kPath = "/omat-tiedot/kaksivaiheinen";
constexpr std::size_t kRecoveryCodeCount = 10;

// The authentication tag that ties a pending secret to this session and this site, so that the
// secret can travel in the form without being stored unconfirmed or trusted from the browser.
std::string secret_tag(const Services& services, const Visitor& visitor, std::string_view secret) {
  return auth::keyed_hash(services.accounts->secret_key,
                          "totp-setup\n" + visitor.session_digest + "\n" + std::string(secret));
}

// 32 characters of RFC 4648 base32 (what auth::new_totp_secret makes).
bool looks_like_secret(std::string_view secret) {
  if (secret.size() != 32) return false;
  for (char c : secret) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) return false;
  }
  return true;
}

// The form's pending secret when its tag is ours for this session; nothing when tampered with.
std::optional<std::string> pending_secret(const http::Form& form, const Services& services,
                                          const Visitor& visitor) {
  const std::string secret = form.get("secret");
  if (!looks_like_secret(secret)) return std::nullopt;
  if (!auth::same_secret(form.get("secret_tag"), secret_tag(services, visitor, secret))) {
    return std::nullopt;
  }
  return secret;
}

// "ABCDEFGH…" → "ABCD EFGH …", for typing the secret into an app by hand.
std::string in_groups_of_four(std::string_view secret) {
  std::string grouped;
  for (std::size_t i = 0; i < secret.size(); ++i) {
    if (i > 0 && i % 4 == 0) grouped += ' ';
    grouped += secret[i];
  }
  return grouped;
}

struct TwoFactorForm {
  std::string secret;  // the pending secret (setup only); empty: a new one
  FormErrors errors;
  std::string done_key;  // the catalogue key of a confirmation to show, or ""
};

void fill_setup(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                const Visitor& visitor, const std::string& secret) {
  const text::Catalogue& catalogue = services.catalogue;
  const std::string uri =
      auth::totp_uri(secret, visitor.account->email, catalogue.text(language, "site.name"));
  body.ShowSection("SETUP");
  body.SetValue("QR_SVG", qr_svg(uri, "twofactor-qr", catalogue.text(language, "twofactor.qr")));
  body.SetValue("URI", text::escape_html(uri));
  body.SetValue("SECRET_GROUPS", in_groups_of_four(secret));
  body.SetValue("SECRET", secret);
  body.SetValue("SECRET_TAG", secret_tag(services, visitor, secret));
}

void fill_enabled(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                  const core::Account& account) {
  body.ShowSection("ENABLED");
  const int left = services.store.accounts().recovery_codes_left(account.id);
  body.SetValue("CODES_LEFT",
                services.catalogue.format(language, "twofactor.codes_left", {{"count", left}}));
  body.ShowSection(account.needs_second_factor() ? "ROLE_KEEPS" : "OFF_FORM");
}

http::Response two_factor_page(const Services& services, Language language, const Visitor& visitor,
                               const TwoFactorForm& form, int status) {
  const core::Account& account = *visitor.account;
  Page page(language, "account_two_factor");
  page.meta.title = services.catalogue.text(language, "twofactor.title");
  page.meta.path = std::string(kPath);
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  if (account.totp_enabled) {
    fill_enabled(body, services, language, account);
  } else {
    if (account.needs_second_factor()) body.ShowSection("REQUIRED");
    fill_setup(body, services, language, visitor,
               form.secret.empty() ? auth::new_totp_secret() : form.secret);
  }
  if (!form.done_key.empty()) {
    body.SetValueAndShowSection("DONE", services.catalogue.text(language, form.done_key),
                                "DONE_SECTION");
  }
  fill_errors(body, "twofactor", form.errors);
  return render_form(services, page, visitor, status);
}

// The recovery codes, shown this once as the POST's own answer (never stored in clear, never
// redirected to, never cached).
http::Response recovery_codes_page(const Services& services, Language language,
                                   const Visitor& visitor, const std::vector<std::string>& codes,
                                   bool just_enabled) {
  Page page(language, "account_recovery_codes");
  page.meta.title = services.catalogue.text(language, "twofactor.recovery.title");
  page.meta.path = std::string(kPath);
  ctemplate::TemplateDictionary& body = page.body();
  if (just_enabled) body.ShowSection("JUST_ENABLED");
  for (const std::string& code : codes) {
    body.AddSectionDictionary("CODE")->SetValue("VALUE", code);
  }
  return render_form(services, page, visitor, 200);
}

// Ten new recovery codes stored as digests with `secret`, replacing any before; the codes.
std::vector<std::string> store_with_new_codes(const Services& services, std::int64_t account_id,
                                              const std::string& secret) {
  std::vector<std::string> codes = auth::new_recovery_codes(kRecoveryCodeCount);
  std::vector<std::string> digests;
  for (const std::string& code : codes) {
    digests.push_back(auth::token_digest(auth::normalise_recovery_code(code)));
  }
  services.store.accounts().enable_totp(account_id, secret, digests, store::utc_now());
  return codes;
}

http::Response to_login_page(const Visitor& visitor, Language language) {
  return login_redirect(visitor, language, kPath);
}

std::optional<std::string> attempts_limited(const Services& services, Language language,
                                            const core::Account& account) {
  return rate_limited(services, language, "totp-setup:" + std::to_string(account.id),
                      services.accounts->limits.login_per_account);
}

http::Response get_two_factor(const http::Request& request, const Services& services,
                              Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return to_login_page(visitor, language);
  TwoFactorForm form;
  if (request.query_param("poistettu")) form.done_key = "twofactor.off.done";
  return two_factor_page(services, language, visitor, form, 200);
}

http::Response post_enable(const http::Request& request, const Services& services,
                           Language language) {
  SignedInPost posted = read_signed_in_post(request, services, language, kPath);
  if (posted.refusal) return std::move(*posted.refusal);
  const Visitor& visitor = posted.visitor;
  const core::Account& account = *visitor.account;
  if (account.totp_enabled) return redirect_with(visitor, language, kPath);
  TwoFactorForm form;
  const auto secret = pending_secret(*posted.form, services, visitor);
  if (!secret) {
    form.errors.add("code", services.catalogue.text(language, "twofactor.error.setup_expired"));
    return two_factor_page(services, language, visitor, form, 400);
  }
  form.secret = *secret;
  if (auto limited = attempts_limited(services, language, account)) {
    form.errors.add("code", *limited);
    return two_factor_page(services, language, visitor, form, 429);
  }
  const auto step =
      auth::verify_totp(*secret, posted.form->get("code"), std::chrono::system_clock::now());
  if (!step) {
    form.errors.add("code", services.catalogue.text(language, "twofactor.error.code"));
    return two_factor_page(services, language, visitor, form, 422);
  }
  const std::vector<std::string> codes = store_with_new_codes(services, account.id, *secret);
  (void)services.store.accounts().claim_totp_step(account.id, static_cast<std::int64_t>(*step));
  return recovery_codes_page(services, language, visitor, codes, true);
}

http::Response post_new_codes(const http::Request& request, const Services& services,
                              Language language) {
  SignedInPost posted = read_signed_in_post(request, services, language, kPath);
  if (posted.refusal) return std::move(*posted.refusal);
  const Visitor& visitor = posted.visitor;
  const core::Account& account = *visitor.account;
  const auto secret = services.store.accounts().totp_secret(account.id);
  if (!account.totp_enabled || !secret) return redirect_with(visitor, language, kPath);
  TwoFactorForm form;
  if (auto limited = attempts_limited(services, language, account)) {
    form.errors.add("codes_password", *limited);
    return two_factor_page(services, language, visitor, form, 429);
  }
  if (!password_right(services, account.id, posted.form->get("codes_password"))) {
    form.errors.add("codes_password",
                    services.catalogue.text(language, "account.error.current_password"));
    return two_factor_page(services, language, visitor, form, 422);
  }
  const std::vector<std::string> codes = store_with_new_codes(services, account.id, *secret);
  return recovery_codes_page(services, language, visitor, codes, false);
}

// The reasons not to turn it off: a wrong password, or else a code that is not accepted (the
// code is checked, and so used up, only with the right password).
FormErrors check_turning_off(const Services& services, Language language,
                             const core::Account& account, const http::Form& posted) {
  FormErrors errors;
  if (!password_right(services, account.id, posted.get("off_password"))) {
    errors.add("off_password", services.catalogue.text(language, "account.error.current_password"));
  } else if (!second_factor_accepted(services, account.id, posted.get("off_code"))) {
    errors.add("off_code", services.catalogue.text(language, "twofactor.error.code"));
  }
  return errors;
}

http::Response post_disable(const http::Request& request, const Services& services,
                            Language language) {
  SignedInPost posted = read_signed_in_post(request, services, language, kPath);
  if (posted.refusal) return std::move(*posted.refusal);
  const Visitor& visitor = posted.visitor;
  const core::Account& account = *visitor.account;
  if (!account.totp_enabled) return redirect_with(visitor, language, kPath);
  TwoFactorForm form;
  if (account.needs_second_factor()) {
    form.errors.add("off", services.catalogue.text(language, "twofactor.error.role"));
    return two_factor_page(services, language, visitor, form, 403);
  }
  if (auto limited = attempts_limited(services, language, account)) {
    form.errors.add("off_code", *limited);
    return two_factor_page(services, language, visitor, form, 429);
  }
  form.errors = check_turning_off(services, language, account, *posted.form);
  if (!form.errors.empty()) return two_factor_page(services, language, visitor, form, 422);
  services.store.accounts().disable_totp(account.id, store::utc_now());
  return redirect_with(visitor, language, std::string(kPath) + "?poistettu=1");
}

}  // namespace

void add_two_factor_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", kPath, get_two_factor);
  add_localised(router, services, "POST", kPath, post_enable);
  add_localised(router, services, "POST", std::string(kPath) + "/varakoodit", post_new_codes);
  add_localised(router, services, "POST", std::string(kPath) + "/poista", post_disable);
}

}  // namespace tori::web
