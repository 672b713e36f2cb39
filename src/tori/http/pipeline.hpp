// SPDX-License-Identifier: AGPL-3.0-or-later
// The middleware every request passes, in order: request id, access log, security headers,
// error mapping (an escaping exception becomes the 500 page here and nowhere else), then any
// added middleware (sessions, CSRF, rate limits) and the handler.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "tori/http/address_set.hpp"
#include "tori/http/message.hpp"
#include "tori/http/metrics.hpp"
#include "tori/http/page_cache.hpp"
#include "tori/http/router.hpp"

namespace tori::http {

// A page for an error status, in the request's language; must not throw.
using ErrorPage = std::function<Response(const Request&, int status)>;
// The answer to a request no route matched (for any method): e.g. a redirect of an old address.
using NotFound = std::function<Response(const Request&)>;
// Middleware: may answer itself or call next(request).
using Middleware = std::function<Response(Request&, const Handler& next)>;

struct PipelineOptions {
  AddressSet trusted_proxies;  // peers whose X-Forwarded-For/-Proto and X-Request-Id are believed
  ErrorPage error_page;        // empty: a plain-text page
  Metrics* metrics = nullptr;  // optional
  bool access_log = true;
  // Optional: answers anonymous GET/HEAD from stored responses (around the middleware and
  // handler; the request id, security headers, log and metrics still happen per request).
  PageCache* page_cache = nullptr;
  // Answers a request whose path no route knows (instead of the 404 error page); runs only on
  // that path, outside the middleware. Empty: error_page(request, 404).
  NotFound not_found;
};

class Pipeline {
 public:
  Pipeline(const Router& router, PipelineOptions options);

  // Appends a middleware; they run in the order added, inside the error mapping.
  void use(Middleware middleware) { middleware_.push_back(std::move(middleware)); }

  [[nodiscard]] Router::Match route(std::string_view method, std::string_view path) const {
    return router_.match(method, path);
  }
  // Sets request.client_address and request.secure from the peer and, behind a trusted proxy,
  // X-Forwarded-For and X-Forwarded-Proto.
  void identify_client(Request& request) const;
  // Runs the whole chain for a routed request. Never throws.
  [[nodiscard]] Response handle(Request& request, const Router::Match& match) const;
  // Answers a request the session refused before routing (400, 408, 413, 431). Never throws.
  [[nodiscard]] Response refuse(Request& request, int status) const;

 private:
  [[nodiscard]] Response run_handler(Request& request, const Router::Match& match) const;
  [[nodiscard]] Response run_cached(Request& request, const Router::Match& match) const;
  [[nodiscard]] Response error_response(const Request& request, int status) const;
  void finish(Request& request, Response& response, long long started_ns) const;

  const Router& router_;
  PipelineOptions options_;
  std::vector<Middleware> middleware_;
};

// The security headers every response carries (CSP without 'unsafe-inline', nosniff, …);
// a header the handler set already is kept.
void add_security_headers(Response& response);

}  // namespace tori::http
