// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of migration file names, folder listing and the applied-versus-available arithmetic.
#include "tori/store/migration.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/errors.hpp"
#include "tori/store/test_support.hpp"

namespace tori::store {
namespace {

using test_support::TempDir;
using test_support::write_file;
using ::testing::HasSubstr;

TEST(MigrationFileName, AcceptsNumberedNames) {
  const std::pair<const char*, Migration> cases[] = {
      {"0001_change_log.sql", {1, "change_log"}},
      {"0042_add_events_2.sql", {42, "add_events_2"}},
      {"9999_x.sql", {9999, "x"}},
  };
  for (const auto& [file_name, expected] : cases) {
    SCOPED_TRACE(file_name);
    EXPECT_EQ(parse_migration_file_name(file_name), expected);
    EXPECT_EQ(migration_file_name(expected), file_name);
  }
}

TEST(MigrationFileName, RejectsOtherNames) {
  const char* const rejected[] = {
      "0000_zero.sql",        // versions start at 1
      "1_short.sql",          // not four digits
      "00001_five.sql",       // five digits
      "0002-dash.sql",        // dash instead of underscore
      "0003_Upper.sql",       // upper case
      "0004_space name.sql",  // space
      "0005_.sql",            // no name
      "0006_name.SQL",        // extension case
      "0007_name.sql.orig",   // not .sql
      "abcd_name.sql",        // not digits
  };
  for (const char* file_name : rejected) {
    SCOPED_TRACE(file_name);
    EXPECT_EQ(parse_migration_file_name(file_name), std::nullopt);
  }
}

TEST(MigrationStatus, CurrentAndPending) {
  MigrationStatus status;
  EXPECT_EQ(status.current(), 0);
  status.available = {{1, "a"}, {2, "b"}, {3, "c"}};
  EXPECT_EQ(status.pending(), status.available);
  status.applied = {{{2, "b"}, UtcTime{}}, {{1, "a"}, UtcTime{}}};
  EXPECT_EQ(status.current(), 2);
  EXPECT_EQ(status.pending(), (std::vector<Migration>{{3, "c"}}));
  status.applied.push_back({{7, "newer_than_this_program"}, UtcTime{}});
  EXPECT_EQ(status.current(), 7);
  EXPECT_EQ(status.pending(), (std::vector<Migration>{{3, "c"}}));
}

TEST(ListMigrationFiles, SortsByVersionAndIgnoresOtherFiles) {
  TempDir dir;
  write_file(dir / "0010_ten.sql", "SELECT 10;");
  write_file(dir / "0002_two.sql", "SELECT 2;");
  write_file(dir / "README.md", "notes");
  std::filesystem::create_directory(dir / "postgres");
  write_file(dir / "postgres" / "0002_two.sql", "SELECT 2;");
  const std::vector<MigrationFile> files = list_migration_files(dir.path());
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].migration, (Migration{2, "two"}));
  EXPECT_EQ(files[0].path, dir / "0002_two.sql");
  EXPECT_EQ(files[1].migration, (Migration{10, "ten"}));
  EXPECT_EQ(read_migration_file(files[1].path), "SELECT 10;");
}

TEST(ListMigrationFiles, FailsWithTheReason) {
  struct Case {
    const char* name;
    std::vector<const char*> files;
    const char* message;
  };
  const Case cases[] = {
      {"misnamed", {"0001_ok.sql", "2_bad.sql"}, "misnamed migration"},
      {"duplicate version", {"0001_a.sql", "0001_b.sql"}, "two migrations share version 1"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    for (const char* file : c.files)
      write_file(dir / file, "SELECT 1;");
    try {
      (void)list_migration_files(dir.path());
      ADD_FAILURE() << "no MigrationError";
    } catch (const MigrationError& error) {
      EXPECT_THAT(error.what(), HasSubstr(c.message));
      EXPECT_THAT(error.what(), HasSubstr(dir.path().string()));
    }
  }
}

TEST(ListMigrationFiles, MissingFolderOrFileIsAMigrationError) {
  TempDir dir;
  EXPECT_THROW((void)list_migration_files(dir / "absent"), MigrationError);
  EXPECT_THROW((void)read_migration_file(dir / "0001_absent.sql"), MigrationError);
}

}  // namespace
}  // namespace tori::store
