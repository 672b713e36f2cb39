// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of registrations: the status texts both ways, and validate_registrant, a row per rule.
#include "tori/core/registration.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

EventInput event_with_questions() {
  EventInput event;
  event.questions = {
      {"ruokavalio", "Erityisruokavalio", QuestionType::kMulti, {"kasvis", "gluteeniton"}, false},
      {"tyopaja", "Työpaja", QuestionType::kSingle, {"A", "B"}, true},
      {"toive", "Toiveet", QuestionType::kText, {}, false}};
  return event;
}

RegistrantInput valid() {
  return {"Maija Meikäläinen",
          "maija@kunta.fi",
          "Tampereen kaupunki",
          "HR-asiantuntija",
          {{"tyopaja", {"A"}}, {"ruokavalio", {"kasvis", "gluteeniton"}}}};
}

TEST(RegistrationStatus, EveryStatusBothWays) {
  for (const RegistrationStatus status :
       {RegistrationStatus::kConfirmed, RegistrationStatus::kWaiting, RegistrationStatus::kOffered,
        RegistrationStatus::kCancelled}) {
    EXPECT_EQ(parse_registration_status(to_string(status)), status);
  }
  EXPECT_FALSE(parse_registration_status("Confirmed"));
  EXPECT_FALSE(parse_registration_status(""));
}

TEST(ValidateRegistrant, AValidOneAndOneRowPerRule) {
  EXPECT_TRUE(validate_registrant(valid(), event_with_questions()).empty());
  struct Case {
    const char* what;
    void (*change)(RegistrantInput&);
    const char* field;
  };
  const Case cases[] = {
      {"no name", [](RegistrantInput& r) { r.name.clear(); }, "name"},
      {"name too long", [](RegistrantInput& r) { r.name = std::string(201, 'a'); }, "name"},
      {"control character", [](RegistrantInput& r) { r.name = "Maija\x01"; }, "name"},
      {"no e-mail", [](RegistrantInput& r) { r.email.clear(); }, "email"},
      {"not an e-mail", [](RegistrantInput& r) { r.email = "maija"; }, "email"},
      {"bad UTF-8", [](RegistrantInput& r) { r.organisation = "\xff"; }, "organisation"},
      {"title on two lines", [](RegistrantInput& r) { r.title = "a\nb"; }, "title"},
      {"required unanswered", [](RegistrantInput& r) { r.answers.erase(r.answers.begin()); },
       "answers.tyopaja"},
      {"required answered empty", [](RegistrantInput& r) { r.answers[0].values = {""}; },
       "answers.tyopaja"},
      {"single, two choices",
       [](RegistrantInput& r) {
         r.answers[0].values = {"A", "B"};
       },
       "answers.tyopaja"},
      {"single, not a choice", [](RegistrantInput& r) { r.answers[0].values = {"C"}; },
       "answers.tyopaja"},
      {"multi, not a choice", [](RegistrantInput& r) { r.answers[1].values = {"vegaani"}; },
       "answers.ruokavalio"},
      {"multi, twice",
       [](RegistrantInput& r) {
         r.answers[1].values = {"kasvis", "kasvis"};
       },
       "answers.ruokavalio"},
      {"text too long",
       [](RegistrantInput& r) {
         r.answers.push_back({"toive", {std::string(2001, 'x')}});
       },
       "answers.toive"},
      {"text, two values",
       [](RegistrantInput& r) {
         r.answers.push_back({"toive", {"a", "b"}});
       },
       "answers.toive"},
      {"question not asked",
       [](RegistrantInput& r) {
         r.answers.push_back({"ika", {"40"}});
       },
       "answers.ika"},
  };
  for (const Case& c : cases) {
    RegistrantInput input = valid();
    c.change(input);
    const std::vector<FieldError> errors = validate_registrant(input, event_with_questions());
    ASSERT_EQ(errors.size(), 1U) << c.what;
    EXPECT_EQ(errors[0].field, c.field) << c.what;
  }
}

TEST(ValidateRegistrant, OptionalAnswersMayBeLeftOut) {
  RegistrantInput input = valid();
  input.answers = {{"tyopaja", {"B"}}};
  input.organisation.clear();
  input.title.clear();
  EXPECT_TRUE(validate_registrant(input, event_with_questions()).empty());
  EXPECT_TRUE(validate_registrant({"Matti", "matti@kunta.fi", "", "", {}}, EventInput{}).empty());
}

}  // namespace
}  // namespace tori::core
