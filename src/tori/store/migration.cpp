// SPDX-License-Identifier: AGPL-3.0-or-later
// Migration file names, the listing of a migrations folder and the status arithmetic.
#include "tori/store/migration.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <system_error>

#include "tori/store/errors.hpp"

namespace tori::store {

namespace {

constexpr std::string_view kExtension = ".sql";
constexpr std::size_t kVersionDigits = 4;

bool is_name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

int MigrationStatus::current() const {
  int highest = 0;
  for (const AppliedMigration& row : applied)
    highest = std::max(highest, row.migration.version);
  return highest;
}

std::vector<Migration> MigrationStatus::pending() const {
  std::set<int> done;
  for (const AppliedMigration& row : applied)
    done.insert(row.migration.version);
  std::vector<Migration> result;
  for (const Migration& migration : available) {
    if (!done.contains(migration.version)) result.push_back(migration);
  }
  std::sort(result.begin(), result.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return result;
}

std::optional<Migration> parse_migration_file_name(std::string_view file_name) {
  const std::size_t minimum = kVersionDigits + 2 + kExtension.size();  // "0001_x.sql"
  if (file_name.size() < minimum || !file_name.ends_with(kExtension)) return std::nullopt;
  const std::string_view digits = file_name.substr(0, kVersionDigits);
  const std::string_view name = file_name.substr(
      kVersionDigits + 1, file_name.size() - kVersionDigits - 1 - kExtension.size());
  if (!all_digits(digits) || file_name[kVersionDigits] != '_') return std::nullopt;
  if (!std::all_of(name.begin(), name.end(), is_name_character)) return std::nullopt;
  const int version = std::stoi(std::string{digits});
  if (version == 0) return std::nullopt;
  return Migration{version, std::string{name}};
}

std::string migration_file_name(const Migration& migration) {
  char digits[16];
  (void)std::snprintf(digits, sizeof digits, "%04d", migration.version);
  return digits + ("_" + migration.name) + std::string{kExtension};
}

std::vector<MigrationFile> list_migration_files(const std::filesystem::path& folder) {
  std::error_code error;
  std::filesystem::directory_iterator entries{folder, error};
  if (error) {
    throw MigrationError("cannot read migrations folder " + folder.string() + ": " +
                         error.message());
  }
  std::vector<MigrationFile> files;
  for (const auto& entry : entries) {
    const std::string file_name = entry.path().filename().string();
    if (!entry.is_regular_file() || entry.path().extension() != kExtension) continue;
    std::optional<Migration> migration = parse_migration_file_name(file_name);
    if (!migration) {
      throw MigrationError("misnamed migration " + entry.path().string() +
                           ": expected NNNN_name.sql (name in [a-z0-9_], NNNN from 0001)");
    }
    files.push_back({std::move(*migration), entry.path()});
  }
  std::sort(files.begin(), files.end(), [](const MigrationFile& a, const MigrationFile& b) {
    return a.migration.version < b.migration.version;
  });
  const auto same_version = [](const MigrationFile& a, const MigrationFile& b) {
    return a.migration.version == b.migration.version;
  };
  if (auto twin = std::adjacent_find(files.begin(), files.end(), same_version);
      twin != files.end()) {
    throw MigrationError("two migrations share version " + std::to_string(twin->migration.version) +
                         ": " + twin->path.string() + " and " + std::next(twin)->path.string());
  }
  return files;
}

std::string read_migration_file(const std::filesystem::path& file) {
  std::ifstream in{file, std::ios::binary};
  if (!in) throw MigrationError("cannot read migration " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace tori::store
