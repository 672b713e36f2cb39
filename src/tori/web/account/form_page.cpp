// SPDX-License-Identifier: AGPL-3.0-or-later
// Account forms' shared parts: errors, the posted form, rate limits, rendering.
#include "tori/web/account/form_page.hpp"

#include <algorithm>
#include <chrono>

#include "tori/auth/secret_key.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

std::string upper(std::string_view name) {
  std::string result(name);
  std::transform(result.begin(), result.end(), result.begin(), [](char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  });
  return result;
}

}  // namespace

void FormErrors::add(std::string field, std::string message) {
  errors_.push_back({std::move(field), std::move(message)});
}

bool FormErrors::has(std::string_view field) const {
  return std::any_of(errors_.begin(), errors_.end(),
                     [field](const Error& error) { return error.field == field; });
}

std::string FormErrors::message(std::string_view field) const {
  for (const Error& error : errors_)
    if (error.field == field) return error.message;
  return "";
}

void fill_errors(ctemplate::TemplateDictionary& body, std::string_view form_id,
                 const FormErrors& errors) {
  if (errors.empty()) return;
  ctemplate::TemplateDictionary* summary = body.AddSectionDictionary("ERROR_SUMMARY");
  for (const FormErrors::Error& error : errors.all()) {
    const std::string id = std::string(form_id) + "-" + error.field;
    ctemplate::TemplateDictionary* item = summary->AddSectionDictionary("ERROR");
    item->SetValue("ID", id);
    item->SetValue("MESSAGE", error.message);
    ctemplate::TemplateDictionary* field = body.AddSectionDictionary(upper(error.field) + "_ERROR");
    field->SetValue("ID", id);
    field->SetValue("MESSAGE", error.message);
  }
}

PostedForm read_form(const http::Request& request, const Visitor& visitor,
                     const Services& services) {
  const auto type = request.headers.get("Content-Type");
  if (!type || !http::is_form_content_type(*type)) return {std::nullopt, 400};
  std::optional<http::Form> form = http::Form::parse(request.body);
  if (!form) return {std::nullopt, 400};
  if (!csrf_accepted(*form, visitor, services)) return {std::move(form), 403};
  return {std::move(form), 0};
}

PostedForm read_upload_form(const http::Request& request, const Visitor& visitor,
                            const Services& services) {
  std::optional<http::Form> form =
      http::Form::parse_body(request.headers.get("Content-Type").value_or(""), request.body);
  if (!form) return {std::nullopt, 400};
  if (!csrf_accepted(*form, visitor, services)) return {std::move(form), 403};
  return {std::move(form), 0};
}

std::optional<std::string> rate_limited(const Services& services, Language language,
                                        const std::string& key, const http::RateLimit& limit) {
  const auto decision =
      services.accounts->rate_limiter->take(key, limit, std::chrono::steady_clock::now());
  if (decision.allowed) return std::nullopt;
  const long long minutes = (decision.retry_after.count() + 59) / 60;
  return services.catalogue.format(language, "account.error.rate_limited", {{"minutes", minutes}});
}

std::string client_key(const http::Request& request) {
  return request.client_address.empty() ? request.peer_address : request.client_address;
}

http::Response render_form(const Services& services, Page& page, const Visitor& visitor,
                           int status) {
  page.meta.indexable = false;
  page.meta.newsletter_offer = false;  // no pop-up over a form, an account or an editor's page
  http::Response response = render_page(services, page, status);
  apply_visitor(response, visitor);
  return response;
}

http::Response redirect_with(const Visitor& visitor, Language language, std::string_view path,
                             std::string extra_cookie) {
  http::Response response = http::Response::redirect(localised_path(language, path));
  apply_visitor(response, visitor);
  if (!extra_cookie.empty()) response.headers.add("Set-Cookie", std::move(extra_cookie));
  return response;
}

http::Response login_redirect(const Visitor& visitor, Language language, std::string_view path) {
  return redirect_with(
      visitor, language,
      "/kirjaudu?seuraava=" + text::url_encode_component(localised_path(language, path)));
}

SignedInPost read_signed_in_post(const http::Request& request, const Services& services,
                                 Language language, std::string_view path) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) {
    http::Response refusal = login_redirect(visitor, language, path);
    return {std::move(visitor), std::nullopt, std::move(refusal)};
  }
  return read_checked_form(request, services, language, std::move(visitor));
}

SignedInPost read_checked_form(const http::Request& request, const Services& services,
                               Language language, Visitor visitor) {
  SignedInPost posted{std::move(visitor), std::nullopt, std::nullopt};
  PostedForm form = read_form(request, posted.visitor, services);
  if (!form.form || form.refusal != 0) {
    posted.refusal = error_page(services, language, form.form ? form.refusal : 400);
    return posted;
  }
  posted.form = std::move(form.form);
  return posted;
}

store::Actor actor_of(const Services& services, const http::Request& request,
                      const core::Account& account) {
  return {account.id, account.name.empty() ? account.email : account.name,
          auth::keyed_hash(services.accounts->secret_key, client_key(request))};
}

std::optional<std::string> safe_return_path(std::string_view path) {
  if (path.empty() || path.front() != '/' || path.size() > 500) return std::nullopt;
  if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return std::nullopt;
  for (char c : path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
  }
  return std::string(path);
}

}  // namespace tori::web
