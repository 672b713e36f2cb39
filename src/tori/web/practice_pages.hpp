// SPDX-License-Identifier: AGPL-3.0-or-later
// The marketplace's two central pages: the filterable list of practices (/teot) and one
// practice (/teot/{slug}), in every language.
//
//   add_practice_routes(router, services);   // /teot, /teot/{slug}, /sv/teot, /en/teot/{slug}…
#pragma once

#include <optional>
#include <string>

#include "tori/core/practice.hpp"
#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The list with its filter form. Filters are the API's GET parameters (DESIGN §8): organisation,
// region, municipality, sector, theme, client_group, maturity, year (repeated = OR), sort
// (newest|oldest|title) and page. A value that names nothing (no such term, organisation,
// region or municipality; a year not of four digits) or a malformed sort or page answers the 400
// error page; a real value with no matches is an empty result; a page past the last one answers
// 404. Option labels, places and terms are in the page's language (labels.hpp).
[[nodiscard]] http::Response practice_list_page(const http::Request& request,
                                                const Services& services, text::Language language);

// One published practice by the route's `slug`; 404 for an unknown slug or an unpublished one.
[[nodiscard]] http::Response practice_page(const http::Request& request, const Services& services,
                                           text::Language language);

// A practice shown as a preview: the banner says its state and links back to editing.
struct PracticePreview {
  std::string state_label;  // "Luonnos", …
  std::string edit_url;     // "" when the viewer may not edit it
  std::string message;      // a confirmation to show ("Lähetetty toimitukselle"), or ""
};

// The practice page of `practice` in any state; with `preview`, marked as a preview (banner,
// noindex, no-store, no sharing or similar practices).
[[nodiscard]] http::Response render_practice(const Services& services, text::Language language,
                                             const core::Practice& practice,
                                             const std::optional<PracticePreview>& preview);

// Registers both pages and the Atom feed in all three languages.
void add_practice_routes(http::Router& router, const Services& services);
// Part of add_practice_routes: /teot.atom, the newest published practices (practice_feed.cpp).
void add_practice_feed_route(http::Router& router, const Services& services);

}  // namespace tori::web
