// SPDX-License-Identifier: AGPL-3.0-or-later
// Transaction: BEGIN on construction, COMMIT on request, ROLLBACK otherwise.
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// SQLite: a write takes the database's write lock at BEGIN IMMEDIATE. PostgreSQL: a write
// takes the transaction-level advisory lock kWriterLockKey, so writers run one at a time as on
// SQLite: every read-modify-write here stays as safe as there, and change-log ids are assigned
// in commit order. Reads see one snapshot and never wait for a writer.
constexpr DialectSql kBeginRead = {"BEGIN", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"};
constexpr DialectSql kBeginWrite = {"BEGIN IMMEDIATE",
                                    "BEGIN; SELECT pg_advisory_xact_lock(8390050428115642740)"};
static_assert(kWriterLockKey == 8390050428115642740);

Transaction::Transaction(Database& database, TransactionKind kind)
    : lease_(database.acquire()), kind_(kind) {
  const DialectSql& begin = kind == TransactionKind::kWrite ? kBeginWrite : kBeginRead;
  Connection& connection = **lease_;
  connection.execute(connection.dialect() == Dialect::kPostgres ? begin.postgres : begin.sqlite);
}

constexpr std::string_view kRollback = "ROLLBACK";

Transaction::~Transaction() {
  if (!lease_ || !(*lease_)->in_transaction()) return;
  try {
    (*lease_)->execute(kRollback);
  } catch (const Error&) {
    // The lease's release retries the rollback and closes the connection if that fails too.
  }
}

constexpr std::string_view kCommit = "COMMIT";

void Transaction::commit() {
  connection().execute(kCommit);
  lease_.reset();
}

Connection& Transaction::connection() {
  if (!lease_) throw Error("the transaction is already committed");
  return **lease_;
}

}  // namespace tori::store::sqlite
