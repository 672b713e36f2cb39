// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Pipeline: request ids, trusted proxies, 404/405 pages, exception mapping, headers.
#include "tori/http/pipeline.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

Response error_page(const Request&, int status) {
  return Response::html(status, "<h1>virhe " + std::to_string(status) + "</h1>");
}

struct PipelineTest : ::testing::Test {
  PipelineTest() {
    router.add("GET", "/ok", [](Request& r) { return Response::text(200, "ok " + r.route); });
    router.add("GET", "/boom", [](Request&) -> Response { throw std::runtime_error("secret"); });
    router.add("GET", "/empty-404", [](Request&) { return Response{.status = 404}; });
    router.add("POST", "/only-post", [](Request&) { return Response::text(200, "posted"); });
  }
  Response run(Request request) {
    request.peer_address = request.peer_address.empty() ? "127.0.0.1" : request.peer_address;
    pipeline.identify_client(request);
    auto match = pipeline.route(request.method, request.path);
    last = request;
    Response response = pipeline.handle(last, match);
    return response;
  }
  static Request get(std::string path) {
    Request request;
    request.method = "GET";
    request.path = path;
    request.target = path;
    return request;
  }

  Router router;
  Metrics metrics;
  Pipeline pipeline{
      router, PipelineOptions{
                  AddressSet::parse({"10.0.0.1"}).set, error_page, &metrics, false, nullptr, {}}};
  Request last;
};

TEST_F(PipelineTest, AnswersAndSetsSecurityHeaders) {
  Response response = run(get("/ok"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "ok /ok");
  auto csp = response.headers.get("Content-Security-Policy");
  ASSERT_TRUE(csp.has_value());
  EXPECT_NE(csp->find("frame-ancestors 'none'"), std::string_view::npos);
  EXPECT_EQ(csp->find("unsafe-inline"), std::string_view::npos);
  EXPECT_EQ(response.headers.get("X-Content-Type-Options"), "nosniff");
  EXPECT_TRUE(response.headers.contains("Referrer-Policy"));
  EXPECT_TRUE(response.headers.contains("Permissions-Policy"));
  EXPECT_EQ(response.headers.get("X-Request-Id")->size(), 16u);
}

TEST_F(PipelineTest, NotFoundAndMethodNotAllowedUseTheErrorPage) {
  Response missing = run(get("/nothing"));
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, "<h1>virhe 404</h1>");
  Response wrong = run(get("/only-post"));
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.headers.get("Allow"), "POST");
  Response empty = run(get("/empty-404"));
  EXPECT_EQ(empty.body, "<h1>virhe 404</h1>");
}

TEST_F(PipelineTest, ExceptionBecomesA500PageWithoutDetails) {
  Response response = run(get("/boom"));
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("secret"), std::string::npos);
  EXPECT_NE(metrics.render().find("route=\"/boom\",status=\"500\"} 1"), std::string::npos);
}

TEST_F(PipelineTest, RequestIdFromTrustedProxyOnly) {
  Request request = get("/ok");
  request.headers.set("X-Request-Id", "proxy-id-1");
  request.peer_address = "10.0.0.1";
  EXPECT_EQ(run(request).headers.get("X-Request-Id"), "proxy-id-1");
  request.peer_address = "10.0.0.2";
  EXPECT_NE(run(request).headers.get("X-Request-Id"), "proxy-id-1");
  request.peer_address = "10.0.0.1";
  request.headers.set("X-Request-Id", "bad id with spaces");
  EXPECT_NE(run(request).headers.get("X-Request-Id"), "bad id with spaces");
}

TEST_F(PipelineTest, ClientAddressBehindTrustedProxy) {
  Request request = get("/ok");
  request.peer_address = "10.0.0.1";
  request.headers.set("X-Forwarded-For", "203.0.113.9, 198.51.100.7");
  request.headers.set("X-Forwarded-Proto", "https");
  (void)run(request);
  EXPECT_EQ(last.client_address, "198.51.100.7");
  EXPECT_TRUE(last.secure);
  request.peer_address = "192.0.2.1";  // not trusted: headers ignored
  (void)run(request);
  EXPECT_EQ(last.client_address, "192.0.2.1");
  EXPECT_FALSE(last.secure);
}

TEST_F(PipelineTest, MiddlewareRunsInOrder) {
  std::string order;
  pipeline.use([&](Request& r, const Handler& next) {
    order += "a";
    return next(r);
  });
  pipeline.use([&](Request& r, const Handler& next) {
    order += "b";
    if (r.path == "/ok") return Response::text(403, "no");
    return next(r);
  });
  EXPECT_EQ(run(get("/ok")).status, 403);
  EXPECT_EQ(order, "ab");
}

TEST_F(PipelineTest, RefuseGivesErrorPageAndHeaders) {
  Request request;
  request.peer_address = "127.0.0.1";
  Response response = pipeline.refuse(request, 431);
  EXPECT_EQ(response.status, 431);
  EXPECT_EQ(response.body, "<h1>virhe 431</h1>");
  EXPECT_TRUE(response.headers.contains("Content-Security-Policy"));
}

TEST(PipelineNotFoundTest, TheNotFoundHookAnswersOnlyUnknownPaths) {
  Router router;
  router.add("GET", "/ok", [](Request&) { return Response::text(200, "ok"); });
  router.add("POST", "/only-post", [](Request&) { return Response::text(200, "posted"); });
  PipelineOptions options;
  options.access_log = false;
  options.not_found = [](const Request& request) {
    return Response::redirect("https://example.fi" + request.path, 301);
  };
  Pipeline pipeline(router, std::move(options));
  auto run = [&](std::string method, std::string path) {
    Request request;
    request.method = std::move(method);
    request.path = path;
    request.target = path;
    request.peer_address = "127.0.0.1";
    return pipeline.handle(request, pipeline.route(request.method, request.path));
  };
  EXPECT_EQ(run("GET", "/ok").status, 200);
  const Response moved = run("GET", "/vanha");
  EXPECT_EQ(moved.status, 301);
  EXPECT_EQ(moved.headers.get("Location"), "https://example.fi/vanha");
  EXPECT_EQ(run("GET", "/only-post").status, 405);  // a known path: not the hook's
}

}  // namespace
}  // namespace tori::http
