// SPDX-License-Identifier: AGPL-3.0-or-later
// Handlers of the read-only JSON API: parse the query, ask the store, build JSON, respond.
#include "tori/web/api.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <map>
#include <variant>

#include "tori/core/finland.hpp"
#include "tori/store/store.hpp"
#include "tori/web/api_campaigns.hpp"
#include "tori/web/api_events.hpp"
#include "tori/web/api_json.hpp"
#include "tori/web/api_openapi.hpp"
#include "tori/web/api_page.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/api_search.hpp"
#include "tori/web/networks/api_networks.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

http::Response no_parameters(const http::Request& request, const Services& services,
                             http::Response (*handler)(const http::Request&, const Services&)) {
  auto pairs = split_query(request.query);
  if (!pairs.empty())
    return api_error_response({ApiErrorCode::kInvalidParameter,
                               "unknown parameter '" + pairs.front().first + "'",
                               pairs.front().first});
  return handler(request, services);
}

}  // namespace

ApiVocabulary api_known_values(const Services& services) {
  ApiVocabulary known;
  known.organisation = [&services](std::string_view slug) {
    return services.store.organisations().find_by_slug(slug).has_value();
  };
  known.region = [&services](std::string_view slug) {
    return services.finland.region_by_slug(slug) != nullptr;
  };
  known.municipality = [&services](std::string_view code) {
    return services.finland.municipality_by_code(code) != nullptr;
  };
  // Hidden terms too: practices keep them, so a filter by one still finds those practices.
  known.term = [&services](core::Vocabulary vocabulary, std::string_view slug) {
    for (const store::Term& term : services.store.vocabularies().all_terms(vocabulary))
      if (term.slug == slug) return true;
    return false;
  };
  return known;
}

namespace {

http::Response not_found(std::string message) {
  return api_error_response({ApiErrorCode::kNotFound, std::move(message), std::nullopt});
}

http::Response organisations_body(const http::Request& request, const Services& services) {
  json::array items;
  for (const core::Organisation& organisation : services.store.organisations().list())
    items.push_back(organisation_json(organisation));
  json::object body{{"total", items.size()}, {"items", std::move(items)}};
  return api_json_response(request, body);
}

http::Response vocabularies_body(const http::Request& request, const Services& services) {
  json::object body;
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    json::array terms;
    for (const store::Term& term : services.store.vocabularies().terms(vocabulary))
      terms.push_back(term_json(term));
    body[core::vocabulary_field(vocabulary)] = std::move(terms);
  }
  return api_json_response(request, body);
}

http::Response regions_body(const http::Request& request, const Services& services) {
  std::map<std::string, std::int64_t, std::less<>> counts;
  store::FacetCounts facets = services.store.practices().facets({});
  for (const store::FacetCount& count : facets["region"])
    counts[count.value] = count.count;
  json::array items;
  for (const core::Region& region : services.finland.regions()) {
    auto found = counts.find(region.slug);
    items.push_back(region_json(region, found == counts.end() ? 0 : found->second));
  }
  json::object body{{"total", items.size()}, {"items", std::move(items)}};
  return api_json_response(request, body);
}

}  // namespace

http::Response api_practices(const http::Request& request, const Services& services) {
  auto parsed = parse_practice_query(request.query, api_known_values(services));
  if (auto* error = std::get_if<ApiError>(&parsed)) return api_error_response(*error);
  store::PracticeList list =
      services.store.practices().list(std::get<store::PracticeQuery>(parsed));
  return api_json_response(request, practice_list_json(list, services.site.base_url));
}

http::Response api_practice(const http::Request& request, const Services& services) {
  auto practice = services.store.practices().find_by_slug(request.param("slug"));
  if (!practice || practice->state != core::PracticeState::kPublished)
    return not_found("no published practice '" + std::string(request.param("slug")) + "'");
  auto pairs = split_query(request.query);
  if (!pairs.empty())
    return api_error_response({ApiErrorCode::kInvalidParameter,
                               "unknown parameter '" + pairs.front().first + "'",
                               pairs.front().first});
  json::object object = practice_detail_json(*practice, services.site.base_url);
  store::MediaStore& media = services.store.media();
  add_media_json(object, media.of_practice(practice->id, store::MediaKind::kImage),
                 media.of_practice(practice->id, store::MediaKind::kAttachment),
                 services.site.base_url);
  return api_json_response(request, std::move(object));
}

http::Response api_organisations(const http::Request& request, const Services& services) {
  return no_parameters(request, services, organisations_body);
}

http::Response api_vocabularies(const http::Request& request, const Services& services) {
  return no_parameters(request, services, vocabularies_body);
}

http::Response api_regions(const http::Request& request, const Services& services) {
  return no_parameters(request, services, regions_body);
}

http::Response api_openapi(const http::Request& request) {
  return api_json_response(request, openapi_document());
}

void add_api_routes(http::Router& router, const Services& services) {
  using Handler = http::Response (*)(const http::Request&, const Services&);
  const std::pair<const char*, Handler> routes[] = {
      {"/api/v1/practices", api_practices},
      {"/api/v1/practices/{slug}", api_practice},
      {"/api/v1/organisations", api_organisations},
      {"/api/v1/vocabularies", api_vocabularies},
      {"/api/v1/regions", api_regions},
      {"/api/v1/search", api_search},
      {"/api/v1/events", api_events},
      {"/api/v1/campaigns", api_campaigns},
      {"/api/v1/campaigns/{slug}/standings", api_campaign_standings},
      {"/api/v1/networks", api_networks},
  };
  for (const auto& [pattern, handler] : routes)
    router.add("GET", pattern,
               [&services, handler](http::Request& r) { return handler(r, services); });
  router.add("GET", "/api/v1/openapi.json", [](http::Request& r) { return api_openapi(r); });
  auto unknown = [](http::Request& r) { return not_found("no API resource at " + r.path); };
  router.add("GET", "/api/v1", unknown);
  router.add("GET", "/api/v1/{rest...}", unknown);
  auto preflight = [](http::Request&) { return api_preflight_response(); };
  router.add("OPTIONS", "/api/v1", preflight);
  router.add("OPTIONS", "/api/v1/{rest...}", preflight);
  add_api_page_routes(router, services);
}

}  // namespace tori::web
