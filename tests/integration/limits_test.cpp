// SPDX-License-Identifier: AGPL-3.0-or-later
// Every read limit of the real server: body and header sizes, garbage, traversal, slow and
// idle clients. After each, the server still answers.
#include <gtest/gtest.h>

#include <cstring>
#include <thread>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

using namespace std::chrono_literals;

// Small limits so that the slow cases finish in a few seconds.
const char* kSmallLimits =
    "[limits]\nbody_bytes = 65536\nheader_timeout = 1.5\nidle_timeout = 1.5\n"
    "body_grace = 1\nmin_body_rate = 20000\n";

class Limits : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess({.toml = kSmallLimits}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void TearDown() override {
    auto alive = try_get(server_->port(), "/healthz");
    ASSERT_TRUE(alive.has_value()) << server_->log();
    EXPECT_EQ(alive->status, 200);
  }
  static unsigned short port() { return server_->port(); }
  static ServerProcess* server_;
};

ServerProcess* Limits::server_ = nullptr;

TEST_F(Limits, DeclaredOversizedBodyIs413BeforeReadingIt) {
  RawClient client(port());
  ASSERT_TRUE(client.send("POST /tietoa HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n"));
  auto response = client.read_response(3s);  // no body sent: the answer cannot wait for it
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 413);
  EXPECT_TRUE(client.closed_within(3s));
}

TEST_F(Limits, ChunkedOversizedBodyIs413) {
  RawClient client(port());
  ASSERT_TRUE(
      client.send("POST /tietoa HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
  std::string chunk(32768, 'a');
  for (int i = 0; i < 4; ++i) {
    if (!client.send("8000\r\n" + chunk + "\r\n")) break;
  }
  auto response = client.read_response(5s);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 413);
}

TEST_F(Limits, HugeHeaderIs431) {
  RawClient client(port());
  std::string big = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'b') + "\r\n\r\n";
  client.send(big);
  auto response = client.read_response(5s);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 431);
  EXPECT_TRUE(client.closed_within(3s));
}

TEST_F(Limits, GarbageIs400AndClosed) {
  const char* garbage[] = {
      "HELLO\r\n\r\n",
      "GET\r\n\r\n",
      "GET / HTTP/9.9\r\n\r\n",
      "GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
      "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",  // a TLS hello
      "G\0T / HTTP/1.1\r\n\r\n",
  };
  for (const char* bytes : garbage) {
    SCOPED_TRACE(bytes);
    RawClient client(port());
    client.send(std::string_view(bytes, std::strlen(bytes) + (bytes[1] == '\0' ? 17 : 0)));
    auto response = client.read_response(3s);
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 400);
    EXPECT_TRUE(client.closed_within(3s));
  }
}

TEST_F(Limits, TraversalNulAndBackslashAreRefused) {
  const char* targets[] = {
      "/static/../../../../etc/passwd",
      "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/static/..%2f..%2f..%2fetc%2fpasswd",
      "/static/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "/static/css%00.css",
      "/static/..%5c..%5cetc%5cpasswd",
      "/static\\..\\..\\etc\\passwd",
      "/%c0%ae%c0%ae/etc/passwd",
      "/..",
  };
  for (const char* target : targets) {
    SCOPED_TRACE(target);
    auto response = try_get(port(), target);
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 400);
    EXPECT_EQ(response->body.find("root:"), std::string::npos);
  }
  auto inside = try_get(port(), "/static/css/../css/tori.css");  // stays inside: allowed
  ASSERT_TRUE(inside.has_value());
  EXPECT_EQ(inside->status, 200);
}

TEST_F(Limits, SlowHeaderIsCut) {
  RawClient client(port());
  auto started = std::chrono::steady_clock::now();
  client.send("GET / HTTP/1.1\r\n");
  bool closed = false;
  for (int i = 0; i < 20 && !closed; ++i) {
    closed = !client.send("X-Drip: a\r\n") || client.closed_within(300ms);
  }
  EXPECT_TRUE(closed || client.closed_within(3s));
  EXPECT_LT(std::chrono::steady_clock::now() - started, 8s);  // the drip would last 9 s
}

TEST_F(Limits, SlowBodyIs408ButHonestUploadPasses) {
  {
    RawClient slow(port());
    slow.send("POST /tietoa HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\n");
    std::optional<HttpResponse> response;
    for (int i = 0; i < 40 && !response; ++i) {
      slow.send(std::string(10, 's'));
      response = slow.read_response(200ms);
    }
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 408);
  }
  RawClient honest(port());
  honest.send("POST /tietoa HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\n");
  for (int i = 0; i < 6; ++i) {  // 60 KB over about 1.5 s: 40 KB/s, above the 20 KB/s floor
    std::this_thread::sleep_for(250ms);
    honest.send(std::string(10000, 'h'));
  }
  auto response = honest.read_response(5s);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->status, 405);  // read in full, then answered by the router
}

TEST_F(Limits, IdleKeepAliveIsClosed) {
  RawClient client(port());
  client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(client.read_response(3s).has_value());
  EXPECT_TRUE(client.closed_within(4s));
}

}  // namespace
}  // namespace tori::testing
