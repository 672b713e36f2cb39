// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the event exchange format: every demo line parses, validates and comes back byte for
// byte; a bad line per field with its reason; nulls, defaults and the deadline's two forms.
#include "tori/core/event_jsonl.hpp"

#include <sstream>

#include <gtest/gtest.h>

#include "tori/core/test_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

// The line parsed, or a failure naming the reason.
EventInput parsed(std::string_view line) {
  auto read = parse_event_line(line);
  if (auto* error = std::get_if<std::string>(&read)) {
    ADD_FAILURE() << *error;
    return {};
  }
  return std::get<EventInput>(std::move(read));
}

TEST(EventJsonl, EveryDemoLineParsesValidatesAndComesBackByteForByte) {
  std::istringstream demo(testing::read_data_file("demo/events.jsonl"));
  std::string line;
  int count = 0;
  while (std::getline(demo, line)) {
    ++count;
    SCOPED_TRACE("line " + std::to_string(count));
    auto read = parse_event_line(line);
    ASSERT_TRUE(std::holds_alternative<EventInput>(read)) << std::get<std::string>(read);
    const EventInput& event = std::get<EventInput>(read);
    EXPECT_EQ(validate_event_input(event), std::vector<FieldError>{});
    const std::string written = write_event_line(event);
    EXPECT_EQ(written, line);
    EXPECT_EQ(parsed(written), event);
  }
  EXPECT_EQ(count, 29);
}

// A valid line in the demo's style, every field given; bad lines below change one thing in it.
const std::string kGoodEvent =
    R"({"external_id": "ev-1", "kind": "workshop", "title": "T", "lead": "L", )"
    R"("description": "D\n\n**x**", "series": "S", "starts_at": "2026-03-10T09:00:00+02:00", )"
    R"("ends_at": "2026-03-10T15:30:00+02:00", )"
    R"("place": {"name": "N", "address": "A", "municipality": "Puumala", "accessibility": "Ramppi"}, )"
    R"("remote": true, )"
    R"("capacity": 40, "on_site_capacity": null, "remote_capacity": null, )"
    R"("registration_opens": "2026-02-01T09:00:00+02:00", )"
    R"("registration_closes": "2026-03-03", "questions": [{"id": "q", "label": "Q", )"
    R"("type": "single", "choices": ["a", "b"], "required": true}], "language": "sv", )"
    R"("audience": "Esihenkilöt", "programme": [{"starts_at": "2026-03-10T09:30:00+02:00", )"
    R"("title": "Alku", "speakers": "P"}], "remote_url": "https://meet.example.fi/x", )"
    R"("organiser": {"name": "O", "email": "o@kunta.fi", "phone": "+358 40 123"}, )"
    R"("image": {"path": "/static/images/x.jpg", "alt": "Kuva"}, "consent": "C"})";

// kGoodEvent with the first `from` replaced by `to`.
std::string good_event_with(std::string_view from, std::string_view to) {
  std::string line = kGoodEvent;
  const auto found = line.find(from);
  if (found == std::string::npos) throw std::logic_error("not in kGoodEvent: " + std::string(from));
  return line.replace(found, from.size(), to);
}

TEST(EventJsonl, GoodLineReadsEveryField) {
  const EventInput event = parsed(kGoodEvent);
  EXPECT_EQ(event.external_id, "ev-1");
  EXPECT_EQ(event.kind, EventKind::kWorkshop);
  EXPECT_EQ(event.description, "D\n\n**x**");
  EXPECT_EQ(event.series, "S");
  EXPECT_EQ(event.starts_at, text::parse_rfc3339("2026-03-10T07:00:00Z"));
  EXPECT_EQ(event.ends_at, text::parse_rfc3339("2026-03-10T13:30:00Z"));
  EXPECT_EQ(event.place, (EventPlace{"N", "A", "Puumala", "Ramppi"}));
  EXPECT_TRUE(event.remote);
  EXPECT_EQ(event.capacity, 40);
  EXPECT_EQ(event.registration_opens, text::parse_rfc3339("2026-02-01T07:00:00Z"));
  EXPECT_EQ(event.registration_closes,
            (RegistrationDeadline{"2026-03-03", *text::parse_rfc3339("2026-03-03T22:00:00Z")}));
  EXPECT_EQ(event.questions,
            (std::vector<EventQuestion>{{"q", "Q", QuestionType::kSingle, {"a", "b"}, true}}));
  EXPECT_EQ(event.language, ContentLanguage::kSv);
  EXPECT_EQ(event.audience, "Esihenkilöt");
  EXPECT_EQ(
      event.programme,
      (std::vector<ProgrammeItem>{{*text::parse_rfc3339("2026-03-10T07:30:00Z"), "Alku", "P"}}));
  EXPECT_EQ(event.remote_url, "https://meet.example.fi/x");
  EXPECT_EQ(event.organiser, (EventOrganiser{"O", "o@kunta.fi", "+358 40 123"}));
  EXPECT_EQ(event.image, (EventImage{"/static/images/x.jpg", "Kuva"}));
  EXPECT_EQ(event.consent, "C");
  EXPECT_EQ(validate_event_input(event), std::vector<FieldError>{});
  EXPECT_EQ(write_event_line(event), kGoodEvent);
  EXPECT_EQ(write_event_line(parsed("  " + kGoodEvent + " \r")), kGoodEvent);  // a CRLF file's CR
}

TEST(EventJsonl, BadLinesOnePerShape) {
  struct Case {
    std::string_view name;
    std::string line;
    std::string reason;
  };
  const std::string time = "an RFC 3339 time with an offset (2017-05-23T09:00:00+03:00)";
  const std::string deadline =
      "a date (2017-05-16) or an RFC 3339 time with an offset (2017-05-16T16:00:00+03:00)";
  const Case cases[] = {
      {"not JSON", "{\"external_id\": ", "not valid JSON: incomplete JSON (at column 17)"},
      {"invalid UTF-8", good_event_with("\"T\"", "\"\xFF\""),
       "not valid JSON: syntax error (at column 55)"},  // the 0xFF byte
      {"not an object", "[1, 2]", "the line must be a JSON object"},
      {"unknown field", good_event_with("\"series\"", "\"sarja\""), "unknown field 'sarja'"},
      {"on-site capacity a string",
       good_event_with(R"("on_site_capacity": null)", R"("on_site_capacity": "40")"),
       "field 'on_site_capacity' must be a whole number"},
      {"remote capacity beyond int",
       good_event_with(R"("remote_capacity": null)", R"("remote_capacity": 9999999999)"),
       "field 'remote_capacity' must be 1–100000"},
      {"programme a list",
       good_event_with(
           R"([{"starts_at": "2026-03-10T09:30:00+02:00", "title": "Alku", "speakers": "P"}])",
           R"("Alku")"),
       "field 'programme' must be a list of objects"},
      {"programme item an object", good_event_with(R"("programme": [{)", R"("programme": [1, {)"),
       "field 'programme[0]' must be an object with starts_at, title, speakers"},
      {"programme item time", good_event_with("\"2026-03-10T09:30:00+02:00\"", "\"9.30\""),
       "field 'programme[0].starts_at' must be an RFC 3339 time with an offset "
       "(2027-03-02T09:30:00+02:00)"},
      {"programme item unknown field", good_event_with(R"("speakers": "P")", R"("puhujat": "P")"),
       "unknown field 'programme[0].puhujat'"},
      {"organiser an object",
       good_event_with(R"({"name": "O", "email": "o@kunta.fi", "phone": "+358 40 123"})", R"("O")"),
       "field 'organiser' must be an object with name, email, phone"},
      {"image unknown field", good_event_with(R"("alt": "Kuva")", R"("alt_text": "Kuva")"),
       "unknown field 'image.alt_text'"},
      {"place accessibility a string",
       good_event_with(R"("accessibility": "Ramppi")", R"("accessibility": 1)"),
       "field 'place.accessibility' must be a string"},
      {"external_id a string", good_event_with("\"ev-1\"", "1"),
       "field 'external_id' must be a string"},
      {"external_id not null", good_event_with("\"ev-1\"", "null"),
       "field 'external_id' must be a string"},
      {"kind required", good_event_with(R"("kind": "workshop", )", ""), "field 'kind' is required"},
      {"kind not null", good_event_with("\"workshop\"", "null"), "field 'kind' is required"},
      {"kind value", good_event_with("\"workshop\"", "\"työpaja\""),
       "field 'kind' must be one of regional_event, gala, webinar, network_meeting, workshop, "
       "other"},
      {"title a string", good_event_with("\"T\"", "[\"T\"]"), "field 'title' must be a string"},
      {"lead a string", good_event_with("\"L\"", "{}"), "field 'lead' must be a string"},
      {"description a string", good_event_with("\"D\\n\\n**x**\"", "false"),
       "field 'description' must be a string"},
      {"series a string", good_event_with("\"S\"", "2"), "field 'series' must be a string"},
      {"starts_at required", good_event_with(R"("starts_at": "2026-03-10T09:00:00+02:00", )", ""),
       "field 'starts_at' is required"},
      {"starts_at an offset", good_event_with("09:00:00+02:00\"", "09:00:00\""),
       "field 'starts_at' must be " + time},
      {"starts_at a string", good_event_with("\"2026-03-10T09:00:00+02:00\"", "1773126000"),
       "field 'starts_at' must be " + time},
      {"ends_at required", good_event_with(R"("ends_at": "2026-03-10T15:30:00+02:00", )", ""),
       "field 'ends_at' is required"},
      {"ends_at not a date", good_event_with("\"2026-03-10T15:30:00+02:00\"", "\"2026-03-10\""),
       "field 'ends_at' must be " + time},
      {"place an object",
       good_event_with(
           R"({"name": "N", "address": "A", "municipality": "Puumala", "accessibility": "Ramppi"})",
           "\"N\""),
       "field 'place' must be an object with name, address, municipality"},
      {"place field known", good_event_with("\"address\"", "\"street\""),
       "unknown field 'place.street'"},
      {"place field a string", good_event_with("\"Puumala\"", "null"),
       "field 'place.municipality' must be a string"},
      {"remote a boolean", good_event_with("\"remote\": true", "\"remote\": \"yes\""),
       "field 'remote' must be true or false"},
      {"remote not null", good_event_with("\"remote\": true", "\"remote\": null"),
       "field 'remote' must be true or false"},
      {"capacity a number", good_event_with("40", "\"40\""),
       "field 'capacity' must be a whole number"},
      {"capacity whole", good_event_with("40", "40.0"), "field 'capacity' must be a whole number"},
      {"capacity in range", good_event_with("40", "4294967296"),
       "field 'capacity' must be 1–100000"},
      {"capacity past int64", good_event_with("40", "18446744073709551615"),
       "field 'capacity' must be 1–100000"},
      {"registration_opens a time",
       good_event_with("\"2026-02-01T09:00:00+02:00\"", "\"2026-02-01\""),
       "field 'registration_opens' must be " + time},
      {"registration_closes a real date", good_event_with("\"2026-03-03\"", "\"2026-02-30\""),
       "field 'registration_closes' must be " + deadline},
      {"registration_closes no offset",
       good_event_with("\"2026-03-03\"", "\"2026-03-03T16:00:00\""),
       "field 'registration_closes' must be " + deadline},
      {"registration_closes Finnish date", good_event_with("\"2026-03-03\"", "\"3.3.2026\""),
       "field 'registration_closes' must be " + deadline},
      {"registration_closes a string", good_event_with("\"2026-03-03\"", "20260303"),
       "field 'registration_closes' must be " + deadline},
      {"questions a list", good_event_with(R"("questions": [{)", R"("questions": "q", "x": [{)"),
       "field 'questions' must be a list of objects"},
      {"questions not null", good_event_with("\"questions\": [", "\"questions\": null, \"x\": ["),
       "field 'questions' must be a list of objects"},
      {"question an object", good_event_with("\"questions\": [", "\"questions\": [\"q\", "),
       "field 'questions[0]' must be an object with id, label, type, choices, required"},
      {"question field known", good_event_with("\"label\"", "\"text\""),
       "unknown field 'questions[0].text'"},
      {"question id a string", good_event_with("\"id\": \"q\"", "\"id\": 1"),
       "field 'questions[0].id' must be a string"},
      {"question label a string", good_event_with("\"Q\"", "null"),
       "field 'questions[0].label' must be a string"},
      {"question type required", good_event_with("\"type\": \"single\", ", ""),
       "field 'questions[0].type' is required"},
      {"question type value", good_event_with("\"single\"", "\"radio\""),
       "field 'questions[0].type' must be one of text, single, multi"},
      {"question choices a list", good_event_with("[\"a\", \"b\"]", "\"a\""),
       "field 'questions[0].choices' must be a list of strings"},
      {"question choices strings", good_event_with("[\"a\", \"b\"]", "[\"a\", 2]"),
       "field 'questions[0].choices' must be a list of strings"},
      {"question required a boolean", good_event_with("\"required\": true", "\"required\": 1"),
       "field 'questions[0].required' must be true or false"},
      {"language value", good_event_with("\"sv\"", "\"ruotsi\""),
       "field 'language' must be one of fi, sv, en"},
      {"language not null", good_event_with("\"sv\"", "null"),
       "field 'language' must be one of fi, sv, en"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto read = parse_event_line(c.line);
    ASSERT_TRUE(std::holds_alternative<std::string>(read)) << c.line;
    EXPECT_EQ(std::get<std::string>(read), c.reason);
  }
}

TEST(EventJsonl, NullMeansAbsentAndDefaultsFollowTheFormat) {
  const std::string line =
      R"({"external_id": "e", "kind": "webinar", "title": "T", "series": null, )"
      R"("starts_at": "2026-03-10T07:00:00Z", "ends_at": "2026-03-10T08:00:00Z", "place": null, )"
      R"("capacity": null, "on_site_capacity": null, "remote_capacity": null, )"
      R"("registration_opens": null, "registration_closes": null})";
  const EventInput event = parsed(line);
  EXPECT_EQ(event.series, "");
  EXPECT_EQ(event.place, std::nullopt);
  EXPECT_EQ(event.capacity, std::nullopt);
  EXPECT_EQ(event.on_site_capacity, std::nullopt);
  EXPECT_EQ(event.remote_capacity, std::nullopt);
  EXPECT_EQ(event.registration_opens, std::nullopt);
  EXPECT_EQ(event.registration_closes, std::nullopt);
  EXPECT_FALSE(event.remote);
  EXPECT_EQ(event.questions, std::vector<EventQuestion>{});
  EXPECT_EQ(event.language, ContentLanguage::kFi);
  EXPECT_EQ(write_event_line(event),
            R"({"external_id": "e", "kind": "webinar", "title": "T", "lead": "", )"
            R"("description": "", "series": null, "starts_at": "2026-03-10T09:00:00+02:00", )"
            R"("ends_at": "2026-03-10T10:00:00+02:00", "place": null, "remote": false, )"
            R"("capacity": null, "on_site_capacity": null, "remote_capacity": null, )"
            R"("registration_opens": null, "registration_closes": null, )"
            R"("questions": [], "language": "fi", "audience": "", "programme": [], )"
            R"("remote_url": null, "organiser": null, "image": null, "consent": ""})");
  // A question's own defaults: no choices, not required.
  const EventInput asked =
      parsed(good_event_with(R"(, "choices": ["a", "b"], "required": true)", ""));
  EXPECT_EQ(asked.questions,
            (std::vector<EventQuestion>{{"q", "Q", QuestionType::kSingle, {}, false}}));
}

TEST(EventJsonl, DeadlineIsADateOrATime) {
  // A time is kept as an instant and written back with the Helsinki offset of that moment.
  const EventInput timed = parsed(good_event_with("\"2026-03-03\"", "\"2026-03-03T14:00:00Z\""));
  ASSERT_TRUE(timed.registration_closes.has_value());
  EXPECT_EQ(*timed.registration_closes,
            (RegistrationDeadline{"", *text::parse_rfc3339("2026-03-03T16:00:00+02:00")}));
  const std::string written = write_event_line(timed);
  EXPECT_EQ(written, good_event_with("\"2026-03-03\"", "\"2026-03-03T16:00:00+02:00\""));
  EXPECT_EQ(parsed(written), timed);
  // A date in summer time ends at 21:00 UTC.
  const EventInput dated = parsed(good_event_with("\"2026-03-03\"", "\"2026-06-30\""));
  EXPECT_EQ(dated.registration_closes,
            (RegistrationDeadline{"2026-06-30", *text::parse_rfc3339("2026-06-30T21:00:00Z")}));
}

TEST(EventJsonl, WriteParseRoundTripsHostileText) {
  EventInput event = parsed(kGoodEvent);
  event.title = "Quote \" backslash \\ slash / tab \t";
  event.description = "line\nCR\r\x01 line separator \u2028 paragraph \u2029 ä € 😀";
  event.series.clear();
  event.place.reset();
  event.capacity.reset();
  event.questions[0].choices = {"\"a\"", "b\\c"};
  const std::string line = write_event_line(event);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_NE(line.find(R"("description": "line\nCR\r\u0001 line separator \u2028 paragraph )"
                      R"(\u2029 ä € 😀")"),
            std::string::npos)
      << line;
  EXPECT_EQ(parsed(line), event);
  EXPECT_EQ(write_event_line(parsed(line)), line);
}

}  // namespace
}  // namespace tori::core
