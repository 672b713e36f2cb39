// SPDX-License-Identifier: AGPL-3.0-or-later
// The read-only JSON API under /api/v1 (DESIGN.md §8): practices, organisations, vocabularies,
// regions and the OpenAPI document.
#pragma once

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// GET /api/v1/practices: published practices filtered, sorted and paged by the query.
[[nodiscard]] http::Response api_practices(const http::Request& request, const Services& services);
// GET /api/v1/practices/{slug}: one published practice, whole; 404 JSON otherwise.
[[nodiscard]] http::Response api_practice(const http::Request& request, const Services& services);
// GET /api/v1/organisations: every organisation with its count of published practices.
[[nodiscard]] http::Response api_organisations(const http::Request& request,
                                               const Services& services);
// GET /api/v1/vocabularies: the sectors, themes and client groups with their counts.
[[nodiscard]] http::Response api_vocabularies(const http::Request& request,
                                              const Services& services);
// GET /api/v1/regions: Finland's regions with their counts of published practices.
[[nodiscard]] http::Response api_regions(const http::Request& request, const Services& services);
// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the above.
[[nodiscard]] http::Response api_openapi(const http::Request& request);

// What the listing's filters may name (organisations, regions, municipalities, terms), looked
// up in the store and in Finland; /api/v1/practices and /api/v1/search use it.
[[nodiscard]] ApiVocabulary api_known_values(const Services& services);

// Adds the routes above (and GET /api/v1/search, api_search.hpp), a JSON 404 for every other GET
// under /api/v1 and CORS preflight answers (OPTIONS) for all of /api/v1.
void add_api_routes(http::Router& router, const Services& services);

}  // namespace tori::web
