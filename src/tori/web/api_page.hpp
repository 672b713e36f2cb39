// SPDX-License-Identifier: AGPL-3.0-or-later
// The human page describing the read API (/rajapinta), built from the OpenAPI document itself
// so that the two cannot disagree.
//
//   for (const ApiEndpoint& endpoint : api_endpoints(openapi_document())) …
#pragma once

#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// One parameter of an operation, in words.
struct ApiParameter {
  std::string name;
  std::string in;           // "query", "path"
  std::string description;  // the document's, may be empty
  std::string values;       // "newest | oldest | title; default newest", "repeatable", …
  bool required = false;
};

// One operation of the document: "GET /api/v1/practices" with its summary and parameters.
struct ApiEndpoint {
  std::string method;  // "GET"
  std::string path;    // the server URL prefix included: "/api/v1/practices/{slug}"
  std::string summary;
  std::vector<ApiParameter> parameters;
};

// The operations of an OpenAPI 3.1 document in its path order, parameters resolved from
// `#/components/parameters/…` references. Parts it does not understand are left out.
[[nodiscard]] std::vector<ApiEndpoint> api_endpoints(const boost::json::value& document);

// The page /rajapinta in each language.
[[nodiscard]] http::Response api_page(const http::Request& request, const Services& services,
                                      text::Language language);

void add_api_page_routes(http::Router& router, const Services& services);

}  // namespace tori::web
