// SPDX-License-Identifier: AGPL-3.0-or-later
// The vocabularies on SQLite: terms in Finnish order of their labels with published counts, and
// the editors' add, rename, hide and merge, each with its audit entry and change-log rows.
#include "tori/store/sqlite/vocabulary_store.hpp"

#include "tori/store/reserved_slugs.hpp"
#include "tori/store/sqlite/admin_support.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"
#include "tori/text/slug.hpp"

namespace tori::store::sqlite {

namespace {

// A term's row as the changes need it.
struct StoredTerm {
  std::int64_t id = 0;
  std::string label;
  bool hidden = false;
};

constexpr std::string_view kSelectTermBySlug =
    "SELECT id, label, hidden FROM vocabulary_terms WHERE vocabulary = ?1 AND slug = ?2";

std::optional<StoredTerm> find_term(Connection& connection, core::Vocabulary vocabulary,
                                    std::string_view slug) {
  Statement row = connection.prepare(kSelectTermBySlug);
  row.bind_text(1, vocabulary_code(vocabulary)).bind_text(2, slug);
  if (!row.step()) return std::nullopt;
  return StoredTerm{row.column_int64(0), row.column_text(1), row.column_int64(2) != 0};
}

// The practices (any state) that carry a term, by id.
constexpr std::string_view kSelectTermPractices =
    "SELECT practice_id FROM practice_terms WHERE term_id = ?1 ORDER BY practice_id";

std::vector<std::int64_t> practices_of(Connection& connection, std::int64_t term_id) {
  Statement rows = connection.prepare(kSelectTermPractices);
  rows.bind_int64(1, term_id);
  return read_ids(rows);
}

std::string term_object(core::Vocabulary vocabulary, std::string_view slug) {
  return std::string{vocabulary_code(vocabulary)} + "/" + std::string{slug};
}

}  // namespace

SqliteVocabularyStore::SqliteVocabularyStore(Database& database) : database_(database) {}

constexpr std::string_view kSelectTerms =
    "SELECT t.slug, t.label,"
    " (SELECT count(*) FROM practice_terms pt JOIN practices p ON p.id = pt.practice_id"
    "  WHERE pt.term_id = t.id AND p.state = 'published')"
    " FROM vocabulary_terms t WHERE t.vocabulary = ?1 AND t.hidden = 0"
    " ORDER BY t.label COLLATE fi, t.slug";

std::vector<Term> SqliteVocabularyStore::terms(core::Vocabulary vocabulary) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectTerms);
  rows.bind_text(1, vocabulary_code(vocabulary));
  std::vector<Term> terms;
  while (rows.step())
    terms.push_back({rows.column_text(0), rows.column_text(1), rows.column_int64(2)});
  return terms;
}

constexpr std::string_view kSelectAllTerms =
    "SELECT t.slug, t.label,"
    " (SELECT count(*) FROM practice_terms pt JOIN practices p ON p.id = pt.practice_id"
    "  WHERE pt.term_id = t.id AND p.state = 'published'),"
    " t.hidden, (SELECT count(*) FROM practice_terms pt WHERE pt.term_id = t.id)"
    " FROM vocabulary_terms t WHERE t.vocabulary = ?1 ORDER BY t.label COLLATE fi, t.slug";

std::vector<Term> SqliteVocabularyStore::all_terms(core::Vocabulary vocabulary) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kSelectAllTerms);
  rows.bind_text(1, vocabulary_code(vocabulary));
  std::vector<Term> terms;
  while (rows.step()) {
    terms.push_back({rows.column_text(0), rows.column_text(1), rows.column_int64(2),
                     rows.column_int64(3) != 0, rows.column_int64(4)});
  }
  return terms;
}

// DO NOTHING on either unique key (slug or label_key): no row back means a duplicate.
constexpr std::string_view kInsertTerm =
    "INSERT INTO vocabulary_terms (vocabulary, slug, label, label_key, position, hidden)"
    " SELECT ?1, ?2, ?3, ?4, coalesce(max(position), 0) + 1, 0 FROM vocabulary_terms"
    " WHERE vocabulary = ?1 ON CONFLICT DO NOTHING RETURNING id";

AdminResult SqliteVocabularyStore::add_term(core::Vocabulary vocabulary, std::string_view label,
                                            const AuditEntry& audit, UtcTime now) {
  const std::string tidy = tidy_text(label);
  if (tidy.empty()) return {AdminOutcome::kInvalid};
  const std::string base = text::slugify(tidy);
  Transaction transaction{database_, TransactionKind::kWrite};
  if (find_term(transaction.connection(), vocabulary, base)) return {AdminOutcome::kDuplicate};
  const std::string slug = text::unique_slug(
      base, [](std::string_view) { return false; }, reserved_slugs());
  std::int64_t id = 0;
  {
    Statement insert = transaction.connection().prepare(kInsertTerm);
    insert.bind_text(1, vocabulary_code(vocabulary))
        .bind_text(2, slug)
        .bind_text(3, tidy)
        .bind_text(4, match_key(tidy));
    if (!insert.step()) return {AdminOutcome::kDuplicate};
    id = insert.column_int64(0);
    insert.run();
  }
  append_change(transaction, "vocabulary_term", id, ChangeAction::kCreated);
  audit_in(transaction, audit, term_object(vocabulary, slug), now);
  transaction.commit();
  return {AdminOutcome::kDone, slug};
}

constexpr std::string_view kSelectKeyTaken =
    "SELECT 1 FROM vocabulary_terms WHERE vocabulary = ?1 AND label_key = ?2 AND id <> ?3";
constexpr std::string_view kUpdateLabel =
    "UPDATE vocabulary_terms SET label = ?2, label_key = ?3 WHERE id = ?1";

AdminOutcome SqliteVocabularyStore::rename_term(core::Vocabulary vocabulary, std::string_view slug,
                                                std::string_view label, const AuditEntry& audit,
                                                UtcTime now) {
  const std::string tidy = tidy_text(label);
  if (tidy.empty()) return AdminOutcome::kInvalid;
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::optional<StoredTerm> term = find_term(connection, vocabulary, slug);
  if (!term) return AdminOutcome::kNotFound;
  if (term->label == tidy) return AdminOutcome::kUnchanged;
  const std::string key = match_key(tidy);
  if (connection.prepare(kSelectKeyTaken)
          .bind_text(1, vocabulary_code(vocabulary))
          .bind_text(2, key)
          .bind_int64(3, term->id)
          .step()) {
    return AdminOutcome::kDuplicate;
  }
  connection.prepare(kUpdateLabel)
      .bind_int64(1, term->id)
      .bind_text(2, tidy)
      .bind_text(3, key)
      .run();
  append_change(transaction, "vocabulary_term", term->id, ChangeAction::kUpdated);
  log_practices(transaction, practices_of(connection, term->id));
  audit_in(transaction, audit, term_object(vocabulary, slug), now);
  transaction.commit();
  return AdminOutcome::kDone;
}

constexpr std::string_view kUpdateHidden = "UPDATE vocabulary_terms SET hidden = ?2 WHERE id = ?1";

AdminOutcome SqliteVocabularyStore::set_term_hidden(core::Vocabulary vocabulary,
                                                    std::string_view slug, bool hidden,
                                                    const AuditEntry& audit, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const std::optional<StoredTerm> term = find_term(transaction.connection(), vocabulary, slug);
  if (!term) return AdminOutcome::kNotFound;
  if (term->hidden == hidden) return AdminOutcome::kUnchanged;
  transaction.connection()
      .prepare(kUpdateHidden)
      .bind_int64(1, term->id)
      .bind_int64(2, hidden)
      .run();
  // The practices' pages keep the term; only lists, filters and the form change.
  append_change(transaction, "vocabulary_term", term->id, ChangeAction::kUpdated);
  audit_in(transaction, audit, term_object(vocabulary, slug), now);
  transaction.commit();
  return AdminOutcome::kDone;
}

// A practice that has both terms keeps `into` where it is; the others get `into` at `from`'s
// place. Then `from` goes.
constexpr std::string_view kDeleteDoubled =
    "DELETE FROM practice_terms WHERE term_id = ?1"
    " AND practice_id IN (SELECT practice_id FROM practice_terms WHERE term_id = ?2)";
constexpr std::string_view kMoveTerm = "UPDATE practice_terms SET term_id = ?2 WHERE term_id = ?1";
constexpr std::string_view kDeleteTerm = "DELETE FROM vocabulary_terms WHERE id = ?1";

AdminOutcome SqliteVocabularyStore::merge_terms(core::Vocabulary vocabulary, std::string_view from,
                                                std::string_view into, const AuditEntry& audit,
                                                UtcTime now) {
  if (from == into) return AdminOutcome::kSame;
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const std::optional<StoredTerm> source = find_term(connection, vocabulary, from);
  const std::optional<StoredTerm> target = find_term(connection, vocabulary, into);
  if (!source || !target) return AdminOutcome::kNotFound;
  const std::vector<std::int64_t> touched = practices_of(connection, source->id);
  connection.prepare(kDeleteDoubled).bind_int64(1, source->id).bind_int64(2, target->id).run();
  connection.prepare(kMoveTerm).bind_int64(1, source->id).bind_int64(2, target->id).run();
  connection.prepare(kDeleteTerm).bind_int64(1, source->id).run();
  append_change(transaction, "vocabulary_term", source->id, ChangeAction::kDeleted);
  append_change(transaction, "vocabulary_term", target->id, ChangeAction::kUpdated);
  log_practices(transaction, touched);
  audit_in(transaction, audit, term_object(vocabulary, from), now);
  transaction.commit();
  return AdminOutcome::kDone;
}

}  // namespace tori::store::sqlite
