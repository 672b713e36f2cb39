// SPDX-License-Identifier: AGPL-3.0-or-later
// An event's seats on a connection: its limits (one capacity, or a hybrid event's separate
// on-site and remote ones), the seats held in each pool, and freed seats offered in line order.
// Internal to SqlRegistrationStore.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/store/registration_store.hpp"
#include "tori/store/sqlite/connection.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// The seats a registration competes for: all of the event's (mode none), or those of one way of
// taking part; `limit` none: no limit.
struct SeatPool {
  std::optional<int> limit;
  std::optional<core::Participation> mode;
};

struct SeatLimits {
  std::optional<int> capacity;
  std::optional<int> on_site;
  std::optional<int> remote;
  bool remote_only = false;  // the event has no place
  [[nodiscard]] bool separate() const { return on_site.has_value() || remote.has_value(); }
  // The way of taking part of a registration that did not choose one.
  [[nodiscard]] core::Participation default_mode() const {
    return remote_only ? core::Participation::kRemote : core::Participation::kOnSite;
  }
  [[nodiscard]] SeatPool pool(core::Participation mode) const;
};

// The event's limits; nothing when the event does not exist.
[[nodiscard]] std::optional<SeatLimits> event_seat_limits(Connection& connection,
                                                          std::int64_t event_id);

// Confirmed and offered registrations of the pool's event, the seats held.
[[nodiscard]] int seats_held(Connection& connection, std::int64_t event_id, const SeatPool& pool);

// Whether one more registration of `pool` gets a seat.
[[nodiscard]] bool seat_free(Connection& connection, std::int64_t event_id, const SeatPool& pool);

// Offers the event's free seats, pool by pool, to the first in line of each, one each, with
// their mail; returns how many were offered. Nothing for a cancelled event.
int offer_free_seats(Transaction& transaction, std::int64_t event_id, const OfferPolicy& offers,
                     UtcTime now);

// SeatCount of each event of `event_ids` that exists.
[[nodiscard]] std::map<std::int64_t, SeatCount> count_seats(
    Connection& connection, const std::vector<std::int64_t>& event_ids);

}  // namespace tori::store::sqlite
