// SPDX-License-Identifier: AGPL-3.0-or-later
// The vocabularies on SQLite: terms in Finnish order of their labels with published counts.
#include "tori/store/sqlite/vocabulary_store.hpp"

#include "tori/store/sqlite/practice_values.hpp"

namespace tori::store::sqlite {

SqliteVocabularyStore::SqliteVocabularyStore(Database& database) : database_(database) {}

constexpr std::string_view kSelectTerms =
    "SELECT t.slug, t.label,"
    " (SELECT count(*) FROM practice_terms pt JOIN practices p ON p.id = pt.practice_id"
    "  WHERE pt.term_id = t.id AND p.state = 'published')"
    " FROM vocabulary_terms t WHERE t.vocabulary = ?1 ORDER BY t.label COLLATE fi, t.slug";

std::vector<Term> SqliteVocabularyStore::terms(core::Vocabulary vocabulary) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectTerms);
  rows.bind_text(1, vocabulary_code(vocabulary));
  std::vector<Term> terms;
  while (rows.step())
    terms.push_back({rows.column_text(0), rows.column_text(1), rows.column_int64(2)});
  return terms;
}

}  // namespace tori::store::sqlite
