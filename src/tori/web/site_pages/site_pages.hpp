// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's editable pages on the web: the public page at /{key} (/sv/{key}, /en/{key}), their
// links in the main navigation, and the editors' pages under /toimitus/sivut.
//
//   add_site_page_routes(router, services);                  // last: literal routes win anyway
//   if (auto page = editable_page(services, language, "tietoa")) return std::move(*page);
//   fill_navigation_pages(frame, services, language, "/yhteystiedot");  // from render_page
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <optional>
#include <string_view>

#include <ctemplate/template_dictionary.h>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The stored page `slug` in `language` (the Finnish version with a note, and noindex, when that
// language's version is not written); nothing when there is no such page.
[[nodiscard]] std::optional<http::Response> editable_page(const Services& services,
                                                          text::Language language,
                                                          std::string_view slug);

// The navigation's pages (store::PageStore::navigation, from memory) as base.tpl's NAV_PAGE
// items in `language` (the Finnish title, marked lang="fi", when that version is not written),
// aria-current on the one at `path`. The page "tietoa" is left out: the fixed "Tietoa" item
// leads to it. A failing store leaves the list out (an error page must still render).
void fill_navigation_pages(ctemplate::TemplateDictionary& frame, const Services& services,
                           text::Language language, std::string_view path);

// GET /{key} in every language, and the editors' /toimitus/sivut, /toimitus/sivut/uusi,
// /toimitus/sivut/{key}/muokkaa and /toimitus/sivut/{key}/poista. A new key is refused when
// another route of `router` answers its address. `router` and `services` outlive the routes.
void add_site_page_routes(http::Router& router, const Services& services);

}  // namespace tori::web
