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

TEST(ValidateRegistrant, AWayOfTakingPartTheEventOffers) {
  EventInput hybrid = event_with_questions();
  hybrid.place = EventPlace{"Sali", "", ""};
  hybrid.remote = true;
  EventInput on_site = hybrid;
  on_site.remote = false;
  const EventInput remote_only = event_with_questions();
  struct Case {
    const char* what;
    const EventInput& event;
    std::optional<Participation> chosen;
    bool valid;
    Participation taken;
  };
  const Case cases[] = {
      {"hybrid, not chosen", hybrid, std::nullopt, false, Participation::kOnSite},
      {"hybrid, on site", hybrid, Participation::kOnSite, true, Participation::kOnSite},
      {"hybrid, remote", hybrid, Participation::kRemote, true, Participation::kRemote},
      {"on site only, not chosen", on_site, std::nullopt, true, Participation::kOnSite},
      {"on site only, remote", on_site, Participation::kRemote, false, Participation::kRemote},
      {"remote only, not chosen", remote_only, std::nullopt, true, Participation::kRemote},
      {"remote only, on site", remote_only, Participation::kOnSite, false, Participation::kOnSite},
  };
  for (const Case& c : cases) {
    RegistrantInput input = valid();
    input.participation = c.chosen;
    const auto errors = validate_registrant(input, c.event);
    if (c.valid) {
      EXPECT_TRUE(errors.empty()) << c.what;
    } else {
      ASSERT_EQ(errors.size(), 1U) << c.what;
      EXPECT_EQ(errors[0].field, "participation") << c.what;
    }
    EXPECT_EQ(participation_of(input, c.event), c.taken) << c.what;
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

TEST(ValidateMessage, AValidOneAndOneRowPerRule) {
  const RegistrantNotice valid{"Pysäköinti", "Hei!\n\nPysäköinti on P-Hallissa.\tTervetuloa."};
  EXPECT_TRUE(validate_message(valid).empty());
  struct Case {
    const char* what;
    RegistrantNotice message;
    const char* field;  // nullptr: valid
  };
  const Case cases[] = {
      {"no subject", {"", "Teksti"}, "subject"},
      {"subject on two lines", {"a\nb", "Teksti"}, "subject"},
      {"subject too long", {std::string(201, 'a'), "Teksti"}, "subject"},
      {"subject at the limit", {std::string(200, 'a'), "Teksti"}, nullptr},
      {"subject with a control character", {"a\x07", "Teksti"}, "subject"},
      {"no body", {"Aihe", ""}, "body"},
      {"body too long", {"Aihe", std::string(5001, 'a')}, "body"},
      {"body at the limit", {"Aihe", std::string(5000, 'a')}, nullptr},
      {"body with a control character", {"Aihe", "a\x1b[31m"}, "body"},
      {"body not UTF-8", {"Aihe", "\xc3("}, "body"},
  };
  for (const Case& c : cases) {
    const auto errors = validate_message(c.message);
    if (c.field == nullptr) {
      EXPECT_TRUE(errors.empty()) << c.what;
      continue;
    }
    ASSERT_EQ(errors.size(), 1U) << c.what;
    EXPECT_EQ(errors[0].field, c.field) << c.what;
  }
  EXPECT_TRUE(validate_cancellation_note("").empty()) << "optional";
  EXPECT_TRUE(validate_cancellation_note("Sairastumisen vuoksi.\nUusi aika tulee.").empty());
  EXPECT_EQ(validate_cancellation_note(std::string(5001, 'a')).size(), 1U);
  EXPECT_EQ(validate_cancellation_note(std::string("a\0b", 3)).size(), 1U);
}

TEST(DueReminder, EveryCase) {
  using namespace std::chrono_literals;
  const TimePoint start = TimePoint{std::chrono::sys_days{std::chrono::year{2027} / 3 / 28}} + 7h;
  const TimePoint early = start - 30 * 24h;  // registered a month before
  const std::vector<int> week_and_day = {168, 24};
  struct Case {
    const char* name;
    TimePoint registered_at;
    std::optional<int> reminded;
    TimePoint now;
    std::optional<int> due;
  };
  const Case cases[] = {
      {"nothing due yet", early, std::nullopt, start - 169h, std::nullopt},
      {"the week's reminder", early, std::nullopt, start - 168h, 168},
      {"sent: not again", early, 168, start - 100h, std::nullopt},
      {"the day's after the week's", early, 168, start - 24h, 24},
      {"missed week: only the day's", early, std::nullopt, start - 2h, 24},
      {"both sent", early, 24, start - 1h, std::nullopt},
      {"registered after the week's time", start - 48h, std::nullopt, start - 30h, std::nullopt},
      {"… still gets the day's", start - 48h, std::nullopt, start - 24h, 24},
      {"registered after every time", start - 1h, std::nullopt, start - 30min, std::nullopt},
      {"the event has started", early, std::nullopt, start, std::nullopt},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(due_reminder(week_and_day, start, c.registered_at, c.reminded, c.now), c.due)
        << c.name;
  }
  EXPECT_EQ(due_reminder({24, 168}, start, early, std::nullopt, start - 24h), 24) << "any order";
  EXPECT_EQ(due_reminder({}, start, early, std::nullopt, start - 1h), std::nullopt) << "none set";
}

}  // namespace
}  // namespace tori::core
