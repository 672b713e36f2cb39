// SPDX-License-Identifier: AGPL-3.0-or-later
// Events on either SQL backend: save by external_id with a unique slug, reads and listings.
#include "tori/store/sqlite/event_store.hpp"

#include <cstdio>

#include "tori/core/ranking.hpp"
#include "tori/store/reserved_slugs.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/event_rows.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"
#include "tori/text/slug.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kInsertEvent =
    "INSERT INTO events (external_id, slug, kind, title, lead, description, series, starts_at,"
    " ends_at, place_name, place_address, place_municipality, remote, capacity,"
    " registration_opens, registration_closes, registration_closes_date, language, created_at,"
    " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
    " ?17, ?18, ?19, ?19) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE events SET kind = ?3, title = ?4, lead = ?5, description = ?6, series = ?7,"
    " starts_at = ?8, ends_at = ?9, place_name = ?10, place_address = ?11,"
    " place_municipality = ?12, remote = ?13, capacity = ?14, registration_opens = ?15,"
    " registration_closes = ?16, registration_closes_date = ?17, language = ?18,"
    " updated_at = ?19, change_notice_due = CASE WHEN ?20 = 1 THEN 1 ELSE change_notice_due END"
    " WHERE external_id = ?1 AND slug = ?2";
constexpr std::string_view kSlugTaken = "SELECT 1 FROM events WHERE slug = ?1";

std::optional<core::Event> find_one(Connection& connection, std::string_view where,
                                    std::string_view value) {
  Statement rows = connection.prepare(select_events() + std::string{where});
  rows.bind_text(1, value);
  std::vector<core::Event> events = load_events(connection, rows);
  if (events.empty()) return std::nullopt;
  return std::move(events.front());
}

std::string new_slug(Connection& connection, std::string_view title) {
  return text::unique_slug(
      text::slugify(title),
      [&](std::string_view candidate) {
        return connection.prepare(kSlugTaken).bind_text(1, candidate).step();
      },
      reserved_slugs());
}

std::int64_t insert_event(Connection& connection, const core::EventInput& input,
                          const std::string& slug, UtcTime now) {
  Statement insert = connection.prepare(kInsertEvent);
  bind_event_columns(insert, input);
  insert.bind_text(2, slug).bind_text(19, format_utc(now));
  if (!insert.step()) throw Error("events: INSERT … RETURNING gave no id");
  return insert.column_int64(0);
}

// The UTC window [from, until) of a Helsinki month "YYYY-MM"; nothing when malformed.
std::optional<std::pair<std::string, std::string>> month_window(const std::string& month) {
  int year = 0, number = 0;
  char rest = 0;
  if (month.size() != 7 || std::sscanf(month.c_str(), "%4d-%2d%c", &year, &number, &rest) != 2 ||
      number < 1 || number > 12) {
    return std::nullopt;
  }
  char next[32];
  std::snprintf(next, sizeof next, "%04d-%02d-01", number == 12 ? year + 1 : year,
                number == 12 ? 1 : number + 1);
  const auto from = core::start_of_helsinki_day(month + "-01");
  const auto until = core::start_of_helsinki_day(next);
  if (!from || !until) return std::nullopt;
  return std::pair{stored_time(*from), stored_time(*until)};
}

constexpr std::string_view kListWhere =
    "WHERE (?1 = 'all' OR (?1 = 'upcoming' AND e.ends_at >= ?2)"
    "       OR (?1 = 'past' AND e.ends_at < ?2))"
    " AND (?3 = '' OR e.kind = ?3)"
    " AND (?4 = '[]' OR e.place_municipality IN (SELECT value FROM json_each(?4)))"
    " AND (?5 = '' OR (e.starts_at >= ?5 AND e.starts_at < ?6))";

std::string_view when_text(EventQuery::When when) {
  switch (when) {
    case EventQuery::When::kUpcoming:
      return "upcoming";
    case EventQuery::When::kPast:
      return "past";
    case EventQuery::When::kAll:
      break;
  }
  return "all";
}

void bind_list_filters(Statement& statement, const EventQuery& query) {
  statement.bind_text(1, when_text(query.when)).bind_text(2, format_utc(query.now));
  statement.bind_text(3, query.kind ? core::to_string(*query.kind) : "");
  statement.bind_text(4, json_array(query.municipalities));
  const auto window = month_window(query.month);
  // A malformed month matches nothing: an empty window.
  const std::string from = window ? window->first : (query.month.empty() ? "" : "x");
  statement.bind_text(5, from).bind_text(6, window ? window->second : "");
}

}  // namespace

SqlEventStore::SqlEventStore(Database& database) : database_(database) {}

EventSaved SqlEventStore::save(const core::EventInput& input, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto existing = find_one(connection, "WHERE e.external_id = ?1", input.external_id);
  if (existing && existing->input == input) {
    return {EventSaveOutcome::kUnchanged, existing->id, existing->slug};
  }
  EventSaved saved{EventSaveOutcome::kUpdated, 0, ""};
  if (existing) {
    saved.id = existing->id;
    saved.slug = existing->slug;
    Statement update = connection.prepare(kUpdate);
    bind_event_columns(update, input);
    update.bind_text(2, saved.slug).bind_text(19, format_utc(now));
    update.bind_int64(20, core::registrants_notified_of_change(existing->input, input)).run();
  } else {
    saved = {EventSaveOutcome::kCreated, 0, new_slug(connection, input.title)};
    saved.id = insert_event(connection, input, saved.slug, now);
  }
  write_questions(connection, saved.id, input.questions);
  write_event_details(connection, saved.id, input);
  append_change(transaction, "event", saved.id,
                existing ? ChangeAction::kUpdated : ChangeAction::kCreated);
  transaction.commit();
  return saved;
}

std::optional<core::Event> SqlEventStore::find_by_slug(std::string_view slug) {
  Lease connection = database_.acquire();
  return find_one(*connection, "WHERE e.slug = ?1", slug);
}

std::optional<core::Event> SqlEventStore::find_by_external_id(std::string_view external_id) {
  Lease connection = database_.acquire();
  return find_one(*connection, "WHERE e.external_id = ?1", external_id);
}

std::optional<core::Event> SqlEventStore::find_by_id(std::int64_t id) {
  Lease connection = database_.acquire();
  return find_one(*connection, "WHERE e.id = CAST(?1 AS BIGINT)", std::to_string(id));
}

EventPage SqlEventStore::list(const EventQuery& query) {
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  EventPage page;
  Statement count = connection.prepare("SELECT count(*) FROM events e " + std::string{kListWhere});
  bind_list_filters(count, query);
  page.total = count.step() ? count.column_int64(0) : 0;
  const std::string order = query.when == EventQuery::When::kPast
                                ? " ORDER BY e.starts_at DESC, e.id DESC"
                                : " ORDER BY e.starts_at, e.id";
  Statement rows =
      connection.prepare(select_events() + std::string{kListWhere} + order + " LIMIT ?7 OFFSET ?8");
  bind_list_filters(rows, query);
  rows.bind_int64(7, std::max(0, query.limit)).bind_int64(8, std::max(0, query.offset));
  page.items = load_events(connection, rows);
  return page;
}

std::vector<core::Event> SqlEventStore::in_series(std::string_view series) {
  if (series.empty()) return {};
  Lease connection = database_.acquire();
  Statement rows =
      connection->prepare(select_events() + "WHERE e.series = ?1 ORDER BY e.starts_at, e.id");
  rows.bind_text(1, series);
  return load_events(*connection, rows);
}

std::vector<core::Event> SqlEventStore::all() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(select_events() + "ORDER BY e.external_id");
  return load_events(*connection, rows);
}

}  // namespace tori::store::sqlite
