// SPDX-License-Identifier: AGPL-3.0-or-later
// Files in the data folder written whole or not at all: mail as .eml, uploads.
//
//   make_private_folder(data / "uploads");                       // mode 0700
//   if (auto error = write_file_atomically(path, bytes); !error.empty()) log(error);
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tori::store {

// Creates `folder` with mode 0700 when absent (its parents with the default mode). Throws
// std::system_error when it cannot.
void make_private_folder(const std::filesystem::path& folder);

// Writes `bytes` to `target` through a temporary file beside it (mode 0600, flushed to disk,
// renamed, the folder flushed). An error text, or "" when done; on an error nothing is left.
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& target,
                                                std::string_view bytes);

}  // namespace tori::store
