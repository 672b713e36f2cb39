// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of keep_events_current: whole weeks, past events kept, Helsinki wall clock across DST.
#include "tori/demo/event_dates.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::demo {
namespace {

core::TimePoint t(const char* rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

core::EventInput event(const char* starts, const char* ends, const char* closes_date) {
  core::EventInput input;
  input.starts_at = t(starts);
  input.ends_at = t(ends);
  input.registration_opens = t("2026-11-16T09:00:00+02:00");
  input.registration_closes =
      core::RegistrationDeadline{closes_date, *text::end_of_helsinki_day(closes_date)};
  return input;
}

TEST(DemoEventDates, TheRunningCampaignStaysInItsJuryPhase) {
  std::vector<core::CampaignInput> campaigns(2);
  campaigns[0].year = 2025;
  campaigns[0].gala_date = "2025-11-20";
  campaigns[0].awards = {{"sote", "dm-1", core::AwardLevel::kWinner, ""}};
  campaigns[1].year = 2026;
  campaigns[1].collecting_from = "2026-03-02";
  campaigns[1].collecting_until = "2026-09-30";
  campaigns[1].gala_date = "2026-11-27";
  keep_campaign_judging(campaigns, t("2026-11-26T12:00:00+02:00"));
  EXPECT_EQ(campaigns[1].gala_date, "2026-11-27") << "before the gala: as written";
  EXPECT_TRUE(campaigns[1].public_vote) << "the demo shows the public vote";
  EXPECT_FALSE(campaigns[0].public_vote);
  keep_campaign_judging(campaigns, t("2026-12-03T23:30:00+02:00"));
  EXPECT_EQ(campaigns[1].gala_date, "2026-12-17") << "two weeks on, by the Helsinki day";
  EXPECT_EQ(core::campaign_phase(campaigns[1], t("2026-12-03T23:30:00+02:00")),
            core::CampaignPhase::kJury);
  EXPECT_EQ(campaigns[0].gala_date, "2025-11-20") << "a finished campaign stays";
}

TEST(DemoEventDates, WeeksSinceTheFileWasWrittenRoundedUp) {
  struct Case {
    const char* now;
    int weeks;
  };
  for (const Case& c : std::initializer_list<Case>{{"2026-11-20T12:00:00+02:00", 0},
                                                   {"2026-12-01T00:00:00+02:00", 0},
                                                   {"2026-12-01T00:00:01+02:00", 1},
                                                   {"2026-12-08T00:00:00+02:00", 1},
                                                   {"2026-12-08T00:00:01+02:00", 2},
                                                   {"2027-12-01T10:00:00+02:00", 53}}) {
    EXPECT_EQ(demo_event_shift_weeks(t(c.now)), c.weeks) << c.now;
  }
}

TEST(DemoEventDates, UpcomingEventsMoveByWholeWeeksOnHelsinkisClock) {
  std::vector<core::EventInput> events = {
      event("2019-09-10T09:00:00+03:00", "2019-09-10T15:00:00+03:00", "2019-09-03"),
      event("2027-03-23T09:00:00+02:00", "2027-03-23T15:00:00+02:00", "2027-03-16"),
      event("2027-10-26T09:00:00+03:00", "2027-10-26T12:00:00+03:00", "2027-10-24")};
  const std::vector<core::EventInput> before = events;
  keep_events_current(events, t("2026-12-02T10:00:00+02:00"));  // one week
  EXPECT_EQ(events[0], before[0]) << "a past event stays as written";
  // Across the spring change (28.3.2027): still 9.00 in Helsinki, now +03:00.
  EXPECT_EQ(text::format_rfc3339_helsinki(events[1].starts_at), "2027-03-30T09:00:00+03:00");
  EXPECT_EQ(text::format_rfc3339_helsinki(events[1].ends_at), "2027-03-30T15:00:00+03:00");
  EXPECT_EQ(events[1].registration_closes->date, "2027-03-23");
  EXPECT_EQ(events[1].registration_closes->at, *text::end_of_helsinki_day("2027-03-23"));
  EXPECT_EQ(text::format_rfc3339_helsinki(*events[1].registration_opens),
            "2026-11-23T09:00:00+02:00");
  // Across the autumn change (31.10.2027): 9.00 stays 9.00, now +02:00 … from +03:00.
  EXPECT_EQ(text::format_rfc3339_helsinki(events[2].starts_at), "2027-11-02T09:00:00+02:00");
  EXPECT_EQ(events[2].registration_closes->date, "2027-10-31");
}

TEST(DemoEventDates, NothingMovesBeforeTheFileDate) {
  std::vector<core::EventInput> events = {
      event("2027-03-23T09:00:00+02:00", "2027-03-23T15:00:00+02:00", "2027-03-16")};
  const auto before = events;
  keep_events_current(events, t("2026-11-30T10:00:00+02:00"));
  EXPECT_EQ(events, before);
}

}  // namespace
}  // namespace tori::demo

namespace tori::demo {
namespace {

TEST(DemoEventDates, NetworkMeetingsMoveWithTheirEvents) {
  std::vector<core::NetworkInput> networks(1);
  core::NetworkInput& network = networks[0];
  network.period_until = "2027-03-01";
  network.meetings = {{.date = "2026-11-18"}, {.date = "2026-12-09"}, {.date = "2027-02-17"}};
  network.costs.days = {{"2026-11-18", {}}, {"2026-12-09", {}}};
  keep_network_meetings_current(networks, t("2026-11-30T12:00:00+02:00"));
  EXPECT_EQ(network.meetings[1].date, "2026-12-09");  // before the file's day: nothing moves
  keep_network_meetings_current(networks, t("2027-01-20T12:00:00+02:00"));  // 8 weeks on
  EXPECT_EQ(network.meetings[0].date, "2026-11-18");
  EXPECT_EQ(network.meetings[1].date, "2027-02-03");
  EXPECT_EQ(network.meetings[2].date, "2027-04-14");
  EXPECT_EQ(network.costs.days[1].date, "2027-02-03");
  EXPECT_EQ(network.period_until, "2027-04-14");  // stretched to the last meeting
}

}  // namespace
}  // namespace tori::demo
