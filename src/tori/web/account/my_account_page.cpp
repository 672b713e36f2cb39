// SPDX-License-Identifier: AGPL-3.0-or-later
// My account (/omat-tiedot): name and language, a new password, everything stored about me as
// JSON, deleting the account, logging out.
#include "tori/auth/password.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/credentials.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

http::Response to_login(const Visitor& visitor, Language language) {
  return login_redirect(visitor, language, "/omat-tiedot");
}

// The person's own practices (newest change first), with a link to edit drafts and to preview
// the rest.
void fill_practices(ctemplate::TemplateDictionary& body, const Services& services,
                    Language language, const core::Account& account) {
  const auto practices = services.store.submissions().queue({.author_account_id = account.id});
  if (practices.empty()) body.ShowSection("NO_PRACTICES");
  for (const store::QueueItem& practice : practices) {
    auto* item = body.AddSectionDictionary("PRACTICE");
    const bool draft = practice.state == core::PracticeState::kDraft;
    item->SetValue("URL", localised_path(language, "/teot/" + practice.slug +
                                                       (draft ? "/muokkaa" : "/esikatselu")));
    item->SetValue("TITLE", practice.title);
    item->SetValue("STATE",
                   services.catalogue.text(
                       language, "submission.state." + std::string(to_string(practice.state))));
  }
  if (account.has_role(core::Role::kEditor)) body.ShowSection("EDITOR");
}

struct MyAccountForm {
  std::string name;
  FormErrors errors;
  std::string done_key;  // the catalogue key of a confirmation to show, or ""
};

http::Response my_account_page(const Services& services, Language language, const Visitor& visitor,
                               const MyAccountForm& form, int status) {
  const core::Account& account = *visitor.account;
  Page page(language, "account_mine");
  page.meta.title = services.catalogue.text(language, "account.mine.title");
  page.meta.path = "/omat-tiedot";
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("EMAIL", account.email);
  body.SetValue("NAME", form.errors.has("name") ? form.name : account.name);
  body.ShowSection(account.totp_enabled ? "TOTP_ENABLED" : "TOTP_DISABLED");
  for (Language option : text::kLanguages) {
    ctemplate::TemplateDictionary* item = body.AddSectionDictionary("LANGUAGE");
    item->SetValue("CODE", std::string(text::language_code(option)));
    item->SetValue("LABEL", services.catalogue.text(option, "account.language.self"));
    if (page_language(account.language) == option) item->ShowSection("SELECTED");
  }
  if (!form.done_key.empty()) {
    body.SetValueAndShowSection("DONE", services.catalogue.text(language, form.done_key),
                                "DONE_SECTION");
  }
  fill_practices(body, services, language, account);
  fill_errors(body, "mine", form.errors);
  return render_form(services, page, visitor, status);
}

http::Response get_mine(const http::Request& request, const Services& services, Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return to_login(visitor, language);
  MyAccountForm form;
  if (request.query_param("tallennettu")) form.done_key = "account.mine.saved";
  if (request.query_param("salasana")) form.done_key = "account.mine.password_changed";
  return my_account_page(services, language, visitor, form, 200);
}

http::Response post_profile(const http::Request& request, const Services& services,
                            Language language) {
  SignedInPost posted = read_signed_in_post(request, services, language, "/omat-tiedot");
  if (posted.refusal) return std::move(*posted.refusal);
  MyAccountForm form{posted.form->get("name"), {}, ""};
  if (auto problem = name_problem(form.name)) {
    form.errors.add("name", services.catalogue.text(language, *problem));
    return my_account_page(services, language, posted.visitor, form, 422);
  }
  const auto chosen = text::language_from_code(posted.form->get("language"));
  const Language new_language = chosen.value_or(language);
  services.store.accounts().set_name_and_language(posted.visitor.account->id, form.name,
                                                  content_language(new_language), store::utc_now());
  return redirect_with(posted.visitor, new_language, "/omat-tiedot?tallennettu=1");
}

http::Response post_password(const http::Request& request, const Services& services,
                             Language language) {
  SignedInPost posted = read_signed_in_post(request, services, language, "/omat-tiedot");
  if (posted.refusal) return std::move(*posted.refusal);
  const core::Account& account = *posted.visitor.account;
  MyAccountForm form;
  if (!password_right(services, account.id, posted.form->get("current_password"))) {
    form.errors.add("current_password",
                    services.catalogue.text(language, "account.error.current_password"));
  }
  const std::string password = posted.form->get("password");
  if (auto problem =
          password_problem(password, posted.form->get("password_again"), account.email)) {
    form.errors.add("password", services.catalogue.text(language, *problem));
  }
  if (!form.errors.empty()) return my_account_page(services, language, posted.visitor, form, 422);
  services.store.accounts().change_password(
      account.id, auth::hash_password(password, services.accounts->password_cost),
      posted.visitor.session_digest, store::utc_now());
  return redirect_with(posted.visitor, language, "/omat-tiedot?salasana=1");
}

http::Response post_delete(const http::Request& request, const Services& services,
                           Language language) {
  SignedInPost posted = read_signed_in_post(request, services, language, "/omat-tiedot");
  if (posted.refusal) return std::move(*posted.refusal);
  const core::Account& account = *posted.visitor.account;
  if (!password_right(services, account.id, posted.form->get("delete_password"))) {
    MyAccountForm form;
    form.errors.add("delete_password",
                    services.catalogue.text(language, "account.error.current_password"));
    return my_account_page(services, language, posted.visitor, form, 422);
  }
  // Everything Tori knows by the address goes, as with `tori privacy erase`; published
  // practices stay, attributed to their organisations.
  (void)services.store.privacy().erase_by_email(account.email, store::utc_now());
  (void)erase_public_votes(services.store, services.accounts->secret_key, account.email);
  http::Response response = http::Response::redirect(localised_path(language, "/tili-poistettu"));
  response.headers.add("Set-Cookie", end_session(services, request, posted.visitor));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

}  // namespace

void add_my_account_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/omat-tiedot", get_mine);
  add_localised(router, services, "POST", "/omat-tiedot", post_profile);
  add_localised(router, services, "POST", "/omat-tiedot/salasana", post_password);
  add_localised(router, services, "POST", "/omat-tiedot/poista", post_delete);
  add_my_data_routes(router, services);
}

}  // namespace tori::web
