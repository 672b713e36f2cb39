// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of migration 0003: organisations created before it get their first practice's
// municipality when they are local, and regional ones stay without.
#include <filesystem>

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;

TEST(OrganisationHomeMigration, FillsLocalOrganisationsFromTheirPractices) {
  test_support::TempDir dir;
  std::filesystem::create_directory(dir / "old");
  for (const char* name : {"0001_change_log.sql", "0002_practices.sql"})
    std::filesystem::copy_file(test_support::source_migrations_dir() / name, dir / "old" / name);
  {
    auto store = open_sqlite(dir / "tori.sqlite", dir / "old");
    (void)store->health().migrate();
    PracticeWrite first = make_write("a", "A");  // no place: created without a home
    first.input.organisations = {"Tampereen kaupunki", "Pirkanmaan hyvinvointialue"};
    PracticeWrite second = make_write("b", "B");
    second.input.organisations = {"Tampereen kaupunki", "Pirkanmaan hyvinvointialue"};
    second.municipality = core::MunicipalityRef{"837", "Tampere"};
    for (const PracticeWrite* write : {&first, &second})
      ASSERT_TRUE(std::holds_alternative<WriteResult>(store->practices().save(*write)));
    EXPECT_FALSE(store->organisations().find_by_slug("tampereen-kaupunki")->municipality);
  }
  auto store = open_sqlite(dir / "tori.sqlite", test_support::source_migrations_dir());
  (void)store->health().migrate();
  EXPECT_EQ(store->organisations().find_by_slug("tampereen-kaupunki")->municipality,
            (core::MunicipalityRef{"837", "Tampere"}));
  EXPECT_FALSE(store->organisations().find_by_slug("pirkanmaan-hyvinvointialue")->municipality);
}

}  // namespace
}  // namespace tori::store
