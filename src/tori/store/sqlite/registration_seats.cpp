// SPDX-License-Identifier: AGPL-3.0-or-later
// An event's seat pools: one for all, or one per way of taking part; freed seats offered in line.
#include "tori/store/sqlite/registration_seats.hpp"

#include <limits>

#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/registration_rows.hpp"
#include "tori/store/sqlite/registration_store.hpp"

namespace tori::store::sqlite {
namespace {

using core::Participation;

std::optional<int> optional_count(const Statement& row, int column) {
  if (row.column_is_null(column)) return std::nullopt;
  return static_cast<int>(row.column_int64(column));
}

// The pool's mode as the queries' parameter: '' for every way.
std::string mode_parameter(const SeatPool& pool) {
  return pool.mode ? std::string{core::to_string(*pool.mode)} : std::string{};
}

constexpr std::string_view kSeatsHeld =
    "SELECT count(*) FROM registrations WHERE event_id = ?1"
    " AND status IN ('confirmed', 'offered') AND (?2 = '' OR participation = ?2)";
constexpr std::string_view kFirstInLine =
    "SELECT id FROM registrations WHERE event_id = ?1 AND status = 'waiting'"
    " AND (?2 = '' OR participation = ?2) ORDER BY registered_at, id LIMIT 1";
constexpr std::string_view kOffer =
    "UPDATE registrations SET status = 'offered', offer_expires_at = ?2, updated_at = ?3"
    " WHERE id = ?1";

// Offers the pool's free seats one each to the first in line (without a limit, everyone in
// line); returns how many were offered.
int offer_in_pool(Transaction& transaction, std::int64_t event_id, const SeatPool& pool,
                  const OfferPolicy& offers, UtcTime now) {
  Connection& connection = transaction.connection();
  const int free = pool.limit ? *pool.limit - seats_held(connection, event_id, pool)
                              : std::numeric_limits<int>::max();
  int offered = 0;
  while (offered < free) {
    Statement first = connection.prepare(kFirstInLine);
    first.bind_int64(1, event_id).bind_text(2, mode_parameter(pool));
    if (!first.step()) break;
    const std::int64_t id = first.column_int64(0);
    connection.prepare(kOffer)
        .bind_int64(1, id)
        .bind_text(2, format_utc(now + offers.offer_valid_for))
        .bind_text(3, format_utc(now))
        .run();
    queue_registration_mail(transaction, offers.mail_for, id, now);
    ++offered;
  }
  return offered;
}

// Each event's limits and its registrations by way and status (a row with NULL way and status
// for an event nobody has registered for).
constexpr std::string_view kSeatsOfEvents =
    "SELECT e.id, e.capacity, e.on_site_capacity, e.remote_capacity, r.participation, r.status,"
    " count(r.id) FROM events e LEFT JOIN registrations r ON r.event_id = e.id"
    " WHERE e.id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " GROUP BY e.id, e.capacity, e.on_site_capacity, e.remote_capacity, r.participation,"
    " r.status";

void add_to(SeatTally& tally, std::string_view status, int count) {
  if (status == "confirmed") tally.confirmed += count;
  if (status == "offered") tally.offered += count;
  if (status == "waiting") tally.waiting += count;
}

// The whole from the ways': their sums, a limit only when both have one.
void sum_ways(SeatCount& count) {
  count.capacity = count.on_site->capacity && count.remote->capacity
                       ? std::optional<int>{*count.on_site->capacity + *count.remote->capacity}
                       : std::nullopt;
  for (const SeatTally* way : {&*count.on_site, &*count.remote}) {
    count.confirmed += way->confirmed;
    count.offered += way->offered;
    count.waiting += way->waiting;
  }
}

}  // namespace

SeatPool SeatLimits::pool(Participation mode) const {
  if (!separate()) return {capacity, std::nullopt};
  return {mode == Participation::kOnSite ? on_site : remote, mode};
}

std::optional<SeatLimits> event_seat_limits(Connection& connection, std::int64_t event_id) {
  Statement row = connection.prepare(
      "SELECT capacity, on_site_capacity, remote_capacity,"
      " CASE WHEN place_name IS NULL THEN 1 ELSE 0 END FROM events"
      " WHERE id = ?1");
  row.bind_int64(1, event_id);
  if (!row.step()) return std::nullopt;
  return SeatLimits{optional_count(row, 0), optional_count(row, 1), optional_count(row, 2),
                    row.column_int64(3) != 0};
}

int seats_held(Connection& connection, std::int64_t event_id, const SeatPool& pool) {
  Statement row = connection.prepare(kSeatsHeld);
  row.bind_int64(1, event_id).bind_text(2, mode_parameter(pool));
  return row.step() ? static_cast<int>(row.column_int64(0)) : 0;
}

bool seat_free(Connection& connection, std::int64_t event_id, const SeatPool& pool) {
  return !pool.limit || seats_held(connection, event_id, pool) < *pool.limit;
}

int offer_free_seats(Transaction& transaction, std::int64_t event_id, const OfferPolicy& offers,
                     UtcTime now) {
  Connection& connection = transaction.connection();
  const auto limits = event_seat_limits(connection, event_id);
  if (!limits || event_cancelled(connection, event_id)) return 0;
  if (!limits->separate()) {
    return offer_in_pool(transaction, event_id, limits->pool(Participation::kOnSite), offers, now);
  }
  int offered = 0;
  for (const Participation mode : {Participation::kOnSite, Participation::kRemote})
    offered += offer_in_pool(transaction, event_id, limits->pool(mode), offers, now);
  return offered;
}

constexpr std::string_view kEventsWithALine =
    "SELECT DISTINCT r.event_id FROM registrations r JOIN events e ON e.id = r.event_id"
    " WHERE r.status = 'waiting' AND e.cancelled_at IS NULL AND e.starts_at > ?1"
    " ORDER BY r.event_id";

int SqlRegistrationStore::offer_open_seats(const OfferPolicy& offers, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::vector<std::int64_t> events;
  {
    Statement rows = transaction.connection().prepare(kEventsWithALine);
    rows.bind_text(1, stored_time(std::chrono::time_point_cast<std::chrono::seconds>(now)));
    while (rows.step())
      events.push_back(rows.column_int64(0));
  }
  int offered = 0;
  for (const std::int64_t event_id : events) {
    const int here = offer_free_seats(transaction, event_id, offers, now);
    if (here > 0) seats_changed(transaction, event_id);
    offered += here;
  }
  transaction.commit();
  return offered;
}

std::map<std::int64_t, SeatCount> count_seats(Connection& connection,
                                              const std::vector<std::int64_t>& event_ids) {
  std::map<std::int64_t, SeatCount> counts;
  if (event_ids.empty()) return counts;
  Statement rows = connection.prepare(kSeatsOfEvents);
  rows.bind_text(1, json_array(event_ids));
  while (rows.step()) {
    SeatCount& count = counts[rows.column_int64(0)];
    const SeatLimits limits{optional_count(rows, 1), optional_count(rows, 2),
                            optional_count(rows, 3)};
    count.capacity = limits.capacity;
    if (limits.separate() && !count.on_site) {
      count.on_site = SeatTally{limits.on_site};
      count.remote = SeatTally{limits.remote};
    }
    if (rows.column_is_null(5)) continue;
    const int n = static_cast<int>(rows.column_int64(6));
    if (!limits.separate()) {
      add_to(count, rows.column_text(5), n);
    } else {
      add_to(rows.column_text(4) == "remote" ? *count.remote : *count.on_site, rows.column_text(5),
             n);
    }
  }
  for (auto& [id, count] : counts) {
    if (count.on_site) sum_ways(count);
  }
  return counts;
}

}  // namespace tori::store::sqlite
