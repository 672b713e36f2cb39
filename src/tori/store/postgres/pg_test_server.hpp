// SPDX-License-Identifier: AGPL-3.0-or-later
// Test support: a private PostgreSQL 15 server for one test program (never a system service),
// and a database per test. Library tori_store_pg_testing, built only with the tests.
//
//   TEST(Thing, Works) {
//     TORI_SKIP_WITHOUT_POSTGRES();
//     PgTestServer& server = PgTestServer::shared();        // started once per program
//     const std::string uri = server.create_database(server.unique_database_name());
//     PgConnection connection = connect_postgres(uri);      // postgresql://postgres@/…?host=…
//   }
//
// How it runs: the constructor makes /tmp/tori-pg-XXXXXX and starts a keeper, `/bin/sh` with a
// small script, in its own process group. The keeper runs initdb and then postgres in the
// foreground, listening only on a Unix socket in that folder (no TCP port, so no port races),
// with fsync off. When running as root (initdb refuses root), the keeper drops to the user
// `postgres` (else `nobody`) and the folder is given to that user first. The test process holds
// the write end of a pipe whose read end the keeper watches: when it closes — the destructor, or
// the kernel when the test process exits or crashes, even by SIGKILL — the keeper asks postgres
// for a fast shutdown, waits for it and removes the folder. Only a kill of the keeper itself
// (e.g. a ctest timeout killing the whole process tree) can leave the folder behind.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tori::store::postgres {

class PgTestServer {
 public:
  // The folder holding initdb and postgres: $TORI_PG_BINDIR when set, else
  // /usr/lib/postgresql/15/bin; nothing when either program is missing there.
  [[nodiscard]] static std::optional<std::filesystem::path> find_binaries();
  // Why tests skip: names the folder searched.
  [[nodiscard]] static std::string missing_binaries_message();

  // Starts a server and returns once it accepts connections (initdb ~0.6-2 s); throws
  // std::runtime_error naming the reason (the output of a failing initdb or postgres goes to
  // stderr). Leaves nothing behind when it throws.
  PgTestServer();
  PgTestServer(const PgTestServer&) = delete;
  PgTestServer& operator=(const PgTestServer&) = delete;
  // Fast shutdown; returns once postgres has exited and the folder is gone.
  ~PgTestServer();

  // Stops postgres (a fast shutdown: clients see their connections end) and keeps it stopped,
  // the data kept, until resume(), which returns once it accepts connections again. For tests
  // of a database that goes away; not on shared(), whose other users would fail.
  void pause();
  void resume();

  // One server for the whole test program, started on first use, stopped at exit.
  static PgTestServer& shared();

  // The folder holding the cluster (data/), the socket and the logs.
  [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }
  // The keeper's process id (the server runs in its process group).
  [[nodiscard]] pid_t keeper_pid() const { return keeper_; }
  // postgresql://postgres@/DATABASE?host=FOLDER&port=5432 (superuser, no password).
  [[nodiscard]] std::string uri(std::string_view database = "postgres") const;
  // CREATE DATABASE name TEMPLATE template_name (UTF8, C.UTF-8 like the cluster); returns its
  // uri. Nobody may be connected to the template. Throws tori::store::Error on failure.
  std::string create_database(std::string_view name, std::string_view template_name = "template1");
  // DROP DATABASE … WITH (FORCE); no error when it does not exist.
  void drop_database(std::string_view name);
  // A new name on each call: "<prefix>_1", "<prefix>_2", …
  [[nodiscard]] std::string unique_database_name(std::string_view prefix = "test");

 private:
  void wait_until_ready();
  void stop() noexcept;

  std::filesystem::path folder_;
  pid_t keeper_ = -1;
  int stop_fd_ = -1;  // the pipe's write end; closing it stops the server
  std::atomic<int> databases_{0};
};

}  // namespace tori::store::postgres

// In a test: skips it (GTEST_SKIP) when the PostgreSQL server programs are not installed.
#define TORI_SKIP_WITHOUT_POSTGRES()                           \
  if (!::tori::store::postgres::PgTestServer::find_binaries()) \
  GTEST_SKIP() << ::tori::store::postgres::PgTestServer::missing_binaries_message()
