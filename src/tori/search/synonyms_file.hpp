// SPDX-License-Identifier: AGPL-3.0-or-later
// The synonym list an editor changes: DATA/synonyms.txt (the format of synonyms.hpp), re-read
// when the file changes, so an edit takes effect on the next search without a restart or a
// reindex (synonyms are added to queries, not to the index).
//
//   SynonymsFile synonyms(data / "synonyms.txt", shipped / "synonyms.txt");  // copies if absent
//   std::shared_ptr<const Synonyms> now = synonyms.current();
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>

#include "tori/search/synonyms.hpp"

namespace tori::search {

class SynonymsFile {
 public:
  // Reads `file`, first copying `seed` there when `file` does not exist (the list shipped with
  // the product). A missing or unreadable file is an empty list until it can be read; the file
  // is looked at again no more often than `look_every`.
  SynonymsFile(std::filesystem::path file, const std::filesystem::path& seed,
               std::chrono::milliseconds look_every = std::chrono::seconds(1));
  // A fixed list that is never re-read (tests, or no data folder).
  explicit SynonymsFile(Synonyms fixed);

  // The list as the file says now: re-read when its modification time or size changed. Thread-safe;
  // a reader keeps its list while it is used.
  [[nodiscard]] std::shared_ptr<const Synonyms> current() const;

 private:
  struct Stamp {
    std::filesystem::file_time_type modified{};
    std::uintmax_t size = 0;
    bool operator==(const Stamp&) const = default;
  };
  [[nodiscard]] Stamp stamp() const;
  void reload_if_changed() const;

  std::filesystem::path file_;  // empty: fixed
  std::chrono::milliseconds look_every_{0};
  mutable std::mutex mutex_;
  mutable std::shared_ptr<const Synonyms> current_;
  mutable Stamp stamp_;
  mutable std::chrono::steady_clock::time_point checked_{};
};

}  // namespace tori::search
