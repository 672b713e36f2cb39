// SPDX-License-Identifier: AGPL-3.0-or-later
// Saving one practice inside an open write transaction: shared by save() (a transaction of its
// own) and save_many() (one for the batch). Internal to store/sqlite.
//
//   Transaction transaction{database, TransactionKind::kWrite};
//   auto result = save_practice(transaction, write);  // WriteResult or WriteError
//   transaction.commit();
#pragma once

#include <variant>

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// Creates or updates the practice keyed by write.input.external_id, with its new organisations
// and (when create_terms) terms and its change-log row; kUnchanged when the stored practice
// already says the same, and then nothing is written. A WriteError is found before anything is
// written, so the transaction may go on with the next practice. Throws Error when the database
// fails (the caller's transaction then rolls back).
[[nodiscard]] std::variant<WriteResult, WriteError> save_practice(Transaction& transaction,
                                                                  const PracticeWrite& write);

}  // namespace tori::store::sqlite
