// SPDX-License-Identifier: AGPL-3.0-or-later
// UploadFolder: the uploads/ folder, with names checked before any path is made.
#include "tori/store/upload_folder.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "tori/store/atomic_file.hpp"

namespace tori::store {
namespace {

bool stem_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

bool extension_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

UploadFolder::UploadFolder(std::filesystem::path folder) : folder_(std::move(folder)) {
  make_private_folder(folder_);
}

bool UploadFolder::valid_name(std::string_view name) {
  const std::size_t dot = name.find('.');
  if (name.size() > 100 || dot == std::string_view::npos || dot == 0 || dot + 1 == name.size())
    return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i == dot) continue;
    if (!(i < dot ? stem_char(name[i]) : extension_char(name[i]))) return false;
  }
  return true;
}

void UploadFolder::write(std::string_view name, std::string_view bytes) const {
  if (!valid_name(name)) throw std::runtime_error("uploads: invalid file name");
  if (std::string error = write_file_atomically(folder_ / std::string(name), bytes); !error.empty())
    throw std::runtime_error("uploads: " + error);
}

std::optional<std::string> UploadFolder::read(std::string_view name) const {
  if (!valid_name(name)) return std::nullopt;
  std::ifstream in(folder_ / std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::optional<std::string> UploadFolder::read_part(std::string_view name, std::uint64_t offset,
                                                   std::uint64_t length) const {
  const auto whole = size(name);
  if (!whole) return std::nullopt;
  std::ifstream in(folder_ / std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  if (offset >= *whole) return std::string();
  std::string bytes(static_cast<std::size_t>(std::min(length, *whole - offset)), '\0');
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::optional<std::uint64_t> UploadFolder::size(std::string_view name) const {
  if (!valid_name(name)) return std::nullopt;
  std::error_code error;
  const std::uint64_t bytes = std::filesystem::file_size(folder_ / std::string(name), error);
  if (error) return std::nullopt;
  return bytes;
}

bool UploadFolder::remove(std::string_view name) const {
  if (!valid_name(name)) return false;
  std::error_code error;
  std::filesystem::remove(folder_ / std::string(name), error);
  return true;
}

std::vector<std::string> UploadFolder::list() const {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, error)) {
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && valid_name(name)) names.push_back(std::move(name));
  }
  return names;
}

std::int64_t UploadFolder::remove_unreferenced(
    const std::vector<std::string>& referenced,
    std::filesystem::file_time_type written_before) const {
  const std::set<std::string, std::less<>> kept(referenced.begin(), referenced.end());
  std::int64_t removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, error)) {
    const std::string name = entry.path().filename().string();
    const bool temporary = name.starts_with(".tmp-");
    if (!entry.is_regular_file() || (!temporary && (!valid_name(name) || kept.contains(name))))
      continue;
    std::error_code ignored;
    if (entry.last_write_time(ignored) >= written_before || ignored) continue;
    if (std::filesystem::remove(entry.path(), ignored)) ++removed;
  }
  return removed;
}

}  // namespace tori::store
