// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the public vote through the routes, on a real SQLite store and the product's
// templates: the campaign page's vote section in each phase (no counts before the gala day), the
// form with the category's entries only, the mail and its link (GET shows, POST confirms), a
// second vote replacing the first for the same address, errors beside the fields, the honeypot,
// the signed time stamp, closed and unknown links, and the Swedish page.
#include "tori/web/campaigns/public_vote_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/personal_data_json.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/campaigns/public_vote_support.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

// The Helsinki date `days` from today.
std::string vote_day(int days) {
  const auto when = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() +
                                                                       std::chrono::days(days));
  return text::format_rfc3339_helsinki(when).substr(0, 10);
}

// A campaign with a public vote: collecting until `until` days from today, the gala `gala` days.
core::CampaignInput voting_campaign(int until, int gala) {
  core::CampaignInput input;
  input.slug = "aanestys-2026";
  input.name = "Teot kiertoon äänestys";
  input.year = 2026;
  input.collecting_from = vote_day(-60);
  input.collecting_until = vote_day(until);
  input.gala_date = vote_day(gala);
  input.public_vote = true;
  input.categories = {
      {"sote", "Sosiaali- ja terveysala", "Hoito.", core::CategoryKind::kSector,
       "sosiaali- ja terveysala"},
      {"viestinta", "Vuoden viestintäteko", "Viestintää.", core::CategoryKind::kSpecial}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
  return input;
}

store::PracticeWrite vote_entry(const std::string& id, std::string sector) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto.";
  write.input.organisations = {"Puumalan kunta"};
  write.input.sectors = {std::move(sector)};
  write.input.sections[0] = "Lähtökohta.";
  write.input.published_at =
      std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() - std::chrono::days(30));
  write.input.state = core::PracticeState::kPublished;
  return write;
}

class PublicVotePagesTest : public ::testing::Test {
 protected:
  PublicVotePagesTest() {
    add_page_routes(router_, site_.services());
    site_.account_settings().vote_form_min_age = std::chrono::seconds(0);
    const std::vector<store::PracticeWrite> writes = {
        vote_entry("hoito-1", "sosiaali- ja terveysala"),
        vote_entry("hoito-2", "sosiaali- ja terveysala"),
        vote_entry("koulu-1", "opetus ja kasvatus")};
    for (const auto& result : site_.store().practices().save_many(writes)) {
      EXPECT_TRUE(std::holds_alternative<store::WriteResult>(result));
    }
  }
  void save(const core::CampaignInput& input) {
    ASSERT_TRUE(core::validate_campaign_input(input).empty());
    site_.store().campaigns().save(input, store::utc_now());
  }
  std::string slug_of(const std::string& external_id) {
    return site_.store().practices().find_by_external_id(external_id)->slug;
  }
  // Fills the form of the sote category for `email` choosing `external_id`.
  http::Response vote(TestBrowser& browser, const std::string& external_id,
                      const std::string& email, test_support::Fields extra = {}) {
    const auto form = browser.get(kForm);
    test_support::Fields fields{{"practice", slug_of(external_id)},
                                {"email", email},
                                {"website", ""},
                                {"stamp", test_support::hidden_value(form.body, "stamp")}};
    for (auto& field : extra) {
      std::erase_if(fields, [&](const auto& f) { return f.first == field.first; });
      fields.push_back(field);
    }
    return browser.post(kForm, fields);
  }
  // The confirmation link of the newest vote mail to `email`.
  std::string vote_link(const std::string& email) {
    const auto messages = test_support::mail_to(site_.store(), email);
    return messages.empty() ? "" : test_support::link_path(messages.back(), "/aanestys/");
  }
  std::int64_t confirmed() {
    return site_.store().public_votes().confirmed_total(
        site_.store().campaigns().find_by_slug("aanestys-2026")->id);
  }
  static constexpr const char* kForm = "/kampanjat/aanestys-2026/aanesta/sote";
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(PublicVotePagesTest, AVoteIsMailedConfirmedByAPostAndReplacedByTheNext) {
  save(voting_campaign(-1, 30));  // the jury phase
  TestBrowser browser(router_);
  const auto form = browser.get(kForm);
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"" + slug_of("hoito-1") + "\""));
  EXPECT_THAT(form.body, Not(HasSubstr("Teko koulu-1")));  // not in the category
  const auto sent = vote(browser, "hoito-1", "Maija@Kunta.fi");
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.headers.get("Location"), std::string{kForm} + "/kiitos");
  EXPECT_THAT(browser.get(std::string{kForm} + "/kiitos").body, HasSubstr("Tarkista"));
  const std::string link = vote_link("Maija@Kunta.fi");
  ASSERT_FALSE(link.empty());
  EXPECT_EQ(confirmed(), 0) << "not before the link's POST";
  const auto shown = browser.get(link);
  EXPECT_EQ(shown.status, 200);
  EXPECT_THAT(shown.body, HasSubstr("Teko hoito-1"));
  EXPECT_THAT(browser.post(link, {}).body, HasSubstr("Äänesi on kirjattu."));
  EXPECT_EQ(confirmed(), 1);
  EXPECT_THAT(browser.get(link).body, HasSubstr("Ääni on jo vahvistettu"));

  vote(browser, "hoito-2", "maija@kunta.fi ");  // the same voter, another choice
  const std::string second = vote_link("maija@kunta.fi");
  ASSERT_FALSE(second.empty());
  EXPECT_THAT(browser.post(second, {}).body, HasSubstr("korvasi aiemman"));
  EXPECT_EQ(confirmed(), 1);
  EXPECT_EQ(browser.get(link).status, 404) << "the replaced vote's link";

  // The privacy export finds the vote by the address's keyed hash; the erasure removes it.
  const auth::SecretKey& key = site_.account_settings().secret_key;
  store::PersonalData data;
  add_public_votes(site_.store(), key, "MAIJA@kunta.fi", data);
  EXPECT_THAT(personal_data_json("maija@kunta.fi", data),
              HasSubstr("\"public_votes\":[{\"campaign\":\"aanestys-2026\",\"category\":\"sote\","
                        "\"practice\":\"" +
                        slug_of("hoito-2") + "\""));
  EXPECT_EQ(erase_public_votes(site_.store(), key, "maija@kunta.fi"), 1);
  EXPECT_EQ(confirmed(), 0);
}

TEST_F(PublicVotePagesTest, ErrorsBesideTheFieldsKeepTheText) {
  save(voting_campaign(-1, 30));
  TestBrowser browser(router_);
  const auto page = vote(browser, "koulu-1", "ei-osoite");  // an entry of another category
  EXPECT_EQ(page.status, 422);
  EXPECT_THAT(page.body, HasSubstr("href=\"#vote-practice\""));
  EXPECT_THAT(page.body, HasSubstr("href=\"#vote-email\""));
  EXPECT_THAT(page.body, HasSubstr("value=\"ei-osoite\""));
  EXPECT_EQ(vote(browser, "hoito-1", "maija@kunta.fi", {{"practice", ""}}).status, 422);
  EXPECT_TRUE(test_support::mail_to(site_.store(), "maija@kunta.fi").empty());
}

TEST_F(PublicVotePagesTest, BotsAreTurnedAwayWithoutAThirdParty) {
  save(voting_campaign(-1, 30));
  TestBrowser browser(router_);
  EXPECT_EQ(vote(browser, "hoito-1", "botti@kunta.fi", {{"website", "http://spam"}}).status, 303);
  EXPECT_TRUE(test_support::mail_to(site_.store(), "botti@kunta.fi").empty()) << "the honeypot";
  const auto forged = vote(browser, "hoito-1", "botti@kunta.fi", {{"stamp", "1.abc"}});
  EXPECT_EQ(forged.status, 422);
  EXPECT_THAT(forged.body, HasSubstr("niin nopeasti"));
  const auto stale = form_stamp(site_.account_settings().secret_key,
                                std::chrono::time_point_cast<std::chrono::seconds>(
                                    store::utc_now() - std::chrono::hours(25)));
  EXPECT_THAT(vote(browser, "hoito-1", "botti@kunta.fi", {{"stamp", stale}}).body,
              HasSubstr("vanhentunut"));
  site_.account_settings().vote_form_min_age = std::chrono::seconds(3);
  const auto fast = vote(browser, "hoito-1", "botti@kunta.fi");  // posted at once
  EXPECT_EQ(fast.status, 422);
  EXPECT_THAT(fast.body, HasSubstr("niin nopeasti"));
  EXPECT_TRUE(test_support::mail_to(site_.store(), "botti@kunta.fi").empty());
}

TEST_F(PublicVotePagesTest, TheCampaignPageShowsCountsOnlyFromTheGalaDay) {
  save(voting_campaign(10, 40));  // collecting
  TestBrowser browser(router_);
  const std::string collecting = browser.get("/kampanjat/aanestys-2026").body;
  EXPECT_THAT(collecting, HasSubstr("Yleisöäänestys avataan"));
  EXPECT_THAT(collecting, Not(HasSubstr("/aanesta/sote")));
  EXPECT_THAT(browser.get(kForm).body, HasSubstr("Äänestys avataan"));
  EXPECT_EQ(vote(browser, "hoito-1", "maija@kunta.fi").status, 409);

  save(voting_campaign(-1, 30));  // the jury phase: the vote is open
  vote(browser, "hoito-1", "maija@kunta.fi");
  browser.post(vote_link("maija@kunta.fi"), {});
  const std::string open = browser.get("/kampanjat/aanestys-2026").body;
  EXPECT_THAT(open, HasSubstr("href=\"/kampanjat/aanestys-2026/aanesta/sote\""));
  EXPECT_THAT(open, Not(HasSubstr("1 ääni")));
  vote(browser, "hoito-2", "pekka@kunta.fi");
  const std::string late_link = vote_link("pekka@kunta.fi");

  save(voting_campaign(-30, -1));  // the gala was yesterday
  const std::string results = browser.get("/kampanjat/aanestys-2026").body;
  EXPECT_THAT(results, HasSubstr("Yleisön suosikit"));
  EXPECT_THAT(results, HasSubstr("Teko hoito-1</a>: 1 ääni"));
  EXPECT_THAT(results, HasSubstr("Tässä sarjassa ei annettu ääniä."));  // viestinta
  EXPECT_EQ(browser.get(late_link).status, 409) << "too late to confirm";
  EXPECT_THAT(browser.get(kForm).body, HasSubstr("Äänestys on päättynyt"));
}

TEST_F(PublicVotePagesTest, UnknownThingsAndOtherLanguages) {
  core::CampaignInput without = voting_campaign(-1, 30);
  without.public_vote = false;
  save(without);
  TestBrowser browser(router_);
  EXPECT_EQ(browser.get(kForm).status, 404) << "no public vote";
  EXPECT_THAT(browser.get("/kampanjat/aanestys-2026").body, Not(HasSubstr("Yleisöäänestys")));
  save(voting_campaign(-1, 30));
  EXPECT_EQ(browser.get("/kampanjat/aanestys-2026/aanesta/ei-ole").status, 404);
  EXPECT_EQ(browser.get("/aanestys/tuntematon").status, 404);
  const auto swedish = browser.get("/sv/kampanjat/aanestys-2026/aanesta/sote");
  EXPECT_EQ(swedish.status, 200);
  EXPECT_THAT(swedish.body, HasSubstr("Publikomröstning"));
  vote(browser, "hoito-1", "anna@kunta.fi");
  EXPECT_EQ(browser.post(vote_link("anna@kunta.fi"), {}, false).status, 403) << "no CSRF token";
  EXPECT_EQ(confirmed(), 0);
}

}  // namespace
}  // namespace tori::web
