// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the jury's pages through the routes on a real SQLite store: an editor invites a
// juror, who accepts as a signed-in account and gets the juror role; the juror sees the
// category's entries except the one of their own organisation, scores one (errors beside the
// criteria with what was typed kept, a draft, a submission), sees the others' reviews only after
// submitting, declares a conflict and no longer sees the entry; blind mode hides organisations;
// no one else gets in.
#include <chrono>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

std::string jury_test_day(int days) {
  const auto when = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() +
                                                                       std::chrono::days(days));
  return text::format_rfc3339_helsinki(when).substr(0, 10);
}

store::PracticeWrite jury_test_practice(const std::string& id, const std::string& organisation) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto " + id + ".";
  write.input.organisations = {organisation};
  write.input.sectors = {"sosiaali- ja terveysala"};
  write.input.sections[0] = "Lähtökohta " + id + ".";
  write.input.sections[1] = "Toteutus: " + organisation + " kokeili, ja Liisa Vetäjä veti.";
  write.input.contact = {"Liisa Vetäjä", "HR", "liisa@example.fi", ""};
  write.input.published_at =
      std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() - std::chrono::days(20));
  write.input.state = core::PracticeState::kPublished;
  return write;
}

class JuryPagesTest : public ::testing::Test {
 protected:
  JuryPagesTest() {
    add_account_routes(router_, site_.services());
    add_campaign_routes(router_, site_.services());
    store::Store& store = site_.store();
    for (const auto& [id, organisation] :
         {std::pair{"oulu", "Oulun kaupunki"}, std::pair{"kontiolahti", "Kontiolahden kunta"}}) {
      EXPECT_TRUE(std::holds_alternative<store::WriteResult>(
          store.practices().save(jury_test_practice(id, organisation))));
    }
    test_support::add_person(store, "toimittaja@tori.fi", {core::Role::kEditor}, true);
    const auto juror = test_support::add_person(store, "tuomari@example.fi", {}, true);
    test_support::add_person(store, "toinen@example.fi", {}, true);
    test_support::add_person(store, "kayttaja@kunta.fi");
    // The juror is a member of Kontiolahden kunta: its entry is a conflict.
    test_support::approve_membership(store, juror,
                                     test_support::seed_organisation(store, "Kontiolahden kunta"));
    campaign_.slug = "arvio";
    campaign_.name = "Teot kiertoon arvio";
    campaign_.year = 2026;
    campaign_.collecting_from = jury_test_day(-60);
    campaign_.collecting_until = jury_test_day(-10);
    campaign_.gala_date = jury_test_day(20);
    campaign_.categories = {{"sote", "Sosiaali- ja terveysala", "", core::CategoryKind::kSector,
                             "sosiaali- ja terveysala"}};
    campaign_.criteria = {{"vaikuttavuus", "Vaikuttavuus", 60}, {"uutuus", "Uutuusarvo", 40}};
    campaign_.jurors = {{"Juuso Tuomari", "professori", "Yliopisto", "tuomari@example.fi"},
                        {"Toinen Tuomari", "johtaja", "Kunta", "toinen@example.fi"}};
    EXPECT_EQ(store.campaigns().save(campaign_, store::utc_now()).outcome,
              store::CampaignSaveOutcome::kCreated);
    oulu_ = store.practices().find_by_external_id("oulu")->slug;
    kontiolahti_ = store.practices().find_by_external_id("kontiolahti")->slug;
  }

  // The editor invites the juror at `position`; the juror opens the mailed link and accepts.
  void invite_and_accept(int position, const std::string& email, TestBrowser& juror) {
    TestBrowser& editor = signed_in_editor();
    editor.get("/toimitus/kampanjat/arvio");
    const auto invited =
        editor.post("/toimitus/kampanjat/arvio/raati/" + std::to_string(position) + "/kutsu", {});
    ASSERT_EQ(invited.status, 303);
    const auto mail = test_support::mail_to(site_.store(), email);
    ASSERT_FALSE(mail.empty());
    const std::string link = test_support::link_path(mail.back(), "/raati/kutsu/");
    ASSERT_FALSE(link.empty());
    ASSERT_TRUE(test_support::log_in(juror, email));
    ASSERT_EQ(juror.get(link).status, 200);
    const auto accepted = juror.post(link, {});
    ASSERT_EQ(accepted.status, 303) << accepted.body;
    EXPECT_EQ(juror.post(link, {}).status, 410);  // used
  }

  // The editor, signed in once (the recovery code answers the second factor only once).
  TestBrowser& signed_in_editor() {
    if (!editor_signed_in_) {
      EXPECT_TRUE(test_support::log_in(editor_, "toimittaja@tori.fi"));
      editor_signed_in_ = true;
    }
    return editor_;
  }

  test_support::TestSite site_;
  http::Router router_;
  TestBrowser editor_{router_};
  bool editor_signed_in_ = false;
  core::CampaignInput campaign_;
  std::string oulu_, kontiolahti_;
};

TEST_F(JuryPagesTest, AJurorAcceptsScoresAndSubmits) {
  TestBrowser juror(router_);
  invite_and_accept(0, "tuomari@example.fi", juror);
  const auto home = juror.get("/raati");
  ASSERT_EQ(home.status, 200);
  EXPECT_THAT(home.body, HasSubstr("href=\"/raati/arvio\""));
  const auto campaign = juror.get("/raati/arvio");
  ASSERT_EQ(campaign.status, 200);
  EXPECT_THAT(campaign.body, HasSubstr("Teko oulu"));
  EXPECT_THAT(campaign.body, Not(HasSubstr("Teko kontiolahti")));  // their own organisation's
  EXPECT_THAT(campaign.body, HasSubstr("1 teko on jätetty pois esteellisyyden vuoksi."));
  EXPECT_EQ(juror.get("/raati/arvio/teot/" + kontiolahti_).status, 404);
  EXPECT_EQ(juror
                .post("/raati/arvio/teot/" + kontiolahti_,
                      {{"action", "save"}, {"score-vaikuttavuus", "3"}})
                .status,
            404);

  const std::string entry = "/raati/arvio/teot/" + oulu_;
  const auto page = juror.get(entry);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Lähtökohta oulu."));
  EXPECT_THAT(page.body, HasSubstr("Oulun kaupunki"));  // not blind
  // Submitting with a criterion missing and one out of the scale: shown again, nothing saved.
  const auto refused = juror.post(
      entry, {{"action", "submit"}, {"score-vaikuttavuus", "9"}, {"comment", "Hyvä <b>teko</b>"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Valitse pisteet 1–5."));
  EXPECT_THAT(refused.body, HasSubstr("Anna pisteet jokaiseen kriteeriin"));
  EXPECT_THAT(refused.body, HasSubstr("Hyvä &lt;b&gt;teko&lt;/b&gt;</textarea>"));
  const auto accounts =
      site_.store().jury().jurors(site_.store().campaigns().find_by_slug("arvio")->id);
  const std::int64_t campaign_id = site_.store().campaigns().find_by_slug("arvio")->id;
  const std::int64_t me = *accounts.front().account_id;
  const std::int64_t practice = site_.store().practices().find_by_slug(oulu_)->id;
  EXPECT_FALSE(site_.store().jury().review(campaign_id, me, practice));

  EXPECT_EQ(juror.post(entry, {{"action", "save"}, {"score-vaikuttavuus", "4"}}).status, 303);
  EXPECT_THAT(juror.get(entry).body, HasSubstr("value=\"4\" checked>"));
  EXPECT_THAT(juror.get("/raati/arvio").body, HasSubstr("Osittain pisteytetty"));
  EXPECT_EQ(juror
                .post(entry, {{"action", "submit"},
                              {"score-vaikuttavuus", "4"},
                              {"score-uutuus", "5"},
                              {"comment", "Perusteltu."}})
                .status,
            303);
  EXPECT_TRUE(site_.store().jury().submitted(campaign_id, me, practice));
  EXPECT_THAT(juror.get("/raati/arvio").body, HasSubstr("Lähetetty"));
  EXPECT_EQ(site_.store().accounts().find(me)->has_role(core::Role::kJuror), true);
}

TEST_F(JuryPagesTest, OthersReviewsOnlyAfterSubmittingAndConflictsHide) {
  TestBrowser first(router_);
  invite_and_accept(0, "tuomari@example.fi", first);
  TestBrowser second(router_);
  invite_and_accept(1, "toinen@example.fi", second);
  const std::string entry = "/raati/arvio/teot/" + oulu_;
  ASSERT_EQ(first
                .post(entry, {{"action", "submit"},
                              {"score-vaikuttavuus", "2"},
                              {"score-uutuus", "3"},
                              {"comment", "Ensimmäisen kommentti."}})
                .status,
            303);
  EXPECT_THAT(second.get(entry).body, Not(HasSubstr("Ensimmäisen kommentti.")));
  ASSERT_EQ(
      second.post(entry, {{"action", "submit"}, {"score-vaikuttavuus", "5"}, {"score-uutuus", "5"}})
          .status,
      303);
  const auto after = second.get(entry).body;
  EXPECT_THAT(after, HasSubstr("Ensimmäisen kommentti."));
  EXPECT_THAT(after, HasSubstr("Vaikuttavuus 2, Uutuusarvo 3"));

  // The second juror sees the Kontiolahti entry, then declares a conflict with it.
  const std::string other = "/raati/arvio/teot/" + kontiolahti_;
  ASSERT_EQ(second.get(other).status, 200);
  const auto declared =
      second.post(other, {{"action", "conflict"}, {"reason", "Entinen työpaikka"}});
  EXPECT_EQ(declared.status, 303);
  EXPECT_EQ(second.get(other).status, 404);
  EXPECT_THAT(second.get("/raati/arvio").body, Not(HasSubstr("Teko kontiolahti")));
}

TEST_F(JuryPagesTest, TheChairRanksAndDecides) {
  TestBrowser chair(router_);
  invite_and_accept(0, "tuomari@example.fi", chair);
  TestBrowser member(router_);
  invite_and_accept(1, "toinen@example.fi", member);
  TestBrowser& editor = signed_in_editor();
  editor.get("/toimitus/kampanjat/arvio");
  ASSERT_EQ(editor.post("/toimitus/kampanjat/arvio/raati/0/puheenjohtaja", {}).status, 303);
  EXPECT_EQ(member.get("/raati/arvio/tulokset").status, 403);

  const std::string oulu = "/raati/arvio/teot/" + oulu_;
  const std::string kontiolahti = "/raati/arvio/teot/" + kontiolahti_;
  ASSERT_EQ(
      chair.post(oulu, {{"action", "submit"}, {"score-vaikuttavuus", "5"}, {"score-uutuus", "4"}})
          .status,
      303);
  ASSERT_EQ(
      member.post(oulu, {{"action", "submit"}, {"score-vaikuttavuus", "4"}, {"score-uutuus", "4"}})
          .status,
      303);
  ASSERT_EQ(member.post(kontiolahti, {{"action", "save"}, {"score-vaikuttavuus", "2"}}).status,
            303);
  const auto results = chair.get("/raati/arvio/tulokset");
  ASSERT_EQ(results.status, 200);
  // Oulu: (5·60 + 4·40)/100 = 4.6 and (4·60 + 4·40)/100 = 4.0 → 4.30; Kontiolahti: 2 (the chair
  // is in conflict, the member scored one criterion).
  EXPECT_THAT(results.body,
              HasSubstr("<td>1.<br>Kärkijoukossa</td><th scope=\"row\" id=\"sote-entry-"));
  EXPECT_THAT(results.body, HasSubstr("<td>4,30</td><td>2/2</td>"));
  EXPECT_THAT(results.body, HasSubstr("<td>2,00</td><td>1/1</td>"));
  EXPECT_THAT(results.body, HasSubstr("Juuso Tuomari: 1 / 1 pisteytetty, 0 osittain"));
  EXPECT_THAT(results.body, HasSubstr("Toinen Tuomari: 1 / 2 pisteytetty, 1 osittain"));
  EXPECT_EQ(chair.get("/raati/arvio/tulokset?normalisoi=1").status, 200);

  const std::string oulu_id = std::to_string(site_.store().practices().find_by_slug(oulu_)->id);
  const std::string kontiolahti_id =
      std::to_string(site_.store().practices().find_by_slug(kontiolahti_)->id);
  const auto two_winners =
      chair.post("/raati/arvio/tulokset/sote", {{"award-" + oulu_id, "winner"},
                                                {"justification-" + oulu_id, "Paras."},
                                                {"award-" + kontiolahti_id, "winner"},
                                                {"justification-" + kontiolahti_id, "Myös."}});
  EXPECT_EQ(two_winners.status, 422);
  EXPECT_THAT(two_winners.body, HasSubstr("Sarjassa voi olla vain yksi voittaja."));
  const auto unjustified = chair.post("/raati/arvio/tulokset/sote",
                                      {{"award-" + oulu_id, "winner"},
                                       {"award-" + kontiolahti_id, "honourable_mention"},
                                       {"justification-" + kontiolahti_id, "Hyvä <i>yritys</i>"}});
  EXPECT_EQ(unjustified.status, 422);
  EXPECT_THAT(unjustified.body, HasSubstr("Kirjoita perustelu jokaiselle palkitulle."));
  EXPECT_THAT(unjustified.body, HasSubstr("Hyvä &lt;i&gt;yritys&lt;/i&gt;</textarea>"));
  EXPECT_TRUE(site_.store().campaigns().find_by_slug("arvio")->input.awards.empty());

  const auto decided = chair.post("/raati/arvio/tulokset/sote",
                                  {{"award-" + oulu_id, "winner"},
                                   {"justification-" + oulu_id, "Vaikuttava ja siirrettävä."},
                                   {"award-" + kontiolahti_id, "honourable_mention"},
                                   {"justification-" + kontiolahti_id, "Lupaava alku."}});
  EXPECT_EQ(decided.status, 303);
  const std::string location(decided.headers.get("Location").value_or(""));
  EXPECT_THAT(chair.get(location.substr(0, location.find('#'))).body,
              HasSubstr("Päätös on tallennettu."));
  const auto awards = site_.store().campaigns().find_by_slug("arvio")->input.awards;
  ASSERT_EQ(awards.size(), 2U);
  EXPECT_THAT(chair.get("/raati/arvio/tulokset").body,
              HasSubstr("<option value=\"winner\" selected>"));
  EXPECT_EQ(member.post("/raati/arvio/tulokset/sote", {{"award-" + oulu_id, "winner"}}).status,
            403);
}

TEST_F(JuryPagesTest, BlindModeAndWhoGetsIn) {
  campaign_.blind = true;
  ASSERT_EQ(site_.store().campaigns().save(campaign_, store::utc_now()).outcome,
            store::CampaignSaveOutcome::kUpdated);
  TestBrowser juror(router_);
  invite_and_accept(0, "tuomari@example.fi", juror);
  EXPECT_THAT(juror.get("/raati/arvio").body, Not(HasSubstr("Oulun kaupunki")));
  const auto entry = juror.get("/raati/arvio/teot/" + oulu_);
  EXPECT_THAT(entry.body, Not(HasSubstr("Oulun kaupunki")));
  EXPECT_THAT(entry.body, HasSubstr("piilotettu sokkoarvioinnin vuoksi"));
  const auto pack = juror.get("/raati/arvio/sarjat/sote/tulosta");
  EXPECT_THAT(pack.body, HasSubstr("Lähtökohta oulu."));
  EXPECT_THAT(pack.body, Not(HasSubstr("Oulun kaupunki")));
  // The text names the organisation and the contact person: hidden in every juror view.
  EXPECT_THAT(entry.body, HasSubstr("Toteutus: […] kokeili, ja […] veti."));
  EXPECT_THAT(pack.body, HasSubstr("Toteutus: […] kokeili, ja […] veti."));
  EXPECT_THAT(entry.body + pack.body, Not(HasSubstr("Liisa")));

  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get("/raati/arvio").status, 303);
  TestBrowser contributor(router_);
  ASSERT_TRUE(test_support::log_in(contributor, "kayttaja@kunta.fi"));
  EXPECT_EQ(contributor.get("/raati/arvio").status, 403);
  EXPECT_EQ(contributor.post("/toimitus/kampanjat/arvio/raati/0/kutsu", {}).status, 403);
  TestBrowser& editor = signed_in_editor();
  EXPECT_EQ(editor.get("/raati/arvio").status, 403);  // not a juror
  EXPECT_EQ(editor.post("/toimitus/kampanjat/arvio/raati/9/kutsu", {}).status, 404);
  EXPECT_EQ(juror.get("/raati/kutsu/tuntematon").status, 200);
  EXPECT_EQ(juror.post("/raati/kutsu/tuntematon", {}).status, 410);
}

}  // namespace
}  // namespace tori::web
