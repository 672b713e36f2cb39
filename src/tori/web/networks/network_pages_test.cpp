// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the public network pages over a temporary store: the list grouped into running and
// ended networks (unlisted ones left out), a network's page with its members, meetings ahead and
// held, a public board without its authors and a members' board kept hidden, the refusals and
// the three languages.
#include "tori/web/networks/network_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/networks/network_test_support.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class NetworkPagesTest : public ::testing::Test {
 protected:
  NetworkPagesTest() {
    add_page_routes(router_, site_.services());
    network_testing::save_test_networks(site_.store());
  }
  http::Response get(const std::string& path) {
    http::Request request = test_support::get_request(path);
    const http::Router::Match match = router_.match("GET", request.path);
    if (match.handler == nullptr) return http::Response::text(404, "no route");
    request.path_params = match.params;
    return (*match.handler)(request);
  }
  std::string page(const std::string& path) {
    const http::Response response = get(path);
    EXPECT_EQ(response.status, 200) << path;
    return response.body;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NetworkPagesTest, TheListGroupsRunningAndEndedNetworks) {
  const std::string html = page("/verkostot");
  EXPECT_THAT(html, HasSubstr("<h1>Kehittämisverkostot</h1>"));
  const auto running = html.find("Käynnissä olevat verkostot");
  const auto ended = html.find("Päättyneet verkostot");
  ASSERT_NE(running, std::string::npos);
  ASSERT_NE(ended, std::string::npos);
  const auto nuoret = html.find(R"(<a href="/verkostot/nuoret" lang="fi">Nuoret kuntatyössä</a>)");
  const auto monipuolistajat = html.find("/verkostot/monipuolistajat");
  EXPECT_TRUE(running < nuoret && nuoret < ended && ended < monipuolistajat);
  EXPECT_THAT(html, HasSubstr("2 jäsenorganisaatiota"));
  EXPECT_THAT(html, HasSubstr("1 jäsenorganisaatio<"));
  EXPECT_THAT(html, HasSubstr("Vetäjät: Minna Aaltokari"));
  EXPECT_THAT(html, HasSubstr("Seuraava tapaaminen: <time datetime=\"" +
                              network_testing::day_from_today(30) + "\">"));
  EXPECT_THAT(html, HasSubstr("1.5.2017–31.12.2018"));
  EXPECT_THAT(html, Not(HasSubstr("Piilotettu")));
  EXPECT_THAT(html, HasSubstr(R"(href="/verkostot" aria-current="page")"));
}

TEST_F(NetworkPagesTest, ANetworkPageShowsMembersMeetingsAndItsPublicBoard) {
  const std::string html = page("/verkostot/nuoret");
  EXPECT_THAT(html, HasSubstr("<h1 lang=\"fi\">Nuoret kuntatyössä</h1>"));
  EXPECT_THAT(html, HasSubstr("<strong>kehittävät</strong>"));
  EXPECT_THAT(html, HasSubstr("Minna Aaltokari, <span lang=\"fi\">asiantuntija, "
                              "Kuntatyön kehittämisohjelma</span>"));
  EXPECT_THAT(html, Not(HasSubstr("minna@example.fi")));
  EXPECT_THAT(html,
              HasSubstr(R"(<a href="/organisaatiot/oulun-kaupunki" lang="fi">Oulun kaupunki</a>)"));
  const auto ahead = html.find("Tulevat tapaamiset");
  const auto held = html.find("Pidetyt tapaamiset");
  ASSERT_NE(ahead, std::string::npos);
  ASSERT_NE(held, std::string::npos);
  EXPECT_LT(ahead, html.find(network_testing::day_from_today(30)));
  EXPECT_LT(held, html.find("20.2.2024"));
  EXPECT_THAT(html, HasSubstr("myös etäyhteydellä"));
  EXPECT_THAT(html, HasSubstr("Työ on merkityksellistä."));
  EXPECT_THAT(html, HasSubstr("Eteenpäin viedyt ehdotukset"));
  EXPECT_THAT(html, HasSubstr("Kunta-alan kehittämisjaos"));
  EXPECT_THAT(html, Not(HasSubstr("Aleksi Honkanen")));  // appointed people and authors: members
  EXPECT_THAT(html, HasSubstr("Ei vielä kirjauksia."));  // an empty quadrant
}

TEST_F(NetworkPagesTest, AMembersBoardStaysHidden) {
  const std::string html = page("/verkostot/monipuolistajat");
  EXPECT_THAT(html, HasSubstr("Verkoston ideataulu on sen jäsenten käytössä."));
  EXPECT_THAT(html, Not(HasSubstr("Salainen uhka.")));
  EXPECT_THAT(html, HasSubstr("Tulevia tapaamisia ei ole vielä sovittu."));
}

TEST_F(NetworkPagesTest, UnknownAndUnlistedNetworksAreNotFound) {
  EXPECT_EQ(get("/verkostot/ei-ole").status, 404);
  EXPECT_EQ(get("/verkostot/piilossa").status, 404);
}

TEST_F(NetworkPagesTest, SwedishAndEnglish) {
  EXPECT_THAT(page("/sv/verkostot"), HasSubstr("<h1>Utvecklingsnätverk</h1>"));
  const std::string english = page("/en/verkostot/nuoret");
  EXPECT_THAT(english, HasSubstr("Member organisations"));
  EXPECT_THAT(english, HasSubstr(R"(href="/en/organisaatiot/oulun-kaupunki")"));
  EXPECT_THAT(page("/sv/verkostot/monipuolistajat"), HasSubstr("Idétavla"));
}

}  // namespace
}  // namespace tori::web
