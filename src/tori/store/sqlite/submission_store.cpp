// SPDX-License-Identifier: AGPL-3.0-or-later
// Saving practices from the form as revisions, the editors' actions and adoptions on SQLite.
#include "tori/store/sqlite/submission_store.hpp"

#include "tori/core/practice_jsonl.hpp"
#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"
#include "tori/store/sqlite/practice_load.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/practice_write.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kInsertRevision =
    "INSERT INTO practice_revisions (practice_id, revision, state, saved_at, account_id, actor,"
    " content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

// The practice as it now is, kept as its revision.
core::Practice snapshot(Transaction& transaction, std::int64_t id, const Actor& actor,
                        UtcTime now) {
  Connection& connection = transaction.connection();
  std::vector<core::Practice> found = load_practices(connection, {id}, Detail::kFull);
  if (found.empty()) throw Error("practice " + std::to_string(id) + " vanished while saving");
  const core::Practice& practice = found.front();
  Statement insert = connection.prepare(kInsertRevision);
  insert.bind_int64(1, id).bind_int64(2, practice.revision).bind_text(3, to_string(practice.state));
  insert.bind_text(4, format_utc(now)).bind_text(6, actor.label);
  insert.bind_text(7, core::write_practice_line(practice));
  if (actor.account_id)
    insert.bind_int64(5, *actor.account_id);
  else
    insert.bind_null(5);
  insert.run();
  return std::move(found.front());
}

AuditEntry audit_of(const Actor& actor, std::string action, std::int64_t practice_id,
                    std::string detail) {
  return {.actor_account_id = actor.account_id,
          .actor = actor.label,
          .action = std::move(action),
          .object_type = "practice",
          .object_id = std::to_string(practice_id),
          .detail = std::move(detail),
          .ip_hash = actor.ip_hash};
}

constexpr std::string_view kSetAuthor = "UPDATE practices SET author_account_id = ?2 WHERE id = ?1";
constexpr std::string_view kSelectAuthor = "SELECT author_account_id FROM practices WHERE id = ?1";

std::optional<std::int64_t> author_in(Connection& connection, std::int64_t id) {
  Statement row = connection.prepare(kSelectAuthor);
  row.bind_int64(1, id);
  if (!row.step() || row.column_is_null(0)) return std::nullopt;
  return row.column_int64(0);
}

constexpr std::string_view kSelectState = "SELECT state, published_at FROM practices WHERE id = ?1";
constexpr std::string_view kSetState =
    "UPDATE practices SET state = ?2, published_at = coalesce(published_at, ?3),"
    " published_year = coalesce(published_year, ?4), updated_at = ?5, revision = revision + 1"
    " WHERE id = ?1";
constexpr std::string_view kInsertMessage =
    "INSERT INTO editorial_messages (practice_id, at, account_id, actor, kind, message)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

std::string_view message_kind(core::EditorialAction action) {
  switch (action) {
    case core::EditorialAction::kSubmit:
      return "submitted";
    case core::EditorialAction::kRequestChanges:
      return "changes_requested";
    case core::EditorialAction::kPublish:
      return "published";
    case core::EditorialAction::kUnpublish:
      return "unpublished";
    case core::EditorialAction::kArchive:
      return "archived";
  }
  return "";
}

void set_state(Connection& connection, std::int64_t id, core::PracticeState state, UtcTime now) {
  const core::TimePoint seconds = std::chrono::floor<std::chrono::seconds>(now);
  Statement update = connection.prepare(kSetState);
  update.bind_int64(1, id).bind_text(2, to_string(state)).bind_text(5, format_utc(now));
  if (state == core::PracticeState::kPublished) {
    update.bind_text(3, stored_time(seconds)).bind_int64(4, helsinki_year(seconds));
  } else {
    update.bind_null(3).bind_null(4);
  }
  update.run();
}

void insert_message(Connection& connection, std::int64_t id, core::EditorialAction action,
                    const Actor& actor, std::string_view message, UtcTime now) {
  Statement insert = connection.prepare(kInsertMessage);
  insert.bind_int64(1, id).bind_text(2, format_utc(now)).bind_text(4, actor.label);
  insert.bind_text(5, message_kind(action)).bind_text(6, message);
  if (actor.account_id)
    insert.bind_int64(3, *actor.account_id);
  else
    insert.bind_null(3);
  insert.run();
}

}  // namespace

SqliteSubmissionStore::SqliteSubmissionStore(Database& database) : database_(database) {}

SaveResult SqliteSubmissionStore::save(const PracticeWrite& write, const Actor& actor,
                                       UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  auto result = save_practice(transaction, write);
  const auto* saved = std::get_if<WriteResult>(&result);
  if (!saved || saved->outcome == WriteOutcome::kUnchanged) return result;
  Connection& connection = transaction.connection();
  if (saved->outcome == WriteOutcome::kCreated && actor.account_id) {
    connection.prepare(kSetAuthor).bind_int64(1, saved->id).bind_int64(2, *actor.account_id).run();
  }
  const core::Practice practice = snapshot(transaction, saved->id, actor, now);
  const auto author = author_in(connection, saved->id);
  if (actor.account_id && author != actor.account_id) {
    record_audit(transaction,
                 audit_of(actor, "practice.edit", saved->id,
                          "{\"revision\":" + std::to_string(practice.revision) + "}"),
                 now);
  }
  transaction.commit();
  return result;
}

std::optional<core::PracticeState> SqliteSubmissionStore::apply(
    std::int64_t practice_id, core::EditorialAction action, const Actor& actor,
    std::string_view message, const std::vector<OutgoingMail>& mail, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  std::optional<core::PracticeState> current;
  {
    Statement row = connection.prepare(kSelectState);
    row.bind_int64(1, practice_id);
    if (row.step()) current = core::parse_practice_state(row.column_text(0));
  }
  const auto next = current ? core::next_state(*current, action) : std::nullopt;
  if (!next) return std::nullopt;
  set_state(connection, practice_id, *next, now);
  insert_message(connection, practice_id, action, actor, message, now);
  (void)snapshot(transaction, practice_id, actor, now);
  append_change(transaction, "practice", practice_id, ChangeAction::kUpdated);
  if (core::needs_editor(action)) {
    record_audit(transaction,
                 audit_of(actor, "practice." + std::string(core::to_string(action)), practice_id,
                          "{\"state\":\"" + std::string(to_string(*next)) + "\"}"),
                 now);
  }
  for (const OutgoingMail& message_out : mail)
    queue_mail(transaction, message_out, now);
  transaction.commit();
  return next;
}

std::optional<std::int64_t> SqliteSubmissionStore::author_of(std::int64_t practice_id) {
  Lease connection = database_.acquire();
  return author_in(*connection, practice_id);
}

constexpr std::string_view kInsertAdoption =
    "INSERT INTO practice_adoptions (practice_id, organisation_id, account_id, note, adopted_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (practice_id, organisation_id) DO NOTHING"
    " RETURNING practice_id";

bool SqliteSubmissionStore::adopt(std::int64_t practice_id, std::int64_t organisation_id,
                                  const Actor& actor, std::string_view note, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  {
    Statement insert = transaction.connection().prepare(kInsertAdoption);
    insert.bind_int64(1, practice_id).bind_int64(2, organisation_id).bind_text(4, note);
    insert.bind_text(5, format_utc(now));
    if (actor.account_id)
      insert.bind_int64(3, *actor.account_id);
    else
      insert.bind_null(3);
    if (!insert.step()) return false;
  }
  append_change(transaction, "practice", practice_id, ChangeAction::kUpdated);
  transaction.commit();
  return true;
}

}  // namespace tori::store::sqlite
