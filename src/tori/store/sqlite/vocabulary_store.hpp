// SPDX-License-Identifier: AGPL-3.0-or-later
// The vocabularies (sectors, themes, client groups) on SQLite, with published counts, and the
// editors' changes to their terms (add, rename, hide, merge).
//
//   SqliteVocabularyStore vocabularies{database};
//   for (const Term& theme : vocabularies.terms(core::Vocabulary::kTheme)) link(theme.slug);
//   vocabularies.merge_terms(core::Vocabulary::kTheme, "etatyo", "eta-ja-hybridityo", audit, now);
#pragma once

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqliteVocabularyStore final : public VocabularyStore {
 public:
  // REQUIRES: `database` outlives this object and has migrations 0002, 0004 and 0007.
  explicit SqliteVocabularyStore(Database& database);
  [[nodiscard]] std::vector<Term> terms(core::Vocabulary vocabulary) override;
  [[nodiscard]] std::vector<Term> all_terms(core::Vocabulary vocabulary) override;
  [[nodiscard]] AdminResult add_term(core::Vocabulary vocabulary, std::string_view label,
                                     const AuditEntry& audit, UtcTime now) override;
  [[nodiscard]] AdminOutcome rename_term(core::Vocabulary vocabulary, std::string_view slug,
                                         std::string_view label, const AuditEntry& audit,
                                         UtcTime now) override;
  [[nodiscard]] AdminOutcome set_term_hidden(core::Vocabulary vocabulary, std::string_view slug,
                                             bool hidden, const AuditEntry& audit,
                                             UtcTime now) override;
  [[nodiscard]] AdminOutcome merge_terms(core::Vocabulary vocabulary, std::string_view from,
                                         std::string_view into, const AuditEntry& audit,
                                         UtcTime now) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
