// SPDX-License-Identifier: AGPL-3.0-or-later
// The server's life: graceful stop with a request in flight, SIGINT, restart on the same data.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

using namespace std::chrono_literals;

TEST(Lifecycle, SigtermFinishesTheRequestInFlight) {
  ServerProcess server;
  RawClient client(server.port());
  // A request whose body is still arriving when the signal comes.
  client.send("POST /tietoa HTTP/1.1\r\nHost: x\r\nContent-Length: 20\r\n\r\n0123456789");
  std::this_thread::sleep_for(300ms);
  ::kill(server.pid(), SIGTERM);
  std::this_thread::sleep_for(300ms);
  client.send("0123456789");
  auto response = client.read_response(5s);
  ASSERT_TRUE(response.has_value()) << server.log();
  EXPECT_EQ(response->status, 405);
  EXPECT_EQ(response->header("connection"), "close");
  EXPECT_EQ(server.wait_for_exit(12s), 0) << server.log();  // no second signal
}

TEST(Lifecycle, IdleConnectionsDoNotDelayTheStop) {
  ServerProcess server;
  RawClient idle(server.port());
  idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(idle.read_response().has_value());
  auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(server.stop(SIGINT, 12s), 0) << server.log();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 8s);  // well under the 10 s grace
}

TEST(Lifecycle, RestartOnTheSameDataFolder) {
  TempDir folder;
  auto data = folder.path() / "data";
  {
    ServerProcess first({.data = data});
    EXPECT_EQ(try_get(first.port(), "/readyz")->status, 200);
    EXPECT_EQ(first.stop(SIGTERM), 0) << first.log();
  }
  ServerProcess second({.data = data});
  auto ready = try_get(second.port(), "/readyz");
  ASSERT_TRUE(ready.has_value());
  EXPECT_EQ(ready->status, 200) << ready->body;
  EXPECT_EQ(try_get(second.port(), "/")->status, 200);
  EXPECT_EQ(second.stop(SIGTERM), 0) << second.log();
}

// A node's secret.key is a link to the shared key (deploy/README.md): while the shared file is
// missing, the node refuses to start instead of writing a key of its own over the link.
TEST(Lifecycle, RefusesADanglingSecretKeyLink) {
  TempDir data;
  const std::filesystem::path link = data.path() / "secret.key";
  std::filesystem::create_symlink(data.path() / "shared" / "secret.key", link);
  const auto served =
      run_tori({"serve", "--port", std::to_string(free_port()), "--data", data.path().string()});
  EXPECT_NE(served.exit_code, 0);
  EXPECT_NE(served.err.find("does not exist"), std::string::npos) << served.err;
  EXPECT_TRUE(std::filesystem::is_symlink(link)) << "the link is kept";
  EXPECT_FALSE(std::filesystem::exists(data.path() / "shared"));
}

}  // namespace
}  // namespace tori::testing
