// SPDX-License-Identifier: AGPL-3.0-or-later
// The sharded token-bucket rate limiter: exact integer arithmetic, bounded memory.
//
//   RateLimiter limiter;  // at most 100 000 keys
//   limiter.take("reset-account:maija@example.fi", {3, std::chrono::hours(1)}, now);
#include "tori/http/rate_limiter.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <list>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace tori::http {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::nanoseconds;

constexpr std::size_t kMaxShards = 16;
constexpr std::size_t kMinKeysPerShard = 64;  // fewer would make the LRU too coarse
constexpr Clock::duration kSweepInterval = std::chrono::seconds(1);

// A bucket in exact integer units: a token costs `per_ns` units, the bucket holds
// `burst * per_ns`, and `burst` units drain per nanosecond, so `burst` tokens come back per
// `per`. `used` is 0 for a full bucket.
struct Bucket {
  std::string key;
  std::int64_t used = 0;
  std::int64_t per_ns = 1;
  std::int64_t burst = 1;
  Clock::time_point updated;

  // Brings `used` up to `now`; time never runs backwards for a bucket.
  void drain(Clock::time_point now) {
    if (now <= updated) return;
    const std::int64_t elapsed = std::chrono::duration_cast<nanoseconds>(now - updated).count();
    used = elapsed >= per_ns ? 0 : std::max<std::int64_t>(0, used - elapsed * burst);
    updated = now;
  }

  [[nodiscard]] bool full_at(Clock::time_point now) const {
    if (now <= updated) return used == 0;
    const std::int64_t elapsed = std::chrono::duration_cast<nanoseconds>(now - updated).count();
    return elapsed >= per_ns || used <= elapsed * burst;
  }
};

void check(const RateLimit& limit) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  if (limit.burst <= 0 || limit.per.count() <= 0) {
    throw std::invalid_argument("rate limit burst and period must be positive");
  }
  // (burst + 1) * per in nanoseconds must fit, so that `spend` cannot overflow.
  if (limit.per.count() > kMax / 1'000'000'000 / (std::int64_t{limit.burst} + 1)) {
    throw std::invalid_argument("rate limit period too long");
  }
}

// Ceiling of a / b for positive values.
std::int64_t divide_up(std::int64_t a, std::int64_t b) {
  return a / b + (a % b != 0 ? 1 : 0);
}

RateLimiter::Decision spend(Bucket& bucket, const RateLimit& limit, Clock::time_point now) {
  bucket.drain(now);
  bucket.per_ns = std::chrono::duration_cast<nanoseconds>(limit.per).count();
  bucket.burst = limit.burst;
  const std::int64_t capacity = bucket.burst * bucket.per_ns;
  bucket.used = std::min(bucket.used, capacity);  // in case the key's limit changed
  const std::int64_t excess = bucket.used + bucket.per_ns - capacity;
  if (excess <= 0) {
    bucket.used += bucket.per_ns;
    return {true, std::chrono::seconds(0)};
  }
  const std::int64_t wait_ns = divide_up(excess, bucket.burst);
  return {false,
          std::chrono::seconds(std::max<std::int64_t>(1, divide_up(wait_ns, 1'000'000'000)))};
}

}  // namespace

// One shard: buckets most recently used first, indexed by views of their own keys.
class RateLimiter::Shard {
 public:
  Decision take(std::string_view key, const RateLimit& limit, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto found = index_.find(key);
    if (found == index_.end()) {
      make_room(now);
      buckets_.push_front(Bucket{.key = std::string(key), .updated = now});
      found = index_.emplace(buckets_.front().key, buckets_.begin()).first;
    } else {
      buckets_.splice(buckets_.begin(), buckets_, found->second);
    }
    return spend(*found->second, limit, now);
  }

  void reset(std::string_view key) {
    std::lock_guard lock(mutex_);
    auto found = index_.find(key);
    if (found == index_.end()) return;
    const auto bucket = found->second;
    index_.erase(found);
    buckets_.erase(bucket);
  }

  [[nodiscard]] std::size_t size() const {
    std::lock_guard lock(mutex_);
    return index_.size();
  }

  std::size_t capacity = 1;

 private:
  using Buckets = std::list<Bucket>;

  void erase(Buckets::iterator bucket) {
    index_.erase(bucket->key);
    buckets_.erase(bucket);
  }

  // Frees one slot when the shard is full: idle buckets first, else the least recently used.
  void make_room(Clock::time_point now) {
    if (index_.size() < capacity) return;
    if (!last_sweep_ || now - *last_sweep_ >= kSweepInterval) {
      last_sweep_ = now;
      for (auto bucket = buckets_.begin(); bucket != buckets_.end();) {
        auto next = std::next(bucket);
        if (bucket->full_at(now)) erase(bucket);
        bucket = next;
      }
    }
    while (index_.size() >= capacity)
      erase(std::prev(buckets_.end()));
  }

  mutable std::mutex mutex_;
  Buckets buckets_;
  std::unordered_map<std::string_view, Buckets::iterator> index_;
  std::optional<Clock::time_point> last_sweep_;
};

RateLimiter::RateLimiter(std::size_t max_keys)
    : shard_count_(std::clamp<std::size_t>(max_keys / kMinKeysPerShard, 1, kMaxShards)) {
  if (max_keys == 0) throw std::invalid_argument("rate limiter needs room for one key");
  shards_ = std::make_unique<Shard[]>(shard_count_);
  for (std::size_t i = 0; i < shard_count_; ++i) {  // the shares add up to max_keys exactly
    shards_[i].capacity = max_keys / shard_count_ + (i < max_keys % shard_count_ ? 1 : 0);
  }
}

RateLimiter::~RateLimiter() = default;

RateLimiter::Shard& RateLimiter::shard_for(std::string_view key) const {
  std::uint64_t hash = std::hash<std::string_view>{}(key);
  hash ^= hash >> 33;  // mix so the shard and the shard's own hash table use different bits
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  return shards_[hash % shard_count_];
}

RateLimiter::Decision RateLimiter::take(std::string_view key, const RateLimit& limit,
                                        std::chrono::steady_clock::time_point now) {
  check(limit);
  return shard_for(key).take(key, limit, now);
}

void RateLimiter::reset(std::string_view key) {
  shard_for(key).reset(key);
}

std::size_t RateLimiter::size() const {
  std::size_t total = 0;
  for (std::size_t i = 0; i < shard_count_; ++i)
    total += shards_[i].size();
  return total;
}

}  // namespace tori::http
