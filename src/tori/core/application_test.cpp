// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of applications for the programme's services: validate_application a row per rule, the
// deadline as a whole Helsinki day, the statuses both ways and which moves editors may make.
#include "tori/core/application.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

ServiceType workshop_service_type() {
  ServiceType type;
  type.code = std::string{kWorkshopService};
  type.names = {"Työpaja", "Verkstad", "Workshop"};
  type.deadline = deadline_of_day("2027-03-31");
  type.questions = {{"osallistujat",
                     {"Osallistujamäärä", "Antal deltagare", ""},
                     QuestionType::kSingle,
                     {"alle 20", "20–40"},
                     true}};
  return type;
}

ApplicationInput valid_application() {
  return {"Maija Meikäläinen",
          "maija@kunta.fi",
          "+358 40 123 4567",
          "Puumalan kunta",
          120,
          "Kokouskäytännöt",
          {3, 4},
          {{"osallistujat", {"alle 20"}}}};
}

TEST(ValidateApplication, AValidOneAndOneRowPerRule) {
  EXPECT_TRUE(validate_application(valid_application(), workshop_service_type()).empty());
  struct Case {
    const char* what;
    void (*change)(ApplicationInput&);
    const char* field;
  };
  const Case cases[] = {
      {"no name", [](ApplicationInput& in) { in.contact_name.clear(); }, "contact_name"},
      {"no address", [](ApplicationInput& in) { in.email.clear(); }, "email"},
      {"not an address", [](ApplicationInput& in) { in.email = "maija"; }, "email"},
      {"phone with letters", [](ApplicationInput& in) { in.phone = "soita"; }, "phone"},
      {"phone too long", [](ApplicationInput& in) { in.phone = std::string(41, '1'); }, "phone"},
      {"no organisation", [](ApplicationInput& in) { in.organisation.clear(); }, "organisation"},
      {"organisation on two lines", [](ApplicationInput& in) { in.organisation = "a\nb"; },
       "organisation"},
      {"no staff size", [](ApplicationInput& in) { in.staff_size = 0; }, "staff_size"},
      {"staff size too big", [](ApplicationInput& in) { in.staff_size = 1000001; }, "staff_size"},
      {"nothing to develop", [](ApplicationInput& in) { in.development.clear(); }, "development"},
      {"too much to develop", [](ApplicationInput& in) { in.development = std::string(4001, 'a'); },
       "development"},
      {"month 13", [](ApplicationInput& in) { in.preferred_months = {13}; }, "preferred_months"},
      {"month twice",
       [](ApplicationInput& in) {
         in.preferred_months = {3, 3};
       },
       "preferred_months"},
      {"required question unanswered", [](ApplicationInput& in) { in.answers.clear(); },
       "answers.osallistujat"},
      {"answer not a choice",
       [](ApplicationInput& in) {
         in.answers = {{"osallistujat", {"100"}}};
       },
       "answers.osallistujat"},
      {"a question not asked",
       [](ApplicationInput& in) {
         in.answers.push_back({"muu", {"x"}});
       },
       "answers.muu"},
  };
  for (const Case& c : cases) {
    ApplicationInput input = valid_application();
    c.change(input);
    const auto errors = validate_application(input, workshop_service_type());
    ASSERT_EQ(errors.size(), 1U) << c.what;
    EXPECT_EQ(errors[0].field, c.field) << c.what;
  }
}

TEST(ValidateApplication, FindingsInTheFormsOrder) {
  ApplicationInput input = valid_application();
  input.development.clear();
  input.contact_name.clear();
  input.answers.clear();
  const auto errors = validate_application(input, workshop_service_type());
  ASSERT_EQ(errors.size(), 3U);
  EXPECT_EQ(errors[0].field, "contact_name");
  EXPECT_EQ(errors[1].field, "development");
  EXPECT_EQ(errors[2].field, "answers.osallistujat");
}

TEST(ApplicationsOpen, UntilTheDeadlinesHelsinkiDayEnds) {
  const ServiceType type = workshop_service_type();
  struct Case {
    const char* now;
    bool open;
  };
  const Case cases[] = {{"2027-03-31T12:00:00+03:00", true},
                        {"2027-03-31T23:59:59+03:00", true},
                        {"2027-04-01T00:00:00+03:00", false},
                        {"2027-03-31T21:00:00Z", false},
                        {"2026-12-02T10:00:00Z", true}};
  for (const Case& c : cases) {
    EXPECT_EQ(applications_open(type, *text::parse_rfc3339(c.now)), c.open) << c.now;
  }
  ServiceType no_deadline = type;
  no_deadline.deadline.reset();
  EXPECT_TRUE(applications_open(no_deadline, *text::parse_rfc3339("2099-01-01T00:00:00Z")));
  EXPECT_FALSE(deadline_of_day("2027-02-30"));
  EXPECT_FALSE(deadline_of_day("31.3.2027"));
}

TEST(HelsinkiTimeOn, WallClockTimesAcrossTheSummerTime) {
  struct Case {
    const char* date;
    const char* time;
    const char* utc;  // empty: none
  };
  const Case cases[] = {{"2027-01-12", "09:30", "2027-01-12T07:30:00Z"},
                        {"2027-05-12", "09:30", "2027-05-12T06:30:00Z"},
                        {"2027-03-28", "02:30", "2027-03-28T00:30:00Z"},
                        {"2027-03-28", "03:30", ""},
                        {"2027-03-28", "10:00", "2027-03-28T07:00:00Z"},
                        {"2027-02-30", "10:00", ""},
                        {"2027-05-12", "9:30", ""},
                        {"2027-05-12", "25:00", ""}};
  for (const Case& c : cases) {
    const auto at = helsinki_time_on(c.date, c.time);
    if (std::string{c.utc}.empty()) {
      EXPECT_FALSE(at) << c.date << " " << c.time;
    } else {
      ASSERT_TRUE(at) << c.date << " " << c.time;
      EXPECT_EQ(text::format_rfc3339_utc(*at), c.utc) << c.date << " " << c.time;
    }
  }
}

TEST(ServiceType, NamesAndQuestionsInTheLanguageOrFinnish) {
  const ServiceType type = workshop_service_type();
  EXPECT_EQ(service_name(type, ContentLanguage::kSv), "Verkstad");
  EXPECT_EQ(service_questions(type, ContentLanguage::kSv)[0].label, "Antal deltagare");
  EXPECT_EQ(service_questions(type, ContentLanguage::kEn)[0].label, "Osallistujamäärä");
  EXPECT_EQ(service_questions(type, ContentLanguage::kEn)[0].choices.size(), 2U);
}

TEST(ApplicationStatus, BothWaysAndTheMovesEditorsMayMake) {
  using enum ApplicationStatus;
  for (const ApplicationStatus status : {kReceived, kAccepted, kDeclined, kScheduled, kDone}) {
    EXPECT_EQ(parse_application_status(to_string(status)), status);
  }
  EXPECT_FALSE(parse_application_status("Received"));
  struct Case {
    ApplicationStatus from;
    ApplicationStatus to;
    bool allowed;
  };
  const Case cases[] = {
      {kReceived, kAccepted, true},  {kReceived, kDeclined, true},  {kReceived, kScheduled, false},
      {kReceived, kDone, false},     {kAccepted, kScheduled, true}, {kAccepted, kDeclined, true},
      {kAccepted, kReceived, false}, {kScheduled, kDone, true},     {kScheduled, kDeclined, false},
      {kDeclined, kAccepted, false}, {kDone, kScheduled, false},    {kReceived, kReceived, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(may_change_status(c.from, c.to), c.allowed)
        << to_string(c.from) << " → " << to_string(c.to);
  }
}

}  // namespace
}  // namespace tori::core
