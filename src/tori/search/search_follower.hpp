// SPDX-License-Identifier: AGPL-3.0-or-later
// Keeps the search index in DATA/index in step with the change log, on a thread of its own:
// builds the index when the folder is absent, applies new changes every poll interval, and
// reopens its writer when `tori reindex` has put a rebuilt folder in place.
//
//   SearchFollower follower(store, data / "index");
//   follower.wait_for(store.change_log().last_position(), 5s);   // tests, start-up
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "tori/search/search_index.hpp"
#include "tori/store/store.hpp"

namespace tori::search {

class SearchFollower {
 public:
  // Starts the thread. REQUIRES: `store` outlives this object.
  SearchFollower(store::Store& store, std::filesystem::path folder,
                 std::chrono::milliseconds poll_interval = std::chrono::milliseconds(200));
  // Stops and joins the thread.
  ~SearchFollower();
  SearchFollower(const SearchFollower&) = delete;
  SearchFollower& operator=(const SearchFollower&) = delete;

  // The change-log position the index has applied.
  [[nodiscard]] std::int64_t applied_position() const { return applied_.load(); }
  // Blocks until the index has applied `position` or `timeout` passes; true if it has.
  bool wait_for(std::int64_t position, std::chrono::milliseconds timeout);
  // Rounds that failed (the database or the index away); the next round tries again.
  [[nodiscard]] std::uint64_t failures() const { return failures_.load(); }

 private:
  void run();
  void round();  // one catch-up: (re)open or build, then follow until up to date

  store::Store& store_;
  std::filesystem::path folder_;
  std::chrono::milliseconds poll_interval_;
  std::unique_ptr<SearchIndex> index_;
  unsigned long long inode_ = 0;  // of the folder index_ has open
  std::atomic<std::int64_t> applied_{0};
  std::atomic<std::uint64_t> failures_{0};
  std::mutex mutex_;
  std::condition_variable changed_;  // applied_ moved, or stopping
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace tori::search
