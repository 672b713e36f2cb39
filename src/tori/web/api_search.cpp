// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/search: parameters, the search, and the JSON of hits, snippets and facets.
#include "tori/web/api_search.hpp"

#include <algorithm>
#include <boost/json/array.hpp>

#include "tori/search/synonyms_file.hpp"
#include "tori/store/store.hpp"
#include "tori/web/api.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_filters.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

std::optional<ApiError> take_single(std::string& into, bool& seen, const std::string& name,
                                    const std::string& value) {
  if (seen) return ApiError{ApiErrorCode::kInvalidParameter, "'" + name + "' is given twice", name};
  seen = true;
  into = value;
  return std::nullopt;
}

json::object hit_json(const core::Practice& practice, const search::SearchHit& hit,
                      const std::vector<std::string>& terms, const Services& services) {
  return json::object{
      {"id", practice.id},
      {"external_id", practice.external_id},
      {"slug", practice.slug},
      {"title", practice.title},
      {"url", absolute_url(services.site, "/teot/" + practice.slug)},
      {"snippet", practice_snippet(practice, terms)},
      {"score", hit.score},
  };
}

// Options by count, most first, then by label.
json::array facet_json(std::vector<store::FacetCount> options) {
  std::sort(options.begin(), options.end(), [](const auto& a, const auto& b) {
    return a.count != b.count ? a.count > b.count : a.label < b.label;
  });
  json::array array;
  for (const store::FacetCount& option : options)
    array.push_back(
        json::object{{"slug", option.value}, {"label", option.label}, {"count", option.count}});
  return array;
}

http::Response unavailable() {
  return api_error_response({ApiErrorCode::kUnavailable,
                             "the search index is not ready yet; try again soon", std::nullopt});
}

}  // namespace

std::variant<SearchParameters, ApiError> split_search_parameters(std::string_view query) {
  SearchParameters parameters;
  bool seen_text = false;
  bool seen_sort = false;
  std::string sort = "relevance";
  for (std::string_view rest = query; !rest.empty();) {
    const std::size_t amp = rest.find('&');
    const std::string_view item = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    const auto pairs = split_query(item);
    if (pairs.empty()) continue;
    const auto& [name, value] = pairs.front();
    std::optional<ApiError> error;
    if (name == "q")
      error = take_single(parameters.text, seen_text, name, value);
    else if (name == "sort")
      error = take_single(sort, seen_sort, name, value);
    else
      parameters.filter_query += (parameters.filter_query.empty() ? "" : "&") + std::string(item);
    if (error) return *error;
  }
  if (sort != "relevance" && sort != "newest")
    return ApiError{ApiErrorCode::kInvalidParameter, "sort is relevance or newest", "sort"};
  parameters.newest_first = sort == "newest";
  return parameters;
}

json::object search_json(const search::SearchResults& results, const Services& services) {
  json::array items;
  for (const search::SearchHit& hit : results.hits) {
    const std::optional<core::Practice> practice =
        services.store.practices().find_by_id(hit.practice_id);
    if (practice && practice->state == core::PracticeState::kPublished)
      items.push_back(hit_json(*practice, hit, results.terms, services));
  }
  store::FacetCounts labelled = results.facets;
  fill_finnish_labels(labelled, services);  // as the store labels them in /api/v1/practices
  json::object facets;
  for (auto& [parameter, options] : labelled)
    facets[parameter] = facet_json(std::move(options));
  return json::object{
      {"total", results.total},
      {"total_exact", results.total_exact},
      {"items", std::move(items)},
      {"facets", std::move(facets)},
      {"facets_exact", results.facets_exact},
      {"suggestion", results.suggestion ? json::value(*results.suggestion) : json::value(nullptr)}};
}

http::Response api_search(const http::Request& request, const Services& services) {
  if (services.searcher == nullptr) return unavailable();
  auto split = split_search_parameters(request.query);
  if (auto* error = std::get_if<ApiError>(&split)) return api_error_response(*error);
  const SearchParameters& parameters = std::get<SearchParameters>(split);
  auto parsed = parse_practice_query(parameters.filter_query, api_known_values(services));
  if (auto* error = std::get_if<ApiError>(&parsed)) return api_error_response(*error);
  search::SearchRequest search_request{parameters.text, std::get<store::PracticeQuery>(parsed),
                                       parameters.newest_first};
  const std::shared_ptr<const search::Synonyms> synonyms =
      services.synonyms != nullptr ? services.synonyms->current() : nullptr;
  search_request.synonyms = synonyms.get();
  try {
    http::Response response = api_json_response(
        request, search_json(services.searcher->search(search_request), services));
    // The index follows the database a moment later: neither the page cache nor a client may
    // keep an answer that a write has made stale.
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch (const search::IndexUnavailable&) {
    return unavailable();
  }
}

}  // namespace tori::web
