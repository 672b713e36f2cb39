// SPDX-License-Identifier: AGPL-3.0-or-later
// The directory of the marketplace: organisations A–Ö (/organisaatiot), one organisation
// (/organisaatiot/{slug}), the regions (/alueet) and one region (/alueet/{slug}), in every
// language.
//
//   add_directory_routes(router, services);   // /organisaatiot, /sv/alueet/lappi, …
#pragma once

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Every organisation with published practices in Finnish order (å, ä, ö after z), grouped by
// initial letter with a letter index; GET `type` (an organisation type) and `region` (a region
// slug) narrow the list, empty meaning all. An unknown value answers the 400 error page.
[[nodiscard]] http::Response organisation_list_page(const http::Request& request,
                                                    const Services& services,
                                                    text::Language language);

// One organisation by the route's `slug`: its facts and its practices, newest first, 20 a page
// (GET `page`). 404 for an unknown slug, one with no published practice, or a page past the
// last; 400 for a malformed page.
[[nodiscard]] http::Response organisation_page(const http::Request& request,
                                               const Services& services, text::Language language);

// The 19 regions with their practices and municipalities counted.
[[nodiscard]] http::Response region_list_page(const http::Request& request,
                                              const Services& services, text::Language language);

// One region by the route's `slug`: its municipalities and organisations with counts and its
// practices, newest first, 20 a page. 404 for an unknown slug or a page past the last.
[[nodiscard]] http::Response region_page(const http::Request& request, const Services& services,
                                         text::Language language);

// Registers the four pages in all three languages. `services` must outlive the router.
void add_directory_routes(http::Router& router, const Services& services);

}  // namespace tori::web
