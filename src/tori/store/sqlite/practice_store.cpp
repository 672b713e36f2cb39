// SPDX-License-Identifier: AGPL-3.0-or-later
// The SQLite practices store: transactions around saving, finding one practice, export order.
#include "tori/store/sqlite/practice_store.hpp"

#include "tori/store/sqlite/practice_load.hpp"
#include "tori/store/sqlite/practice_write.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

SqlitePracticeStore::SqlitePracticeStore(Database& database) : database_(database) {}

SaveResult SqlitePracticeStore::save(const PracticeWrite& write) {
  Transaction transaction{database_, TransactionKind::kWrite};
  SaveResult result = save_practice(transaction, write);
  const auto* saved = std::get_if<WriteResult>(&result);
  if (saved != nullptr && saved->outcome != WriteOutcome::kUnchanged) transaction.commit();
  return result;  // otherwise nothing was written; the transaction ends with a rollback
}

std::vector<SaveResult> SqlitePracticeStore::save_many(std::span<const PracticeWrite> writes) {
  std::vector<SaveResult> results;
  results.reserve(writes.size());
  Transaction transaction{database_, TransactionKind::kWrite};
  for (const PracticeWrite& write : writes)
    results.push_back(save_practice(transaction, write));
  transaction.commit();
  return results;
}

namespace {

// The whole practice with this id, read in one snapshot.
std::optional<core::Practice> load_one(Database& database, auto find_id) {
  Transaction read{database, TransactionKind::kRead};
  const std::optional<std::int64_t> id = find_id(read.connection());
  if (!id) return std::nullopt;
  std::vector<core::Practice> found = load_practices(read.connection(), {*id}, Detail::kFull);
  read.commit();
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace

std::optional<core::Practice> SqlitePracticeStore::find_by_slug(std::string_view slug) {
  return load_one(database_, [&](Connection& c) { return practice_id_by_slug(c, slug); });
}

std::optional<core::Practice> SqlitePracticeStore::find_by_external_id(std::string_view id) {
  return load_one(database_, [&](Connection& c) { return practice_id_by_external_id(c, id); });
}

std::optional<core::Practice> SqlitePracticeStore::find_by_id(std::int64_t id) {
  return load_one(database_, [id](Connection&) { return std::optional<std::int64_t>(id); });
}

std::vector<core::Practice> SqlitePracticeStore::published_by_ids(
    std::span<const std::int64_t> ids) {
  Lease connection = database_.acquire();
  std::vector<core::Practice> found =
      load_practices(*connection, {ids.begin(), ids.end()}, Detail::kListing);
  std::erase_if(found, [](const core::Practice& practice) {
    return practice.state != core::PracticeState::kPublished;
  });
  return found;
}

constexpr std::string_view kSelectExportPage =
    "SELECT id, external_id FROM practices WHERE external_id > ?1 ORDER BY external_id LIMIT ?2";

void SqlitePracticeStore::for_each(const std::function<void(const core::Practice&)>& visit) {
  constexpr int kPageSize = 200;
  std::string after;  // '' sorts before every external_id (the schema forbids an empty one)
  while (true) {
    std::vector<core::Practice> page;
    std::size_t listed = 0;
    {
      // One page per snapshot, and no lease held while `visit` runs (it may use the store).
      Transaction read{database_, TransactionKind::kRead};
      std::vector<std::int64_t> ids;
      Statement rows = read.connection().prepare(kSelectExportPage);
      rows.bind_text(1, after).bind_int64(2, kPageSize);
      while (rows.step()) {
        ids.push_back(rows.column_int64(0));
        after = rows.column_text(1);
      }
      listed = ids.size();
      page = load_practices(read.connection(), ids, Detail::kFull);
    }
    for (const core::Practice& practice : page)
      visit(practice);
    if (listed < static_cast<std::size_t>(kPageSize)) return;
  }
}

constexpr std::string_view kSelectPracticeSlugTaken =
    "SELECT 1 FROM practices WHERE slug = ?1 AND external_id <> ?2";

bool SqlitePracticeStore::slug_taken(std::string_view slug, std::string_view external_id) {
  Lease connection = database_.acquire();
  return connection->prepare(kSelectPracticeSlugTaken)
      .bind_text(1, slug)
      .bind_text(2, external_id)
      .step();
}

}  // namespace tori::store::sqlite
