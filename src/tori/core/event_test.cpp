// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of an event's enumerations (every text both ways, unknown texts refused) and of where
// registration stands at a moment, date deadlines across the DST changes included.
#include "tori/core/event.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

TEST(Event, KindsRoundTrip) {
  const std::pair<EventKind, std::string_view> kinds[] = {
      {EventKind::kRegionalEvent, "regional_event"},
      {EventKind::kGala, "gala"},
      {EventKind::kWebinar, "webinar"},
      {EventKind::kNetworkMeeting, "network_meeting"},
      {EventKind::kWorkshop, "workshop"},
      {EventKind::kOther, "other"},
  };
  for (auto [kind, text] : kinds) {
    SCOPED_TRACE(text);
    EXPECT_EQ(to_string(kind), text);
    EXPECT_EQ(parse_event_kind(text), kind);
  }
  for (std::string_view unknown :
       {"", "Gala", "gala ", "regional-event", "regional event", "seminar", "verkostotapaaminen"}) {
    SCOPED_TRACE(unknown);
    EXPECT_EQ(parse_event_kind(unknown), std::nullopt);
  }
}

TEST(Event, QuestionTypesRoundTrip) {
  const std::pair<QuestionType, std::string_view> types[] = {{QuestionType::kText, "text"},
                                                             {QuestionType::kSingle, "single"},
                                                             {QuestionType::kMulti, "multi"}};
  for (auto [type, text] : types) {
    SCOPED_TRACE(text);
    EXPECT_EQ(to_string(type), text);
    EXPECT_EQ(parse_question_type(text), type);
  }
  for (std::string_view unknown : {"", "Text", "multiple", "choice", "single "}) {
    SCOPED_TRACE(unknown);
    EXPECT_EQ(parse_question_type(unknown), std::nullopt);
  }
}

TimePoint at(std::string_view rfc3339) {
  const std::optional<TimePoint> time = text::parse_rfc3339(rfc3339);
  if (!time) throw std::logic_error("bad time in test: " + std::string(rfc3339));
  return *time;
}

// A deadline as the exchange format gives it: a date "YYYY-MM-DD" or an RFC 3339 time.
RegistrationDeadline deadline(std::string_view given) {
  if (given.size() == 10) return {std::string(given), *text::end_of_helsinki_day(given)};
  return {"", at(given)};
}

TEST(Event, ParticipationRoundTrips) {
  for (const Participation mode : {Participation::kOnSite, Participation::kRemote}) {
    EXPECT_EQ(parse_participation(to_string(mode)), mode);
  }
  EXPECT_EQ(to_string(Participation::kOnSite), "on_site");
  EXPECT_FALSE(parse_participation("hybrid"));
  EXPECT_FALSE(parse_participation(""));
}

TEST(Event, WaysOfTakingPartAndTheirSeats) {
  using enum Participation;
  struct Case {
    const char* what;
    bool place;
    bool remote;
    std::optional<int> capacity, on_site, remote_seats;
    std::vector<Participation> modes;
    std::optional<int> on_site_limit, remote_limit;
  };
  const Case cases[] = {
      {"on site only", true, false, 20, {}, {}, {kOnSite}, 20, 20},
      {"remote only", false, true, 500, {}, {}, {kRemote}, 500, 500},
      {"no place, no remote flag", false, false, {}, {}, {}, {kRemote}, {}, {}},
      {"hybrid, shared seats", true, true, 30, {}, {}, {kOnSite, kRemote}, 30, 30},
      {"hybrid, separate", true, true, {}, 18, 40, {kOnSite, kRemote}, 18, 40},
      {"hybrid, remote unlimited", true, true, {}, 18, {}, {kOnSite, kRemote}, 18, {}},
      {"hybrid, on site unlimited", true, true, {}, {}, 40, {kOnSite, kRemote}, {}, 40},
  };
  for (const Case& c : cases) {
    EventInput event;
    if (c.place) event.place = EventPlace{"Sali", "", ""};
    event.remote = c.remote;
    event.capacity = c.capacity;
    event.on_site_capacity = c.on_site;
    event.remote_capacity = c.remote_seats;
    EXPECT_EQ(participation_modes(event), c.modes) << c.what;
    EXPECT_EQ(has_separate_capacities(event), c.on_site || c.remote_seats) << c.what;
    EXPECT_EQ(seat_limit(event, kOnSite), c.on_site_limit) << c.what;
    EXPECT_EQ(seat_limit(event, kRemote), c.remote_limit) << c.what;
  }
}

TEST(Event, RegistrationPhase) {
  struct Case {
    std::string_view name;
    std::optional<std::string_view> opens;
    std::optional<std::string_view> closes;  // a date or a time
    std::string_view now;
    RegistrationPhase expected;
  };
  using enum RegistrationPhase;
  // Every event starts 2026-11-20T09:00:00+02:00 unless its deadline says otherwise.
  const Case cases[] = {
      {"no window: open until it starts", {}, {}, "2026-11-20T08:59:59+02:00", kOpen},
      {"no window: closed when it starts", {}, {}, "2026-11-20T09:00:00+02:00", kClosed},
      {"no window: closed after it started", {}, {}, "2026-11-21T00:00:00+02:00", kClosed},
      {"before opening", "2026-10-01T09:00:00+03:00", {}, "2026-10-01T08:59:59+03:00", kNotYetOpen},
      {"at opening", "2026-10-01T09:00:00+03:00", {}, "2026-10-01T09:00:00+03:00", kOpen},
      {"opened, no deadline, before start",
       "2026-10-01T09:00:00+03:00",
       {},
       "2026-11-20T08:00:00+02:00",
       kOpen},
      {"time deadline: last second",
       {},
       "2026-11-13T16:00:00+02:00",
       "2026-11-13T15:59:59+02:00",
       kOpen},
      {"time deadline: reached",
       {},
       "2026-11-13T16:00:00+02:00",
       "2026-11-13T16:00:00+02:00",
       kClosed},
      {"date deadline: whole day open", {}, "2026-11-13", "2026-11-13T23:59:59+02:00", kOpen},
      {"date deadline: next day closed", {}, "2026-11-13", "2026-11-14T00:00:00+02:00", kClosed},
      {"deadline after start counts, not start",
       {},
       "2026-11-20",
       "2026-11-20T12:00:00+02:00",
       kOpen},
      {"not yet open beats a past deadline", "2026-12-01T00:00:00+02:00", "2026-11-13",
       "2026-11-30T00:00:00+02:00", kNotYetOpen},
      // Summer time begins 2026-03-29 at 03:00 (+02:00 → +03:00): that day ends 21:00 UTC.
      {"DST begins: day before ends 22:00 UTC", {}, "2026-03-28", "2026-03-28T21:59:59Z", kOpen},
      {"DST begins: day before closed", {}, "2026-03-28", "2026-03-28T22:00:00Z", kClosed},
      {"DST begins: last second", {}, "2026-03-29", "2026-03-29T23:59:59+03:00", kOpen},
      {"DST begins: last second in UTC", {}, "2026-03-29", "2026-03-29T20:59:59Z", kOpen},
      {"DST begins: closed at 21:00 UTC", {}, "2026-03-29", "2026-03-29T21:00:00Z", kClosed},
      // Summer time ends 2026-10-25 at 04:00 (+03:00 → +02:00): that day ends 22:00 UTC.
      {"DST ends: day before ends 21:00 UTC", {}, "2026-10-24", "2026-10-24T21:00:00Z", kClosed},
      {"DST ends: last second", {}, "2026-10-25", "2026-10-25T23:59:59+02:00", kOpen},
      {"DST ends: 21:30 UTC still open", {}, "2026-10-25", "2026-10-25T21:30:00Z", kOpen},
      {"DST ends: closed at 22:00 UTC", {}, "2026-10-25", "2026-10-25T22:00:00Z", kClosed},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EventInput event;
    event.starts_at = at("2026-11-20T09:00:00+02:00");
    event.ends_at = at("2026-11-20T16:00:00+02:00");
    if (c.opens) event.registration_opens = at(*c.opens);
    if (c.closes) event.registration_closes = deadline(*c.closes);
    EXPECT_EQ(registration_phase(event, at(c.now)), c.expected);
  }
}

TEST(Event, RegistrationOpenOnlyInTheWindowBeforeTheEndAndNotCancelled) {
  Event stored;
  EventInput& event = stored.input;
  event.starts_at = at("2026-11-20T09:00:00+02:00");
  event.ends_at = at("2026-11-20T16:00:00+02:00");
  event.registration_closes = deadline("2026-11-20T18:00:00+02:00");  // past the end
  EXPECT_TRUE(registration_open(stored, at("2026-11-20T15:59:59+02:00")));
  EXPECT_FALSE(registration_open(stored, at("2026-11-20T16:00:00+02:00"))) << "over";
  stored.cancelled_at = at("2026-11-02T09:00:00+02:00");
  EXPECT_FALSE(registration_open(stored, at("2026-11-20T15:59:59+02:00"))) << "cancelled";
  stored.cancelled_at.reset();
  event.registration_opens = at("2026-11-01T09:00:00+02:00");
  EXPECT_FALSE(registration_open(stored, at("2026-10-31T09:00:00+02:00"))) << "not yet";
  event.registration_closes = deadline("2026-11-13");
  EXPECT_FALSE(registration_open(stored, at("2026-11-14T00:00:00+02:00"))) << "closed";
}

TEST(Event, RegistrantsAreToldOfANewTimeOrPlaceOnly) {
  EventInput before;
  before.title = "Aluetilaisuus";
  before.starts_at = at("2027-03-28T09:00:00+03:00");
  before.ends_at = at("2027-03-28T15:00:00+03:00");
  before.place = EventPlace{"Tampere-talo", "Yliopistonkatu 55", "Tampere"};
  const struct {
    const char* name;
    void (*change)(EventInput&);
    bool told;
  } cases[] = {
      {"nothing", [](EventInput&) {}, false},
      {"title", [](EventInput& e) { e.title = "Uusi nimi"; }, false},
      {"description", [](EventInput& e) { e.description = "Uusi kuvaus."; }, false},
      {"capacity", [](EventInput& e) { e.capacity = 80; }, false},
      {"questions",
       [](EventInput& e) {
         e.questions.push_back({"q", "Q", {}, {}, false});
       },
       false},
      {"start", [](EventInput& e) { e.starts_at += std::chrono::hours(1); }, true},
      {"end", [](EventInput& e) { e.ends_at += std::chrono::minutes(30); }, true},
      {"place name", [](EventInput& e) { e.place->name = "Tampere-talo, sali B"; }, true},
      {"address", [](EventInput& e) { e.place->address = "Yliopistonkatu 56"; }, true},
      {"remote only", [](EventInput& e) { e.place.reset(); }, true},
      {"remote added", [](EventInput& e) { e.remote = true; }, true},
  };
  for (const auto& c : cases) {
    EventInput after = before;
    c.change(after);
    EXPECT_EQ(registrants_notified_of_change(before, after), c.told) << c.name;
  }
}

}  // namespace
}  // namespace tori::core
