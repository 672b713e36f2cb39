// SPDX-License-Identifier: AGPL-3.0-or-later
// Timings of the practices store, printed and not asserted: 10k practices saved with save_many
// in batches of 500, re-saved, then listed and counted. Set TORI_STORE_TIMING_100K=1 to time
// 100k the same way and 100k save() calls of a transaction each (minutes in a Debug+ASan build).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <span>

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using practice_testing::PracticeGenerator;
using Clock = std::chrono::steady_clock;

// Wall time and this process's CPU time since construction (CPU time is the fairer number on
// a machine shared with other builds).
class Stopwatch {
 public:
  Stopwatch() : wall_(Clock::now()), cpu_(std::clock()) {}
  void print(const char* what) const {
    const double wall = std::chrono::duration<double>(Clock::now() - wall_).count();
    const double cpu = static_cast<double>(std::clock() - cpu_) / CLOCKS_PER_SEC;
    std::printf("[ timing ] %s: %.3f s wall, %.3f s CPU\n", what, wall, cpu);
    std::fflush(stdout);
  }

 private:
  Clock::time_point wall_;
  std::clock_t cpu_;
};

std::vector<PracticeWrite> generated(int count) {
  PracticeGenerator generator{99};
  std::vector<PracticeWrite> writes;
  writes.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
    writes.push_back(generator.next(i));
  return writes;
}

// Saves `writes` in batches of 500; returns how many came back with `outcome`.
int save_in_batches(PracticeStore& practices, std::span<const PracticeWrite> writes,
                    WriteOutcome outcome) {
  constexpr std::size_t kBatch = 500;
  int matching = 0;
  for (std::size_t first = 0; first < writes.size(); first += kBatch) {
    const auto batch = writes.subspan(first, std::min(kBatch, writes.size() - first));
    for (const SaveResult& result : practices.save_many(batch)) {
      const auto* saved = std::get_if<WriteResult>(&result);
      if (saved != nullptr && saved->outcome == outcome) ++matching;
    }
  }
  return matching;
}

// Saves, re-saves, lists and counts facets over `count` practices, printing each time.
void time_store(int count) {
  test_support::TempDir dir;
  auto store = open_sqlite(dir / "tori.sqlite", test_support::source_migrations_dir());
  (void)store->health().migrate();
  const std::vector<PracticeWrite> writes = generated(count);

  const std::string n = std::to_string(count);
  const Stopwatch created;
  EXPECT_EQ(save_in_batches(store->practices(), writes, WriteOutcome::kCreated), count);
  created.print((n + " practices created with save_many(500)").c_str());
  const Stopwatch unchanged;
  EXPECT_EQ(save_in_batches(store->practices(), writes, WriteOutcome::kUnchanged), count);
  unchanged.print((n + " practices re-saved unchanged with save_many(500)").c_str());

  const Stopwatch newest_time;
  const PracticeList newest = store->practices().list({});
  newest_time.print(("list newest, a page of 20 of " + std::to_string(newest.total)).c_str());
  const Stopwatch title_time;
  const PracticeList by_title = store->practices().list({.sort = PracticeQuery::Sort::kTitle});
  title_time.print("list by title, a page of 20");
  EXPECT_EQ(by_title.total, newest.total);
  const Stopwatch facets_time;
  const FacetCounts facets = store->practices().facets({.themes = {"tyohyvinvointi"}});
  facets_time.print("facets with one theme selected");
  std::int64_t theme_count = 0;
  for (const FacetCount& option : facets.at("theme"))
    if (option.value == "tyohyvinvointi") theme_count = option.count;
  EXPECT_EQ(theme_count, store->practices().list({.themes = {"tyohyvinvointi"}}).total);
}

// One transaction per save(), as a form would save.
void time_single_saves(int count) {
  test_support::TempDir dir;
  auto store = open_sqlite(dir / "tori.sqlite", test_support::source_migrations_dir());
  (void)store->health().migrate();
  const std::vector<PracticeWrite> writes = generated(count);
  const Stopwatch stopwatch;
  int created = 0;
  for (const PracticeWrite& write : writes) {
    const SaveResult result = store->practices().save(write);
    if (std::holds_alternative<WriteResult>(result)) ++created;
  }
  stopwatch.print(
      (std::to_string(count) + " practices created with save(), a transaction each").c_str());
  EXPECT_EQ(created, count);
}

TEST(PracticeTiming, TenThousand) {
  time_store(10'000);
}

TEST(PracticeTiming, HundredThousandWhenAsked) {
  if (std::getenv("TORI_STORE_TIMING_100K") == nullptr) {
    GTEST_SKIP() << "set TORI_STORE_TIMING_100K=1 to time 100k practices";
  }
  time_store(100'000);
  time_single_saves(100'000);
}

}  // namespace
}  // namespace tori::store
