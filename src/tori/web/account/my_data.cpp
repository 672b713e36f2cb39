// SPDX-License-Identifier: AGPL-3.0-or-later
// The download of my data (/omat-tiedot/tiedot.json) and the page after deleting the account.
#include "tori/web/account/my_data.hpp"

#include "tori/web/account/settings.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"

#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/personal_data_json.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

http::Response get_my_data(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) {
    return login_redirect(visitor, language, "/omat-tiedot");
  }
  http::Response response =
      http::Response::json(200, account_data_json(services, *visitor.account));
  response.headers.set("Content-Disposition", "attachment; filename=\"tori-omat-tiedot.json\"");
  apply_visitor(response, visitor);
  return response;
}

}  // namespace

std::string account_data_json(const Services& services, const core::Account& account) {
  store::PersonalData data = services.store.privacy().find_by_email(account.email);
  if (services.accounts != nullptr)
    add_public_votes(services.store, services.accounts->secret_key, account.email, data);
  return personal_data_json(account.email, data);
}

void add_my_data_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/omat-tiedot/tiedot.json", get_my_data);
  add_localised(router, services, "GET", "/tili-poistettu",
                [](const http::Request& request, const Services& s, Language language) {
                  return notice_page(s, language, identify(request, s), "account.deleted", 200);
                });
}

}  // namespace tori::web
