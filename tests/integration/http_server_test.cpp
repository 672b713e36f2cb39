// SPDX-License-Identifier: AGPL-3.0-or-later
// The real server over HTTP: pages, HEAD, 404/405, static files, operations endpoints,
// keep-alive and pipelining, trusted proxies.
#include <gtest/gtest.h>

#include <regex>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

class HttpServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static HttpResponse get(std::string_view path, std::string_view headers = "",
                          std::string_view method = "GET") {
    auto response = try_get(server_->port(), path, headers, method);
    if (!response) throw std::runtime_error("no response for " + std::string(path));
    return *response;
  }
  static ServerProcess* server_;
};

ServerProcess* HttpServer::server_ = nullptr;

TEST_F(HttpServer, FrontPageWithSecurityHeaders) {
  HttpResponse page = get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("Tekojen tori"), std::string::npos);
  EXPECT_NE(page.body.find("<html lang=\"fi\""), std::string::npos);
  std::string csp = page.header("content-security-policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(page.header("x-content-type-options"), "nosniff");
  EXPECT_FALSE(page.header("referrer-policy").empty());
  EXPECT_FALSE(page.header("permissions-policy").empty());
  EXPECT_EQ(page.header("x-request-id").size(), 16u);
  EXPECT_FALSE(page.header("date").empty());
}

TEST_F(HttpServer, EveryPageInEveryLanguage) {
  for (const char* prefix : {"", "/sv", "/en"}) {
    for (const char* page : {"/", "/tietoa", "/saavutettavuus", "/tietosuoja"}) {
      std::string path = std::string(prefix) + (std::string(page) == "/" && *prefix ? "" : page);
      SCOPED_TRACE(path);
      HttpResponse response = get(path);
      EXPECT_EQ(response.status, 200);
      std::string lang = *prefix ? std::string(prefix + 1) : "fi";
      EXPECT_NE(response.body.find("<html lang=\"" + lang + "\""), std::string::npos);
    }
  }
}

TEST_F(HttpServer, HeadHasHeadersWithoutBody) {
  HttpResponse full = get("/tietoa");
  HttpResponse head = get("/tietoa", "", "HEAD");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_EQ(head.header("content-length"), std::to_string(full.body.size()));
  EXPECT_EQ(head.header("content-type"), full.header("content-type"));
}

TEST_F(HttpServer, NotFoundIsALocalisedPage) {
  HttpResponse finnish = get("/ei-ole-olemassa");
  EXPECT_EQ(finnish.status, 404);
  EXPECT_NE(finnish.body.find("<html lang=\"fi\""), std::string::npos);
  HttpResponse swedish = get("/sv/finns-inte");
  EXPECT_EQ(swedish.status, 404);
  EXPECT_NE(swedish.body.find("<html lang=\"sv\""), std::string::npos);
  EXPECT_TRUE(get("/ei-ole", "", "HEAD").body.empty());
}

TEST_F(HttpServer, WrongMethodIs405WithAllow) {
  HttpResponse response = get("/tietoa", "Content-Length: 0\r\n", "POST");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header("allow"), "GET, HEAD");
  EXPECT_EQ(get("/", "", "DELETE").status, 405);
}

TEST_F(HttpServer, StaticFilesWithValidatorsGzipAndFingerprints) {
  HttpResponse page = get("/");
  std::smatch found;
  ASSERT_TRUE(
      std::regex_search(page.body, found, std::regex("/static/css/tori\\.[0-9a-f]+\\.css")));
  std::string url = found.str();
  HttpResponse css = get(url);
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(css.header("cache-control"), "public, max-age=31536000, immutable");
  HttpResponse again = get(url, "If-None-Match: " + css.header("etag") + "\r\n");
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  HttpResponse zipped = get(url, "Accept-Encoding: gzip\r\n");
  EXPECT_EQ(zipped.header("content-encoding"), "gzip");
  EXPECT_LT(zipped.body.size(), css.body.size());
  EXPECT_EQ(get("/static/css/tori.css").header("cache-control"),
            "public, max-age=0, must-revalidate");
  EXPECT_EQ(get("/static/ei-ole.css").status, 404);
}

TEST_F(HttpServer, OperationsEndpoints) {
  EXPECT_EQ(get("/healthz").status, 200);
  HttpResponse ready = get("/readyz");
  EXPECT_EQ(ready.status, 200) << ready.body;
  (void)get("/tietoa");
  HttpResponse metrics = get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("tori_http_requests_total{route=\"/tietoa\",status=\"200\"}"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("tori_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(metrics.body.find("tori_http_requests_in_flight"), std::string::npos);
  EXPECT_NE(metrics.body.find("tori_database_seconds_total"), std::string::npos);
}

TEST_F(HttpServer, KeepAliveAndPipelining) {
  RawClient client(server_->port());
  std::string one = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  ASSERT_TRUE(client.send(one));
  auto first = client.read_response();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->status, 200);
  ASSERT_TRUE(client.send(one + one + "GET /ei HTTP/1.1\r\nHost: x\r\n\r\n"));
  for (int expected : {200, 200, 404}) {
    auto response = client.read_response();
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, expected);
  }
  ASSERT_TRUE(client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  ASSERT_TRUE(client.read_response().has_value());
  EXPECT_TRUE(client.closed_within(std::chrono::seconds(5)));
}

TEST(HttpServerProxy, TrustedProxyDecidesTheClientAddress) {
  ServerProcess server(ServerProcess::Options{
      .toml = "trusted_proxies = [\"127.0.0.1\"]\n",
  });
  // Through the proxy from a remote client: /metrics is not for it.
  auto remote = try_get(server.port(), "/metrics",
                        "X-Forwarded-For: 203.0.113.5\r\nX-Request-Id: proxy-abc\r\n");
  ASSERT_TRUE(remote.has_value());
  EXPECT_EQ(remote->status, 404);
  EXPECT_EQ(remote->header("x-request-id"), "proxy-abc");
  auto local = try_get(server.port(), "/metrics");
  ASSERT_TRUE(local.has_value());
  EXPECT_EQ(local->status, 200);
}

}  // namespace
}  // namespace tori::testing
