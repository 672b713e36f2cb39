// SPDX-License-Identifier: AGPL-3.0-or-later
// Request metrics in Prometheus text format: requests by route and status, a latency
// histogram, requests in flight, and gauges or counters others contribute (database time).
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace tori::http {

class Metrics {
 public:
  // Records one finished request under its route pattern ("" is shown as "unmatched").
  void observe(const std::string& route, int status, std::chrono::microseconds duration);
  void request_started() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
  void request_finished() { in_flight_.fetch_sub(1, std::memory_order_relaxed); }
  // Adds lines produced on each scrape (complete Prometheus lines with HELP and TYPE).
  void add_collector(std::function<std::string()> collector);

  // The exposition text.
  [[nodiscard]] std::string render() const;

 private:
  // Upper bounds of the latency histogram, in seconds.
  static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, unsigned long long> requests_;
  std::array<unsigned long long, kBuckets.size() + 1> bucket_counts_{};
  double duration_sum_seconds_ = 0;
  unsigned long long duration_count_ = 0;
  std::atomic<long long> in_flight_{0};
  std::vector<std::function<std::string()>> collectors_;
};

}  // namespace tori::http
