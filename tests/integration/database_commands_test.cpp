// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori copy-data` and `tori backup` as an operator runs them: a demo installation on SQLite
// moved to a private PostgreSQL and back, each end checked by comparing full exports; a backup
// restored by serving from it; refusals change nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "raw_client.hpp"
#include "server_process.hpp"
#include "tori/store/postgres/pg_test_server.hpp"

namespace tori::testing {
namespace {

using store::postgres::PgTestServer;
using ::testing::HasSubstr;

CommandResult export_practices(const std::vector<std::string>& where) {
  std::vector<std::string> args = {"export", "practices"};
  args.insert(args.end(), where.begin(), where.end());
  return run_tori(args);
}

TEST(CopyData, MovesAnInstallationToPostgresqlAndBack) {
  TORI_SKIP_WITHOUT_POSTGRES();
  TempDir folder;
  const std::string sqlite_dir = (folder.path() / "sqlite").string();
  const std::string back_dir = (folder.path() / "back").string();
  ASSERT_EQ(run_tori({"demo", "--data", sqlite_dir, "--practices", "120"}).exit_code, 0);
  PgTestServer& server = PgTestServer::shared();
  const std::string uri = server.create_database(server.unique_database_name());

  const CommandResult there = run_tori({"copy-data", "--from", sqlite_dir, "--to", uri});
  ASSERT_EQ(there.exit_code, 0) << there.err;
  EXPECT_THAT(there.out, HasSubstr("practices\t120\n"));
  EXPECT_THAT(there.out, HasSubstr("copied "));

  const CommandResult original = export_practices({"--data", sqlite_dir});
  ASSERT_EQ(original.exit_code, 0) << original.err;
  const CommandResult on_postgres =
      export_practices({"--database", uri, "--data", (folder.path() / "node").string()});
  ASSERT_EQ(on_postgres.exit_code, 0) << on_postgres.err;
  EXPECT_EQ(std::count(original.out.begin(), original.out.end(), '\n'), 120);
  EXPECT_EQ(on_postgres.out, original.out);

  const CommandResult again = run_tori({"copy-data", "--from", sqlite_dir, "--to", uri});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_THAT(again.err, HasSubstr("already holds"));

  const CommandResult back = run_tori({"copy-data", "--from", uri, "--to", back_dir});
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_EQ(export_practices({"--data", back_dir}).out, original.out);
}

TEST(CopyData, RefusesAMissingSourceAndTheSameDatabaseTwice) {
  TempDir folder;
  const std::string absent = (folder.path() / "absent").string();
  const CommandResult missing = run_tori({"copy-data", "--from", absent, "--to", absent + "2"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("no database in"));
  EXPECT_FALSE(std::filesystem::exists(folder.path() / "absent2"));
  const CommandResult same = run_tori({"copy-data", "--from", absent, "--to", absent});
  EXPECT_EQ(same.exit_code, 2);
  const CommandResult bad = run_tori({"copy-data", "--from", absent, "--to", "mysql://x"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists("mysql:"));
}

TEST(Backup, HoldsTheDatabaseUploadsSettingsAndKeyAndRestoresByServing) {
  TempDir folder;
  const std::filesystem::path data = folder.path() / "data";
  const std::filesystem::path out = folder.path() / "backup";
  ASSERT_EQ(run_tori({"demo", "--data", data.string(), "--practices", "40"}).exit_code, 0);
  std::filesystem::create_directories(data / "uploads");
  std::ofstream(data / "uploads" / "kuva.webp") << "image bytes";
  const std::string key(64, 'a');
  std::ofstream(data / "secret.key") << key << "\n";
  std::ofstream(data / "tori.toml") << "port = 8123\n";

  const CommandResult made = run_tori({"backup", "--data", data.string(), out.string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_TRUE(std::filesystem::exists(out / "uploads" / "kuva.webp"));
  std::string copied_key;
  std::ifstream(out / "secret.key") >> copied_key;
  EXPECT_EQ(copied_key, key);
  EXPECT_TRUE(std::filesystem::exists(out / "tori.toml"));
  EXPECT_FALSE(std::filesystem::exists(out / "index"));
  const CommandResult original = export_practices({"--data", data.string()});
  EXPECT_EQ(export_practices({"--data", out.string()}).out, original.out);
  EXPECT_EQ(std::count(original.out.begin(), original.out.end(), '\n'), 40);

  ServerProcess server({.data = out});
  const auto listing = try_get(server.port(), "/teot");
  ASSERT_TRUE(listing.has_value());
  EXPECT_EQ(listing->status, 200);

  const CommandResult again = run_tori({"backup", "--data", data.string(), out.string()});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_THAT(again.err, HasSubstr("not empty"));
}

}  // namespace
}  // namespace tori::testing
