// SPDX-License-Identifier: AGPL-3.0-or-later
// Sessions and two-factor secrets on SQLite.
#include "tori/store/sqlite/account_store.hpp"

namespace tori::store::sqlite {

constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (digest, account_id, second_factor_done, created_at, last_seen_at)"
    " VALUES (?1, ?2, ?3, ?4, ?4)";

void SqliteAccountStore::create_session(std::string_view digest, std::int64_t account_id,
                                        bool second_factor_done, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection()
      .prepare(kInsertSession)
      .bind_text(1, digest)
      .bind_int64(2, account_id)
      .bind_int64(3, second_factor_done ? 1 : 0)
      .bind_text(4, format_utc(now))
      .run();
  transaction.commit();
}

constexpr std::string_view kSelectSession =
    "SELECT account_id, second_factor_done, created_at, last_seen_at FROM sessions"
    " WHERE digest = ?1";

std::optional<SessionRecord> SqliteAccountStore::find_session(std::string_view digest) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kSelectSession);
  row.bind_text(1, digest);
  if (!row.step()) return std::nullopt;
  return SessionRecord{row.column_int64(0), row.column_int64(1) != 0,
                       parse_utc(row.column_text(2)).value_or(UtcTime{}),
                       parse_utc(row.column_text(3)).value_or(UtcTime{})};
}

constexpr std::string_view kTouchSession =
    "UPDATE sessions SET last_seen_at = ?2 WHERE digest = ?1";

void SqliteAccountStore::touch_session(std::string_view digest, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection()
      .prepare(kTouchSession)
      .bind_text(1, digest)
      .bind_text(2, format_utc(now))
      .run();
  transaction.commit();
}

constexpr std::string_view kReplaceSession =
    "UPDATE sessions SET digest = ?2, second_factor_done = ?3, last_seen_at = ?4"
    " WHERE digest = ?1";

void SqliteAccountStore::replace_session(std::string_view old_digest, std::string_view new_digest,
                                         bool second_factor_done, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection()
      .prepare(kReplaceSession)
      .bind_text(1, old_digest)
      .bind_text(2, new_digest)
      .bind_int64(3, second_factor_done ? 1 : 0)
      .bind_text(4, format_utc(now))
      .run();
  transaction.commit();
}

constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE digest = ?1";

void SqliteAccountStore::delete_session(std::string_view digest) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection().prepare(kDeleteSession).bind_text(1, digest).run();
  transaction.commit();
}

constexpr std::string_view kPurgeSessions =
    "DELETE FROM sessions WHERE last_seen_at < ?1 OR created_at < ?2 RETURNING digest";

std::int64_t SqliteAccountStore::purge_sessions(UtcTime idle_before, UtcTime created_before) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::int64_t removed = 0;
  {
    Statement purge = transaction.connection().prepare(kPurgeSessions);
    purge.bind_text(1, format_utc(idle_before)).bind_text(2, format_utc(created_before));
    while (purge.step())
      ++removed;
  }
  transaction.commit();
  return removed;
}

// The last accepted step is forgotten only with a new secret: new recovery codes for the same
// secret must not let a used app code work again.
constexpr std::string_view kSetTotp =
    "UPDATE accounts SET totp_last_step = CASE WHEN totp_secret IS NOT DISTINCT FROM ?2 THEN "
    "totp_last_step"
    " ELSE NULL END, totp_secret = ?2, updated_at = ?3 WHERE id = ?1";
constexpr std::string_view kDeleteCodes = "DELETE FROM recovery_codes WHERE account_id = ?1";
constexpr std::string_view kInsertCode =
    "INSERT INTO recovery_codes (account_id, digest) VALUES (?1, ?2)";

void SqliteAccountStore::enable_totp(std::int64_t id, std::string_view secret,
                                     const std::vector<std::string>& recovery_digests,
                                     UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  connection.prepare(kSetTotp)
      .bind_int64(1, id)
      .bind_text(2, secret)
      .bind_text(3, format_utc(now))
      .run();
  connection.prepare(kDeleteCodes).bind_int64(1, id).run();
  for (const std::string& digest : recovery_digests) {
    connection.prepare(kInsertCode).bind_int64(1, id).bind_text(2, digest).run();
  }
  transaction.commit();
}

void SqliteAccountStore::disable_totp(std::int64_t id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  connection.prepare(kSetTotp).bind_int64(1, id).bind_null(2).bind_text(3, format_utc(now)).run();
  connection.prepare(kDeleteCodes).bind_int64(1, id).run();
  transaction.commit();
}

constexpr std::string_view kSelectTotp = "SELECT totp_secret FROM accounts WHERE id = ?1";

std::optional<std::string> SqliteAccountStore::totp_secret(std::int64_t id) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kSelectTotp);
  row.bind_int64(1, id);
  if (!row.step() || row.column_is_null(0)) return std::nullopt;
  return row.column_text(0);
}

constexpr std::string_view kClaimStep =
    "UPDATE accounts SET totp_last_step = ?2 WHERE id = ?1"
    " AND (totp_last_step IS NULL OR totp_last_step < ?2) RETURNING id";

bool SqliteAccountStore::claim_totp_step(std::int64_t id, std::int64_t step) {
  Transaction transaction{database_, TransactionKind::kWrite};
  bool claimed = false;
  {
    Statement claim = transaction.connection().prepare(kClaimStep);
    claim.bind_int64(1, id).bind_int64(2, step);
    claimed = claim.step();
  }
  transaction.commit();
  return claimed;
}

constexpr std::string_view kUseCode =
    "UPDATE recovery_codes SET used_at = ?3 WHERE account_id = ?1 AND digest = ?2"
    " AND used_at IS NULL RETURNING digest";

bool SqliteAccountStore::use_recovery_code(std::int64_t id, std::string_view digest, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  bool used = false;
  {
    Statement use = transaction.connection().prepare(kUseCode);
    use.bind_int64(1, id).bind_text(2, digest).bind_text(3, format_utc(now));
    used = use.step();
  }
  transaction.commit();
  return used;
}

constexpr std::string_view kCountCodes =
    "SELECT count(*) FROM recovery_codes WHERE account_id = ?1 AND used_at IS NULL";

int SqliteAccountStore::recovery_codes_left(std::int64_t id) {
  Lease connection = database_.acquire();
  Statement count = connection->prepare(kCountCodes);
  count.bind_int64(1, id);
  return count.step() ? static_cast<int>(count.column_int64(0)) : 0;
}

}  // namespace tori::store::sqlite
