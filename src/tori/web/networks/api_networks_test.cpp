// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of GET /api/v1/networks over a temporary store: the listed networks with their members,
// leaders and next meeting (null when none is ahead), the unlisted left out, a parameter refused;
// samples for api_schema_check.py.
#include "tori/web/networks/api_networks.hpp"

#include <boost/json/parse.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "tori/web/api.hpp"
#include "tori/web/networks/network_test_support.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

class ApiNetworksTest : public ::testing::Test {
 protected:
  ApiNetworksTest() {
    add_api_routes(router_, site_.services());
    network_testing::save_test_networks(site_.store());
  }
  http::Response get(const std::string& path, const std::string& query = "") {
    http::Request request = test_support::get_request(path);
    request.query = query;
    request.target = path + (query.empty() ? "" : "?" + query);
    const http::Router::Match match = router_.match("GET", request.path);
    if (match.handler == nullptr) return http::Response::text(404, "no route");
    request.path_params = match.params;
    return (*match.handler)(request);
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(ApiNetworksTest, ListsTheListedNetworksLatestPeriodFirst) {
  const http::Response response = get("/api/v1/networks");
  ASSERT_EQ(response.status, 200) << response.body;
  const json::value body = json::parse(response.body);
  EXPECT_EQ(body.at("total"), 2);
  const json::array& items = body.at("items").as_array();
  ASSERT_EQ(items.size(), 2U);
  const json::object& running = items[0].as_object();
  EXPECT_EQ(running.at("slug"), "nuoret");
  EXPECT_EQ(running.at("name"), "Nuoret kuntatyössä");
  EXPECT_EQ(running.at("members"), (json::array{"Oulun kaupunki", "Kuopion kaupunki"}));
  EXPECT_EQ(running.at("leaders"), (json::array{"Minna Aaltokari"}));
  EXPECT_EQ(running.at("next_meeting"), network_testing::day_from_today(30).c_str());
  EXPECT_EQ(running.at("url"), "https://tori.example.fi/verkostot/nuoret");
  const json::object& ended = items[1].as_object();
  EXPECT_EQ(ended.at("slug"), "monipuolistajat");
  EXPECT_TRUE(ended.at("next_meeting").is_null());
  EXPECT_EQ(ended.at("leaders"), json::array{});
  EXPECT_EQ(ended.at("period_until"), "2018-12-31");
}

TEST_F(ApiNetworksTest, RefusesParameters) {
  const http::Response response = get("/api/v1/networks", "slug=nuoret");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(json::parse(response.body).at("error").at("parameter"), "slug");
}

// Network responses for api_schema_check.py (see ApiTest.WritesSamplesForTheSchemaCheck).
TEST_F(ApiNetworksTest, WritesSamplesForTheSchemaCheck) {
  const char* dir = std::getenv("TORI_API_SAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "TORI_API_SAMPLES_DIR not set";
  std::filesystem::create_directories(dir);
  std::ofstream(std::filesystem::path(dir) / "NetworkList.301.json")
      << get("/api/v1/networks").body;
}

}  // namespace
}  // namespace tori::web
