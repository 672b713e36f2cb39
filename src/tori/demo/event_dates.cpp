// SPDX-License-Identifier: AGPL-3.0-or-later
// Whole-week moves of the demo events' dates, Helsinki dates of registration deadlines included.
#include "tori/demo/event_dates.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "tori/core/ranking.hpp"
#include "tori/text/time_format.hpp"

namespace tori::demo {
namespace {

using Days = std::chrono::days;

// "2027-02-23" moved by `days` days; the text as is when it is not such a date.
std::string moved_date(const std::string& date, Days days) {
  int year = 0, month = 0, day = 0;
  if (std::sscanf(date.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) return date;
  const std::chrono::year_month_day moved{
      std::chrono::sys_days{std::chrono::year{year} / month / day} + days};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(moved.year()),
                static_cast<unsigned>(moved.month()), static_cast<unsigned>(moved.day()));
  return text;
}

// `time` moved by `days` days on Helsinki's wall clock, so that a 9.00 event stays at 9.00
// across a daylight saving change (a time in the spring's missing hour moves by whole days).
core::TimePoint moved_time(core::TimePoint time, Days days) {
  const std::string local = text::format_rfc3339_helsinki(time);  // 2027-03-23T09:00:00+02:00
  const std::string wanted = moved_date(local.substr(0, 10), days) + local.substr(10, 9);
  for (const char* offset : {"+02:00", "+03:00"}) {
    const auto candidate = text::parse_rfc3339(wanted + offset);
    if (candidate && text::format_rfc3339_helsinki(*candidate).substr(0, 19) == wanted) {
      return *candidate;
    }
  }
  return time + days;
}

void move(core::EventInput& event, Days days) {
  event.starts_at = moved_time(event.starts_at, days);
  event.ends_at = moved_time(event.ends_at, days);
  if (event.registration_opens)
    *event.registration_opens = moved_time(*event.registration_opens, days);
  if (auto& closes = event.registration_closes) {
    if (closes->date.empty()) {
      closes->at = moved_time(closes->at, days);
    } else {
      closes->date = moved_date(closes->date, days);
      closes->at = text::end_of_helsinki_day(closes->date).value_or(closes->at + days);
    }
  }
}

}  // namespace

core::TimePoint demo_events_written() {
  return *core::start_of_helsinki_day("2026-12-01");
}

void keep_campaign_judging(std::vector<core::CampaignInput>& campaigns, core::TimePoint now) {
  const auto latest = std::max_element(
      campaigns.begin(), campaigns.end(),
      [](const core::CampaignInput& a, const core::CampaignInput& b) { return a.year < b.year; });
  if (latest == campaigns.end() || !latest->awards.empty()) return;
  latest->public_vote = true;
  const auto gala = core::start_of_helsinki_day(latest->gala_date);
  if (!gala || now < *gala) return;
  latest->gala_date = text::format_rfc3339_helsinki(now + std::chrono::days(14)).substr(0, 10);
}

int demo_event_shift_weeks(core::TimePoint now) {
  const auto since = now - demo_events_written();
  if (since <= std::chrono::seconds::zero()) return 0;
  const auto week = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::weeks(1));
  return static_cast<int>((since + week - std::chrono::seconds(1)) / week);
}

void keep_events_current(std::vector<core::EventInput>& events, core::TimePoint now) {
  const int weeks = demo_event_shift_weeks(now);
  if (weeks == 0) return;
  const Days days{7 * weeks};
  for (core::EventInput& event : events) {
    if (event.starts_at > demo_events_written()) move(event, days);
  }
}

void keep_network_meetings_current(std::vector<core::NetworkInput>& networks, core::TimePoint now) {
  const int weeks = demo_event_shift_weeks(now);
  if (weeks == 0) return;
  const Days days{7 * weeks};
  const std::string written = text::format_rfc3339_helsinki(demo_events_written()).substr(0, 10);
  const auto move_date = [&](std::string& date) {
    if (date >= written) date = moved_date(date, days);
  };
  for (core::NetworkInput& network : networks) {
    for (core::NetworkMeeting& meeting : network.meetings) {
      move_date(meeting.date);
      network.period_until = std::max(network.period_until, meeting.date);
    }
    for (core::CostDay& day : network.costs.days)
      move_date(day.date);
  }
}

}  // namespace tori::demo
