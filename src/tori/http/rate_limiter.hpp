// SPDX-License-Identifier: AGPL-3.0-or-later
// An in-memory, thread-safe token-bucket rate limiter for log-in, sign-up, reset and public forms.
//
//   constexpr RateLimit kLoginPerIp{.burst = 10, .per = std::chrono::minutes(15)};
//   RateLimiter::Decision decision =
//       limiter.take("login-ip:" + request.client_address, kLoginPerIp,
//                    std::chrono::steady_clock::now());
//   if (!decision.allowed) {
//     Response response = Response::text(429, "liian monta yritystä");
//     response.headers.set("Retry-After", std::to_string(decision.retry_after.count()));
//     return response;
//   }
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string_view>

namespace tori::http {

// `burst` attempts per `per`, refilled continuously (a token bucket of `burst` tokens that
// gains one token every per / burst). Both must be positive.
struct RateLimit {
  int burst;
  std::chrono::seconds per;
};

// Buckets live in 16 shards (fewer for a small max_keys), each with its own mutex, chosen by a
// hash of the key. At most max_keys buckets are kept: a new key in a full shard first drops the
// shard's full (idle) buckets, which loses nothing, and otherwise its least recently used one.
// The idle sweep walks the whole shard, so it runs at most once a second per shard.
class RateLimiter {
 public:
  struct Decision {
    bool allowed;
    std::chrono::seconds retry_after;  // 0 when allowed; else until one token is back, >= 1 s
  };

  explicit RateLimiter(std::size_t max_keys = 100000);
  ~RateLimiter();
  RateLimiter(const RateLimiter&) = delete;
  RateLimiter& operator=(const RateLimiter&) = delete;

  // Takes one token from `key`'s bucket (created full on first use). `now` is passed in so that
  // tests need not sleep; a `now` earlier than the bucket's last one counts as no time passed.
  // Throws std::invalid_argument for a limit that is not positive or too large (~292 years).
  [[nodiscard]] Decision take(std::string_view key, const RateLimit& limit,
                              std::chrono::steady_clock::time_point now);
  // Forgets `key` (e.g. after a successful log-in), so its bucket is full again.
  void reset(std::string_view key);
  // The number of buckets kept, at most max_keys.
  [[nodiscard]] std::size_t size() const;

 private:
  class Shard;
  Shard& shard_for(std::string_view key) const;

  std::unique_ptr<Shard[]> shards_;
  std::size_t shard_count_;
};

}  // namespace tori::http
