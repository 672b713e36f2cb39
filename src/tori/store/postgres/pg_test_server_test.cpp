// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of PgTestServer: start, databases from templates, stop, cleanup after a killed test
// process, and the skip when PostgreSQL is missing; prints how long each step takes.
#include "tori/store/postgres/pg_test_server.hpp"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/postgres/pg_handles.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::store::postgres {
namespace {

using Clock = std::chrono::steady_clock;
using ::testing::HasSubstr;
using ::testing::StartsWith;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string single_value(const std::string& uri, const std::string& sql) {
  PgConnection connection = connect_postgres(uri);
  PgResult result = exec_checked(connection.get(), sql);
  return PQgetvalue(result.get(), 0, 0);
}

bool gone_within(const std::filesystem::path& folder, std::chrono::seconds limit) {
  const Clock::time_point deadline = Clock::now() + limit;
  while (std::filesystem::exists(folder)) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

std::optional<std::string> bindir_setting() {
  const char* value = std::getenv("TORI_PG_BINDIR");
  return value != nullptr ? std::optional<std::string>{value} : std::nullopt;
}

void restore_bindir(const std::optional<std::string>& saved) {
  if (saved) {
    ::setenv("TORI_PG_BINDIR", saved->c_str(), 1);
  } else {
    ::unsetenv("TORI_PG_BINDIR");
  }
}

TEST(PgTestServer, StartsAnswersAndLeavesNothingBehind) {
  TORI_SKIP_WITHOUT_POSTGRES();
  std::filesystem::path folder;
  const Clock::time_point started = Clock::now();
  {
    PgTestServer server;
    const double start_ms = milliseconds_since(started);
    folder = server.folder();
    EXPECT_TRUE(std::filesystem::exists(folder / "data" / "PG_VERSION"));
    EXPECT_THAT(server.uri("tori"), StartsWith("postgresql://postgres@/tori?host=/"));
    EXPECT_THAT(single_value(server.uri(), "SELECT version()"), HasSubstr("PostgreSQL 15"));
    EXPECT_EQ(single_value(server.uri(), "SELECT current_setting('server_encoding')"), "UTF8");
    EXPECT_EQ(single_value(server.uri(), "SELECT current_setting('listen_addresses')"), "");
    struct stat data {};
    ASSERT_EQ(::stat((folder / "data").c_str(), &data), 0);
    EXPECT_NE(data.st_uid, 0U) << "initdb and postgres never run as root";
    std::cout << "[ timing ] PgTestServer start (initdb + postgres ready): " << start_ms << " ms"
              << std::endl;
  }
  std::cout << "[ timing ] PgTestServer start + fast stop: " << milliseconds_since(started) << " ms"
            << std::endl;
  EXPECT_FALSE(std::filesystem::exists(folder)) << "the destructor returns once it is removed";
}

TEST(PgTestServer, CreatesDatabasesFromATemplate) {
  TORI_SKIP_WITHOUT_POSTGRES();
  PgTestServer& server = PgTestServer::shared();
  const std::string template_name = server.unique_database_name("template");
  {
    PgConnection connection = connect_postgres(server.create_database(template_name));
    exec_checked(connection.get(), "CREATE TABLE t (x BIGINT); INSERT INTO t VALUES (42)");
  }
  const std::string name = server.unique_database_name();
  EXPECT_THAT(name, StartsWith("test_"));
  EXPECT_NE(name, server.unique_database_name());
  Clock::time_point started = Clock::now();
  const std::string uri = server.create_database(name, template_name);
  const double copy_ms = milliseconds_since(started);
  EXPECT_EQ(single_value(uri, "SELECT x FROM t"), "42");
  EXPECT_EQ(single_value(uri, "SELECT current_database()"), name);
  started = Clock::now();
  server.drop_database(name);
  const double drop_ms = milliseconds_since(started);
  EXPECT_THROW((void)connect_postgres(uri), Unavailable);
  EXPECT_NO_THROW(server.drop_database(name)) << "dropping a missing database is no error";
  EXPECT_THROW(server.create_database(template_name), Error) << "the name is taken";
  std::cout << "[ timing ] CREATE DATABASE from a small template: " << copy_ms
            << " ms, DROP DATABASE: " << drop_ms << " ms" << std::endl;
}

// pause() ends the server and its connections; resume() brings it back with the data, and the
// destructor still cleans up a server that was paused once.
TEST(PgTestServer, PausesAndResumesKeepingTheData) {
  TORI_SKIP_WITHOUT_POSTGRES();
  std::filesystem::path folder;
  {
    PgTestServer server;
    folder = server.folder();
    const std::string uri = server.create_database("kept");
    PgConnection connection = connect_postgres(uri);
    exec_checked(connection.get(), "CREATE TABLE t (x BIGINT); INSERT INTO t VALUES (7)");
    const Clock::time_point started = Clock::now();
    server.pause();
    const double pause_ms = milliseconds_since(started);
    EXPECT_EQ(PQping((uri + "&connect_timeout=2").c_str()), PQPING_NO_RESPONSE);
    const PgResult after{PQexec(connection.get(), "SELECT 1")};
    EXPECT_NE(PQresultStatus(after.get()), PGRES_TUPLES_OK)
        << "an open connection must end with the server";
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_EQ(PQping((uri + "&connect_timeout=2").c_str()), PQPING_NO_RESPONSE)
        << "paused: not restarted";
    const Clock::time_point resumed = Clock::now();
    server.resume();
    const double resume_ms = milliseconds_since(resumed);
    EXPECT_EQ(single_value(uri, "SELECT x FROM t"), "7");
    std::cout << "[ timing ] PgTestServer pause: " << pause_ms << " ms, resume: " << resume_ms
              << " ms" << std::endl;
  }
  EXPECT_FALSE(std::filesystem::exists(folder));
}

// The test process dies by SIGKILL (no destructor runs): the keeper still stops postgres and
// removes the folder.
TEST(PgTestServer, CleansUpAfterTheTestProcessIsKilled) {
  TORI_SKIP_WITHOUT_POSTGRES();
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(pipe_fds[0]);
    PgTestServer server;
    const std::string folder = server.folder().string() + "\n";
    (void)!::write(pipe_fds[1], folder.data(), folder.size());
    ::raise(SIGKILL);
  }
  ::close(pipe_fds[1]);
  std::string folder;
  char c = 0;
  while (::read(pipe_fds[0], &c, 1) == 1 && c != '\n')
    folder += c;
  ::close(pipe_fds[0]);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  ASSERT_THAT(folder, HasSubstr("tori-pg-")) << "the child did not start a server";
  EXPECT_TRUE(gone_within(folder, std::chrono::seconds(30))) << folder << " is left behind";
}

// A stand-in initdb that fails: the constructor throws at once (not after the 60 s limit), its
// output goes to stderr, and no folder stays.
TEST(PgTestServer, ReportsAFailingInitdbAndLeavesNothingBehind) {
  const std::optional<std::string> saved = bindir_setting();
  tori::testing::TempDir bin;
  bin.write("initdb", "#!/bin/sh\necho 'initdb: stand-in failure' >&2\nexit 1\n");
  bin.write("postgres", "#!/bin/sh\nexit 1\n");
  for (const char* program : {"initdb", "postgres"})
    std::filesystem::permissions(bin / program, std::filesystem::perms::all);
  std::filesystem::permissions(bin.path(), std::filesystem::perms::owner_all |
                                               std::filesystem::perms::group_exec |
                                               std::filesystem::perms::others_exec);
  ::setenv("TORI_PG_BINDIR", bin.path().c_str(), 1);
  const Clock::time_point started = Clock::now();
  try {
    PgTestServer server;
    ADD_FAILURE() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    const std::string message = error.what();
    EXPECT_THAT(message, HasSubstr("initdb or postgres failed in "));
    const std::size_t from = message.find(" in /") + 4;
    const std::string folder = message.substr(from, message.find(" (") - from);
    EXPECT_THAT(folder, HasSubstr("tori-pg-"));
    EXPECT_FALSE(std::filesystem::exists(folder)) << folder << " is left behind";
  }
  restore_bindir(saved);
  EXPECT_LT(milliseconds_since(started), 10'000.0);
}

TEST(PgTestServer, SaysWhereItLookedWhenTheProgramsAreMissing) {
  const std::optional<std::string> saved = bindir_setting();
  ::setenv("TORI_PG_BINDIR", "/nonexistent/pg/bin", 1);
  EXPECT_FALSE(PgTestServer::find_binaries());
  EXPECT_THAT(PgTestServer::missing_binaries_message(), HasSubstr("/nonexistent/pg/bin"));
  EXPECT_THROW(PgTestServer{}, std::runtime_error);
  restore_bindir(saved);
}

}  // namespace
}  // namespace tori::store::postgres
