// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's fixed pages (front page, about, accessibility statement, privacy notice) and the
// routes for them in every language.
//
//   http::Router router;
//   add_page_routes(router, services);   // "/", "/sv", "/en", "/tietoa", "/sv/tietoa", …
#pragma once

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

using text::Language;

// "/": the programme in brief with live counts ("1 055 tekoa 140 organisaatiolta"), the six
// newest practices, the themes and regions with their counts (one list() and one facets() call),
// and slots for the lists of later features.
[[nodiscard]] http::Response front_page(const http::Request& request, const Services& services,
                                        Language language);
// "/tietoa": the programme, Tori and its history.
[[nodiscard]] http::Response about_page(const http::Request& request, const Services& services,
                                        Language language);
// "/saavutettavuus": the accessibility statement required by Act 306/2019.
[[nodiscard]] http::Response accessibility_page(const http::Request& request,
                                                const Services& services, Language language);
// "/tietosuoja": the privacy notice (GDPR articles 13 and 14).
[[nodiscard]] http::Response privacy_page(const http::Request& request, const Services& services,
                                          Language language);

// Registers GET (and so HEAD) for every page above in fi, sv (/sv/…) and en (/en/…), and the
// pages of the marketplace (practice_pages.hpp, directory_pages.hpp, stats_page.hpp).
// `services` must outlive the router.
void add_page_routes(http::Router& router, const Services& services);

}  // namespace tori::web
