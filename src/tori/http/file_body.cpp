// SPDX-License-Identifier: AGPL-3.0-or-later
// FileBodyReader and read_file_body: the bytes of a FileBody from its file.
#include "tori/http/file_body.hpp"

#include <algorithm>

namespace tori::http {

FileBodyReader::FileBodyReader(const FileBody& body)
    : in_(body.path, std::ios::binary), left_(body.length) {
  if (in_) in_.seekg(static_cast<std::streamoff>(body.offset));
}

std::optional<std::size_t> FileBodyReader::next(std::span<char> buffer) {
  if (left_ == 0) return 0;
  if (!in_ || buffer.empty()) return std::nullopt;
  const auto wanted = static_cast<std::size_t>(std::min<std::uint64_t>(left_, buffer.size()));
  in_.read(buffer.data(), static_cast<std::streamsize>(wanted));
  if (static_cast<std::size_t>(in_.gcount()) != wanted) return std::nullopt;
  left_ -= wanted;
  return wanted;
}

std::optional<std::string> read_file_body(const FileBody& body) {
  if (body.length == 0) return std::string();
  FileBodyReader reader(body);
  std::string bytes(static_cast<std::size_t>(body.length), '\0');
  const auto read = reader.next(bytes);
  if (!read || *read != bytes.size()) return std::nullopt;
  return bytes;
}

bool load_file_body(Response& response) {
  if (!response.file) return true;
  std::optional<std::string> bytes = read_file_body(*response.file);
  if (!bytes) return false;
  response.body = std::move(*bytes);
  response.file.reset();
  return true;
}

}  // namespace tori::http
