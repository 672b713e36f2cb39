// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading a response's FileBody: piece by piece for the server, or whole for tests and tools.
//
//   FileBodyReader reader(*response.file);
//   std::array<char, 65536> piece;
//   while (auto read = reader.next(piece)) { if (*read == 0) break; write(piece, *read); }
#pragma once

#include <fstream>
#include <optional>
#include <span>
#include <string>

#include "tori/http/message.hpp"

namespace tori::http {

class FileBodyReader {
 public:
  explicit FileBodyReader(const FileBody& body);

  // Reads the next piece (at most buffer.size() bytes) into `buffer`: its length, 0 once all
  // `length` bytes have been read, or nothing when the file cannot give them (gone, or shorter
  // than promised).
  [[nodiscard]] std::optional<std::size_t> next(std::span<char> buffer);

 private:
  std::ifstream in_;
  std::uint64_t left_;
};

// The whole of `body` in memory, or nothing when the file cannot give it.
[[nodiscard]] std::optional<std::string> read_file_body(const FileBody& body);

// For tests and tools that read a response in memory: a FileBody read into `body` (and the file
// dropped); false when the file cannot give it. A response without one is left as it is.
bool load_file_body(Response& response);

}  // namespace tori::http
