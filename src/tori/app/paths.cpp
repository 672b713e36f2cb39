// SPDX-License-Identifier: AGPL-3.0-or-later
// find_assets: the search order for the program's data/ folder.
#include "tori/app/paths.hpp"

#include <cstdlib>
#include <vector>

namespace tori::app {
namespace {

bool holds_assets(const std::filesystem::path& folder) {
  std::error_code error;
  return std::filesystem::is_directory(folder / "templates", error) &&
         std::filesystem::is_directory(folder / "sql", error);
}

}  // namespace

std::optional<std::filesystem::path> find_assets() {
  std::vector<std::filesystem::path> candidates;
  if (const char* from_environment = std::getenv("TORI_ASSETS")) {
    candidates.emplace_back(from_environment);
  }
  std::error_code error;
  auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) candidates.push_back(executable.parent_path().parent_path() / "share" / "tori");
  candidates.emplace_back(TORI_SOURCE_DATA_DIR);
  for (const auto& candidate : candidates) {
    if (holds_assets(candidate)) return std::filesystem::weakly_canonical(candidate);
  }
  return std::nullopt;
}

}  // namespace tori::app
