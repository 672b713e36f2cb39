// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' application pages through the routes: only editors get in; the table;
// accepting (in the audit log), scheduling a workshop as an event of kind workshop, publishing its
// summary with a practice shown on /tyopajat; a service's deadline changed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

class StaffApplicationPagesTest : public ::testing::Test {
 protected:
  StaffApplicationPagesTest() {
    add_account_routes(router_, site_.services());
    add_application_routes(router_, site_.services());
    store::ApplicationRequest request;
    request.type_code = "tyopaja";
    request.input = {"Maija Meikäläinen",
                     "maija@kunta.fi",
                     "",
                     "Puumalan kunta",
                     120,
                     "Kokouskäytännöt",
                     {4},
                     {{"osallistujat", {"Koko henkilöstö"}}}};
    id_ = site_.store().applications().apply(request, {}, store::utc_now()).application->id;
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  std::string one() { return "/toimitus/hakemukset/" + std::to_string(id_); }
  int audited(const std::string& action) {
    int count = 0;
    for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
      count += entry.action == action;
    return count;
  }
  void publish_practice() {
    store::PracticeWrite write;
    write.input.external_id = "p1";
    write.input.title = "Kävelykokoukset";
    write.input.summary = "Kokoukset kävellen.";
    write.input.organisations = {"Puumalan kunta"};
    write.input.sections[0] = "Lähtökohta.";
    write.input.state = core::PracticeState::kPublished;
    write.input.published_at = test_support::utc(2026, 5, 2);
    write.create_terms = true;
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
  }
  test_support::TestSite site_;
  http::Router router_;
  std::int64_t id_ = 0;
};

TEST_F(StaffApplicationPagesTest, OnlyEditorsGetIn) {
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get("/toimitus/hakemukset").status, 303) << "to log in";
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  EXPECT_EQ(member.get("/toimitus/hakemukset").status, 403);
  EXPECT_EQ(member.get(one()).status, 403);
  EXPECT_EQ(member.post(one(), {{"action", "accept"}}).status, 403);
  EXPECT_EQ(site_.store().applications().find(id_)->status, core::ApplicationStatus::kReceived);
  EXPECT_EQ(audited("application.accept"), 0);
}

TEST_F(StaffApplicationPagesTest, AcceptScheduleAsAWorkshopEventAndPublishTheSummary) {
  publish_practice();
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto table = editor.get("/toimitus/hakemukset");
  ASSERT_EQ(table.status, 200);
  EXPECT_THAT(table.body, HasSubstr("href=\"" + one() + "\">Puumalan kunta</a>"));
  const auto page = editor.get(one());
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Koko henkilöstö"));
  EXPECT_THAT(page.body, HasSubstr("huhtikuu"));
  EXPECT_THAT(page.body, Not(HasSubstr("value=\"schedule\""))) << "accept first";
  EXPECT_EQ(editor.post(one(), {{"action", "accept"}}).headers.get("Location"),
            one() + "?ilmoitus=saved");
  EXPECT_EQ(site_.store().applications().find(id_)->status, core::ApplicationStatus::kAccepted);
  EXPECT_EQ(audited("application.accept"), 1);
  EXPECT_THAT(editor.get(one()).body, HasSubstr("value=\"schedule\""));
  EXPECT_EQ(editor
                .post(one(), {{"action", "schedule"},
                              {"date", "2027-05-12"},
                              {"starts", "13:00"},
                              {"ends", "10:00"}})
                .headers.get("Location"),
            one() + "?ilmoitus=unchanged")
      << "ends before it starts";
  EXPECT_EQ(editor
                .post(one(), {{"action", "schedule"},
                              {"date", "2027-05-12"},
                              {"starts", "09:00"},
                              {"ends", "12:00"},
                              {"place", "Kunnantalo"},
                              {"municipality", "Puumala"}})
                .status,
            303);
  const auto application = site_.store().applications().find(id_);
  EXPECT_EQ(application->status, core::ApplicationStatus::kScheduled);
  ASSERT_TRUE(application->event_id);
  const auto event = site_.store().events().find_by_id(*application->event_id);
  ASSERT_TRUE(event);
  EXPECT_EQ(event->input.kind, core::EventKind::kWorkshop);
  EXPECT_EQ(text::format_rfc3339_utc(event->input.starts_at), "2027-05-12T06:00:00Z");
  EXPECT_THAT(event->input.title, HasSubstr("Puumalan kunta"));
  EXPECT_EQ(audited("application.schedule"), 1);
  const std::string practice = site_.store().practices().find_by_external_id("p1")->slug;
  EXPECT_EQ(editor.post(one(), {{"action", "summary"}, {"summary", "x"}, {"practices", "ei-ole"}})
                .headers.get("Location"),
            one() + "?ilmoitus=unchanged")
      << "an unknown practice";
  EXPECT_EQ(editor
                .post(one(), {{"action", "summary"},
                              {"summary", "Työpajassa syntyi kolme kokeilua.\nToinen kappale."},
                              {"practices", practice}})
                .status,
            303);
  EXPECT_EQ(site_.store().applications().find(id_)->status, core::ApplicationStatus::kDone);
  EXPECT_EQ(audited("application.summary"), 1);
  const auto workshops = editor.get("/tyopajat");
  EXPECT_THAT(workshops.body,
              HasSubstr("<p>Työpajassa syntyi kolme kokeilua.</p>\n<p>Toinen kappale.</p>"));
  EXPECT_THAT(workshops.body,
              HasSubstr("href=\"/teot/" + practice + "\" lang=\"fi\">Kävelykokoukset</a>"));
  EXPECT_THAT(workshops.body, HasSubstr("12.5.2027"));
}

TEST_F(StaffApplicationPagesTest, DecliningAndChangingADeadline) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get(one());
  EXPECT_EQ(editor.post(one(), {{"action", "decline"}}).status, 303);
  EXPECT_EQ(site_.store().applications().find(id_)->status, core::ApplicationStatus::kDeclined);
  EXPECT_EQ(editor.post(one(), {{"action", "accept"}}).headers.get("Location"),
            one() + "?ilmoitus=unchanged");
  EXPECT_EQ(audited("application.decline"), 1);
  EXPECT_THAT(editor.get("/toimitus/hakemukset?tila=declined").body, HasSubstr("Puumalan kunta"));
  EXPECT_THAT(editor.get("/toimitus/hakemukset?tila=received").body,
              Not(HasSubstr("Puumalan kunta")));
  EXPECT_EQ(editor.post("/toimitus/hakemukset", {{"code", "sparraus"}, {"deadline", "2027-02-30"}})
                .headers.get("Location"),
            "/toimitus/hakemukset?ilmoitus=invalid_date");
  EXPECT_EQ(editor.post("/toimitus/hakemukset", {{"code", "sparraus"}, {"deadline", "2027-06-15"}})
                .status,
            303);
  EXPECT_EQ(site_.store().applications().type("sparraus")->deadline->date, "2027-06-15");
  EXPECT_EQ(audited("service_type.deadline"), 1);
}

}  // namespace
}  // namespace tori::web
