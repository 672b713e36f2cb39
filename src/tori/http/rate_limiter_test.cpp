// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of RateLimiter: bursts, continuous refill, retry_after, reset, eviction, concurrency.
#include "tori/http/rate_limiter.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace tori::http {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

const Clock::time_point kStart = Clock::time_point{} + 1000h;

// Steps on one key: at kStart + `at`, take() must give `allowed` and `retry_after`.
struct Step {
  Clock::duration at;
  bool allowed;
  std::chrono::seconds retry_after;
};

struct LimitCase {
  const char* name;
  RateLimit limit;
  std::vector<Step> steps;
};

const std::vector<LimitCase> kLimitCases = {
    {"burst then refused",
     {3, 60s},
     {{0s, true, 0s}, {0s, true, 0s}, {0s, true, 0s}, {0s, false, 20s}, {0s, false, 20s}}},
    {"one token back after per/burst",
     {3, 60s},
     {{0s, true, 0s},
      {0s, true, 0s},
      {0s, true, 0s},
      {19s, false, 1s},
      {20s, true, 0s},
      {20s, false, 20s}}},
    {"retry_after counts down",
     {5, 60s},
     {{0s, true, 0s},
      {0s, true, 0s},
      {0s, true, 0s},
      {0s, true, 0s},
      {0s, true, 0s},
      {0s, false, 12s},
      {5s, false, 7s},
      {11s, false, 1s},
      {11500ms, false, 1s},
      {12s, true, 0s}}},
    {"retry_after rounds up",
     {3, 10s},
     {{0s, true, 0s}, {0s, true, 0s}, {0s, true, 0s}, {0s, false, 4s}, {3334ms, true, 0s}}},
    {"refill is capped at burst",
     {2, 10s},
     {{0s, true, 0s}, {1h, true, 0s}, {1h, true, 0s}, {1h, false, 5s}}},
    {"refused attempts take nothing",
     {1, 30s},
     {{0s, true, 0s}, {1s, false, 29s}, {2s, false, 28s}, {29s, false, 1s}, {30s, true, 0s}}},
    {"one per long period",
     {1, 3600s},
     {{0s, true, 0s}, {0s, false, 3600s}, {3599s, false, 1s}, {3600s, true, 0s}}},
    {"time going backwards counts as no time",
     {1, 10s},
     {{5s, true, 0s}, {0s, false, 10s}, {15s, true, 0s}}},
};

TEST(RateLimit, EveryCase) {
  for (const LimitCase& c : kLimitCases) {
    SCOPED_TRACE(c.name);
    RateLimiter limiter;
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
      SCOPED_TRACE(i);
      const Step& step = c.steps[i];
      RateLimiter::Decision decision =
          limiter.take("login-ip:203.0.113.7", c.limit, kStart + step.at);
      EXPECT_EQ(decision.allowed, step.allowed);
      EXPECT_EQ(decision.retry_after, step.retry_after);
    }
  }
}

TEST(RateLimit, KeysAreIndependent) {
  RateLimiter limiter;
  const RateLimit limit{1, 60s};
  EXPECT_TRUE(limiter.take("login-ip:203.0.113.7", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("login-ip:203.0.113.7", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("login-ip:203.0.113.8", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("login-account:maija@example.fi", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("login-account:maija@example.fi", limit, kStart).allowed);
  EXPECT_EQ(limiter.size(), 3u);
}

TEST(RateLimit, Reset) {
  RateLimiter limiter;
  const RateLimit limit{2, 60s};
  EXPECT_TRUE(limiter.take("k", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("k", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("k", limit, kStart).allowed);
  limiter.reset("k");
  limiter.reset("never-seen");
  EXPECT_EQ(limiter.size(), 0u);
  EXPECT_TRUE(limiter.take("k", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("k", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("k", limit, kStart).allowed);
}

TEST(RateLimit, InvalidLimitsThrow) {
  RateLimiter limiter;
  EXPECT_THROW((void)limiter.take("k", {0, 60s}, kStart), std::invalid_argument);
  EXPECT_THROW((void)limiter.take("k", {-1, 60s}, kStart), std::invalid_argument);
  EXPECT_THROW((void)limiter.take("k", {1, 0s}, kStart), std::invalid_argument);
  EXPECT_THROW((void)limiter.take("k", {1000, std::chrono::seconds(1LL << 40)}, kStart),
               std::invalid_argument);
  EXPECT_THROW(RateLimiter(0), std::invalid_argument);
  EXPECT_EQ(limiter.size(), 0u);
}

TEST(RateLimit, EvictionKeepsTheMapAtMaxKeys) {
  RateLimiter limiter(1000);         // 15 shards
  const RateLimit limit{1, 86400s};  // no bucket becomes idle: only LRU eviction frees room
  for (int i = 0; i < 5000; ++i) {
    (void)limiter.take("signup-ip:10.0." + std::to_string(i), limit, kStart + 1s * (i / 100));
    ASSERT_LE(limiter.size(), 1000u);
  }
  EXPECT_EQ(limiter.size(), 1000u);
  // The most recent key is kept; the first, long evicted, gets a fresh bucket.
  EXPECT_FALSE(limiter.take("signup-ip:10.0.4999", limit, kStart + 50s).allowed);
  EXPECT_TRUE(limiter.take("signup-ip:10.0.0", limit, kStart + 50s).allowed);
}

TEST(RateLimit, EvictionDropsIdleBucketsFirst) {
  RateLimiter limiter(3);         // small: one shard, so the order is deterministic
  const RateLimit limit{2, 10s};  // a token back every 5 s
  EXPECT_TRUE(limiter.take("a", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("b", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("c", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("b", limit, kStart + 1s).allowed);  // b: empty until ~kStart + 6 s
  // At +6 s a and c are full again (idle), b is not, though a is the least recently used.
  EXPECT_TRUE(limiter.take("d", limit, kStart + 6s).allowed);
  EXPECT_EQ(limiter.size(), 2u);  // a and c dropped, b kept
  EXPECT_TRUE(limiter.take("b", limit, kStart + 6s).allowed);
  EXPECT_FALSE(limiter.take("b", limit, kStart + 6s).allowed);
}

TEST(RateLimit, EvictionDropsTheLeastRecentlyUsedWhenNoneIsIdle) {
  RateLimiter limiter(3);
  const RateLimit limit{1, 60s};
  EXPECT_TRUE(limiter.take("a", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("b", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("c", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("a", limit, kStart).allowed);  // a refused attempt is a use too
  EXPECT_TRUE(limiter.take("d", limit, kStart).allowed);   // b, least recently used, dropped
  EXPECT_EQ(limiter.size(), 3u);
  EXPECT_FALSE(limiter.take("a", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("c", limit, kStart).allowed);
  EXPECT_FALSE(limiter.take("d", limit, kStart).allowed);
  EXPECT_TRUE(limiter.take("b", limit, kStart).allowed);  // a new, full bucket
}

TEST(RateLimit, ConcurrentTakesOnOneKeyAllowExactlyBurst) {
  RateLimiter limiter;
  const RateLimit limit{37, 3600s};
  constexpr int kThreads = 8;
  constexpr int kAttemptsEach = 500;
  std::atomic<int> allowed = 0;
  std::atomic<bool> go = false;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      while (!go.load())
        std::this_thread::yield();
      for (int i = 0; i < kAttemptsEach; ++i) {
        if (limiter.take("login-account:maija@example.fi", limit, kStart).allowed) ++allowed;
        // Other keys on the way, so that several shards are busy at once.
        (void)limiter.take("login-ip:198.51.100." + std::to_string(t), limit, kStart);
      }
    });
  }
  go = true;
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(allowed.load(), limit.burst);
  EXPECT_EQ(limiter.size(), 1u + kThreads);
}

}  // namespace
}  // namespace tori::http
