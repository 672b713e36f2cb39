// SPDX-License-Identifier: AGPL-3.0-or-later
// The vocabularies (sectors, themes, client groups) on SQLite, with published counts.
//
//   SqliteVocabularyStore vocabularies{database};
//   for (const Term& theme : vocabularies.terms(core::Vocabulary::kTheme)) link(theme.slug);
#pragma once

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqliteVocabularyStore final : public VocabularyStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0002.
  explicit SqliteVocabularyStore(Database& database);
  [[nodiscard]] std::vector<Term> terms(core::Vocabulary vocabulary) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
