// SPDX-License-Identifier: AGPL-3.0-or-later
// The search index's follower thread: build when absent, follow, reopen after a rebuild.
#include "tori/search/search_follower.hpp"

#include <sys/stat.h>

#include <exception>

namespace tori::search {
namespace {

// The folder's inode, or 0 when it does not exist.
unsigned long long inode_of(const std::filesystem::path& folder) {
  struct stat info {};
  return ::stat(folder.c_str(), &info) == 0 ? static_cast<unsigned long long>(info.st_ino) : 0;
}

}  // namespace

SearchFollower::SearchFollower(store::Store& store, std::filesystem::path folder,
                               std::chrono::milliseconds poll_interval)
    : store_(store), folder_(std::move(folder)), poll_interval_(poll_interval) {
  thread_ = std::thread([this] { run(); });
}

SearchFollower::~SearchFollower() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

bool SearchFollower::wait_for(std::int64_t position, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return applied_.load() >= position; });
}

void SearchFollower::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      round();
    } catch (const std::exception&) {
      ++failures_;
      index_.reset();  // reopen next round
    }
    lock.lock();
    changed_.notify_all();
    changed_.wait_for(lock, poll_interval_, [this] { return stopping_; });
  }
}

void SearchFollower::round() {
  if (inode_of(folder_) == 0) {
    index_.reset();
    (void)SearchIndex::rebuild(store_, folder_);
  }
  if (!index_ || inode_ != inode_of(folder_)) {
    index_.reset();
    index_ = std::make_unique<SearchIndex>(folder_);
    inode_ = inode_of(folder_);
  }
  while (index_->follow(store_) > 0) {
    applied_.store(index_->applied_position());
    changed_.notify_all();
  }
  applied_.store(index_->applied_position());
}

}  // namespace tori::search
