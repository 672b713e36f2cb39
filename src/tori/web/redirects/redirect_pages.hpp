// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirects on the site: the answer to an address no route knows (301 to the rule's target, or
// the 404 page with the address counted), and the editors' pages /toimitus/ohjaukset (rules,
// the add form, the CSV import) and /toimitus/ohjaukset/puuttuvat (the counted addresses).
//
//   options.not_found = [&](const http::Request& r) { return web::not_found_response(services, r);
//   }; add_redirect_routes(router, services);   // part of add_page_routes
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/redirect_store.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// For a request no route matched: a GET or HEAD whose path (with its query, else without) has
// a rule gets 301 with an absolute Location; any other GET or HEAD is counted within `limits`
// and, like every other method, gets the 404 page.
[[nodiscard]] http::Response not_found_response(const Services& services,
                                                const http::Request& request,
                                                store::NotFoundLimits limits = {});

// The 301 for a GET or HEAD whose path (with its query, else without) has a rule; nothing
// otherwise.
[[nodiscard]] std::optional<http::Response> redirect_response(const Services& services,
                                                              const http::Request& request);

// The address of a normalised redirect path as a URL: each path segment percent-encoded, the
// query as it is; an absolute target with bytes outside ASCII percent-encoded.
[[nodiscard]] std::string redirect_url_path(std::string_view normalised);

// The editors' pages in fi, sv (/sv/…) and en (/en/…); editors only.
void add_redirect_routes(http::Router& router, const Services& services);

}  // namespace tori::web
