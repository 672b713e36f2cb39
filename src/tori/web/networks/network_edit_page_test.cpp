// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the network's edit form through the routes on a real SQLite store: who gets in; the form
// shows the stored details; a save changes goals, listing, board, meetings, people and results
// (minutes and event links kept, costs untouched), is audited and shows on the public page and in
// the members' area; the same details again save nothing; problems are shown again (422) beside
// their inputs with every typed value, nothing stored; more rows keep what was typed; a meeting
// is removed; a form without its CSRF token is refused.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/text/escape.hpp"
#include "tori/text/slug.hpp"
#include "tori/web/networks/network_costs_test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kEdit = "/verkostot/jaetut/muokkaa";

// The form as the page shows the stored details of "jaetut" (two meetings, one blank row), with
// `changes` replacing fields or added, and the fields named in `without` left out.
Fields edit_fields(const Fields& changes = {}, const std::vector<std::string>& without = {}) {
  Fields fields = {
      {"goals", "Yhteinen asiantuntija."}, {"listed", "1"}, {"board", "members"}, {"results", ""}};
  const std::vector<std::vector<std::string>> rows = {
      {"0", "2024-02-20", "Joensuu", "", "1. Avaus"},
      {"1", "2024-05-16", "Liperi", "1", "1. Kuulumiset"},
      {"", "", "", "", ""}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string row = "meeting" + std::to_string(i) + "_";
    fields.emplace_back(row + "stored", rows[i][0]);
    fields.emplace_back(row + "date", rows[i][1]);
    fields.emplace_back(row + "place", rows[i][2]);
    if (!rows[i][3].empty()) fields.emplace_back(row + "remote", rows[i][3]);
    fields.emplace_back(row + "registration", "members");
    fields.emplace_back(row + "agenda", rows[i][4]);
  }
  for (const auto& organisation : network_testing::shared_costs_network().members) {
    const std::string slug = text::slugify(organisation.organisation);
    fields.emplace_back("people-" + slug, slug == "joensuun-kaupunki" ? "Aino Virta, rehtori" : "");
  }
  fields.emplace_back("action", "save");
  for (const auto& [name, value] : changes) {
    auto found = std::ranges::find_if(fields, [&](const auto& f) { return f.first == name; });
    if (found == fields.end()) {
      fields.emplace_back(name, value);
    } else {
      found->second = value;
    }
  }
  std::erase_if(fields, [&](const auto& f) { return std::ranges::count(without, f.first) > 0; });
  return fields;
}

class NetworkEditPageTest : public ::testing::Test {
 protected:
  NetworkEditPageTest() {
    store::Store& store = site_.store();
    save_practice("Hyvä arki", true);
    save_practice("Luonnosteko", false);
    core::EventInput event;
    event.external_id = "ev-jaetut";
    event.kind = core::EventKind::kNetworkMeeting;
    event.title = "Jaettujen aloitustapaaminen";
    event.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2024} / 2 / 20}} +
                      std::chrono::hours(7);
    event.ends_at = event.starts_at + std::chrono::hours(4);
    EXPECT_NE(store.events().save(event, store::utc_now()).id, 0);
    core::NetworkInput input = network_testing::shared_costs_network();
    input.meetings = {
        {"2024-02-20", "Joensuu", false, "1. Avaus", "Muistio helmikuulta.", "ev-jaetut"},
        {"2024-05-16", "Liperi", true, "1. Kuulumiset", ""}};
    input.members[0].people = {{"Aino Virta", "rehtori"}};
    EXPECT_EQ(store.networks().save(input, {}, store::utc_now()).outcome,
              store::NetworkSaveOutcome::kUpdated);
    before_ = site_.network();
  }
  void save_practice(const std::string& title, bool published) {
    store::PracticeWrite write;
    write.input.external_id = text::slugify(title);
    write.input.title = title;
    write.input.summary = "Yhteenveto.";
    write.input.organisations = {"Joensuun kaupunki"};
    write.input.sections[0] = "Lähtökohta.";
    if (published) write.input.published_at = test_support::utc(2025, 5, 1);
    EXPECT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
  }
  // A browser signed in as `email` (none: a visitor).
  TestBrowser& as(const std::string& email) {
    auto found = browsers_.find(email);
    if (found != browsers_.end()) return found->second;
    TestBrowser& browser = browsers_.emplace(email, TestBrowser(site_.router())).first->second;
    if (!email.empty()) {
      EXPECT_TRUE(test_support::log_in(browser, email));
    }
    return browser;
  }
  http::Response post(const Fields& fields, bool with_csrf = true,
                      const std::string& email = "kirsi@example.fi",
                      const std::string& path = kEdit) {
    as(email).get(path);
    return as(email).post(path, fields, with_csrf);
  }
  // The network is as it was before the test posted.
  void expect_nothing_stored() {
    const store::Network now = site_.network();
    EXPECT_EQ(now.input, before_.input);
    EXPECT_EQ(now.updated_at, before_.updated_at);
  }
  network_testing::CostsSite site_;
  std::map<std::string, TestBrowser> browsers_;
  store::Network before_;
};

TEST_F(NetworkEditPageTest, OnlyLeadersAndEditorsGetIn) {
  const http::Response visitor = as("").get(kEdit);
  EXPECT_EQ(visitor.status, 303);
  EXPECT_EQ(visitor.headers.get("Location").value_or(""),
            "/kirjaudu?seuraava=" + text::url_encode_component(kEdit));
  EXPECT_EQ(as("jasen@joensuu.fi").get(kEdit).status, 403);
  EXPECT_EQ(as("muu@espoo.fi").get(kEdit).status, 403);
  EXPECT_EQ(as("kirsi@example.fi").get(kEdit).status, 200);
  EXPECT_EQ(as("toimittaja@tori.fi").get(kEdit).status, 200);
  EXPECT_EQ(as("kirsi@example.fi").get("/sv" + kEdit).status, 200);
  EXPECT_EQ(as("kirsi@example.fi").get("/en" + kEdit).status, 200);
  EXPECT_EQ(as("kirsi@example.fi").get("/verkostot/ei-ole/muokkaa").status, 404);
  EXPECT_EQ(post(edit_fields({{"goals", "Jäsenen muutos"}}), true, "jasen@joensuu.fi").status, 403);
  expect_nothing_stored();
}

TEST_F(NetworkEditPageTest, TheFormShowsTheStoredDetails) {
  const http::Response form = as("kirsi@example.fi").get(kEdit);
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr(">Yhteinen asiantuntija.</textarea>"));
  EXPECT_THAT(form.body, HasSubstr(R"(name="listed" type="checkbox" value="1")"
                                   R"( aria-describedby="edit-listed-hint" checked>)"));
  EXPECT_THAT(form.body, HasSubstr(R"(name="board" type="radio" value="members" checked>)"));
  EXPECT_THAT(form.body, HasSubstr(R"(name="meeting0_date" type="date" value="2024-02-20">)"));
  EXPECT_THAT(form.body, HasSubstr(R"(name="meeting1_remote" type="checkbox" value="1" checked>)"));
  const auto event = site_.store().events().find_by_external_id("ev-jaetut");
  ASSERT_TRUE(event);
  EXPECT_THAT(form.body, HasSubstr("href=\"/tapahtumat/" + event->slug + "\">Tapahtuman sivu"));
  EXPECT_THAT(form.body, HasSubstr("Tapaamisen muistio säilyy ennallaan."));
  EXPECT_THAT(form.body, HasSubstr(R"(name="meeting0_remove" type="checkbox" value="1">)"));
  EXPECT_THAT(form.body, HasSubstr(">Aino Virta, rehtori</textarea>"));
  EXPECT_THAT(form.body, HasSubstr(R"(name="meeting3_date" type="date" value="">)"))
      << "two empty rows";
  EXPECT_THAT(form.body, Not(HasSubstr(R"(name="meeting3_remove")")));
  EXPECT_THAT(form.body, Not(HasSubstr(R"(name="meeting4_date")")));
  EXPECT_THAT(form.body, HasSubstr(R"(value="more-rows">Lisää rivejä</button>)"));
}

TEST_F(NetworkEditPageTest, ASaveChangesTheDetailsAndShowsThemOnThePublicPage) {
  const http::Response saved =
      post(edit_fields({{"goals", "Uudet **tavoitteet**."},
                        {"board", "public"},
                        {"results", "https://tori.example.fi/teot/hyva-arki\n/teot/luonnosteko"},
                        {"meeting0_place", "Joensuun kaupungintalo"},
                        {"meeting2_date", "2030-03-05"},
                        {"meeting2_place", "Outokumpu"},
                        {"meeting2_registration", "open"},
                        {"meeting2_agenda", "1. Tulevaisuus"},
                        {"people-liperin-kunta", "Liisa Mäki, hallintojohtaja\r\nEero Salo"}}));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location"), "/verkostot/jaetut?ilmoitus=saved");
  const store::Network network = site_.network();
  EXPECT_EQ(network.input.goals, "Uudet **tavoitteet**.");
  EXPECT_EQ(network.input.board, core::BoardVisibility::kPublic);
  ASSERT_EQ(network.input.meetings.size(), 3U);
  EXPECT_EQ(network.input.meetings[0],
            (core::NetworkMeeting{"2024-02-20", "Joensuun kaupungintalo", false, "1. Avaus",
                                  "Muistio helmikuulta.", "ev-jaetut"}));
  EXPECT_EQ(network.input.meetings[2],
            (core::NetworkMeeting{"2030-03-05", "Outokumpu", false, "1. Tulevaisuus", "", "",
                                  core::MeetingRegistration::kOpen}));
  EXPECT_EQ(
      network.input.members[2].people,
      (std::vector<core::AppointedPerson>{{"Liisa Mäki", "hallintojohtaja"}, {"Eero Salo", ""}}));
  EXPECT_EQ(network.input.members[0].people, before_.input.members[0].people);
  EXPECT_EQ(network.input.results, (std::vector<std::string>{"hyva-arki", "luonnosteko"}));
  EXPECT_EQ(network.input.costs, before_.input.costs);
  EXPECT_EQ(site_.store().networks().cost_history(site_.network_id()).size(), 1U);

  const std::string page = as("").get("/verkostot/jaetut?ilmoitus=saved").body;
  EXPECT_THAT(page, HasSubstr("Tiedot on tallennettu."));
  EXPECT_THAT(page, HasSubstr("Uudet <strong>tavoitteet</strong>."));
  EXPECT_THAT(page, HasSubstr(R"(<a href="/teot/hyva-arki" lang="fi">Hyvä arki</a>)"));
  EXPECT_THAT(page, Not(HasSubstr("Luonnosteko"))) << "a draft is not shown";
  EXPECT_THAT(page, HasSubstr("Outokumpu"));
  EXPECT_THAT(page, HasSubstr("Joensuun kaupungintalo"));
  EXPECT_THAT(page, HasSubstr(R"(id="board-strength")")) << "the board is public";
  const std::string area = as("kirsi@example.fi").get("/verkostot/jaetut/jasenalue").body;
  EXPECT_THAT(area, HasSubstr("Liisa Mäki"));
  EXPECT_THAT(area, HasSubstr("hallintojohtaja"));
  const store::AuditEntry entry = site_.store().audit_log().newest(1, 0).front();
  EXPECT_EQ(entry.action, "network.edit");
  EXPECT_EQ(entry.object_id, "jaetut");
  EXPECT_EQ(entry.actor, "kirsi@example.fi");
  EXPECT_THAT(entry.detail, HasSubstr("\"outcome\":\"saved\""));
}

TEST_F(NetworkEditPageTest, TheSameDetailsAgainSaveNothing) {
  const http::Response again = post(edit_fields());
  ASSERT_EQ(again.status, 303) << again.body;
  EXPECT_EQ(again.headers.get("Location"), "/verkostot/jaetut?ilmoitus=unchanged");
  expect_nothing_stored();
}

TEST_F(NetworkEditPageTest, ProblemsAreShownAgainWithEveryTypedValue) {
  const http::Response unread = post(edit_fields({{"goals", "Muutetut tavoitteet"},
                                                  {"meeting1_date", "31.2.2024"},
                                                  {"results", "/teot/ei-ole"}}));
  ASSERT_EQ(unread.status, 422);
  EXPECT_THAT(unread.body, HasSubstr(R"(class="error-summary")"));
  EXPECT_THAT(
      unread.body,
      HasSubstr(R"(<a href="#edit-meeting1_date">Kirjoita päivämäärä muodossa 16.5.2025.)"));
  EXPECT_THAT(unread.body, HasSubstr(R"(name="meeting1_date" type="text" value="31.2.2024")"
                                     R"( aria-describedby="edit-meeting1_date-error")"
                                     R"( aria-invalid="true">)"));
  EXPECT_THAT(unread.body,
              HasSubstr(R"(<p class="field__error" id="edit-results-error">Rivin 1 tekoa ei)"
                        " löydy: ”/teot/ei-ole”.</p>"));
  EXPECT_THAT(unread.body, HasSubstr(">/teot/ei-ole</textarea>"));
  EXPECT_THAT(unread.body, HasSubstr(">Muutetut tavoitteet</textarea>"));
  expect_nothing_stored();

  const http::Response invalid =
      post(edit_fields({{"meeting2_date", "1.3.2030"},
                        {"meeting2_agenda", std::string(core::kMaxMeetingTextLength + 1, 'x')},
                        {"people-liperin-kunta", "Liisa Mäki\n, rehtori"}}));
  ASSERT_EQ(invalid.status, 422);
  EXPECT_THAT(invalid.body, HasSubstr(R"(id="edit-meeting2_agenda-error">Teksti on liian pitkä)"));
  EXPECT_THAT(invalid.body, HasSubstr(R"(<a href="#edit-people-liperin-kunta">Rivillä 2 ei ole)"
                                      " nimeä ennen pilkkua.</a>"));
  EXPECT_THAT(invalid.body, HasSubstr(">Liisa Mäki\n, rehtori</textarea>"));
  EXPECT_THAT(invalid.body, HasSubstr(R"(name="meeting2_date" type="text" value="1.3.2030">)"));
  expect_nothing_stored();
}

TEST_F(NetworkEditPageTest, MoreRowsKeepWhatWasTypedWithoutSaving) {
  const http::Response more = post(edit_fields(
      {{"goals", "Kesken"}, {"meeting2_place", "Polvijärvi"}, {"action", "more-rows"}}));
  ASSERT_EQ(more.status, 200);
  EXPECT_THAT(more.body, HasSubstr(">Kesken</textarea>"));
  EXPECT_THAT(more.body, HasSubstr(R"(value="Polvijärvi")"));
  EXPECT_THAT(more.body, HasSubstr(R"(name="meeting5_date")"));
  EXPECT_THAT(more.body, Not(HasSubstr(R"(name="meeting6_date")")));
  expect_nothing_stored();
}

TEST_F(NetworkEditPageTest, AMeetingIsRemoved) {
  const http::Response saved = post(edit_fields({{"meeting0_remove", "1"}}));
  ASSERT_EQ(saved.status, 303) << saved.body;
  const store::Network network = site_.network();
  ASSERT_EQ(network.input.meetings.size(), 1U);
  EXPECT_EQ(network.input.meetings[0], before_.input.meetings[1]);
  const auto event = site_.store().events().find_by_external_id("ev-jaetut");
  EXPECT_FALSE(site_.store().networks().network_of_event(event->id));
}

TEST_F(NetworkEditPageTest, AnUnlistedNetworkGoesBackToTheMembersArea) {
  const http::Response saved =
      post(edit_fields({}, {"listed"}), true, "kirsi@example.fi", "/sv" + kEdit);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location"), "/sv/verkostot/jaetut/jasenalue?ilmoitus=saved");
  EXPECT_FALSE(site_.network().input.listed);
  EXPECT_EQ(as("").get("/verkostot/jaetut").status, 404);
  EXPECT_EQ(as("kirsi@example.fi").get(kEdit).status, 200);
}

TEST_F(NetworkEditPageTest, AFormWithoutItsTokenIsRefused) {
  const http::Response refused = post(edit_fields({{"goals", "Ilman avainta"}}), false);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr(">Ilman avainta</textarea>"));
  expect_nothing_stored();
}

TEST_F(NetworkEditPageTest, TheMembersAreaLinksTheFormForLeaders) {
  EXPECT_THAT(as("kirsi@example.fi").get("/verkostot/jaetut/jasenalue").body,
              HasSubstr(R"(<a href="/verkostot/jaetut/muokkaa">Muokkaa verkostoa</a>)"));
  const http::Response member = as("jasen@joensuu.fi").get("/verkostot/jaetut/jasenalue");
  ASSERT_EQ(member.status, 200);
  EXPECT_THAT(member.body, Not(HasSubstr("/verkostot/jaetut/muokkaa")));
}

}  // namespace
}  // namespace tori::web
