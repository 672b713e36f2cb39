// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the campaign pages over a temporary store: the countdown on both sides of the
// deadline and across a DST change, which campaign the front page shows, a campaign's page in
// each phase (awards only from the gala day on), the standing with shared ranks, /palkitut,
// the refusals and the three languages.
#include "tori/web/campaigns/campaign_pages.hpp"

#include <chrono>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/certificate/certificate.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The Helsinki date `days` from today ("2026-12-03" for 0 on that day).
std::string campaign_day(int days) {
  const auto when = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() +
                                                                       std::chrono::days(days));
  return text::format_rfc3339_helsinki(when).substr(0, 10);
}

// The time `days` days ago, to the second.
core::TimePoint campaign_days_ago(int days) {
  return std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() -
                                                            std::chrono::days(days));
}

core::TimePoint campaign_instant(const char* rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

core::CampaignInput campaign_with_dates(const std::string& slug, const std::string& from,
                                        const std::string& until, const std::string& gala) {
  core::CampaignInput input;
  input.slug = slug;
  input.name = "Teot kiertoon " + slug;
  input.year = std::stoi(from.substr(0, 4));
  input.description = "Kampanja **kerää** tekoja.";
  input.rules = "Säännöt: julkaistu keruuaikana.";
  input.collecting_from = from;
  input.collecting_until = until;
  input.gala_date = gala;
  input.categories = {
      {"viestinta", "Vuoden viestintäteko", "Viestintää.", core::CategoryKind::kSpecial},
      {"sote", "Sosiaali- ja terveysala", "Hoito.", core::CategoryKind::kSector,
       "sosiaali- ja terveysala"}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 30}, {"osallisuus", "Osallisuus", 10}};
  input.jurors = {{"Tapio Aaltola", "henkilöstöjohtaja", "Pirkanmaan hyvinvointialue"}};
  return input;
}

store::PracticeWrite entry_practice(const std::string& id, const std::string& organisation,
                                    core::TimePoint published) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto.";
  write.input.organisations = {organisation};
  write.input.sections[0] = "Lähtökohta.";
  write.input.published_at = published;
  write.input.state = core::PracticeState::kPublished;
  return write;
}

TEST(CampaignCountdownTest, DaysToTheDeadlineAcrossTheChangeToWinterTime) {
  // Winter time begins on 25.10.2026; the deadline is 30.10.2026, the whole day.
  const core::CampaignInput campaign =
      campaign_with_dates("k", "2026-03-01", "2026-10-30", "2026-11-20");
  struct Case {
    const char* now;
    int days;
  };
  for (const Case& c : {Case{"2026-10-20T00:00:00+03:00", 10}, Case{"2026-10-24T23:59:59+03:00", 6},
                        Case{"2026-10-25T04:00:00+02:00", 5}, Case{"2026-10-29T23:59:59+02:00", 1},
                        Case{"2026-10-30T00:00:00+02:00", 0}, Case{"2026-10-30T23:59:59+02:00", 0},
                        Case{"2026-10-31T00:00:00+02:00", -1}}) {
    EXPECT_EQ(days_to_deadline(campaign, campaign_instant(c.now)), c.days) << c.now;
  }
}

class CampaignPagesTest : public ::testing::Test {
 protected:
  CampaignPagesTest() { add_page_routes(router_, site_.services()); }

  void save(const core::CampaignInput& input) {
    const auto errors = core::validate_campaign_input(input);
    ASSERT_TRUE(errors.empty()) << errors.front().field << ": " << errors.front().message;
    ASSERT_NE(site_.store().campaigns().save(input, store::utc_now()).outcome,
              store::CampaignSaveOutcome::kUnknownPractice);
  }
  void publish(const std::vector<store::PracticeWrite>& writes) {
    for (const auto& result : site_.store().practices().save_many(writes))
      ASSERT_TRUE(std::holds_alternative<store::WriteResult>(result));
  }
  http::Response get(const std::string& path, const std::string& query = "") {
    http::Request request = test_support::get_request(path);
    request.query = query;
    const http::Router::Match match = router_.match("GET", request.path);
    if (match.handler == nullptr) return http::Response::text(404, "no route");
    request.path_params = match.params;
    return (*match.handler)(request);
  }
  std::string page(const std::string& path, const std::string& query = "") {
    const http::Response response = get(path, query);
    EXPECT_EQ(response.status, 200) << path;
    return response.body;
  }

  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(CampaignPagesTest, TheCountdownSaysWhatIsLeft) {
  const core::CampaignInput campaign =
      campaign_with_dates("k", "2026-03-01", "2026-10-30", "2026-11-20");
  const Services& services = site_.services();
  struct Case {
    const char* now;
    const char* text;
  };
  for (const Case& c :
       {Case{"2026-02-28T12:00:00+02:00", "Tekojen keruu alkaa 1.3.2026 ja päättyy 30.10.2026."},
        Case{"2026-10-20T12:00:00+03:00",
             "Aikaa on 10 päivää: kuvauksia otetaan vastaan 30.10.2026 klo 23.59 asti."},
        Case{"2026-10-29T12:00:00+02:00",
             "Aikaa on 1 päivä: kuvauksia otetaan vastaan 30.10.2026 klo 23.59 asti."},
        Case{"2026-10-30T23:59:59+02:00",
             "Tänään on viimeinen päivä: kuvauksia otetaan vastaan klo 23.59 asti."},
        Case{"2026-10-31T00:00:00+02:00",
             "Keruu päättyi 30.10.2026. Raati arvioi teot, ja voittajat julkistetaan gaalassa "
             "20.11.2026."},
        Case{"2026-11-20T00:00:00+02:00", "Voittajat julkistettiin gaalassa 20.11.2026."}}) {
    EXPECT_EQ(countdown_text(services, Language::kFi, campaign, campaign_instant(c.now)), c.text)
        << c.now;
  }
  EXPECT_EQ(countdown_text(services, Language::kSv, campaign,
                           campaign_instant("2026-10-20T12:00:00+03:00")),
            "Det är 10 dagar kvar: beskrivningar tas emot till 30.10.2026 kl. 23.59.");
}

TEST_F(CampaignPagesTest, TheFrontPageShowsTheCollectingCampaignElseTheNearest) {
  std::vector<store::Campaign> campaigns;
  for (const auto& [slug, from, until, gala] :
       std::vector<std::tuple<const char*, const char*, const char*, const char*>>{
           {"tuleva", "2027-03-01", "2027-09-30", "2027-11-20"},
           {"nyt", "2026-03-01", "2026-09-30", "2026-11-20"},
           {"vanha", "2025-03-01", "2025-09-30", "2025-11-20"}}) {
    campaigns.push_back({0, campaign_with_dates(slug, from, until, gala), {}});
  }
  const auto current = [&](const char* now) {
    const store::Campaign* found = current_campaign(campaigns, campaign_instant(now));
    return found == nullptr ? std::string("none") : found->input.slug;
  };
  EXPECT_EQ(current("2026-06-01T12:00:00+03:00"), "nyt");     // collecting
  EXPECT_EQ(current("2026-10-15T12:00:00+03:00"), "nyt");     // its jury is nearer than 2027
  EXPECT_EQ(current("2026-12-01T12:00:00+02:00"), "tuleva");  // 2026's results are out
  EXPECT_EQ(current("2028-01-01T12:00:00+02:00"), "tuleva");  // all done: the newest
  EXPECT_EQ(current_campaign({}, campaign_instant("2026-06-01T12:00:00+03:00")), nullptr);
}

TEST_F(CampaignPagesTest, ACollectingCampaignsPageWithItsEntries) {
  core::CampaignInput input =
      campaign_with_dates("kerays", campaign_day(-30), campaign_day(10), campaign_day(60));
  publish({entry_practice("sisalla", "Oulun kaupunki", campaign_days_ago(2)),
           entry_practice("ennen", "Oulun kaupunki", campaign_days_ago(45))});
  save(input);
  const std::string body = page("/kampanjat/kerays");
  EXPECT_THAT(body, HasSubstr("<h1 lang=\"fi\">Teot kiertoon kerays</h1>"));
  EXPECT_THAT(body, HasSubstr("Tekoja kerätään.</strong> Aikaa on 10 päivää"));
  EXPECT_THAT(body, HasSubstr("<strong>kerää</strong>"));  // the description's Markdown
  EXPECT_THAT(body, HasSubstr("Säännöt: julkaistu keruuaikana."));
  EXPECT_THAT(body, HasSubstr("Sarjaan kuuluvat toimialan ”sosiaali- ja terveysala” teot."));
  EXPECT_THAT(body, HasSubstr(">75\u00a0%<"));  // 30 of the weights 40
  EXPECT_THAT(body, HasSubstr("asteikolla 1–5"));
  EXPECT_THAT(body, HasSubstr("Tapio Aaltola</span>, <span lang=\"fi\">henkilöstöjohtaja, "
                              "Pirkanmaan hyvinvointialue</span>"));
  EXPECT_THAT(body, HasSubstr("Teko sisalla"));
  EXPECT_THAT(body, Not(HasSubstr("Teko ennen")));
  EXPECT_THAT(body, HasSubstr("Voittajat julkistetaan gaalassa"));
  EXPECT_THAT(body, HasSubstr("href=\"/kampanjat/kerays/kekseliain\""));

  const std::string front = page("/");
  EXPECT_THAT(front,
              HasSubstr("<a href=\"/kampanjat/kerays\" lang=\"fi\">Teot kiertoon kerays</a>"));
  EXPECT_THAT(front, HasSubstr("Aikaa on 10 päivää"));
}

TEST_F(CampaignPagesTest, EntriesByCategory) {
  store::PracticeWrite hoito = entry_practice("hoito", "Oulun kaupunki", campaign_days_ago(3));
  hoito.input.sectors = {"sosiaali- ja terveysala"};
  publish({hoito, entry_practice("viesti", "Oulun kaupunki", campaign_days_ago(4)),
           entry_practice("muu", "Oulun kaupunki", campaign_days_ago(5))});
  save(campaign_with_dates("sarjat", campaign_day(-30), campaign_day(3), campaign_day(40)));
  const auto campaign = site_.store().campaigns().find_by_slug("sarjat");
  const auto viesti = site_.store().practices().find_by_external_id("viesti");
  ASSERT_EQ(site_.store().campaign_entries().set_contributor_picks(
                campaign->id, viesti->id, {"viestinta"}, std::nullopt, store::utc_now()),
            store::EntryChoiceOutcome::kSaved);
  const std::string all = page("/kampanjat/sarjat");
  EXPECT_THAT(all, HasSubstr("Sarjassa on 1 teko<span class=\"visually-hidden\">: Vuoden "
                             "viestintäteko</span>"));
  EXPECT_THAT(all, HasSubstr("Sarjassa on 1 teko<span class=\"visually-hidden\">: Sosiaali- ja "
                             "terveysala</span>"));
  EXPECT_THAT(all, HasSubstr("Teko muu"));
  const std::string chosen = page("/kampanjat/sarjat", "sarja=viestinta");
  EXPECT_THAT(chosen, HasSubstr("Teko viesti"));
  EXPECT_THAT(chosen, Not(HasSubstr("Teko hoito")));
  EXPECT_THAT(chosen, Not(HasSubstr("Teko muu")));
  EXPECT_THAT(page("/kampanjat/sarjat", "sarja=sote"), HasSubstr("Teko hoito"));
  EXPECT_EQ(get("/kampanjat/sarjat", "sarja=ei-ole").status, 400);
}

TEST_F(CampaignPagesTest, AwardsAreShownOnlyFromTheGalaDay) {
  publish({entry_practice("voittaja", "Oulun kaupunki", campaign_days_ago(40)),
           entry_practice("mainittu", "Kontiolahden kunta", campaign_days_ago(41))});
  core::CampaignInput judged =
      campaign_with_dates("raati", campaign_day(-60), campaign_day(-20), campaign_day(5));
  judged.awards = {{"viestinta", "voittaja", core::AwardLevel::kWinner, "Salainen perustelu."}};
  save(judged);
  for (const char* path : {"/kampanjat/raati", "/palkitut", "/"}) {
    EXPECT_THAT(page(path), Not(HasSubstr("Salainen perustelu."))) << path;
  }
  EXPECT_THAT(page("/palkitut"), HasSubstr("Palkittuja ei vielä ole."));
  EXPECT_THAT(page("/kampanjat/raati"), HasSubstr("Kampanjaan osallistuivat kaikki teot, jotka "
                                                  "julkaistiin torilla ensimmäisen kerran "
                                                  "keruuaikana: 2 tekoa."));

  core::CampaignInput done =
      campaign_with_dates("valmis", campaign_day(-60), campaign_day(-20), campaign_day(0));
  done.awards = {{"viestinta", "mainittu", core::AwardLevel::kHonourableMention, "Hyvä."},
                 {"viestinta", "voittaja", core::AwardLevel::kWinner, "Paras viestintä."}};
  save(done);
  const std::string campaign = page("/kampanjat/valmis");
  EXPECT_THAT(campaign, HasSubstr("Voittajat on julkistettu."));
  const auto winner = campaign.find("Voittaja</span>: <a href=\"/teot/");
  const auto mention = campaign.find("Kunniamaininta</span>");
  ASSERT_NE(winner, std::string::npos);
  ASSERT_NE(mention, std::string::npos);
  EXPECT_LT(winner, mention);  // winners first
  EXPECT_THAT(campaign, HasSubstr("Paras viestintä."));
  const std::string awards = page("/palkitut");
  EXPECT_THAT(awards, HasSubstr("<a href=\"#valmis\">"));
  EXPECT_THAT(awards, HasSubstr("Paras viestintä."));
  EXPECT_THAT(awards, HasSubstr("Teko mainittu</a>, Kontiolahden kunta"));
  EXPECT_THAT(awards, Not(HasSubstr("Salainen perustelu.")));
  EXPECT_THAT(page("/en/palkitut"), HasSubstr("Honourable mention"));
}

TEST_F(CampaignPagesTest, BadgesAndCertificatesFromTheGalaDayOn) {
  publish({entry_practice("palkittu", "Oulun kaupunki", campaign_days_ago(40))});
  core::CampaignInput input =
      campaign_with_dates("gaala", campaign_day(-60), campaign_day(-20), campaign_day(1));
  input.awards = {{"viestinta", "palkittu", core::AwardLevel::kWinner, "Perustelu."}};
  save(input);
  const std::string slug = site_.store().practices().find_by_external_id("palkittu")->slug;
  const std::string certificate = "/kampanjat/gaala/kunniakirja/" + slug;
  // The day before the gala: no badge, no certificate.
  EXPECT_THAT(page("/teot/" + slug), Not(HasSubstr("award-badge")));
  EXPECT_EQ(get(certificate).status, 404);

  input.gala_date = campaign_day(0);
  save(input);
  EXPECT_THAT(page("/teot/" + slug),
              HasSubstr("<a href=\"/kampanjat/gaala#sarja-viestinta\">Vuoden teko " +
                        input.collecting_from.substr(0, 4) +
                        " – voittaja</a> <span lang=\"fi\">(Vuoden viestintäteko)</span>"));
  EXPECT_THAT(page("/sv/teot/" + slug), HasSubstr("– vinnare</a>"));
  EXPECT_THAT(page("/palkitut"),
              HasSubstr("href=\"" + certificate + "\" type=\"application/pdf\""));
  const http::Response pdf = get(certificate);
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.headers.get("Content-Type").value_or(""), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  EXPECT_THAT(pdf.headers.get("Content-Disposition").value_or(""),
              HasSubstr("kunniakirja-gaala-" + slug + ".pdf"));
  EXPECT_EQ(get("/kampanjat/gaala/kunniakirja/ei-palkittu").status, 404);
  EXPECT_EQ(get("/kampanjat/ei-ole/kunniakirja/" + slug).status, 404);
  certificate::release_font_caches();  // this test's thread drew the only certificate
}

TEST_F(CampaignPagesTest, TheStandingRanksEveryOrganisationWithSharedRanks) {
  const core::TimePoint inside = campaign_days_ago(3);
  publish(
      {entry_practice("a", "Oulun kaupunki", inside), entry_practice("b", "Oulun kaupunki", inside),
       entry_practice("c", "Kontiolahden kunta", inside),
       entry_practice("d", "Kontiolahden kunta", inside), entry_practice("e", "Åbo stad", inside),
       entry_practice("f", "Åbo stad", campaign_days_ago(90))});
  save(campaign_with_dates("sija", campaign_day(-30), campaign_day(3), campaign_day(40)));
  const std::string body = page("/kampanjat/sija/kekseliain");
  EXPECT_THAT(body, HasSubstr("<h1>Suomen kekseliäin kunta: Teot kiertoon sija</h1>"));
  const std::regex row(
      R"(<tr><td>(\d+)\.?</td><th scope="row"><a href="[^"]+">([^<]+)</a></th><td class="stats-number">(\d+)</td></tr>)");
  std::vector<std::string> rows;
  for (auto it = std::sregex_iterator(body.begin(), body.end(), row); it != std::sregex_iterator();
       ++it) {
    rows.push_back((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str());
  }
  EXPECT_THAT(
      rows, ::testing::ElementsAre("1 Kontiolahden kunta 2", "1 Oulun kaupunki 2", "3 Åbo stad 1"));
  EXPECT_THAT(body, HasSubstr("/api/v1/campaigns/sija/standings"));

  save(campaign_with_dates("tuleva", campaign_day(5), campaign_day(30), campaign_day(60)));
  EXPECT_THAT(page("/kampanjat/tuleva/kekseliain"), HasSubstr("Keruu ei ole vielä alkanut."));
  EXPECT_THAT(page("/kampanjat/tuleva"), HasSubstr("Keruu ei ole vielä alkanut."));
}

TEST_F(CampaignPagesTest, RefusalsAndLanguages) {
  save(campaign_with_dates("kieli", campaign_day(-30), campaign_day(3), campaign_day(40)));
  EXPECT_EQ(get("/kampanjat/ei-ole").status, 404);
  EXPECT_EQ(get("/kampanjat/ei-ole/kekseliain").status, 404);
  EXPECT_EQ(get("/kampanjat/kieli", "page=abc").status, 400);
  EXPECT_EQ(get("/kampanjat/kieli", "page=9").status, 404);
  EXPECT_THAT(page("/kampanjat"), HasSubstr("href=\"/kampanjat/kieli\""));
  EXPECT_THAT(page("/sv/kampanjat/kieli"), HasSubstr("Insamling pågår"));
  EXPECT_THAT(page("/en/kampanjat/kieli"), HasSubstr("3 days left"));
  EXPECT_THAT(page("/en/kampanjat/kieli/kekseliain"),
              HasSubstr("Finland’s most inventive municipality"));
}

}  // namespace
}  // namespace tori::web
