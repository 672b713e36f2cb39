// SPDX-License-Identifier: AGPL-3.0-or-later
// Writing the search index: following the change log, and rebuilding into a fresh folder.
#include "tori/search/search_index.hpp"

#include <unistd.h>

#include <string>
#include <system_error>
#include <vector>

#include "tori/search/practice_document.hpp"
#include "tori/search/shard_builder.hpp"
#include "tori/search/spelling.hpp"

namespace tori::search {
namespace {

constexpr const char* kPositionKey = "last_change";
constexpr std::string_view kPracticeType = "practice";

// Indexes the practice again, or removes it when it is gone or not published.
void apply_practice(Xapian::WritableDatabase& database, store::PracticeStore& practices,
                    std::int64_t id) {
  const std::optional<core::Practice> practice = practices.find_by_id(id);
  if (!practice || practice->state != core::PracticeState::kPublished) {
    database.delete_document(id_term(id));
    return;
  }
  SpellingWords spelling;  // added, never removed: searches check what a correction finds
  database.replace_document(id_term(id), practice_document(*practice, nullptr, &spelling));
  add_spelling(database, spelling);
}

// A folder of this process beside `folder`: "index" → "index.new-1234".
std::filesystem::path beside(const std::filesystem::path& folder, std::string_view what) {
  std::filesystem::path path = folder;
  path += what;
  path += std::to_string(::getpid());
  return path;
}

}  // namespace

SearchIndex::SearchIndex(const std::filesystem::path& folder)
    : database_(
          std::make_unique<Xapian::WritableDatabase>(folder.string(), Xapian::DB_CREATE_OR_OPEN)) {}

std::int64_t SearchIndex::applied_position() const {
  const std::string text = database_->get_metadata(kPositionKey);
  return text.empty() ? 0 : std::stoll(text);
}

std::size_t SearchIndex::follow(store::Store& store, int most) {
  const std::vector<store::Change> changes =
      store.change_log().read_after(applied_position(), most);
  if (changes.empty()) return 0;
  for (const store::Change& change : changes) {
    if (change.object_type == kPracticeType)
      apply_practice(*database_, store.practices(), change.object_id);
  }
  database_->set_metadata(kPositionKey, std::to_string(changes.back().id));
  database_->commit();
  return changes.size();
}

SearchIndex::RebuildReport SearchIndex::rebuild(store::Store& store,
                                                const std::filesystem::path& folder,
                                                unsigned threads) {
  const std::int64_t position = store.change_log().last_position();
  const std::filesystem::path fresh = beside(folder, ".new-");
  const std::filesystem::path shards = beside(folder, ".shards-");
  std::filesystem::remove_all(fresh);
  std::filesystem::remove_all(shards);
  RebuildReport report;
  {
    ShardBuilder builder(shards, threads);
    store.practices().for_each([&builder](const core::Practice& practice) {
      if (practice.state == core::PracticeState::kPublished) builder.add(practice);
    });
    const ShardBuilder::Totals totals = builder.finish(fresh);
    report = {totals.practices, totals.words, totals.merge_seconds};
  }
  {
    Xapian::WritableDatabase database(fresh.string(), Xapian::DB_OPEN);
    database.set_metadata(kPositionKey, std::to_string(position));
    database.commit();
  }
  const std::filesystem::path old = beside(folder, ".old-");
  std::error_code ignored;
  std::filesystem::rename(folder, old, ignored);  // absent on a first build
  std::filesystem::rename(fresh, folder);
  std::filesystem::remove_all(old, ignored);
  return report;
}

}  // namespace tori::search
