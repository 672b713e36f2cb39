// SPDX-License-Identifier: AGPL-3.0-or-later
// Events in the database (data/sql/0008_events.sql): saving by external_id, reading by slug,
// listing upcoming and past ones with filters, and a series' dates.
//
//   EventSaved saved = store.events().save(input, now);     // created, updated or unchanged
//   auto page = store.events().list({.when = EventQuery::When::kUpcoming, .now = now});
//   if (auto event = store.events().find_by_slug("aluetilaisuus-tampere")) …
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct EventQuery {
  enum class When { kUpcoming, kPast, kAll };
  // Upcoming: not ended at `now`, soonest first. Past: ended, latest first. All: by start.
  When when = When::kUpcoming;
  UtcTime now{};
  std::optional<core::EventKind> kind{};
  std::vector<std::string> municipalities{};  // any of these place municipalities; empty: any
  std::string month{};                        // "2027-03": starting in that Helsinki month
  int limit = 50;
  int offset = 0;
};

struct EventPage {
  std::vector<core::Event> items;
  std::int64_t total = 0;  // matching events, ignoring limit and offset
};

enum class EventSaveOutcome { kCreated, kUpdated, kUnchanged };

struct EventSaved {
  EventSaveOutcome outcome = EventSaveOutcome::kCreated;
  std::int64_t id = 0;
  std::string slug;
};

class EventStore {
 public:
  virtual ~EventStore() = default;
  // Creates the event of `input.external_id`, or updates it when its fields differ (the slug
  // stays); a new event's slug comes from its title, unique among events and never a reserved
  // word. Logs an "event" change. An update that core::registrants_notified_of_change marks the
  // change to be mailed to the registrants (RegistrationStore::send_change_notices).
  // REQUIRES: validate_event_input(input) found nothing.
  virtual EventSaved save(const core::EventInput& input, UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<core::Event> find_by_slug(std::string_view slug) = 0;
  [[nodiscard]] virtual std::optional<core::Event> find_by_external_id(
      std::string_view external_id) = 0;
  [[nodiscard]] virtual std::optional<core::Event> find_by_id(std::int64_t id) = 0;
  [[nodiscard]] virtual EventPage list(const EventQuery& query) = 0;
  // Every event of the series titled `series`, by start.
  [[nodiscard]] virtual std::vector<core::Event> in_series(std::string_view series) = 0;
  // Every event in external_id order (for export).
  [[nodiscard]] virtual std::vector<core::Event> all() = 0;
};

}  // namespace tori::store
