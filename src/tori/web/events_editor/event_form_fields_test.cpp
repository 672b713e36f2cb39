// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the event form's fields apart from HTTP (typed dates and times: typed_text_test.cpp):
// numbers, rows and their empty ones, Helsinki times, the deadline as a whole day,
// validate_event_input's field names on the form's inputs, and a stored event that reads back
// unchanged. Table-driven where inputs vary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"

namespace tori::web {
namespace {

using ::testing::ElementsAre;

core::TimePoint at(std::string_view rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

// A valid one-day event in summer time, as typed.
EventFormValues valid_values() {
  EventFormValues values;
  values.kind = "regional_event";
  values.title = "Aluetilaisuus Kuopiossa";
  values.starts_date = "2031-05-12";
  values.starts_time = "09:30";
  values.ends_time = "16:00";
  return values;
}

std::vector<std::string> fields_of(const std::vector<EventFormProblem>& problems) {
  std::vector<std::string> fields;
  for (const EventFormProblem& problem : problems)
    fields.push_back(problem.field);
  return fields;
}

TEST(EventFormFields, FieldNamesWithTheirRows) {
  const struct {
    std::string_view field;
    std::string base;
    int row;
  } cases[] = {
      {"q3_id", "q_id", 3},           {"p12_time", "p_time", 12},
      {"q0_choices", "q_choices", 0}, {"place_name", "place_name", -1},
      {"programme", "programme", -1}, {"q_id", "q_id", -1},
      {"title", "title", -1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.field);
    const EventFormFieldName name = event_form_field_name(c.field);
    EXPECT_EQ(name.base, c.base);
    EXPECT_EQ(name.row, c.row);
  }
}

TEST(EventFormFields, ThePostedFormIsTrimmedAndItsRowsRead) {
  const auto form = http::Form::parse(
      "title=+Gaala%0D%0A+&lead=Rivi+1%0D%0ARivi+2%0D%0A&remote=1&capacity=+40+"
      "&q0_id=ruoka&q0_label=Ruokavalio&q0_type=single&q0_choices=Kasvis%0D%0AVegaani&q0_required=1"
      "&q1_id=&q1_label=&q1_type=text&q1_choices="
      "&q3_id=ei-luettu&p0_date=&p0_time=9.30&p0_title=Avaus&p0_speakers=");
  ASSERT_TRUE(form);
  const EventFormValues values = read_event_form(*form);
  EXPECT_EQ(values.title, "Gaala");
  EXPECT_EQ(values.lead, "Rivi 1\nRivi 2");
  EXPECT_TRUE(values.remote);
  EXPECT_EQ(values.capacity, "40");
  EXPECT_THAT(values.questions, ElementsAre(EventQuestionRow{"ruoka", "Ruokavalio", "single",
                                                             "Kasvis\nVegaani", true},
                                            EventQuestionRow{"", "", "text", "", false}))
      << "rows stop at the first missing number";
  EXPECT_THAT(values.programme, ElementsAre(EventProgrammeRow{"", "9.30", "Avaus", ""}));
}

TEST(EventFormFields, TimesAreHelsinkiTimeAndTheDeadlineAWholeDay) {
  EventFormValues values = valid_values();
  values.opens_date = "1.3.2031";  // winter time, no time given: midnight
  values.closes_date = "2031-05-10";
  const EventFormReading reading = parse_event_form(values);
  ASSERT_THAT(reading.problems, ElementsAre());
  EXPECT_EQ(reading.input.starts_at, at("2031-05-12T06:30:00Z"));
  EXPECT_EQ(reading.input.ends_at, at("2031-05-12T13:00:00Z")) << "an empty end date: that day";
  EXPECT_EQ(reading.input.registration_opens, at("2031-02-28T22:00:00Z"));
  ASSERT_TRUE(reading.input.registration_closes);
  EXPECT_EQ(reading.input.registration_closes->date, "2031-05-10");
  EXPECT_EQ(reading.input.registration_closes->at, at("2031-05-10T21:00:00Z"));
}

TEST(EventFormFields, AHybridEventsSeparateCapacitiesAreReadAndShownBack) {
  EventFormValues values = valid_values();
  values.place_name = "Kuopion kaupungintalo";
  values.remote = true;
  values.on_site_capacity = "18";
  values.remote_capacity = "";
  const EventFormReading reading = parse_event_form(values);
  ASSERT_THAT(reading.problems, ElementsAre());
  EXPECT_EQ(reading.input.on_site_capacity, 18);
  EXPECT_EQ(reading.input.remote_capacity, std::nullopt) << "empty: no limit online";
  EXPECT_EQ(reading.input.capacity, std::nullopt);
  core::EventInput stored = reading.input;
  stored.remote_capacity = 40;
  const EventFormValues shown = event_form_values(stored);
  EXPECT_EQ(shown.on_site_capacity, "18");
  EXPECT_EQ(shown.remote_capacity, "40");
}

TEST(EventFormFields, AStoredInstantDeadlineIsKeptUntilItsDayIsChanged) {
  EventFormValues values = valid_values();
  values.closes_at = "2031-05-11T12:00:00Z";
  values.closes_date = "2031-05-11";
  EXPECT_EQ(parse_event_form(values).input.registration_closes,
            (core::RegistrationDeadline{"", at("2031-05-11T12:00:00Z")}));
  values.closes_date = "2031-05-09";
  EXPECT_EQ(parse_event_form(values).input.registration_closes->date, "2031-05-09");
  values.closes_date = "";
  EXPECT_FALSE(parse_event_form(values).input.registration_closes) << "emptied: none";
}

// What cannot be read is a problem of its own input; comparisons of unreadable times are left
// out; the rest goes through validate_event_input.
TEST(EventFormFields, WhatIsWrongIsPutBesideItsInput) {
  const struct {
    std::string_view name;
    void (*change)(EventFormValues&);
    std::vector<EventFormProblem> expected;
  } cases[] = {
      {"valid", [](EventFormValues&) {}, {}},
      {"no title",
       [](EventFormValues& v) { v.title = ""; },
       {{"title", "event_editor.error.required", 0}}},
      {"malformed start date",
       [](EventFormValues& v) { v.starts_date = "12.13.2031"; },
       {{"starts_date", "event_editor.error.starts", 0}}},
      {"no end time",
       [](EventFormValues& v) { v.ends_time = ""; },
       {{"ends_time", "event_editor.error.ends", 0}}},
      {"a time the clocks skip",
       [](EventFormValues& v) {
         v.starts_date = "2031-03-30";
         v.starts_time = "03:30";
       },
       {{"starts_time", "event_editor.error.no_such_time", 0}}},
      {"ends before it starts",
       [](EventFormValues& v) { v.ends_time = "08:00"; },
       {{"ends_date", "event_editor.error.ends_before_starts", 0}}},
      {"capacity in words",
       [](EventFormValues& v) { v.capacity = "kymmenen"; },
       {{"capacity", "event_editor.error.capacity", 0}}},
      {"capacity zero",
       [](EventFormValues& v) { v.capacity = "0"; },
       {{"capacity", "event_editor.error.capacity", 0}}},
      {"separate capacities of an event without a place",
       [](EventFormValues& v) {
         v.remote = true;
         v.remote_capacity = "40";
       },
       {{"remote_capacity", "event_editor.error.capacity_hybrid_only", 0}}},
      {"separate capacities beside one",
       [](EventFormValues& v) {
         v.place_name = "Kuopion kaupungintalo";
         v.remote = true;
         v.capacity = "50";
         v.on_site_capacity = "18";
       },
       {{"capacity", "event_editor.error.capacity_both", 0}}},
      {"on-site places in words",
       [](EventFormValues& v) { v.on_site_capacity = "kahdeksantoista"; },
       {{"on_site_capacity", "event_editor.error.capacity", 0}}},
      {"deadline after the event",
       [](EventFormValues& v) { v.closes_date = "2031-05-13"; },
       {{"closes_date", "event_editor.error.closes_after_end", 0}}},
      {"opens after the deadline",
       [](EventFormValues& v) {
         v.opens_date = "2031-05-11";
         v.closes_date = "2031-05-10";
       },
       {{"opens_date", "event_editor.error.opens_after_closes", 0}}},
      {"a long lead",
       [](EventFormValues& v) { v.lead = std::string(601, 'a'); },
       {{"lead", "event_editor.error.too_long", 600}}},
      {"a place without a name",
       [](EventFormValues& v) { v.place_address = "Kauppakatu 1"; },
       {{"place_name", "event_editor.error.required", 0}}},
      {"a remote link without remote participation",
       [](EventFormValues& v) {
         v.place_name = "Kuopion kaupungintalo";
         v.remote_url = "https://meet.example.fi/x";
       },
       {{"remote_url", "event_editor.error.remote_not_offered", 0}}},
      {"a remote link not https",
       [](EventFormValues& v) {
         v.remote = true;
         v.remote_url = "http://meet.example.fi/x";
       },
       {{"remote_url", "event_editor.error.remote_url", 0}}},
      {"an organiser's address",
       [](EventFormValues& v) {
         v.organiser_name = "Maija";
         v.organiser_email = "maija at kunta";
       },
       {{"organiser_email", "event_editor.error.organiser_email", 0}}},
      {"an image elsewhere",
       [](EventFormValues& v) {
         v.image_path = "https://example.com/a.jpg";
         v.image_alt = "Kuva";
       },
       {{"image_path", "event_editor.error.image_path", 0}}},
      {"summary order: the form's, not the finding's",
       [](EventFormValues& v) {
         v.capacity = "x";
         v.title = "";
         v.starts_time = "";
       },
       {{"title", "event_editor.error.required", 0},
        {"starts_time", "event_editor.error.starts", 0},
        {"capacity", "event_editor.error.capacity", 0}}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EventFormValues values = valid_values();
    c.change(values);
    EXPECT_EQ(parse_event_form(values).problems, c.expected);
  }
}

TEST(EventFormFields, RowsAreNamedByTheirNumberOnTheForm) {
  EventFormValues values = valid_values();
  values.questions = {{"ruoka", "Ruokavalio", "text", "", false},
                      {},  // empty: left out
                      {"Ruoka juoma", "Juoma", "text", "", false},
                      {"lounas", "Lounas", "single", "Kyllä", false},
                      {"ruoka", "Toinen", "multi", "A\n\n  a  \nB", true},
                      {"koko", "Koko", "bogus", "", false}};
  values.programme = {{"", "", "", ""},
                      {"", "9.30", "Avaus", "Maija"},
                      {"", "17:00", "Liian myöhään", ""},
                      {"", "", "Ilman aikaa", ""},
                      {"13.5.2031", "10:00", "Toisena päivänä", ""}};
  const EventFormReading reading = parse_event_form(values);
  EXPECT_THAT(fields_of(reading.problems), ElementsAre("q2_id", "q3_choices", "q4_id", "q4_choices",
                                                       "q5_type", "p2_time", "p3_time", "p4_time"));
  EXPECT_EQ(reading.problems[0].key, "event_editor.error.q_id");
  EXPECT_EQ(reading.problems[1].key, "event_editor.error.q_choices");
  EXPECT_EQ(reading.problems[2].key, "event_editor.error.q_id_twice");
  EXPECT_EQ(reading.problems[3].key, "event_editor.error.q_choices_twice");
  EXPECT_EQ(reading.problems[5].key, "event_editor.error.p_outside");
  EXPECT_EQ(reading.problems[6].key, "event_editor.error.p_time");
  EXPECT_EQ(reading.problems[7].key, "event_editor.error.p_outside") << "the next day";
  ASSERT_EQ(reading.input.questions.size(), 5U);
  EXPECT_THAT(reading.input.questions[3].choices, ElementsAre("A", "a", "B"));
  ASSERT_EQ(reading.input.programme.size(), 4U);
  EXPECT_EQ(reading.input.programme[0].starts_at, at("2031-05-12T06:30:00Z"));
  EXPECT_EQ(reading.input.programme[0].speakers, "Maija");
}

TEST(EventFormFields, FindingsOfTheValidatorMapToInputs) {
  const struct {
    core::FieldError finding;
    EventFormProblem expected;
  } cases[] = {
      {{"title", "title is required"}, {"title", "event_editor.error.required", 0}},
      {{"series", "series is longer than 200 characters"},
       {"series", "event_editor.error.too_long", 200}},
      {{"place.name", "place.name contains a control character"},
       {"place_name", "event_editor.error.characters", 0}},
      {{"questions[1].id", "questions[1].id 'a' is used twice"},
       {"q4_id", "event_editor.error.q_id_twice", 0}},
      {{"questions[0].choices[1]", "'x' is listed twice in questions[0].choices"},
       {"q1_choices", "event_editor.error.q_choices_twice", 0}},
      {{"questions[0].choices", "questions[0].choices must be empty for a text question"},
       {"q1_choices", "event_editor.error.q_choices_text", 0}},
      {{"questions", "at most 30 questions"}, {"questions", "event_editor.error.questions", 30}},
      {{"programme[1].starts_at", "programme[1].starts_at is not within the event"},
       {"p7_time", "event_editor.error.p_outside", 0}},
      {{"programme[0].title", "programme[0].title is required"},
       {"p2_title", "event_editor.error.required", 0}},
      {{"organiser.email", "organiser.email is not an e-mail address"},
       {"organiser_email", "event_editor.error.organiser_email", 0}},
      {{"registration_closes", "registration_closes is after the event ends"},
       {"closes_date", "event_editor.error.closes_after_end", 0}},
      {{"external_id", "external_id is required"}, {"form", "event_editor.error.required", 0}},
      {{"audience", "audience is something new"}, {"audience", "event_editor.error.invalid", 0}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.finding.field);
    EXPECT_EQ(event_form_problem(c.finding, {1, 4}, {2, 7}), c.expected);
  }
}

// Every field of a stored event on the form and back: nothing lost, times the same.
TEST(EventFormFields, AStoredEventReadsBackUnchanged) {
  core::EventInput input;
  input.external_id = "gaala-2031";
  input.kind = core::EventKind::kGala;
  input.title = "Tekojen gaala";
  input.lead = "Palkitaan.\nJuhlitaan.";
  input.description = "# Ohjelma\n\n- avaus\n- palkinnot";
  input.series = "Gaalat";
  input.language = core::ContentLanguage::kSv;
  input.starts_at = at("2031-11-20T15:00:00Z");  // winter time: 17.00
  input.ends_at = at("2031-11-21T01:00:00Z");    // the next day, 3.00
  input.place = core::EventPlace{"Kulttuuritalo", "Sturenkatu 4", "Helsinki", "Hissi."};
  input.remote = true;
  input.remote_url = "https://meet.example.fi/gaala";
  input.capacity = 300;
  input.registration_opens = at("2031-09-01T06:00:00Z");
  input.registration_closes = core::RegistrationDeadline{"", at("2031-11-20T12:00:00Z")};
  input.questions = {
      {"ruoka", "Ruokavalio", core::QuestionType::kMulti, {"Kasvis", "Vegaani"}, true},
      {"terveiset", "Terveiset", core::QuestionType::kText, {}, false}};
  input.audience = "Kaikille.";
  input.programme = {{at("2031-11-20T15:00:00Z"), "Avaus", "Maija"},
                     {at("2031-11-20T22:30:00Z"), "Yökerho", ""}};  // 0.30 the next day
  input.organiser = core::EventOrganiser{"Pekka", "pekka@example.fi", "040 123"};
  input.image = core::EventImage{"/static/images/gaala.jpg", "Lava"};
  input.consent = "Kuvat saa julkaista.";
  const EventFormValues values = event_form_values(input);
  EXPECT_EQ(values.starts_time, "17:00");
  EXPECT_EQ(values.ends_date, "2031-11-21");
  EXPECT_EQ(values.programme[0].date, "") << "the start's day is left empty";
  EXPECT_EQ(values.programme[1].date, "2031-11-21");
  const EventFormReading reading = parse_event_form(values);
  ASSERT_THAT(reading.problems, ElementsAre());
  core::EventInput back = reading.input;
  back.external_id = input.external_id;
  EXPECT_EQ(back, input);
}

}  // namespace
}  // namespace tori::web
