// SPDX-License-Identifier: AGPL-3.0-or-later
// The account pages in fi, sv (/sv/…) and en (/en/…): sign up (/rekisteroidy), verify the
// address (/vahvista/{token}), log in and out (/kirjaudu, /kirjaudu/ulos), forgotten password
// (/salasana, /salasana/{token}) and my account (/omat-tiedot). Plain HTML forms with CSRF
// tokens, rate limits, and answers that never tell whether an address has an account.
//
//   add_account_routes(router, services);  // services.accounts must be set
#pragma once

#include "tori/http/router.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Registers every account route; `services` (with `accounts` set) must outlive the router.
void add_account_routes(http::Router& router, const Services& services);

// Split by page group (account_pages.cpp, login_pages.cpp, second_factor_pages.cpp,
// password_pages.cpp, my_account_page.cpp, my_data.cpp).
void add_sign_up_routes(http::Router& router, const Services& services);
void add_login_routes(http::Router& router, const Services& services);
void add_second_factor_routes(http::Router& router, const Services& services);
void add_password_routes(http::Router& router, const Services& services);
void add_my_account_routes(http::Router& router, const Services& services);
void add_my_data_routes(http::Router& router, const Services& services);
// Two-factor sign-in's setup, recovery codes and turning it off (/omat-tiedot/kaksivaiheinen,
// two_factor_page.cpp).
void add_two_factor_routes(http::Router& router, const Services& services);
// My organisations, requests to join and decisions on them (membership_pages.cpp).
void add_membership_routes(http::Router& router, const Services& services);
// Administration: roles and the audit log (admin_pages.cpp).
void add_admin_routes(http::Router& router, const Services& services);
// Changing one's e-mail address, re-verified by a link to the new one (email_change_pages.cpp).
void add_email_change_routes(http::Router& router, const Services& services);

}  // namespace tori::web
