// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' event form through the routes on a real SQLite store: only editors get
// in; a valid form creates an event in Helsinki time with its deadline, questions and programme
// (audited, confirmed on the events list); an invalid one is shown again (422) with every typed
// value and the errors beside their inputs, nothing stored; editing keeps the slug and external
// id; more rows keep what was typed; a form without its CSRF token is refused.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "tori/core/application.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/test_form_fields.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

core::TimePoint event_form_test_at(std::string_view rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

class EventFormTest : public ::testing::Test {
 protected:
  EventFormTest() {
    add_account_routes(router_, site_.services());
    add_registration_routes(router_, site_.services());
    add_event_editor_routes(router_, site_.services());
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  // A valid new event as an editor would type it, in summer time.
  static Fields valid_form() {
    return {{"kind", "regional_event"},
            {"title", "Aluetilaisuus Kuopiossa"},
            {"lead", "Tule kuulemaan.\r\nJa kertomaan."},
            {"description", "Kuvaus."},
            {"series", ""},
            {"language", "fi"},
            {"starts_date", "2031-05-12"},
            {"starts_time", "09:30"},
            {"ends_date", ""},
            {"ends_time", "16:00"},
            {"place_name", "Kuopion kaupungintalo"},
            {"place_address", "Tulliportinkatu 31"},
            {"place_municipality", "Kuopio"},
            {"place_accessibility", ""},
            {"remote", "1"},
            {"remote_url", "https://meet.example.fi/kuopio"},
            {"capacity", "80"},
            {"opens_date", ""},
            {"opens_time", ""},
            {"closes_date", "2031-05-10"},
            {"closes_at", ""},
            {"consent", ""},
            {"organiser_name", "Maija Meikäläinen"},
            {"organiser_email", "maija@kuopio.fi"},
            {"q0_id", "ruoka"},
            {"q0_label", "Ruokavalio"},
            {"q0_type", "multi"},
            {"q0_choices", "Kasvis\r\nVegaani\r\n"},
            {"q0_required", "1"},
            {"q1_id", ""},
            {"q1_label", ""},
            {"q1_type", "text"},
            {"q1_choices", ""},
            {"p0_date", ""},
            {"p0_time", "09:30"},
            {"p0_title", "Avaus"},
            {"p0_speakers", "Pekka"},
            {"p1_date", ""},
            {"p1_time", ""},
            {"p1_title", ""},
            {"p1_speakers", ""}};
  }
  // An event stored by import: a deadline given as an instant, a multi-line lead.
  core::Event stored_event() {
    core::EventInput input;
    input.external_id = "gaala-2031";
    input.kind = core::EventKind::kGala;
    input.title = "Tekojen gaala";
    input.lead = "Palkitaan.\nJuhlitaan & \"iloitaan\".";
    input.starts_at = event_form_test_at("2031-11-20T15:00:00Z");
    input.ends_at = event_form_test_at("2031-11-20T21:00:00Z");
    input.place = core::EventPlace{"Kulttuuritalo", "Sturenkatu 4", "Helsinki"};
    input.registration_closes = core::RegistrationDeadline{"", input.starts_at};
    input.questions = {
        {"ruoka", "Ruokavalio", core::QuestionType::kSingle, {"Kasvis", "Liha"}, true}};
    input.programme = {{input.starts_at, "Avaus", ""}};
    return *site_.store().events().find_by_id(
        site_.store().events().save(input, store::utc_now()).id);
  }
  int audited(const std::string& action) {
    int count = 0;
    for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
      count += entry.action == action;
    return count;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(EventFormTest, OnlyEditorsGetIn) {
  const core::Event event = stored_event();
  const std::string edit = "/toimitus/tapahtumat/" + event.slug + "/muokkaa";
  TestBrowser visitor(router_);
  for (const std::string& path : {std::string{"/toimitus/tapahtumat/uusi"}, edit}) {
    const auto answer = visitor.get(path);
    EXPECT_EQ(answer.status, 303) << path;
    EXPECT_THAT(std::string{answer.headers.get("Location").value_or("")},
                HasSubstr("/kirjaudu?seuraava="));
  }
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  EXPECT_EQ(member.get("/toimitus/tapahtumat/uusi").status, 403);
  EXPECT_EQ(member.get(edit).status, 403);
  EXPECT_EQ(member.post("/toimitus/tapahtumat/uusi", valid_form()).status, 403);
  EXPECT_EQ(member.post(edit, valid_form()).status, 403);
  EXPECT_EQ(site_.store().events().all().size(), 1U) << "nothing stored";
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto form = editor.get("/toimitus/tapahtumat/uusi");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("<h1>Uusi tapahtuma</h1>"));
  EXPECT_THAT(form.body, HasSubstr("<label for=\"event-title\">Nimi"));
  EXPECT_THAT(form.body, HasSubstr("name=\"q1_id\""));
  EXPECT_THAT(form.body, Not(HasSubstr("name=\"q2_id\""))) << "two empty rows";
  EXPECT_THAT(form.body, HasSubstr("name=\"p1_title\""));
  EXPECT_THAT(form.body, HasSubstr("value=\"more-rows\">Lisää rivejä"));
  EXPECT_THAT(form.body, HasSubstr("<option value=\"gala\">Gaala</option>"));
  EXPECT_EQ(form.headers.get("Cache-Control"), "no-store");
  EXPECT_THAT(editor.get("/sv/toimitus/tapahtumat/uusi").body,
              HasSubstr("<h1>Nytt evenemang</h1>"));
  EXPECT_EQ(editor.get("/toimitus/tapahtumat/ei-ole/muokkaa").status, 404);
}

TEST_F(EventFormTest, AValidFormCreatesTheEventInHelsinkiTime) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/tapahtumat/uusi");
  const auto saved = editor.post("/toimitus/tapahtumat/uusi", valid_form());
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location"), "/toimitus/tapahtumat?ilmoitus=event_created");
  const auto all = site_.store().events().all();
  ASSERT_EQ(all.size(), 1U);
  const core::EventInput& event = all[0].input;
  EXPECT_TRUE(std::regex_match(event.external_id, std::regex("tori-[0-9a-f]{16}")))
      << event.external_id;
  EXPECT_EQ(event.title, "Aluetilaisuus Kuopiossa");
  EXPECT_EQ(event.lead, "Tule kuulemaan.\nJa kertomaan.");
  EXPECT_EQ(event.starts_at, event_form_test_at("2031-05-12T06:30:00Z"));
  EXPECT_EQ(event.ends_at, event_form_test_at("2031-05-12T13:00:00Z"));
  ASSERT_TRUE(event.registration_closes);
  EXPECT_EQ(event.registration_closes->date, "2031-05-10");
  EXPECT_EQ(event.registration_closes->at, event_form_test_at("2031-05-10T21:00:00Z"))
      << "the whole Helsinki day";
  EXPECT_EQ(event.capacity, 80);
  ASSERT_TRUE(event.place);
  EXPECT_EQ(event.place->municipality, "Kuopio");
  EXPECT_TRUE(event.remote);
  ASSERT_EQ(event.questions.size(), 1U) << "the empty row left out";
  EXPECT_EQ(event.questions[0],
            (core::EventQuestion{
                "ruoka", "Ruokavalio", core::QuestionType::kMulti, {"Kasvis", "Vegaani"}, true}));
  ASSERT_EQ(event.programme.size(), 1U);
  EXPECT_EQ(event.programme[0],
            (core::ProgrammeItem{event_form_test_at("2031-05-12T06:30:00Z"), "Avaus", "Pekka"}));
  ASSERT_TRUE(event.organiser);
  EXPECT_EQ(event.organiser->email, "maija@kuopio.fi");
  EXPECT_EQ(audited("event.create"), 1);
  const auto list = editor.get("/toimitus/tapahtumat?ilmoitus=event_created");
  EXPECT_THAT(list.body, HasSubstr("Tapahtuma on luotu."));
  EXPECT_THAT(list.body, HasSubstr("/toimitus/tapahtumat/" + all[0].slug + "/muokkaa"));
  EXPECT_THAT(list.body, HasSubstr("href=\"/toimitus/tapahtumat/uusi\""));
  // A second event gets an id of its own.
  editor.post("/toimitus/tapahtumat/uusi", valid_form());
  const auto both = site_.store().events().all();
  ASSERT_EQ(both.size(), 2U);
  EXPECT_NE(both[0].input.external_id, both[1].input.external_id);
  EXPECT_NE(both[0].slug, both[1].slug);
}

TEST_F(EventFormTest, AnInvalidFormIsShownAgainWithWhatWasTyped) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/tapahtumat/uusi");
  Fields fields = test_support::with_field(valid_form(), "title", "");
  fields = test_support::with_field(fields, "capacity", "kahdeksankymmentä");
  fields = test_support::with_field(fields, "starts_time", "25:00");
  fields = test_support::with_field(fields, "q0_id", "Ruoka & juoma");
  fields = test_support::with_field(fields, "p0_time", "17:30");
  const auto shown = editor.post("/toimitus/tapahtumat/uusi", fields);
  ASSERT_EQ(shown.status, 422);
  EXPECT_TRUE(site_.store().events().all().empty()) << "nothing stored";
  // The summary in form order, each linked to its input.
  const std::string& body = shown.body;
  const auto title = body.find("<a href=\"#event-title\">Täytä kohta ”Nimi”.</a>");
  const auto starts = body.find("<a href=\"#event-starts_time\">Anna alkamispäivä ja -aika");
  const auto capacity = body.find("<a href=\"#event-capacity\">");
  const auto question = body.find("<a href=\"#event-q0_id\">Tunnisteessa saa olla vain");
  ASSERT_NE(title, std::string::npos) << body;
  EXPECT_LT(title, starts);
  EXPECT_LT(starts, capacity);
  EXPECT_LT(capacity, question);
  // Beside the inputs, with what was typed.
  EXPECT_THAT(body, HasSubstr("<p class=\"field__error\" id=\"event-capacity-error\">Anna "
                              "paikkojen määrä numeroina"));
  EXPECT_THAT(body, HasSubstr("value=\"kahdeksankymmentä\""));
  EXPECT_THAT(body, HasSubstr("value=\"25:00\""));
  EXPECT_THAT(body, HasSubstr("value=\"Ruoka &amp; juoma\""));
  EXPECT_THAT(body, HasSubstr("aria-describedby=\"event-q0_id-hint event-q0_id-error\" "
                              "aria-invalid=\"true\""));
  EXPECT_THAT(body, HasSubstr(">Tule kuulemaan.\nJa kertomaan.</textarea>"));
  EXPECT_THAT(body, HasSubstr("<option value=\"multi\" selected>"));
  EXPECT_THAT(body, HasSubstr("name=\"remote\" type=\"checkbox\" value=\"1\" checked"));
  EXPECT_THAT(body, Not(HasSubstr("id=\"event-p0_time-error\"")))
      << "a time after an unreadable start is not compared";
  EXPECT_EQ(audited("event.create"), 0);
  // The English form speaks English.
  editor.get("/en/toimitus/tapahtumat/uusi");
  EXPECT_THAT(editor.post("/en/toimitus/tapahtumat/uusi", fields).body,
              HasSubstr("Fill in “Name”."));
}

TEST_F(EventFormTest, EditingChangesTheEventAndKeepsItsSlugAndId) {
  const core::Event event = stored_event();
  const std::string edit = "/toimitus/tapahtumat/" + event.slug + "/muokkaa";
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto form = editor.get(edit);
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"Tekojen gaala\""));
  EXPECT_THAT(form.body, HasSubstr("value=\"17:00\"")) << "the start in Helsinki time";
  EXPECT_THAT(form.body, HasSubstr("ilmoittautuneille lähetetään muutoksesta viesti"));
  EXPECT_THAT(form.body, HasSubstr("name=\"q2_id\"")) << "the stored row and two empty ones";
  // Sent back as it is, nothing changes.
  const Fields as_shown = test_support::form_fields("event-form", form.body);
  const auto unchanged = editor.post(edit, as_shown);
  ASSERT_EQ(unchanged.status, 303) << unchanged.body;
  EXPECT_EQ(unchanged.headers.get("Location"), "/toimitus/tapahtumat?ilmoitus=unchanged");
  EXPECT_EQ(site_.store().events().find_by_slug(event.slug)->input, event.input);
  // A new title and time: the same event, its slug and external id kept.
  Fields changed = test_support::with_field(as_shown, "title", "Tekojen gaala 2031");
  changed = test_support::with_field(changed, "starts_time", "18:00");
  EXPECT_EQ(editor.post(edit, changed).status, 422) << "the programme's 17.00 is now too early";
  changed = test_support::with_field(changed, "p0_time", "18.00");
  changed = test_support::with_field(changed, "closes_date", "2031-11-18");
  const auto saved = editor.post(edit, changed);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location"), "/toimitus/tapahtumat?ilmoitus=event_saved");
  ASSERT_EQ(site_.store().events().all().size(), 1U);
  const auto after = site_.store().events().find_by_slug(event.slug);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->id, event.id);
  EXPECT_EQ(after->input.external_id, "gaala-2031");
  EXPECT_EQ(after->input.title, "Tekojen gaala 2031");
  EXPECT_EQ(after->input.starts_at, event_form_test_at("2031-11-20T16:00:00Z"));
  EXPECT_EQ(after->input.registration_closes, core::deadline_of_day("2031-11-18"))
      << "a changed day is a whole day";
  EXPECT_EQ(after->input.questions, event.input.questions);
  EXPECT_EQ(after->input.programme[0].starts_at, after->input.starts_at);
  EXPECT_EQ(after->input.lead, event.input.lead);
  EXPECT_EQ(audited("event.update"), 2);
  EXPECT_THAT(editor.get("/toimitus/tapahtumat?ilmoitus=event_saved").body,
              HasSubstr("Tapahtuman muutokset on tallennettu."));
}

TEST_F(EventFormTest, MoreRowsKeepWhatWasTyped) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/tapahtumat/uusi");
  Fields fields = test_support::with_field(valid_form(), "q1_label", "Kuljetus");
  fields.emplace_back("action", "more-rows");
  const auto shown = editor.post("/toimitus/tapahtumat/uusi", fields);
  ASSERT_EQ(shown.status, 200);
  EXPECT_THAT(shown.body, HasSubstr("value=\"Kuljetus\""));
  EXPECT_THAT(shown.body, HasSubstr("value=\"Aluetilaisuus Kuopiossa\""));
  EXPECT_THAT(shown.body, HasSubstr("name=\"q4_id\""));
  EXPECT_THAT(shown.body, Not(HasSubstr("name=\"q5_id\""))) << "two rows sent, three added";
  EXPECT_THAT(shown.body, HasSubstr("name=\"p4_title\""));
  EXPECT_THAT(shown.body, Not(HasSubstr("error-summary")));
  EXPECT_TRUE(site_.store().events().all().empty());
}

TEST_F(EventFormTest, AFormWithoutItsCsrfTokenIsRefused) {
  const core::Event event = stored_event();
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/tapahtumat/uusi");
  const auto refused = editor.post("/toimitus/tapahtumat/uusi", valid_form(), false);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr("Lomake oli ehtinyt vanhentua"));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Aluetilaisuus Kuopiossa\"")) << "kept";
  Fields forged = test_support::with_field(valid_form(), "csrf", "vaarennetty");
  EXPECT_EQ(editor
                .post("/toimitus/tapahtumat/" + event.slug + "/muokkaa",
                      test_support::with_field(forged, "title", "Kaapattu"), false)
                .status,
            403);
  ASSERT_EQ(site_.store().events().all().size(), 1U);
  EXPECT_EQ(site_.store().events().all()[0].input.title, "Tekojen gaala");
  EXPECT_EQ(audited("event.create") + audited("event.update"), 0);
}

}  // namespace
}  // namespace tori::web
