// SPDX-License-Identifier: AGPL-3.0-or-later
// The operations handlers: health, readiness and metrics, with plain-text answers.
#include "tori/web/operations.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>

#include "tori/store/store.hpp"

namespace tori::web {
namespace {

http::Response no_store(http::Response response) {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

http::Response readiness(const Services& services) {
  auto& health = services.store.health();
  if (!health.ping()) return no_store(http::Response::text(503, "database does not answer\n"));
  try {
    auto status = health.migration_status();
    if (!status.pending().empty()) {
      return no_store(http::Response::text(503, "database migrations pending\n"));
    }
  } catch (const std::exception&) {
    return no_store(http::Response::text(503, "database migrations unknown\n"));
  }
  return no_store(http::Response::text(200, "ready\n"));
}

}  // namespace

http::Middleware database_unavailable_as_503() {
  return [](http::Request& request, const http::Handler& next) -> http::Response {
    try {
      return next(request);
    } catch (const store::Unavailable& error) {
      spdlog::warn("request {} {} {}: {}", request.request_id, request.method, request.path,
                   error.what());
      http::Response response;
      response.status = 503;
      response.headers.set("Retry-After", "10");
      response.headers.set("Cache-Control", "no-store");
      return response;
    }
  };
}

void add_operations_routes(http::Router& router, const Services& services,
                           const http::Metrics& metrics, http::AddressSet metrics_allow) {
  router.add("GET", "/healthz",
             [](http::Request&) { return no_store(http::Response::text(200, "ok\n")); });
  router.add("GET", "/readyz", [&services](http::Request&) { return readiness(services); });
  router.add(
      "GET", "/metrics", [&metrics, allow = std::move(metrics_allow)](http::Request& request) {
        if (!http::is_loopback(request.client_address) && !allow.contains(request.client_address)) {
          return http::Response{.status = 404};
        }
        auto response = http::Response::text(200, metrics.render());
        response.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        return no_store(std::move(response));
      });
}

void add_store_metrics(http::Metrics& metrics, const store::Store& store) {
  metrics.add_collector([&store] {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer,
                  "# HELP tori_database_seconds_total Time spent in database calls.\n"
                  "# TYPE tori_database_seconds_total counter\n"
                  "tori_database_seconds_total %.6f\n"
                  "# HELP tori_database_statements_total Database statements run.\n"
                  "# TYPE tori_database_statements_total counter\n"
                  "tori_database_statements_total %llu\n",
                  store.database_seconds_total(),
                  static_cast<unsigned long long>(store.database_statements_total()));
    return std::string(buffer);
  });
}

}  // namespace tori::web
