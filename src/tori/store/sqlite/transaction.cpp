// SPDX-License-Identifier: AGPL-3.0-or-later
// Transaction: BEGIN on construction, COMMIT on request, ROLLBACK otherwise.
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

constexpr std::string_view kBeginRead = "BEGIN";
constexpr std::string_view kBeginWrite = "BEGIN IMMEDIATE";

Transaction::Transaction(Database& database, TransactionKind kind)
    : lease_(database.acquire()), kind_(kind) {
  (*lease_)->execute(kind == TransactionKind::kWrite ? kBeginWrite : kBeginRead);
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
