// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Metrics: counters by route and status, histogram buckets, in-flight and collectors.
#include "tori/http/metrics.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

TEST(Metrics, RendersCountersHistogramAndCollectors) {
  Metrics metrics;
  metrics.observe("/teot/{slug}", 200, std::chrono::microseconds(300));
  metrics.observe("/teot/{slug}", 200, std::chrono::microseconds(3000));
  metrics.observe("", 404, std::chrono::microseconds(100));
  metrics.request_started();
  metrics.add_collector([] { return std::string("tori_db_seconds_total 1.5\n"); });
  std::string text = metrics.render();
  EXPECT_NE(text.find("tori_http_requests_total{route=\"/teot/{slug}\",status=\"200\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("tori_http_requests_total{route=\"unmatched\",status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("tori_http_request_duration_seconds_bucket{le=\"0.0005\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("tori_http_request_duration_seconds_bucket{le=\"0.005\"} 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("tori_http_request_duration_seconds_bucket{le=\"+Inf\"} 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("tori_http_request_duration_seconds_count 3\n"), std::string::npos);
  EXPECT_NE(text.find("tori_http_requests_in_flight 1\n"), std::string::npos);
  EXPECT_NE(text.find("tori_db_seconds_total 1.5\n"), std::string::npos);
}

TEST(Metrics, EscapesLabelValues) {
  Metrics metrics;
  metrics.observe("/a\"b\\c", 200, std::chrono::microseconds(1));
  EXPECT_NE(metrics.render().find("route=\"/a\\\"b\\\\c\""), std::string::npos);
}

}  // namespace
}  // namespace tori::http
