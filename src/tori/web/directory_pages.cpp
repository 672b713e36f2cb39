// SPDX-License-Identifier: AGPL-3.0-or-later
// The directory's routes: organisations and regions in every language (handlers in
// organisation_pages.cpp and region_pages.cpp).
#include "tori/web/directory_pages.hpp"

#include "tori/web/localise.hpp"

namespace tori::web {

void add_directory_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/organisaatiot", organisation_list_page);
  add_localised(router, services, "GET", "/organisaatiot/{slug}", organisation_page);
  add_localised(router, services, "GET", "/alueet", region_list_page);
  add_localised(router, services, "GET", "/alueet/{slug}", region_page);
}

}  // namespace tori::web
