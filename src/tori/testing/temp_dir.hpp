// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helper for every test program: a fresh temporary folder, removed with its contents.
//
//   tori::testing::TempDir dir;
//   dir.write("tori.toml", "port = 8001\n");
//   open_sqlite(dir / "tori.sqlite", ...);
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace tori::testing {

class TempDir {
 public:
  // Creates /tmp/tori-test-XXXXXX; throws when it cannot.
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tori-test-XXXXXX").string();
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
  // Writes `text` to the file `name` inside the folder (creating subfolders); throws on failure.
  void write(std::string_view name, std::string_view text) const {
    std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
  }

 private:
  std::filesystem::path path_;
};

}  // namespace tori::testing
