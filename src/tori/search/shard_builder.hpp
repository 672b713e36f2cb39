// SPDX-License-Identifier: AGPL-3.0-or-later
// Building a whole index on several threads (`tori reindex`): practices in batches of
// consecutive ones; each batch analysed and written by one worker into a small database of its
// own (Xapian's writer is single-threaded, and slower the more it holds unflushed); at the end
// the shards merged in order by Xapian's compactor, so document ids keep the store's order.
//
//   ShardBuilder builder(work_folder, 2);
//   store.practices().for_each([&](const core::Practice& practice) { builder.add(practice); });
//   const ShardBuilder::Totals totals = builder.finish(index_folder);
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "tori/core/practice.hpp"

namespace tori::search {

class ShardBuilder {
 public:
  // Starts `threads` workers (at least one) writing shards into `work`, which must not exist;
  // it is removed with everything in it by finish() or the destructor.
  ShardBuilder(std::filesystem::path work, unsigned threads);
  // Stops the workers; a build not finished is thrown away.
  ~ShardBuilder();
  ShardBuilder(const ShardBuilder&) = delete;
  ShardBuilder& operator=(const ShardBuilder&) = delete;

  // Queues the practice for indexing; blocks while every worker has a batch waiting. Throws what
  // a worker threw (Xapian::Error: the disk full, say).
  void add(const core::Practice& practice);

  struct Totals {
    std::size_t practices = 0;  // indexed
    std::size_t words = 0;      // analysed
    double merge_seconds = 0;   // compacting the shards into one, at the end
  };
  // Waits for every batch and compacts the shards into a new index at `folder` (which must not
  // exist). Throws what a worker or the compactor threw.
  Totals finish(const std::filesystem::path& folder);

 private:
  struct Batch {
    std::size_t number = 0;  // its shard's place in the index
    std::vector<core::Practice> practices;
  };

  void submit();
  void run_worker();
  void build_shard(const Batch& batch);
  void rethrow_failure();
  [[nodiscard]] std::filesystem::path shard_path(std::size_t number) const;

  std::filesystem::path work_;
  std::size_t workers_wanted_;
  std::vector<core::Practice> gathering_;
  std::size_t batches_ = 0;  // submitted so far
  Totals totals_;
  std::mutex mutex_;
  std::condition_variable queued_;    // a batch waits, or closing
  std::condition_variable accepted_;  // a worker took a batch, or one failed
  std::deque<Batch> queue_;
  bool closing_ = false;
  std::exception_ptr failure_;
  std::vector<std::thread> workers_;  // last: started after every other member exists
};

}  // namespace tori::search
