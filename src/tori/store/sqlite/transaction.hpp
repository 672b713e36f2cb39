// SPDX-License-Identifier: AGPL-3.0-or-later
// Transaction: the RAII scope every SQLite write (and a consistent multi-statement read) runs in.
//
//   Transaction transaction{database, TransactionKind::kWrite};  // BEGIN IMMEDIATE
//   transaction.connection().prepare(kInsertPractice).bind_text(1, title).run();
//   append_change(transaction, "practice", id, ChangeAction::kCreated);
//   transaction.commit();  // leaving the scope without it rolls everything back
#pragma once

#include <cstdint>
#include <optional>

#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

enum class TransactionKind {
  kRead,   // one snapshot for several reads; must not write (SQLite: BEGIN, deferred;
           // PostgreSQL: REPEATABLE READ READ ONLY)
  kWrite,  // takes the one writer lock at once (SQLite: BEGIN IMMEDIATE, waiting up to
           // busy_timeout, so a write never fails half-way with SQLITE_BUSY; PostgreSQL: the
           // advisory lock kWriterLockKey until the end of the transaction)
};

// The PostgreSQL advisory lock writers hold ("toriwrit"); distinct from the migration lock.
inline constexpr std::int64_t kWriterLockKey = 0x746f726977726974;

// A transaction on a connection leased for its lifetime. Not thread-safe; one per thread.
class Transaction {
 public:
  // Leases a connection and begins. Throws Error (e.g. the write lock not free in time).
  Transaction(Database& database, TransactionKind kind);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  // Rolls back unless committed; never throws.
  ~Transaction();
  // Commits and returns the connection to the pool at once, so the thread may go on to read
  // through the Store. Throws SqlError on failure (the destructor then rolls back).
  // Throws Error when already committed.
  void commit();
  // The connection to run this transaction's statements on; throws Error once committed.
  [[nodiscard]] Connection& connection();
  [[nodiscard]] TransactionKind kind() const { return kind_; }

 private:
  std::optional<Lease> lease_;  // empty once committed
  TransactionKind kind_;
};

}  // namespace tori::store::sqlite
