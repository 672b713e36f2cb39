// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the JSON API's handlers and routes over a temporary SQLite store with a few practices.
#include "tori/web/api.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;
using store::practice_testing::make_write;
using store::practice_testing::utc;
using ::testing::HasSubstr;
using ::testing::Not;

class ApiTest : public ::testing::Test {
 protected:
  ApiTest() {
    std::vector<store::PracticeWrite> writes;
    // Published exactly at Helsinki midnight starting 10.1.2024 (UTC+2).
    writes.push_back(make_write("a", "Alfa työvuorot"));
    writes.back().input.published_at = utc(2024, 1, 9, 22);
    writes.back().input.sectors = {"hallinto"};
    writes.back().input.maturity = core::Maturity::kPilot;
    writes.back().municipality = core::MunicipalityRef{"276", "Kontiolahti"};
    writes.back().region = core::Named{"pohjois-karjala", "Pohjois-Karjala"};
    // One second before it, on 9.1.2024 in Helsinki; hostile text.
    writes.push_back(make_write("b", "Beeta <script>alert(1)</script>"));
    writes.back().input.published_at = utc(2024, 1, 9, 21, 59) + std::chrono::seconds(59);
    writes.back().input.organisations = {"Tampereen kaupunki"};
    writes.back().input.themes = {"johtaminen"};
    writes.back().input.sections[0] = "Alku <script>alert(2)</script> **lihava** anna@example.fi";
    writes.back().input.contact = {"Anna Esimerkki", "kehittäjä", "anna@example.fi", ""};
    writes.back().input.keywords = {"vuorot"};
    writes.back().input.links = {{"Sivu", "https://example.fi/b"}};
    writes.back().input.started = "2023-05";
    writes.push_back(make_write("c", "Gamma"));
    writes.back().input.published_at = utc(2023, 6, 1);
    writes.back().input.organisations = {"Tampereen kaupunki"};
    writes.back().input.themes = {"työhyvinvointi", "johtaminen"};
    writes.push_back(make_write("d", "Delta luonnos"));
    writes.back().input.state = core::PracticeState::kDraft;
    writes.back().input.published_at.reset();
    for (const auto& result : site_.store().practices().save_many(writes))
      EXPECT_TRUE(std::holds_alternative<store::WriteResult>(result));
  }

  http::Response get(std::string_view path, std::string_view query = "") {
    http::Request request = test_support::get_request(path);
    request.query = std::string(query);
    request.target = std::string(path) + (query.empty() ? "" : "?" + std::string(query));
    http::Router router;
    add_api_routes(router, site_.services());
    auto match = router.match("GET", request.path);
    if (!match.handler) {
      http::Response none;
      none.status = 405;
      return none;
    }
    request.path_params = match.params;
    return (*match.handler)(request);
  }

  json::value body(std::string_view path, std::string_view query = "", int status = 200) {
    http::Response response = get(path, query);
    EXPECT_EQ(response.status, status) << path << "?" << query << ": " << response.body;
    EXPECT_EQ(response.headers.get("Content-Type"), "application/json");
    EXPECT_EQ(response.headers.get("Access-Control-Allow-Origin"), "*");
    return json::parse(response.body);
  }

  // The titles of a listing's items, in order.
  std::vector<std::string> titles(std::string_view query) {
    json::value list = body("/api/v1/practices", query);
    std::vector<std::string> result;
    for (const json::value& item : list.at("items").as_array())
      result.emplace_back(item.at("title").as_string());
    EXPECT_EQ(list.at("total").as_int64(), static_cast<std::int64_t>(result.size())) << query;
    return result;
  }

  test_support::TestSite site_;
};

TEST_F(ApiTest, ListsPublishedPracticesNewestFirstWithTheirShape) {
  json::value list = body("/api/v1/practices");
  EXPECT_EQ(list.at("total").as_int64(), 3);
  const json::object& a = list.at("items").at(0).as_object();
  EXPECT_EQ(a.at("title"), "Alfa työvuorot");
  EXPECT_TRUE(a.at("id").is_int64());
  EXPECT_EQ(a.at("external_id"), "a");
  EXPECT_EQ(a.at("slug"), "alfa-tyovuorot");
  EXPECT_EQ(a.at("summary"), "Yhteenveto.");
  EXPECT_EQ(a.at("url"), "https://tori.example.fi/teot/alfa-tyovuorot");
  EXPECT_EQ(a.at("organisations"),
            json::parse(R"([{"slug":"kontiolahden-kunta","name":"Kontiolahden kunta"}])"));
  EXPECT_EQ(a.at("municipality"), json::parse(R"({"code":"276","name":"Kontiolahti"})"));
  EXPECT_EQ(a.at("region"), json::parse(R"({"slug":"pohjois-karjala","name":"Pohjois-Karjala"})"));
  EXPECT_EQ(a.at("sectors"), json::parse(R"([{"slug":"hallinto","label":"hallinto"}])"));
  EXPECT_EQ(a.at("themes"), json::parse(R"([{"slug":"tyohyvinvointi","label":"työhyvinvointi"}])"));
  EXPECT_EQ(a.at("client_groups"), json::array{});
  EXPECT_EQ(a.at("maturity"), "pilot");
  EXPECT_EQ(a.at("published_at"), "2024-01-10T00:00:00+02:00");
  EXPECT_TRUE(a.at("updated_at").is_string());
  EXPECT_EQ(a.size(), 15u);  // the listing fields, nothing more
  const json::object& c = list.at("items").at(2).as_object();
  EXPECT_TRUE(c.at("municipality").is_null());
  EXPECT_TRUE(c.at("region").is_null());
  EXPECT_TRUE(c.at("maturity").is_null());
}

TEST_F(ApiTest, FiltersRepeatedAreOrAndDifferentAreAnd) {
  using V = std::vector<std::string>;
  EXPECT_EQ(titles("theme=tyohyvinvointi"), (V{"Alfa työvuorot", "Gamma"}));
  EXPECT_EQ(titles("theme=tyohyvinvointi&theme=johtaminen").size(), 3u);
  EXPECT_EQ(titles("theme=tyohyvinvointi&organisation=tampereen-kaupunki"), V{"Gamma"});
  EXPECT_EQ(titles("region=pohjois-karjala"), V{"Alfa työvuorot"});
  EXPECT_EQ(titles("municipality=276&maturity=pilot&sector=hallinto"), V{"Alfa työvuorot"});
  EXPECT_EQ(titles("year=2023"), V{"Gamma"});
  EXPECT_EQ(titles("sort=oldest").front(), "Gamma");
  EXPECT_EQ(titles("region=uusimaa"), V{});
}

TEST_F(ApiTest, PublishedFromAndUntilAreInclusiveHelsinkiDays) {
  using V = std::vector<std::string>;
  EXPECT_EQ(titles("published_from=2024-01-10"), V{"Alfa työvuorot"});
  EXPECT_EQ(titles("published_until=2024-01-09"), (V{"Beeta <script>alert(1)</script>", "Gamma"}));
  EXPECT_EQ(titles("published_from=2024-01-09&published_until=2024-01-09"),
            V{"Beeta <script>alert(1)</script>"});
  EXPECT_EQ(titles("published_from=2024-01-09&published_until=2024-01-10").size(), 2u);
}

TEST_F(ApiTest, LimitAndOffsetPage) {
  json::value page = body("/api/v1/practices", "limit=1&offset=1");
  EXPECT_EQ(page.at("total").as_int64(), 3);
  ASSERT_EQ(page.at("items").as_array().size(), 1u);
  EXPECT_EQ(page.at("items").at(0).at("title"), "Beeta <script>alert(1)</script>");
  EXPECT_EQ(body("/api/v1/practices", "limit=500").at("items").as_array().size(), 3u);
  EXPECT_EQ(body("/api/v1/practices", "limit=0").at("items").as_array().size(), 0u);
}

TEST_F(ApiTest, BadParametersAre400NamingTheParameter) {
  struct Case {
    std::string_view query;
    std::string_view parameter;
  };
  const Case cases[] = {{"theme=ei-ole", "theme"},
                        {"region=atlantis", "region"},
                        {"organisation=ei-ole", "organisation"},
                        {"municipality=999", "municipality"},
                        {"maturity=kypsa", "maturity"},
                        {"limit=-1", "limit"},
                        {"limit=paljon", "limit"},
                        {"year=99", "year"},
                        {"vari=punainen", "vari"},
                        {"sector=tyohyvinvointi", "sector"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    json::value error = body("/api/v1/practices", c.query, 400);
    EXPECT_EQ(error.at("error").at("code"), "invalid_parameter");
    EXPECT_EQ(error.at("error").at("parameter").as_string(), c.parameter);
    EXPECT_TRUE(error.at("error").at("message").is_string());
  }
  EXPECT_EQ(body("/api/v1/regions", "x=1", 400).at("error").at("parameter"), "x");
}

TEST_F(ApiTest, OnePracticeIsWholeWithHostileTextAsData) {
  json::value list = body("/api/v1/practices", "theme=johtaminen&sort=newest");
  std::string slug(list.at("items").at(0).at("slug").as_string());
  http::Response response = get("/api/v1/practices/" + slug);
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_THAT(response.body, Not(HasSubstr("<")));
  EXPECT_THAT(response.body, Not(HasSubstr("anna@example.fi")));
  json::object b = json::parse(response.body).as_object();
  EXPECT_EQ(b.at("title"), "Beeta <script>alert(1)</script>");
  EXPECT_EQ(b.at("contact").at("email"), "anna[a]example.fi");
  EXPECT_EQ(b.at("contact").at("name"), "Anna Esimerkki");
  EXPECT_TRUE(b.at("contact").at("phone").is_null());
  EXPECT_EQ(b.at("keywords"), json::parse(R"(["vuorot"])"));
  EXPECT_EQ(b.at("links"), json::parse(R"([{"title":"Sivu","url":"https://example.fi/b"}])"));
  EXPECT_EQ(b.at("started"), "2023-05");
  EXPECT_EQ(b.at("language"), "fi");
  EXPECT_EQ(b.at("state"), "published");
  EXPECT_EQ(b.at("revision"), 1);
  EXPECT_TRUE(b.at("created_at").is_string());
  EXPECT_EQ(b.at("sections").as_object().size(), 1u);
  EXPECT_EQ(b.at("sections").at("background"),
            "Alku <script>alert(2)</script> **lihava** anna[a]example.fi");
  std::string html(b.at("sections_html").at("background").as_string());
  EXPECT_THAT(html, HasSubstr("<strong>lihava</strong>"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
}

TEST_F(ApiTest, UnknownAndUnpublishedAre404Json) {
  for (std::string_view path : {"/api/v1/practices/ei-ole", "/api/v1/practices/delta-luonnos",
                                "/api/v1/ei-ole", "/api/v1/practices/a/b", "/api/v1"}) {
    SCOPED_TRACE(path);
    json::value error = body(path, "", 404);
    EXPECT_EQ(error.at("error").at("code"), "not_found");
    EXPECT_TRUE(error.at("error").at("parameter").is_null());
  }
}

TEST_F(ApiTest, EtagGives304) {
  http::Response first = get("/api/v1/practices");
  auto etag = first.headers.get("ETag");
  ASSERT_TRUE(etag);
  EXPECT_EQ(*etag, api_etag(first.body));
  EXPECT_EQ(etag->front(), '"');
  http::Request request = test_support::get_request("/api/v1/practices");
  request.headers.set("If-None-Match", "\"other\", " + std::string(*etag));
  http::Response again = api_practices(request, site_.services());
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.headers.get("ETag"), *etag);
  request.headers.set("If-None-Match", "\"other\"");
  EXPECT_EQ(api_practices(request, site_.services()).status, 200);
  EXPECT_NE(get("/api/v1/practices", "limit=1").headers.get("ETag"), *etag);
}

TEST_F(ApiTest, PreflightAllowsGetOnly) {
  http::Router router;
  add_api_routes(router, site_.services());
  http::Request request = test_support::get_request("/api/v1/practices");
  request.method = "OPTIONS";
  auto match = router.match("OPTIONS", "/api/v1/practices");
  ASSERT_TRUE(match.handler);
  http::Response response = (*match.handler)(request);
  EXPECT_EQ(response.status, 204);
  EXPECT_EQ(response.headers.get("Access-Control-Allow-Origin"), "*");
  EXPECT_EQ(response.headers.get("Access-Control-Allow-Methods"), "GET, HEAD, OPTIONS");
  EXPECT_FALSE(router.match("POST", "/api/v1/practices").handler);
}

TEST_F(ApiTest, OrganisationsVocabulariesAndRegions) {
  json::value organisations = body("/api/v1/organisations");
  EXPECT_EQ(organisations.at("total").as_int64(), 2);
  const json::value& kontiolahti = organisations.at("items").at(0);
  EXPECT_EQ(kontiolahti.at("slug"), "kontiolahden-kunta");
  EXPECT_EQ(kontiolahti.at("type"), "municipality");
  EXPECT_EQ(kontiolahti.at("practice_count"), 1);
  EXPECT_TRUE(kontiolahti.as_object().contains("municipality"));
  EXPECT_EQ(organisations.at("items").at(1).at("practice_count"), 2);

  json::value vocabularies = body("/api/v1/vocabularies");
  for (std::string_view key : {"sectors", "themes", "client_groups"})
    EXPECT_FALSE(vocabularies.at(key).as_array().empty()) << key;
  for (const json::value& theme : vocabularies.at("themes").as_array())
    if (theme.at("slug") == "johtaminen") EXPECT_EQ(theme.at("count"), 2);

  json::value regions = body("/api/v1/regions");
  EXPECT_EQ(regions.at("total").as_int64(), 19);
  bool seen = false;
  for (const json::value& region : regions.at("items").as_array()) {
    EXPECT_EQ(region.as_object().size(), 5u);
    if (region.at("slug") != "pohjois-karjala") continue;
    seen = true;
    EXPECT_EQ(region.at("code"), "12");
    EXPECT_EQ(region.at("name_sv"), "Norra Karelen");
    EXPECT_EQ(region.at("practice_count"), 1);
  }
  EXPECT_TRUE(seen);
}

TEST_F(ApiTest, OpenApiDescribesEveryPath) {
  json::value document = body("/api/v1/openapi.json");
  EXPECT_EQ(document.at("openapi"), "3.1.0");
  for (std::string_view path : {"/practices", "/practices/{slug}", "/organisations",
                                "/vocabularies", "/regions", "/openapi.json"})
    EXPECT_TRUE(document.at("paths").as_object().contains(path)) << path;
  EXPECT_TRUE(document.at("components").at("schemas").as_object().contains("Error"));
}

// Writes responses as <Schema>.<n>.json for api_schema_check.py, which runs this test with
// TORI_API_SAMPLES_DIR set and validates them against the OpenAPI document; skipped otherwise.
TEST_F(ApiTest, WritesSamplesForTheSchemaCheck) {
  const char* dir = std::getenv("TORI_API_SAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "TORI_API_SAMPLES_DIR not set";
  std::filesystem::create_directories(dir);
  int number = 0;
  auto write = [&](std::string_view schema, std::string_view path, std::string_view query = "") {
    std::ofstream out(std::filesystem::path(dir) /
                      (std::string(schema) + "." + std::to_string(++number) + ".json"));
    out << get(path, query).body;
  };
  write("OpenApi", "/api/v1/openapi.json");
  write("PracticeList", "/api/v1/practices");
  write("PracticeList", "/api/v1/practices", "limit=0");
  const json::value list = body("/api/v1/practices");
  for (const json::value& item : list.at("items").as_array())
    write("Practice", "/api/v1/practices/" + std::string(item.at("slug").as_string()));
  write("OrganisationList", "/api/v1/organisations");
  write("Vocabularies", "/api/v1/vocabularies");
  write("RegionList", "/api/v1/regions");
  write("Error", "/api/v1/practices", "limit=-1");
  write("Error", "/api/v1/practices/ei-ole");
  write("Error", "/api/v1/ei-ole");
}

}  // namespace
}  // namespace tori::web
