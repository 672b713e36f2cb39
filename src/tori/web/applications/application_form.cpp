// SPDX-License-Identifier: AGPL-3.0-or-later
// /hakemus/{type}: the application form of a service, its checks (CSRF, honeypot, rate limit, the
// deadline, the fields), the application stored once per form with its confirmation mail, and the
// "check your mail" page.
#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

struct ApplicationFormView {
  core::ApplicationInput input{};
  FormErrors errors{};
  std::string form_key{};  // the one-time key of this form (a new one when empty)
  int status = 200;
};

bool open_now(const core::ServiceType& type) {
  return core::applications_open(type, store::utc_now_seconds());
}

http::Response application_form_page(const Services& services, Language language,
                                     const Visitor& visitor, const core::ServiceType& type,
                                     const ApplicationFormView& view) {
  Page page(language, "application_form");
  const std::string& name = core::service_name(type, content_language(language));
  page.meta.title =
      services.catalogue.format(language, "applications.form.title", {{"service", name}});
  page.meta.path = "/hakemus/" + type.code;
  Dictionary& body = page.body();
  body.SetValue("CODE", type.code);
  body.SetValue("SERVICE", name);
  if (type.code == core::kWorkshopService) body.ShowSection("WORKSHOP");
  if (!open_now(type)) {
    body.SetValueAndShowSection("MESSAGE", application_window_text(services, language, type),
                                "CLOSED");
    return render_form(services, page, visitor, view.status == 200 ? 200 : 409);
  }
  Dictionary* form = body.AddSectionDictionary("FORM");
  form->SetValue("WINDOW", application_window_text(services, language, type));
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("FORM_KEY", view.form_key.empty() ? auth::new_token() : view.form_key);
  fill_errors(*form, "application", view.errors);
  fill_application(*form, services, language, view.input, type, view.errors);
  return render_form(services, page, visitor, view.status);
}

core::ApplicationInput prefilled_application(const Visitor& visitor) {
  core::ApplicationInput input{};
  if (visitor.account) {
    input.contact_name = visitor.account->name;
    input.email = visitor.account->email;
  }
  return input;
}

http::Response get_application_form(const http::Request& request, const Services& services,
                                    Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const auto type = services.store.applications().type(request.param("type"));
  if (!type) return error_page(services, language, 404);
  const Visitor visitor = identify(request, services);
  return application_form_page(services, language, visitor, *type,
                               {.input = prefilled_application(visitor)});
}

void store_application(const Services& services, Language language, const Visitor& visitor,
                       const core::ServiceType& type, const ApplicationFormView& view) {
  const store::ApplicationRequest request{
      .type_code = type.code,
      .input = view.input,
      .account_id = visitor.account ? std::optional{visitor.account->id} : std::nullopt,
      .submission_digest = view.form_key.empty() ? "" : auth::token_digest(view.form_key),
      .language = content_language(language)};
  const bool may_mail_now = may_mail(services, view.input.email);
  const store::ApplicationMail mail = application_mail(services, type);
  services.store.applications().apply(
      request,
      [&](const store::Application& stored) -> std::optional<store::OutgoingMail> {
        if (!may_mail_now) return std::nullopt;  // no inbox flooded by many forms
        return mail(stored);
      },
      store::utc_now());
  mail_queued(services);
}

http::Response post_application_form(const http::Request& request, const Services& services,
                                     Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const auto type = services.store.applications().type(request.param("type"));
  if (!type) return error_page(services, language, 404);
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const http::Form& form = *posted.form;
  const std::string thanks = "/hakemus/" + type->code + "/kiitos";
  if (!form.get("website").empty()) return redirect_with(visitor, language, thanks);  // a bot
  ApplicationFormView view{.input = read_application(form, *type),
                           .form_key = form.get("form_key").substr(0, 64)};
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
  } else if (!open_now(*type)) {
    view.status = 409;
  } else if (auto limited =
                 rate_limited(services, language, "application-ip:" + client_key(request),
                              services.accounts->limits.registration_per_ip)) {
    view.errors.add("form", *limited);
    view.status = 429;
  } else {
    view.errors = application_errors(services, language, view.input, *type);
    if (!view.errors.empty()) view.status = 422;
  }
  if (view.status != 200) return application_form_page(services, language, visitor, *type, view);
  store_application(services, language, visitor, *type, view);
  return redirect_with(visitor, language, thanks);
}

http::Response application_thanks_page(const http::Request& request, const Services& services,
                                       Language language) {
  if (!services.store.applications().type(request.param("type")))
    return error_page(services, language, 404);
  return notice_page(services, language, identify(request, services), "applications.sent", 200);
}

}  // namespace

void add_application_form_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/hakemus/{type}", get_application_form);
  add_localised(router, services, "POST", "/hakemus/{type}", post_application_form);
  add_localised(router, services, "GET", "/hakemus/{type}/kiitos", application_thanks_page);
}

void add_application_routes(http::Router& router, const Services& services) {
  add_application_form_routes(router, services);
  add_workshops_routes(router, services);
  add_staff_application_routes(router, services);
}

}  // namespace tori::web
