// SPDX-License-Identifier: AGPL-3.0-or-later
// Metrics: counting under one mutex (a few hundred ns per request) and rendering the text format.
#include "tori/http/metrics.hpp"

#include <cstdio>
#include <sstream>

namespace tori::http {
namespace {

// Escapes a label value per the exposition format (backslash, quote, newline).
std::string label_value(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace

void Metrics::observe(const std::string& route, int status, std::chrono::microseconds duration) {
  double seconds = static_cast<double>(duration.count()) / 1e6;
  std::size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
    ++bucket;
  std::lock_guard lock(mutex_);
  ++requests_[{route.empty() ? "unmatched" : route, status}];
  ++bucket_counts_[bucket];
  duration_sum_seconds_ += seconds;
  ++duration_count_;
}

void Metrics::add_collector(std::function<std::string()> collector) {
  std::lock_guard lock(mutex_);
  collectors_.push_back(std::move(collector));
}

std::string Metrics::render() const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP tori_http_requests_total Requests answered, by route pattern and status.\n"
      << "# TYPE tori_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out << "tori_http_requests_total{route=\"" << label_value(key.first) << "\",status=\""
        << key.second << "\"} " << count << "\n";
  }
  out << "# HELP tori_http_request_duration_seconds Time from request read to response ready.\n"
      << "# TYPE tori_http_request_duration_seconds histogram\n";
  unsigned long long cumulative = 0;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    cumulative += bucket_counts_[i];
    out << "tori_http_request_duration_seconds_bucket{le=\"" << number(kBuckets[i]) << "\"} "
        << cumulative << "\n";
  }
  cumulative += bucket_counts_[kBuckets.size()];
  out << "tori_http_request_duration_seconds_bucket{le=\"+Inf\"} " << cumulative << "\n"
      << "tori_http_request_duration_seconds_sum " << number(duration_sum_seconds_) << "\n"
      << "tori_http_request_duration_seconds_count " << duration_count_ << "\n"
      << "# HELP tori_http_requests_in_flight Requests being handled now.\n"
      << "# TYPE tori_http_requests_in_flight gauge\n"
      << "tori_http_requests_in_flight " << in_flight_.load(std::memory_order_relaxed) << "\n";
  for (const auto& collector : collectors_)
    out << collector();
  return out.str();
}

}  // namespace tori::http
