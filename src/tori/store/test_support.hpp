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

namespace tori::store::test_support {

// A new empty folder under the system's temp folder, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tori-store-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(std::string_view name) const {
    return path_ / name;
  }

 private:
  std::filesystem::path path_;
};

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

}  // namespace tori::store::test_support
