// SPDX-License-Identifier: AGPL-3.0-or-later
// PracticeIndexFollower: the rebuilding thread and the freshness rule of current().
#include "tori/store/practice_index_follower.hpp"

#include <algorithm>

namespace tori::store {

PracticeIndexFollower::PracticeIndexFollower(Store& source, PracticeIndexOptions options)
    : source_(source), log_(source.change_log()), options_(options), thread_([this] { run(); }) {}

PracticeIndexFollower::~PracticeIndexFollower() {
  {
    std::lock_guard lock{mutex_};
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

std::shared_ptr<const PracticeIndex> PracticeIndexFollower::current() const {
  std::shared_ptr<const PracticeIndex> index;
  {
    std::lock_guard lock{mutex_};
    index = index_;
  }
  if (!index || index->position() < known_position()) return nullptr;
  return index;
}

void PracticeIndexFollower::raise_known(std::int64_t position) {
  std::int64_t known = known_position_.load(std::memory_order_acquire);
  while (position > known &&
         !known_position_.compare_exchange_weak(known, position, std::memory_order_acq_rel)) {
  }
}

void PracticeIndexFollower::wrote() {
  // Read after the write committed, so the position covers it.
  raise_known(log_.last_position());
  {
    std::lock_guard lock{mutex_};
    woken_ = true;
  }
  changed_.notify_all();
}

bool PracticeIndexFollower::wait_until_current(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::unique_lock lock{mutex_};
  return changed_.wait_until(lock, deadline,
                             [this] { return index_ && index_->position() >= known_position(); });
}

// Builds a new index if the change log has moved past the current one.
void PracticeIndexFollower::catch_up() {
  // The position first: the list read after it holds at least every change up to it.
  const std::int64_t position = log_.last_position();
  raise_known(position);
  {
    std::lock_guard lock{mutex_};
    if (index_ && index_->position() >= position) return;
  }
  PracticeList published = source_.practices().list(PracticeIndex::all_published());
  PublishedDirectory directory;
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    const auto v = static_cast<std::size_t>(vocabulary);
    directory.terms.at(v) = source_.vocabularies().terms(vocabulary);
    for (const Term& term : source_.vocabularies().all_terms(vocabulary))
      if (term.hidden) directory.hidden_terms.at(v).push_back(term.slug);
  }
  directory.organisations = source_.organisations().list();
  std::shared_ptr<const PracticeIndex> built =
      PracticeIndex::build(std::move(published), position, std::move(directory));
  {
    std::lock_guard lock{mutex_};
    index_ = std::move(built);
  }
  builds_.fetch_add(1, std::memory_order_relaxed);
  changed_.notify_all();
}

void PracticeIndexFollower::run() {
  std::chrono::milliseconds pause{0};
  for (;;) {
    {
      std::unique_lock lock{mutex_};
      changed_.wait_for(lock, pause, [this] { return stopping_ || woken_; });
      if (stopping_) return;
      woken_ = false;
    }
    const auto started = std::chrono::steady_clock::now();
    try {
      catch_up();
    } catch (const std::exception&) {
      // The database failed; readers keep asking the backend until a later round succeeds.
      failures_.fetch_add(1, std::memory_order_relaxed);
    }
    // Builds take at most about half of one core while another process writes on and on.
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    pause = std::max(options_.poll_interval, took);
  }
}

}  // namespace tori::store
