// SPDX-License-Identifier: AGPL-3.0-or-later
// Pipeline: request ids, access log, security headers and the one place exceptions are caught.
#include "tori/http/pipeline.hpp"
#include "tori/http/header_text.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <random>

namespace tori::http {
namespace {

long long now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string new_request_id() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(generator()));
  return buffer;
}

// A request id from a proxy is kept only if short and made of safe characters.
bool is_acceptable_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void add_security_headers(Response& response) {
  struct Default {
    const char* name;
    const char* value;
  };
  static constexpr Default kDefaults[] = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
       "form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "strict-origin-when-cross-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
  };
  for (const Default& header : kDefaults) {
    if (!response.headers.contains(header.name)) response.headers.set(header.name, header.value);
  }
}

Pipeline::Pipeline(const Router& router, PipelineOptions options)
    : router_(router), options_(std::move(options)) {}

void Pipeline::identify_client(Request& request) const {
  request.client_address = request.peer_address;
  request.secure = false;
  if (!options_.trusted_proxies.contains(request.peer_address)) return;
  if (auto forwarded = request.headers.get("X-Forwarded-For")) {
    // Walk from the right: the first address not itself a trusted proxy is the client.
    std::string_view rest = *forwarded;
    while (!rest.empty()) {
      std::size_t comma = rest.rfind(',');
      std::string_view candidate =
          trim_whitespace(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(0, comma);
      if (candidate.empty()) continue;
      request.client_address = std::string(candidate);
      if (!options_.trusted_proxies.contains(candidate)) break;
    }
  }
  if (auto proto = request.headers.get("X-Forwarded-Proto"))
    request.secure = trim_whitespace(*proto) == "https";
}

Response Pipeline::error_response(const Request& request, int status) const {
  if (options_.error_page) {
    try {
      return options_.error_page(request, status);
    } catch (const std::exception& error) {
      spdlog::error("request {}: error page for {} failed: {}", request.request_id, status,
                    error.what());
    }
  }
  return Response::text(status, std::string(reason_phrase(status)) + "\n");
}

Response Pipeline::run_handler(Request& request, const Router::Match& match) const {
  if (!match.handler) {
    if (match.allow.empty() && options_.not_found) return options_.not_found(request);
    Response response = error_response(request, match.allow.empty() ? 404 : 405);
    if (!match.allow.empty()) response.headers.set("Allow", match.allow);
    return response;
  }
  request.route = match.pattern;
  request.path_params = match.params;
  // Build the chain from the inside out: handler, then middleware in reverse order.
  std::size_t index = 0;
  std::function<Response(Request&)> next = [&](Request& r) -> Response {
    if (index < middleware_.size()) return middleware_[index++](r, next);
    return (*match.handler)(r);
  };
  return next(request);
}

Response Pipeline::run_cached(Request& request, const Router::Match& match) const {
  PageCache* cache = options_.page_cache;
  std::optional<std::string> key;
  if (cache && match.handler) key = PageCache::key_of(request);
  if (!key) return run_handler(request, match);
  const std::int64_t version = cache->version();  // before the handler reads any data
  if (std::optional<Response> hit = cache->find(*key, version)) {
    request.route = match.pattern;
    return std::move(*hit);
  }
  Response response = run_handler(request, match);
  cache->store(*key, response, version);
  return response;
}

Response Pipeline::handle(Request& request, const Router::Match& match) const {
  long long started = now_ns();
  if (options_.metrics) options_.metrics->request_started();
  auto proxied_id = request.headers.get("X-Request-Id");
  request.request_id = proxied_id && options_.trusted_proxies.contains(request.peer_address) &&
                               is_acceptable_request_id(*proxied_id)
                           ? std::string(*proxied_id)
                           : new_request_id();
  Response response;
  try {
    response = run_cached(request, match);
  } catch (const std::exception& error) {
    spdlog::error("request {} {} {}: {}", request.request_id, request.method, request.path,
                  error.what());
    response = error_response(request, 500);
  }
  if (response.status >= 400 && response.body_size() == 0 && request.method != "HEAD") {
    Response page = error_response(request, response.status);
    for (const auto& field : response.headers)
      page.headers.set(field.name, field.value);
    response = std::move(page);
  }
  finish(request, response, started);
  if (options_.metrics) options_.metrics->request_finished();
  return response;
}

Response Pipeline::refuse(Request& request, int status) const {
  long long started = now_ns();
  if (request.request_id.empty()) request.request_id = new_request_id();
  Response response = error_response(request, status);
  finish(request, response, started);
  return response;
}

void Pipeline::finish(Request& request, Response& response, long long started_ns) const {
  add_security_headers(response);
  response.headers.set("X-Request-Id", request.request_id);
  auto micros = std::chrono::microseconds((now_ns() - started_ns) / 1000);
  if (options_.metrics) options_.metrics->observe(request.route, response.status, micros);
  if (options_.access_log) {
    // A one-time token in the path (a reset or verification link) never reaches the log.
    std::string_view shown = request.path.empty() ? std::string_view(request.target).substr(0, 200)
                             : request.route.find("{token}") != std::string::npos
                                 ? std::string_view(request.route)
                                 : std::string_view(request.path);
    spdlog::info("{} {} {} {} {} {}us", request.request_id, request.method, shown, response.status,
                 response.body_size(), micros.count());
  }
}

}  // namespace tori::http
