// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo events' dates kept current: the hand-written events after the day the file was
// written are moved forward by whole weeks (weekdays kept) so that `make run` always shows
// upcoming events with registration open; earlier ones stay in the past as written.
//
//   std::vector<core::EventInput> events = …;  // data/demo/events.jsonl
//   demo::keep_events_current(events, core::TimePoint{…now…});
#pragma once

#include <vector>

#include "tori/core/campaign.hpp"
#include "tori/core/event.hpp"
#include "tori/core/network.hpp"

namespace tori::demo {

// The day data/demo/events.jsonl describes as "now": 2026-12-01 00:00 in Helsinki.
[[nodiscard]] core::TimePoint demo_events_written();

// How many whole weeks the file's upcoming events move at `now`: 0 until demo_events_written(),
// then the weeks since, rounded up.
[[nodiscard]] int demo_event_shift_weeks(core::TimePoint now);

// Moves every event starting after demo_events_written() by demo_event_shift_weeks(now):
// start, end and the registration window (a closing date stays a date, its day moved).
void keep_events_current(std::vector<core::EventInput>& events, core::TimePoint now);

// The networks' meetings and expert days on or after demo_events_written() moved like the events
// (so that a meeting stays on its event's day); a period that would end before its last meeting
// is stretched to it.
void keep_network_meetings_current(std::vector<core::NetworkInput>& networks, core::TimePoint now);

// Keeps the running campaign (the latest year, no awards yet; data/demo/campaigns.jsonl has it
// between its deadline and its gala) in its jury phase: when its gala day has come at `now`, the
// gala moves to the Helsinki day two weeks after `now`. Collecting dates stay as written. It
// also has the public vote on, so that the demo shows one open.
void keep_campaign_judging(std::vector<core::CampaignInput>& campaigns, core::TimePoint now);

}  // namespace tori::demo
