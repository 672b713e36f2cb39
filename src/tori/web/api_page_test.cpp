// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the API's human page: operations read from the OpenAPI document, and the page.
#include "tori/web/api_page.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "tori/web/api_openapi.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;

const ApiParameter* find_parameter(const ApiEndpoint& endpoint, std::string_view name) {
  for (const ApiParameter& parameter : endpoint.parameters)
    if (parameter.name == name) return &parameter;
  return nullptr;
}

TEST(ApiPageTest, EveryPathOfTheDocumentIsAnEndpoint) {
  const std::vector<ApiEndpoint> endpoints = api_endpoints(openapi_document());
  std::vector<std::string> paths;
  for (const ApiEndpoint& endpoint : endpoints) {
    EXPECT_EQ(endpoint.method, "GET");
    EXPECT_FALSE(endpoint.summary.empty()) << endpoint.path;
    paths.push_back(endpoint.path);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "/api/v1/practices", "/api/v1/practices/{slug}", "/api/v1/organisations",
                       "/api/v1/vocabularies", "/api/v1/regions", "/api/v1/search",
                       "/api/v1/events", "/api/v1/campaigns", "/api/v1/campaigns/{slug}/standings",
                       "/api/v1/networks", "/api/v1/openapi.json"}));
}

TEST(ApiPageTest, ParametersAreResolvedAndDescribed) {
  const std::vector<ApiEndpoint> endpoints = api_endpoints(openapi_document());
  ASSERT_FALSE(endpoints.empty());
  const ApiEndpoint& list = endpoints.front();
  EXPECT_EQ(list.parameters.size(), 13u);
  struct Case {
    const char* name;
    const char* values;
  };
  const Case cases[] = {
      {"sort", "newest | oldest | title; default newest"},
      {"limit", "≥ 0; default 20"},
      {"maturity", "repeatable; idea | pilot | in_use | established"},
      {"published_from", "YYYY-MM-DD"},
      {"theme", "repeatable"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const ApiParameter* parameter = find_parameter(list, c.name);
    ASSERT_NE(parameter, nullptr);
    EXPECT_EQ(parameter->values, c.values);
    EXPECT_EQ(parameter->in, "query");
    EXPECT_FALSE(parameter->required);
  }
  const ApiParameter* slug = find_parameter(endpoints.at(1), "slug");
  ASSERT_NE(slug, nullptr);
  EXPECT_EQ(slug->in, "path");
  EXPECT_TRUE(slug->required);
}

TEST(ApiPageTest, OddDocumentsGiveWhatTheyCan) {
  struct Case {
    const char* name;
    const char* document;
    std::size_t endpoints;
  };
  const Case cases[] = {
      {"not an object", "[1, 2]", 0},
      {"no paths", R"({"openapi": "3.1.0"})", 0},
      {"paths not an object", R"({"paths": []})", 0},
      {"operation list not an object", R"({"paths": {"/a": 1}})", 0},
      {"no server prefix", R"({"paths": {"/a": {"get": {}}}})", 1},
      {"dangling reference kept",
       R"({"paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/nope"}]}}}})", 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::vector<ApiEndpoint> endpoints = api_endpoints(boost::json::parse(c.document));
    EXPECT_EQ(endpoints.size(), c.endpoints);
    if (!endpoints.empty()) EXPECT_EQ(endpoints.front().path, "/a");
  }
}

TEST(ApiPageTest, PageInEveryLanguage) {
  const test_support::TestSite site;
  for (const text::Language language : text::kLanguages) {
    SCOPED_TRACE(std::string(text::language_code(language)));
    http::Request request;
    request.path = "/rajapinta";
    const http::Response response = api_page(request, site.services(), language);
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, HasSubstr("<code>GET /api/v1/practices/{slug}</code>"));
    EXPECT_THAT(response.body, HasSubstr("<th scope=\"row\"><code>published_until</code>"));
    EXPECT_THAT(response.body, HasSubstr("newest | oldest | title; default newest"));
    EXPECT_THAT(response.body, HasSubstr(site.catalogue().text(language, "apidoc.title")));
    EXPECT_THAT(response.body, HasSubstr("href=\"/api/v1/openapi.json\""));
  }
}

}  // namespace
}  // namespace tori::web
