// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helpers for tori_store's tests only: a fresh temporary folder per test, file writing and
// the path of the product's migrations.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "tori/testing/temp_dir.hpp"

namespace tori::store::test_support {

// A new empty folder, removed with everything in it at the end (shared by all test programs).
using TempDir = tori::testing::TempDir;

// Writes `text` to `file`, replacing it; throws when that fails.
inline void write_file(const std::filesystem::path& file, std::string_view text) {
  std::ofstream out{file, std::ios::binary | std::ios::trunc};
  out << text;
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

// data/sql of the source tree (TORI_SOURCE_DATA_DIR is set by tori_test in CMake).
inline std::filesystem::path source_migrations_dir() {
  return std::filesystem::path{TORI_SOURCE_DATA_DIR} / "sql";
}

// data/sql/postgres of the source tree.
inline std::filesystem::path postgres_migrations_dir() {
  return source_migrations_dir() / "postgres";
}

}  // namespace tori::store::test_support
