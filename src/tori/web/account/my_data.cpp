// SPDX-License-Identifier: AGPL-3.0-or-later
// The download of my data (/omat-tiedot/tiedot.json) and the page after deleting the account.
#include "tori/web/account/my_data.hpp"

#include <boost/json.hpp>

#include "tori/text/time_format.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

boost::json::value time_or_null(const std::optional<core::TimePoint>& time) {
  if (!time) return nullptr;
  return boost::json::value(text::format_rfc3339_helsinki(*time));
}

boost::json::object account_object(const core::Account& account) {
  boost::json::array roles;
  for (core::Role role : account.roles)
    roles.emplace_back(core::to_string(role));
  return {{"email", account.email},
          {"name", account.name},
          {"language", core::to_string(account.language)},
          {"created_at", text::format_rfc3339_helsinki(account.created_at)},
          {"email_verified_at", time_or_null(account.email_verified_at)},
          {"roles", std::move(roles)},
          {"two_factor", account.totp_enabled}};
}

http::Response get_my_data(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) {
    return redirect_with(visitor, language,
                         "/kirjaudu?seuraava=" + localised_path(language, "/omat-tiedot"));
  }
  http::Response response =
      http::Response::json(200, account_data_json(services.store, *visitor.account));
  response.headers.set("Content-Disposition", "attachment; filename=\"tori-omat-tiedot.json\"");
  apply_visitor(response, visitor);
  return response;
}

}  // namespace

std::string account_data_json(store::Store& store, const core::Account& account) {
  boost::json::object data{{"account", account_object(account)}};
  data["generated_by"] = "Tekojen tori";
  return boost::json::serialize(data);
}

void add_my_data_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/omat-tiedot/tiedot.json", get_my_data);
  add_localised(router, services, "GET", "/tili-poistettu",
                [](const http::Request& request, const Services& s, Language language) {
                  return notice_page(s, language, identify(request, s), "account.deleted", 200);
                });
}

}  // namespace tori::web
