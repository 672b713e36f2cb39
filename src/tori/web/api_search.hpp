// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/search: the search index through the API (DESIGN.md §8): the search box's text in
// `q`, /api/v1/practices' filters, `sort` relevance|newest, `limit`, `offset`.
//
//   {"total": 3, "items": [{"id", "external_id", "slug", "title", "url", "snippet", "score"}],
//    "facets": {"theme": [{"slug", "label", "count"}], …}, "suggestion": null}
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include <boost/json/object.hpp>

#include "tori/http/message.hpp"
#include "tori/search/searcher.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The search parameters apart from the filters: the raw query string without q and sort,
// which parse_practice_query reads.
struct SearchParameters {
  std::string text;           // q
  bool newest_first = false;  // sort=newest (default relevance)
  std::string filter_query;   // every other parameter, as sent
};

// Splits `q` and `sort` off the raw query string; the error names the parameter when one is
// repeated or `sort` is neither relevance nor newest.
[[nodiscard]] std::variant<SearchParameters, ApiError> split_search_parameters(
    std::string_view query);

// The response body of a search (labels of facet values from the store's own facets).
[[nodiscard]] boost::json::object search_json(const search::SearchResults& results,
                                              const Services& services);

// The handler; 503 with a JSON error while the index is not there yet.
[[nodiscard]] http::Response api_search(const http::Request& request, const Services& services);

}  // namespace tori::web
