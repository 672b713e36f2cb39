// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the staff's registration pages through the routes: only editors get in; the table
// with its figures, filters and every answer; the CSV and XLSX downloads, each in the audit log;
// the check-in page finding a name and marking the person present and back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace std::chrono_literals;

class StaffRegistrationPagesTest : public ::testing::Test {
 protected:
  StaffRegistrationPagesTest() {
    add_account_routes(router_, site_.services());
    add_registration_routes(router_, site_.services());
    core::EventInput input;
    input.external_id = "gaala";
    input.kind = core::EventKind::kGala;
    input.title = "Tekojen gaala";
    input.starts_at = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now()) +
                      std::chrono::days(20);
    input.ends_at = input.starts_at + 4h;
    input.capacity = 2;
    input.questions = {{"ruokavalio", "Erityisruokavalio", core::QuestionType::kText, {}, false}};
    event_ =
        *site_.store().events().find_by_id(site_.store().events().save(input, store::utc_now()).id);
    for (const auto& [name, email, diet] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"Maija Meikäläinen", "maija@kunta.fi", "gluteeniton"},
             {"Pekka Virtanen", "pekka@kaupunki.fi", "=1+1"},
             {"Liisa Jonottaja", "liisa@kunta.fi", ""}}) {
      site_.store().registrations().register_for(
          {event_.id,
           {name, email, "Kunta", "", {{"ruokavalio", {diet}}}},
           std::nullopt,
           "digest-" + email},
          {}, store::utc_now());
    }
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  std::string path(const std::string& rest) { return "/toimitus/tapahtumat/" + event_.slug + rest; }
  test_support::TestSite site_;
  http::Router router_;
  core::Event event_;
};

TEST_F(StaffRegistrationPagesTest, OnlyEditorsGetIn) {
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get(path("/ilmoittautuneet")).status, 303) << "to log in";
  EXPECT_EQ(anonymous.get(path("/ilmoittautuneet.csv")).status, 303);
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  for (const char* rest :
       {"/ilmoittautuneet", "/ilmoittautuneet.csv", "/ilmoittautuneet.xlsx", "/sisaankirjaus"}) {
    EXPECT_EQ(member.get(path(rest)).status, 403) << rest;
  }
  EXPECT_EQ(member.get("/toimitus/tapahtumat").status, 403);
  for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
    EXPECT_NE(entry.action, "registrations.export") << "nothing was exported";
}

TEST_F(StaffRegistrationPagesTest, TheTableWithFiguresFiltersAndEveryAnswer) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  EXPECT_THAT(editor.get("/toimitus/tapahtumat").body, HasSubstr(path("/ilmoittautuneet")));
  const auto page = editor.get(path("/ilmoittautuneet"));
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Vahvistettu 2/2, tarjottu 0, jonossa 1"));
  EXPECT_THAT(page.body, HasSubstr("<th scope=\"col\">Erityisruokavalio</th>"));
  EXPECT_THAT(page.body, HasSubstr("<td>gluteeniton</td>"));
  EXPECT_THAT(page.body, HasSubstr("3 ilmoittautunutta"));
  EXPECT_EQ(page.headers.get("Cache-Control"), "no-store");
  const auto waiting = editor.get(path("/ilmoittautuneet?tila=waiting"));
  EXPECT_THAT(waiting.body, HasSubstr("Liisa Jonottaja"));
  EXPECT_THAT(waiting.body, Not(HasSubstr("Maija Meikäläinen")));
  const auto found = editor.get(path("/ilmoittautuneet?haku=MEIKÄ"));
  EXPECT_THAT(found.body, HasSubstr("Maija Meikäläinen"));
  EXPECT_THAT(found.body, HasSubstr("1 ilmoittautunut"));
  EXPECT_EQ(editor.get("/toimitus/tapahtumat/ei-ole/ilmoittautuneet").status, 404);
}

TEST_F(StaffRegistrationPagesTest, TheStaffGiveASeatOrCancelWithMailAndAudit) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get(path("/ilmoittautuneet"));
  const auto liisa = site_.store().registrations().of_event(event_.id)[2];
  const auto given = editor.post(path("/ilmoittautuneet"),
                                 {{"id", std::to_string(liisa.id)}, {"action", "confirm"}});
  EXPECT_EQ(given.status, 303);
  EXPECT_EQ(given.headers.get("Location"), path("/ilmoittautuneet?ilmoitus=saved"));
  EXPECT_EQ(site_.store().registrations().of_event(event_.id)[2].status,
            RegistrationStatus::kConfirmed);
  const auto to_liisa = test_support::mail_to(site_.store(), "liisa@kunta.fi");
  ASSERT_EQ(to_liisa.size(), 1U);
  EXPECT_THAT(test_support::decode_quoted_printable(to_liisa[0]),
              HasSubstr("Ilmoittautuminen vahvistettu"));
  EXPECT_EQ(
      editor
          .post(path("/ilmoittautuneet"), {{"id", std::to_string(liisa.id)}, {"action", "confirm"}})
          .headers.get("Location"),
      path("/ilmoittautuneet?ilmoitus=unchanged"));
  const auto maija = site_.store().registrations().of_event(event_.id)[0];
  EXPECT_EQ(
      editor
          .post(path("/ilmoittautuneet"), {{"id", std::to_string(maija.id)}, {"action", "cancel"}})
          .status,
      303);
  EXPECT_THAT(test_support::decode_quoted_printable(
                  test_support::mail_to(site_.store(), "maija@kunta.fi").back()),
              HasSubstr("Järjestäjä on perunut"));
  int moves = 0;
  for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
    moves += entry.action == "registration.confirm" || entry.action == "registration.cancel";
  EXPECT_EQ(moves, 2);
  EXPECT_EQ(
      editor.post(path("/ilmoittautuneet"), {{"id", "1"}, {"action", "cancel"}}, false).status,
      403);
}

TEST_F(StaffRegistrationPagesTest, DownloadsAreNeutralisedAndAudited) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto csv = editor.get(path("/ilmoittautuneet.csv"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers.get("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_THAT(std::string(*csv.headers.get("Content-Disposition")),
              HasSubstr("tekojen-gaala-ilmoittautuneet.csv"));
  EXPECT_THAT(csv.body, HasSubstr("email,name,organisation,title,status,registered_at"));
  EXPECT_THAT(csv.body, HasSubstr(",'=1+1\r\n")) << "a formula is shown as text";
  const auto xlsx = editor.get(path("/ilmoittautuneet.xlsx"));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  std::vector<store::AuditEntry> exports;
  for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
    if (entry.action == "registrations.export") exports.push_back(entry);
  ASSERT_EQ(exports.size(), 2U);
  for (const store::AuditEntry& entry : exports) {
    EXPECT_EQ(entry.object_type, "event");
    EXPECT_THAT(entry.actor, HasSubstr("toimittaja"));
    EXPECT_THAT(entry.detail, HasSubstr("\"rows\":\"3\""));
  }
}

TEST_F(StaffRegistrationPagesTest, CheckInFindsANameAndMarksThePersonPresent) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto page = editor.get(path("/sisaankirjaus?haku=pekka"));
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Pekka Virtanen"));
  EXPECT_THAT(page.body, Not(HasSubstr("Maija Meikäläinen")));
  EXPECT_THAT(page.body, Not(HasSubstr("Liisa Jonottaja"))) << "only those with a seat";
  EXPECT_THAT(page.body, HasSubstr("Paikalla 0/2"));
  const auto pekka = site_.store().registrations().of_event(event_.id)[1];
  const auto marked = editor.post(path("/sisaankirjaus?haku=pekka"),
                                  {{"id", std::to_string(pekka.id)}, {"action", "present"}});
  EXPECT_EQ(marked.status, 303);
  EXPECT_EQ(marked.headers.get("Location"), path("/sisaankirjaus?ilmoitus=present&haku=pekka"));
  EXPECT_TRUE(site_.store().registrations().of_event(event_.id)[1].attended_at);
  const auto after = editor.get(path("/sisaankirjaus?ilmoitus=present&haku=pekka"));
  EXPECT_THAT(after.body, HasSubstr("Paikalla 1/2"));
  EXPECT_THAT(after.body, HasSubstr("Merkitty paikalla."));
  EXPECT_THAT(editor.get(path("/ilmoittautuneet")).body, HasSubstr("paikalla 1"));
  EXPECT_EQ(
      editor.post(path("/sisaankirjaus"), {{"id", std::to_string(pekka.id)}, {"action", "absent"}})
          .status,
      303);
  EXPECT_FALSE(site_.store().registrations().of_event(event_.id)[1].attended_at);
  const auto liisa = site_.store().registrations().of_event(event_.id)[2];
  EXPECT_EQ(editor.post(path("/sisaankirjaus"), {{"id", std::to_string(liisa.id)}}).status, 404)
      << "no seat, no check-in";
  EXPECT_EQ(editor.post(path("/sisaankirjaus"), {{"id", "x"}}).status, 400);
  EXPECT_EQ(editor.post(path("/sisaankirjaus"), {{"id", std::to_string(pekka.id)}}, false).status,
            403);
}

TEST_F(StaffRegistrationPagesTest, AHybridEventsTableShowsEachWayAndItsFigures) {
  core::EventInput hybrid = event_.input;
  hybrid.place = core::EventPlace{"Kaupungintalo", "Rantakatu 20", "Joensuu"};
  hybrid.remote = true;
  hybrid.capacity.reset();
  hybrid.on_site_capacity = 1;
  (void)site_.store().events().save(hybrid, store::utc_now());
  // Those registered before the event had a place take part remotely; two come on site now.
  for (const std::string email : {"paula@kunta.fi", "olli@kunta.fi"}) {
    store::RegistrationRequest on_site{
        event_.id, {"Nimi " + email, email, "Kunta", "", {}}, std::nullopt, "digest-" + email};
    on_site.registrant.participation = core::Participation::kOnSite;
    (void)site_.store().registrations().register_for(on_site, {}, store::utc_now());
  }
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto page = editor.get(path("/ilmoittautuneet"));
  EXPECT_THAT(page.body, HasSubstr("<th scope=\"col\">Osallistumistapa</th>"));
  EXPECT_THAT(page.body, HasSubstr("<td>Etänä</td>"));
  EXPECT_THAT(page.body, HasSubstr("<td>Paikan päällä</td>"));
  EXPECT_THAT(page.body, HasSubstr("Vahvistettu 3/ei rajoitettu"));
  EXPECT_THAT(page.body, HasSubstr("Paikan päällä: vahvistettu 1/1, tarjottu 0, jonossa 1. "
                                   "Etänä: vahvistettu 2/ei rajoitettu, tarjottu 0, jonossa 1."));
}

}  // namespace
}  // namespace tori::web
