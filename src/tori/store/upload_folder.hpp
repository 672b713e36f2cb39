// SPDX-License-Identifier: AGPL-3.0-or-later
// The data folder's uploads/: files written whole or not at all, read back, removed.
//
//   UploadFolder folder{data / "uploads"};
//   folder.write("Qm3…x.webp", bytes);          // temp file, fsync, rename
//   std::optional<std::string> bytes = folder.read("Qm3…x.webp");
//   auto part = folder.read_part("e01….mp3", 1 << 20, 65536);  // a byte range of a big file
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::store {

class UploadFolder {
 public:
  // Creates the folder (mode 0700) when missing.
  explicit UploadFolder(std::filesystem::path folder);

  // Whether `name` may name a file here: 1–100 characters of [A-Za-z0-9_-], one '.', and an
  // extension of [a-z0-9]; never a path.
  [[nodiscard]] static bool valid_name(std::string_view name);

  // Writes `bytes` as `name` atomically (a temporary file in the folder, flushed, renamed).
  // Throws std::runtime_error on a failed write or an invalid name.
  void write(std::string_view name, std::string_view bytes) const;
  // The file's bytes; nothing when there is no such file or the name is invalid.
  [[nodiscard]] std::optional<std::string> read(std::string_view name) const;
  // At most `length` bytes of the file from byte `offset` (fewer at its end), without reading
  // the rest; nothing when there is no such file or the name is invalid.
  [[nodiscard]] std::optional<std::string> read_part(std::string_view name, std::uint64_t offset,
                                                     std::uint64_t length) const;
  // The file's size in bytes; nothing when there is no such file or the name is invalid.
  [[nodiscard]] std::optional<std::uint64_t> size(std::string_view name) const;
  // Removes the file if it exists; false when the name is invalid.
  bool remove(std::string_view name) const;
  // Every file name in the folder (temporary files excluded), for removing orphans.
  [[nodiscard]] std::vector<std::string> list() const;
  // Removes the files no row refers to (`referenced`) that were last written before
  // `written_before` (a file is written just before its row commits, so young ones may be on
  // their way), and temporary files left by a crash before then; how many went.
  std::int64_t remove_unreferenced(const std::vector<std::string>& referenced,
                                   std::filesystem::file_time_type written_before) const;

  [[nodiscard]] const std::filesystem::path& path() const { return folder_; }

 private:
  std::filesystem::path folder_;
};

}  // namespace tori::store
