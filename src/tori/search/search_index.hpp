// SPDX-License-Identifier: AGPL-3.0-or-later
// The search index in DATA/index: Xapian documents of the practices published now, derived from
// the database by following its change log (DESIGN §5). The database is the truth; the index
// keeps the position of the last change it applied, so a restart resumes from there.
//
//   SearchIndex index(data / "index");
//   index.follow(store);                              // apply the changes since last time
//   SearchIndex::rebuild(store, data / "index", 2);   // `tori reindex`: build anew, then swap
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

#include <xapian.h>

#include "tori/store/store.hpp"

namespace tori::search {

class SearchIndex {
 public:
  // Opens the index at `folder`, creating an empty one. Throws Xapian::Error when the folder
  // cannot be opened for writing (another writer holds it, or it is not an index).
  explicit SearchIndex(const std::filesystem::path& folder);

  // The change-log position applied last (0 for a new index).
  [[nodiscard]] std::int64_t applied_position() const;

  // Applies the change log after applied_position(), up to `most` changes: each practice named
  // is indexed again when published and removed otherwise; commits with the new position.
  // Returns how many changes were read (0: up to date).
  std::size_t follow(store::Store& store, int most = 500);

  // What a rebuild did.
  struct RebuildReport {
    std::size_t practices = 0;  // published practices indexed
    std::size_t words = 0;      // words analysed
    double merge_seconds = 0;   // of the time, merging the threads' shards into one index
  };

  // Builds the index of every published practice into a new folder beside `folder`, then puts
  // it in place of `folder` (readers reopen; see Searcher). Batches of practices are analysed
  // and written on `threads` threads (each with its own Voikko handle, each batch into a shard of
  // its own), then the shards are compacted into one (shard_builder.hpp). The position recorded
  // is the change log's before reading, so follow() later applies any change made meanwhile
  // again (harmless: indexing is idempotent). Both also add the spelling data (spelling.hpp).
  static RebuildReport rebuild(store::Store& store, const std::filesystem::path& folder,
                               unsigned threads = 1);

 private:
  std::unique_ptr<Xapian::WritableDatabase> database_;
};

}  // namespace tori::search
