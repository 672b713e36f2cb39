// SPDX-License-Identifier: AGPL-3.0-or-later
// Writing the search index: following the change log, and rebuilding into a fresh folder.
#include "tori/search/search_index.hpp"

#include <unistd.h>
#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "tori/search/practice_document.hpp"

namespace tori::search {
namespace {

constexpr const char* kPositionKey = "last_change";
constexpr std::string_view kPracticeType = "practice";

// Indexes the practice again, or removes it when it is gone or not published.
void apply_practice(Xapian::WritableDatabase& database, store::PracticeStore& practices,
                    std::int64_t id) {
  const std::optional<core::Practice> practice = practices.find_by_id(id);
  if (practice && practice->state == core::PracticeState::kPublished)
    database.replace_document(id_term(id), practice_document(*practice));
  else
    database.delete_document(id_term(id));
}

// Practices gathered into batches whose documents are analysed by a few threads that live as
// long as the rebuild (each keeps its Voikko handle and analysis cache), and written in order
// by the caller's thread (Xapian's writer is single-threaded) while the next batch is analysed.
class DocumentBatches {
 public:
  DocumentBatches(Xapian::WritableDatabase& database, unsigned threads)
      : database_(database), words_(threads, 0) {
    for (unsigned worker = 0; worker < threads; ++worker)
      workers_.emplace_back([this, worker] { work(worker); });
  }
  ~DocumentBatches() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    start_.notify_all();
    for (std::thread& thread : workers_)
      thread.join();
  }
  DocumentBatches(const DocumentBatches&) = delete;
  DocumentBatches& operator=(const DocumentBatches&) = delete;

  void add(const core::Practice& practice) {
    batch_.push_back(practice);
    if (batch_.size() >= kBatchSize) flush();
  }

  // Starts the workers on the gathered practices, writes the previous batch's documents while
  // they work, and waits for them.
  void flush() {
    working_.swap(batch_);
    batch_.clear();
    documents_.assign(working_.size(), Xapian::Document());
    {
      const std::lock_guard lock(mutex_);
      busy_ = workers_.size();
      ++generation_;
    }
    start_.notify_all();
    write_ready();
    {
      std::unique_lock lock(mutex_);
      done_.wait(lock, [this] { return busy_ == 0; });
    }
    ready_ = std::move(documents_);
    report_.practices += working_.size();
  }

  // Analyses and writes everything still gathered.
  void finish() {
    flush();
    write_ready();
  }

  [[nodiscard]] SearchIndex::RebuildReport report() const {
    SearchIndex::RebuildReport report = report_;
    for (const std::size_t count : words_)
      report.words += count;
    return report;
  }

 private:
  static constexpr std::size_t kBatchSize = 512;

  // The index is new: add, no look-up of an existing document needed.
  void write_ready() {
    for (const Xapian::Document& document : ready_)
      database_.add_document(document);
    ready_.clear();
  }

  void work(unsigned worker) {
    std::uint64_t seen = 0;
    std::unique_lock lock(mutex_);
    while (true) {
      start_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
      lock.unlock();
      for (std::size_t i = worker; i < working_.size(); i += workers_.size()) {
        std::size_t count = 0;
        documents_[i] = practice_document(working_[i], &count);
        words_[worker] += count;
      }
      lock.lock();
      if (--busy_ == 0) done_.notify_one();
    }
  }

  Xapian::WritableDatabase& database_;
  std::vector<core::Practice> batch_;        // being gathered
  std::vector<core::Practice> working_;      // being analysed
  std::vector<Xapian::Document> documents_;  // of working_, filled by the workers
  std::vector<Xapian::Document> ready_;      // analysed, to be written
  std::vector<std::size_t> words_;           // per worker
  SearchIndex::RebuildReport report_;
  std::mutex mutex_;
  std::condition_variable start_;  // a new batch, or stopping
  std::condition_variable done_;   // every worker finished the batch
  std::uint64_t generation_ = 0;
  std::size_t busy_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;  // last: started after every other member exists
};

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
  std::filesystem::path fresh = folder;
  fresh += ".new-" + std::to_string(::getpid());
  std::filesystem::remove_all(fresh);
  RebuildReport report;
  {
    Xapian::WritableDatabase database(fresh.string(), Xapian::DB_CREATE);
    DocumentBatches batches(database, std::max(1u, threads));
    store.practices().for_each([&](const core::Practice& practice) {
      if (practice.state == core::PracticeState::kPublished) batches.add(practice);
    });
    batches.finish();
    report = batches.report();
    database.set_metadata(kPositionKey, std::to_string(position));
    database.commit();
  }
  std::filesystem::path old = folder;
  old += ".old-" + std::to_string(::getpid());
  std::error_code ignored;
  std::filesystem::rename(folder, old, ignored);  // absent on a first build
  std::filesystem::rename(fresh, folder);
  std::filesystem::remove_all(old, ignored);
  return report;
}

}  // namespace tori::search
