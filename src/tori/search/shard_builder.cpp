// SPDX-License-Identifier: AGPL-3.0-or-later
// The shard builder: a bounded queue of batches, workers that write one shard a batch, and the
// compaction of the shards into the index.
#include "tori/search/shard_builder.hpp"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <system_error>

#include "tori/search/practice_document.hpp"
#include "tori/search/spelling.hpp"

namespace tori::search {
namespace {

// Practices a shard. Xapian keeps a shard's postings in memory until it is committed (about
// 30 kB a practice), in maps that get slower the more they hold; the compactor merges one shard
// per this many. Measured at 100k demo practices on 2 cores: 250 a shard 100 s, 500 76–85 s,
// 1,000 92–125 s (RSS 184, 101 and 148 MB).
constexpr std::size_t kShardSize = 500;

}  // namespace

ShardBuilder::ShardBuilder(std::filesystem::path work, unsigned threads)
    : work_(std::move(work)), workers_wanted_(std::max(1u, threads)) {
  std::filesystem::create_directory(work_);
  gathering_.reserve(kShardSize);
  for (std::size_t worker = 0; worker < workers_wanted_; ++worker)
    workers_.emplace_back([this] { run_worker(); });
}

ShardBuilder::~ShardBuilder() {
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
    queue_.clear();
  }
  queued_.notify_all();
  for (std::thread& worker : workers_)
    worker.join();
  std::error_code ignored;
  std::filesystem::remove_all(work_, ignored);
}

void ShardBuilder::add(const core::Practice& practice) {
  gathering_.push_back(practice);
  if (gathering_.size() >= kShardSize) submit();
}

void ShardBuilder::submit() {
  std::unique_lock lock(mutex_);
  accepted_.wait(lock, [this] { return failure_ || queue_.size() < workers_wanted_; });
  if (failure_) std::rethrow_exception(failure_);
  queue_.push_back({batches_++, std::move(gathering_)});
  lock.unlock();
  queued_.notify_one();
  gathering_.clear();
  gathering_.reserve(kShardSize);
}

void ShardBuilder::run_worker() {
  std::unique_lock lock(mutex_);
  while (true) {
    queued_.wait(lock, [this] { return closing_ || !queue_.empty(); });
    if (queue_.empty()) return;  // closing, and nothing is left
    const Batch batch = std::move(queue_.front());
    queue_.pop_front();
    const bool failed = failure_ != nullptr;  // another batch failed: the build is lost
    lock.unlock();
    accepted_.notify_one();
    std::exception_ptr failure;
    try {
      if (!failed) build_shard(batch);
    } catch (...) {
      failure = std::current_exception();
    }
    lock.lock();
    if (failure && !failure_) failure_ = failure;
    accepted_.notify_all();
  }
}

void ShardBuilder::build_shard(const Batch& batch) {
  Xapian::WritableDatabase shard(shard_path(batch.number).string(),
                                 Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
  SpellingWords spelling;
  std::size_t words = 0;
  for (const core::Practice& practice : batch.practices) {
    std::size_t count = 0;
    shard.add_document(practice_document(practice, &count, &spelling));
    words += count;
  }
  add_spelling(shard, spelling);
  shard.commit();
  shard.close();
  const std::lock_guard lock(mutex_);
  totals_.practices += batch.practices.size();
  totals_.words += words;
}

void ShardBuilder::rethrow_failure() {
  const std::lock_guard lock(mutex_);
  if (failure_) std::rethrow_exception(failure_);
}

ShardBuilder::Totals ShardBuilder::finish(const std::filesystem::path& folder) {
  if (!gathering_.empty()) submit();
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
  }
  queued_.notify_all();
  for (std::thread& worker : workers_)
    worker.join();
  workers_.clear();
  rethrow_failure();
  const auto merging = std::chrono::steady_clock::now();
  if (batches_ == 0) {
    Xapian::WritableDatabase empty(folder.string(), Xapian::DB_CREATE);
  } else {
    Xapian::Database shards;
    for (std::size_t number = 0; number < batches_; ++number)
      shards.add_database(Xapian::Database(shard_path(number).string()));
    shards.compact(folder.string(), Xapian::DBCOMPACT_MULTIPASS);
  }
  std::filesystem::remove_all(work_);
  totals_.merge_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - merging).count();
  return totals_;
}

std::filesystem::path ShardBuilder::shard_path(std::size_t number) const {
  return work_ / ("shard-" + std::to_string(number));
}

}  // namespace tori::search
