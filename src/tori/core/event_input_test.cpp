// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the rules an event input must meet, one row per rule, each naming its field.
#include <functional>

#include <gtest/gtest.h>

#include "tori/core/event.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

TimePoint instant(std::string_view rfc3339) {
  const std::optional<TimePoint> time = text::parse_rfc3339(rfc3339);
  if (!time) throw std::logic_error("bad time in test: " + std::string(rfc3339));
  return *time;
}

RegistrationDeadline until_end_of(std::string_view date) {
  return {std::string(date), *text::end_of_helsinki_day(date)};
}

// An input that meets every rule, in the demo's style.
EventInput valid_event_input() {
  EventInput input;
  input.external_id = "ev-001";
  input.kind = EventKind::kNetworkMeeting;
  input.title = "Työn monipuolistajat: verkoston aloituspäivä";
  input.lead = "Verkoston ensimmäinen tapaaminen.";
  input.description = "## Ohjelma\n\n- **9.00** Aamukahvi\n";
  input.series = "Aloituspäivät";
  input.starts_at = instant("2017-05-23T09:00:00+03:00");
  input.ends_at = instant("2017-05-23T14:00:00+03:00");
  input.place = EventPlace{"Puumalan kunnantalo", "Keskustie 12, 52200 Puumala", "Puumala"};
  input.capacity = 20;
  input.registration_opens = instant("2017-04-18T09:00:00+03:00");
  input.registration_closes = until_end_of("2017-05-16");
  input.questions = {
      {"ruokavalio", "Erityisruokavalio", QuestionType::kMulti, {"laktoositon", "kasvis"}, false},
      {"illallinen", "Osallistun illalliselle", QuestionType::kSingle, {"kyllä", "en"}, true},
      {"esteettomyys", "Esteettömyystarpeet", QuestionType::kText, {}, false},
  };
  return input;
}

TEST(EventInput, ValidInputHasNoErrors) {
  EXPECT_EQ(validate_event_input(valid_event_input()), std::vector<FieldError>{});
  EventInput minimal;  // only what is required: remote, no limits, no questions
  minimal.external_id = "x";
  minimal.title = "T";
  minimal.remote = true;
  EXPECT_EQ(validate_event_input(minimal), std::vector<FieldError>{});
  EventInput edges = valid_event_input();  // every limit exactly reached
  edges.external_id = std::string(100, 'x');
  edges.title = std::string(200, 't');
  edges.lead = std::string(600, 'l');
  edges.ends_at = edges.starts_at;
  edges.capacity = 100000;
  edges.registration_closes = RegistrationDeadline{"", edges.ends_at};
  edges.questions.resize(30, edges.questions[0]);
  for (std::size_t i = 0; i < edges.questions.size(); ++i) {
    edges.questions[i].id = std::string(38, 'q') + std::to_string(10 + i);
  }
  EXPECT_EQ(validate_event_input(edges), std::vector<FieldError>{});
  edges.audience = std::string(600, 'a');
  edges.programme = {{edges.starts_at, std::string(200, 't'), std::string(200, 's')}};
  edges.place->accessibility = std::string(2000, 'a');
  edges.remote = true;
  edges.remote_url = "https://meet.example.fi/" + std::string(476, 'x');
  edges.organiser = EventOrganiser{"O", "", std::string(40, '1')};
  edges.image = EventImage{"/static/images/x.jpg", std::string(300, 'a')};
  edges.consent = std::string(2000, 'c');
  EXPECT_EQ(validate_event_input(edges), std::vector<FieldError>{});
  edges.capacity = 1;
  edges.questions[0].id = "a-z_0-9";
  EXPECT_EQ(validate_event_input(edges), std::vector<FieldError>{});
}

TEST(EventInput, AHybridEventMayHaveSeparateCapacities) {
  EventInput hybrid = valid_event_input();
  hybrid.remote = true;
  hybrid.capacity.reset();
  hybrid.on_site_capacity = 20;
  EXPECT_TRUE(validate_event_input(hybrid).empty()) << "remote without a limit";
  hybrid.remote_capacity = 100000;
  EXPECT_TRUE(validate_event_input(hybrid).empty()) << "both limited";
  hybrid.on_site_capacity.reset();
  EXPECT_TRUE(validate_event_input(hybrid).empty()) << "on site without a limit";
}

TEST(EventInput, EachRuleReportsItsField) {
  struct Case {
    std::string_view name;
    std::function<void(EventInput&)> change;
    FieldError expected;
  };
  const Case cases[] = {
      {"external_id required",
       [](auto& in) { in.external_id.clear(); },
       {"external_id", "external_id is required"}},
      {"external_id too long",
       [](auto& in) { in.external_id = std::string(101, 'x'); },
       {"external_id", "external_id is longer than 100 characters"}},
      {"external_id no space",
       [](auto& in) { in.external_id = "ev 001"; },
       {"external_id", "external_id must not contain whitespace"}},
      {"external_id no tab",
       [](auto& in) { in.external_id = "ev\t001"; },
       {"external_id", "external_id contains a control character"}},
      {"title required", [](auto& in) { in.title.clear(); }, {"title", "title is required"}},
      {"title too long",
       [](auto& in) { in.title = std::string(201, 't'); },
       {"title", "title is longer than 200 characters"}},
      {"title valid UTF-8",
       [](auto& in) { in.title = "\xC3\x28"; },
       {"title", "title is not valid UTF-8"}},
      {"title one line",
       [](auto& in) { in.title = "a\nb"; },
       {"title", "title contains a control character"}},
      {"lead too long",
       [](auto& in) { in.lead = std::string(601, 'l'); },
       {"lead", "lead is longer than 600 characters"}},
      {"description UTF-8",
       [](auto& in) { in.description = "\xFF"; },
       {"description", "description is not valid UTF-8"}},
      {"series one line",
       [](auto& in) { in.series = "a\nb"; },
       {"series", "series contains a control character"}},
      {"ends before it starts",
       [](auto& in) { in.ends_at = in.starts_at - std::chrono::seconds(1); },
       {"ends_at", "ends_at is before starts_at"}},
      {"place needs a name",
       [](auto& in) { in.place->name.clear(); },
       {"place.name", "place.name is required"}},
      {"place address one line",
       [](auto& in) { in.place->address = "Keskustie 12\nPuumala"; },
       {"place.address", "place.address contains a control character"}},
      {"audience too long",
       [](auto& in) { in.audience = std::string(601, 'a'); },
       {"audience", "audience is longer than 600 characters"}},
      {"programme item before the event",
       [](auto& in) {
         in.programme = {{in.starts_at - std::chrono::minutes(1), "Aamukahvi", ""}};
       },
       {"programme[0].starts_at", "programme[0].starts_at is not within the event"}},
      {"programme item needs a title",
       [](auto& in) {
         in.programme = {{in.starts_at, "", "P"}};
       },
       {"programme[0].title", "programme[0].title is required"}},
      {"programme speakers one line",
       [](auto& in) {
         in.programme = {{in.starts_at, "T", "a\nb"}};
       },
       {"programme[0].speakers", "programme[0].speakers contains a control character"}},
      {"too many programme items",
       [](auto& in) {
         in.programme.resize(51, {in.starts_at, "T", ""});
       },
       {"programme", "at most 50 programme items"}},
      {"accessibility too long",
       [](auto& in) { in.place->accessibility = std::string(2001, 'a'); },
       {"place.accessibility", "place.accessibility is longer than 2000 characters"}},
      {"remote_url https",
       [](auto& in) {
         in.remote = true;
         in.remote_url = "http://meet.example.fi/x";
       },
       {"remote_url", "remote_url must be an https:// address"}},
      {"remote_url without spaces",
       [](auto& in) {
         in.remote = true;
         in.remote_url = "https://meet.example.fi/a b";
       },
       {"remote_url", "remote_url must be an https:// address"}},
      {"remote_url needs remote participation",
       [](auto& in) { in.remote_url = "https://meet.example.fi/x"; },
       {"remote_url", "remote_url is given but the event has no remote participation"}},
      {"organiser needs a name",
       [](auto& in) {
         in.organiser = EventOrganiser{"", "o@kunta.fi", ""};
       },
       {"organiser.name", "organiser.name is required"}},
      {"organiser e-mail",
       [](auto& in) {
         in.organiser = EventOrganiser{"O", "o-at-kunta", ""};
       },
       {"organiser.email", "organiser.email is not an e-mail address"}},
      {"organiser phone too long",
       [](auto& in) {
         in.organiser = EventOrganiser{"O", "", std::string(41, '1')};
       },
       {"organiser.phone", "organiser.phone is longer than 40 characters"}},
      {"image path on this site",
       [](auto& in) {
         in.image = EventImage{"https://example.com/x.jpg", "Kuva"};
       },
       {"image.path", "image.path must be a path on this site (/static/…)"}},
      {"image path not protocol-relative",
       [](auto& in) {
         in.image = EventImage{"//example.com/x.jpg", "Kuva"};
       },
       {"image.path", "image.path must be a path on this site (/static/…)"}},
      {"image needs alt text",
       [](auto& in) {
         in.image = EventImage{"/static/images/x.jpg", ""};
       },
       {"image.alt", "image.alt is required"}},
      {"consent too long",
       [](auto& in) { in.consent = std::string(2001, 'c'); },
       {"consent", "consent is longer than 2000 characters"}},
      {"capacity zero",
       [](auto& in) { in.capacity = 0; },
       {"capacity", "capacity must be 1–100000"}},
      {"capacity too big",
       [](auto& in) { in.capacity = 100001; },
       {"capacity", "capacity must be 1–100000"}},
      {"on-site capacity of an event on site only",
       [](auto& in) {
         in.capacity.reset();
         in.on_site_capacity = 10;
       },
       {"on_site_capacity",
        "on_site_capacity is only for an event with both a place and remote participation"}},
      {"remote capacity of a remote-only event",
       [](auto& in) {
         in.capacity.reset();
         in.place.reset();
         in.remote = true;
         in.remote_capacity = 10;
       },
       {"remote_capacity",
        "remote_capacity is only for an event with both a place and remote participation"}},
      {"separate capacities beside one capacity",
       [](auto& in) {
         in.remote = true;
         in.remote_capacity = 10;
       },
       {"capacity", "give either capacity or on_site_capacity and remote_capacity"}},
      {"remote capacity zero",
       [](auto& in) {
         in.capacity.reset();
         in.remote = true;
         in.remote_capacity = 0;
       },
       {"remote_capacity", "remote_capacity must be 1–100000"}},
      {"opens at the deadline",
       [](auto& in) { in.registration_opens = in.registration_closes->at; },
       {"registration_opens", "registration_opens must be before registration_closes"}},
      {"closes after the event ends",
       [](auto& in) { in.registration_closes = until_end_of("2017-05-23"); },
       {"registration_closes", "registration_closes is after the event ends"}},
      {"deadline date and instant disagree",
       [](auto& in) { in.registration_closes->at -= std::chrono::hours(1); },
       {"registration_closes",
        "registration_closes is not the end of the day 2017-05-16 in Helsinki"}},
      {"too many questions",
       [](auto& in) {
         for (int i = 0; i < 28; ++i)
           in.questions.push_back({"q" + std::to_string(i), "L", QuestionType::kText, {}, false});
       },
       {"questions", "at most 30 questions"}},
      {"question id required",
       [](auto& in) { in.questions[1].id.clear(); },
       {"questions[1].id", "questions[1].id is required"}},
      {"question id lower case",
       [](auto& in) { in.questions[1].id = "Illallinen"; },
       {"questions[1].id", "questions[1].id must be 1–40 of a–z, 0–9, _ and -"}},
      {"question id ASCII",
       [](auto& in) { in.questions[1].id = "esteettömyys"; },
       {"questions[1].id", "questions[1].id must be 1–40 of a–z, 0–9, _ and -"}},
      {"question id too long",
       [](auto& in) { in.questions[1].id = std::string(41, 'q'); },
       {"questions[1].id", "questions[1].id must be 1–40 of a–z, 0–9, _ and -"}},
      {"question id unique",
       [](auto& in) { in.questions[2].id = "ruokavalio"; },
       {"questions[2].id", "questions[2].id 'ruokavalio' is used twice"}},
      {"label required",
       [](auto& in) { in.questions[0].label.clear(); },
       {"questions[0].label", "questions[0].label is required"}},
      {"single needs two choices",
       [](auto& in) { in.questions[1].choices = {"kyllä"}; },
       {"questions[1].choices",
        "questions[1].choices must have at least 2 choices for a single question"}},
      {"multi needs two choices",
       [](auto& in) { in.questions[0].choices.clear(); },
       {"questions[0].choices",
        "questions[0].choices must have at least 2 choices for a multi question"}},
      {"text has no choices",
       [](auto& in) {
         in.questions[2].choices = {"a", "b"};
       },
       {"questions[2].choices", "questions[2].choices must be empty for a text question"}},
      {"choice not empty",
       [](auto& in) { in.questions[0].choices.push_back(""); },
       {"questions[0].choices[2]", "questions[0].choices[2] is required"}},
      {"choice unique",
       [](auto& in) { in.questions[0].choices.push_back("Kasvis"); },
       {"questions[0].choices[2]", "'Kasvis' is listed twice in questions[0].choices"}},
      {"choice without line break",
       [](auto& in) { in.questions[1].choices[1] = "en\nkiitos"; },
       {"questions[1].choices[1]", "questions[1].choices[1] contains a line break"}},
      {"choice without CR",
       [](auto& in) { in.questions[1].choices[1] = "en\r"; },
       {"questions[1].choices[1]", "questions[1].choices[1] contains a line break"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EventInput input = valid_event_input();
    c.change(input);
    EXPECT_EQ(validate_event_input(input), std::vector<FieldError>{c.expected});
  }
}

TEST(EventInput, LimitsCountCharactersNotBytes) {
  EventInput input = valid_event_input();
  input.lead.clear();
  for (int i = 0; i < 600; ++i)
    input.lead += "ä";  // 1200 bytes
  EXPECT_EQ(validate_event_input(input), std::vector<FieldError>{});
  input.lead += "ä";
  EXPECT_EQ(validate_event_input(input),
            (std::vector<FieldError>{{"lead", "lead is longer than 600 characters"}}));
}

TEST(EventInput, ReportsEveryBrokenRuleInFieldOrder) {
  EventInput input = valid_event_input();
  input.questions[1].id = "ruokavalio";
  input.title.clear();
  input.capacity = -1;
  input.ends_at = input.starts_at - std::chrono::hours(1);
  const std::vector<FieldError> expected = {
      {"title", "title is required"},
      {"ends_at", "ends_at is before starts_at"},
      {"capacity", "capacity must be 1–100000"},
      {"questions[1].id", "questions[1].id 'ruokavalio' is used twice"},
  };
  EXPECT_EQ(validate_event_input(input), expected);
}

}  // namespace
}  // namespace tori::core
