// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the campaigns' API over a temporary store: the list with each phase, the standing
// counted as the ranking defines it (the deadline's whole Helsinki day, ties sharing a rank,
// drafts and practices outside the window left out), recounted through /api/v1/practices, and the
// refusals; samples for api_schema_check.py.
#include "tori/web/api_campaigns.hpp"

#include <boost/json/parse.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/api.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

// A published practice of `organisations`, first published at the RFC 3339 time `published`.
store::PracticeWrite campaign_practice(const std::string& id,
                                       std::vector<std::string> organisations,
                                       const char* published) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto.";
  write.input.organisations = std::move(organisations);
  write.input.sections[0] = "Lähtökohta.";
  write.input.published_at = text::parse_rfc3339(published);
  write.input.state = core::PracticeState::kPublished;
  return write;
}

core::CampaignInput campaign(int year, const std::string& from, const std::string& until,
                             const std::string& gala) {
  core::CampaignInput input;
  input.slug = "teot-kiertoon-" + std::to_string(year);
  input.name = "Teot kiertoon " + std::to_string(year);
  input.year = year;
  input.collecting_from = from;
  input.collecting_until = until;
  input.gala_date = gala;
  input.categories = {{"viestinta", "Vuoden viestintäteko", "", core::CategoryKind::kSpecial}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
  return input;
}

class ApiCampaignsTest : public ::testing::Test {
 protected:
  ApiCampaignsTest() {
    add_api_routes(router_, site_.services());
    std::vector<store::PracticeWrite> writes = {
        campaign_practice("a1", {"Oulun kaupunki"}, "2024-03-01T00:00:00+02:00"),  // first second
        campaign_practice("a2", {"Oulun kaupunki", "Kontiolahden kunta"},
                          "2024-09-30T23:59:59+03:00"),  // the deadline's last second
        campaign_practice("a3", {"Kontiolahden kunta"}, "2024-06-15T12:00:00+03:00"),
        campaign_practice("a4", {"Åbo stad"}, "2024-05-02T10:00:00+03:00"),
        campaign_practice("x1", {"Åbo stad"}, "2024-10-01T00:00:00+03:00"),  // after it
        campaign_practice("x2", {"Åbo stad"}, "2024-02-29T23:59:59+02:00"),  // before it
        campaign_practice("x3", {"Åbo stad"}, "2024-06-01T12:00:00+03:00"),  // a draft
    };
    writes.back().input.state = core::PracticeState::kDraft;
    for (const auto& result : site_.store().practices().save_many(writes))
      EXPECT_TRUE(std::holds_alternative<store::WriteResult>(result));
    const store::UtcTime now = store::utc_now();
    for (const auto& input : {campaign(2024, "2024-03-01", "2024-09-30", "2024-11-14"),
                              campaign(2098, "2098-03-01", "2098-09-30", "2098-11-20")}) {
      EXPECT_EQ(site_.store().campaigns().save(input, now).outcome,
                store::CampaignSaveOutcome::kCreated);
    }
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
  json::value body(const std::string& path, const std::string& query = "") {
    const http::Response response = get(path, query);
    EXPECT_EQ(response.status, 200) << path << ": " << response.body;
    return json::parse(response.body);
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(ApiCampaignsTest, TheListNewestFirstWithEachPhase) {
  const json::value list = body("/api/v1/campaigns");
  EXPECT_EQ(list.at("total"), 2);
  const json::array& items = list.at("items").as_array();
  EXPECT_EQ(items[0].at("slug"), "teot-kiertoon-2098");
  EXPECT_EQ(items[0].at("phase"), "upcoming");
  EXPECT_EQ(items[1].at("phase"), "results");
  EXPECT_EQ(items[1].at("collecting_from"), "2024-03-01");
  EXPECT_EQ(items[1].at("collecting_until"), "2024-09-30");
  EXPECT_EQ(items[1].at("year"), 2024);
  EXPECT_EQ(items[1].at("url"), "https://tori.example.fi/kampanjat/teot-kiertoon-2024");
}

TEST_F(ApiCampaignsTest, TheStandingCountsTheWindowAndTiesShareARank) {
  const json::value standing = body("/api/v1/campaigns/teot-kiertoon-2024/standings");
  EXPECT_EQ(standing,
            json::parse(R"({"total": 3, "items": [)"
                        R"({"organisation": "Kontiolahden kunta", )"
                        R"("organisation_slug": "kontiolahden-kunta", "count": 2, "rank": 1},)"
                        R"({"organisation": "Oulun kaupunki", )"
                        R"("organisation_slug": "oulun-kaupunki", "count": 2, "rank": 1},)"
                        R"({"organisation": "Åbo stad", "organisation_slug": "abo-stad", )"
                        R"("count": 1, "rank": 3}]})"));
  // Anyone can recount each row through the practices' API.
  for (const json::value& row : standing.at("items").as_array()) {
    const std::string slug{row.at("organisation_slug").as_string()};
    const json::value recount = body(
        "/api/v1/practices",
        "organisation=" + slug + "&published_from=2024-03-01&published_until=2024-09-30&limit=0");
    EXPECT_EQ(recount.at("total"), row.at("count")) << slug;
  }
  EXPECT_EQ(body("/api/v1/campaigns/teot-kiertoon-2098/standings"),
            json::parse(R"({"total": 0, "items": []})"))
      << "nothing before collecting starts";
}

TEST_F(ApiCampaignsTest, RefusalsAreJson) {
  const http::Response unknown = get("/api/v1/campaigns/ei-ole/standings");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(json::parse(unknown.body).at("error").at("code"), "not_found");
  const http::Response parameter = get("/api/v1/campaigns", "year=2024");
  EXPECT_EQ(parameter.status, 400);
  EXPECT_EQ(json::parse(parameter.body).at("error").at("parameter"), "year");
  EXPECT_EQ(get("/api/v1/campaigns/teot-kiertoon-2024/standings", "top=3").status, 400);
}

// Campaign responses for api_schema_check.py (see ApiTest.WritesSamplesForTheSchemaCheck).
TEST_F(ApiCampaignsTest, WritesSamplesForTheSchemaCheck) {
  const char* dir = std::getenv("TORI_API_SAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "TORI_API_SAMPLES_DIR not set";
  std::filesystem::create_directories(dir);
  const auto write = [&](const std::string& name, const std::string& path) {
    std::ofstream(std::filesystem::path(dir) / name) << get(path).body;
  };
  write("CampaignList.201.json", "/api/v1/campaigns");
  write("StandingList.202.json", "/api/v1/campaigns/teot-kiertoon-2024/standings");
  write("StandingList.203.json", "/api/v1/campaigns/teot-kiertoon-2098/standings");
  write("Error.204.json", "/api/v1/campaigns/ei-ole/standings");
}

}  // namespace
}  // namespace tori::web
