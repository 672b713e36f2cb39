// SPDX-License-Identifier: AGPL-3.0-or-later
// StaticFiles: loads a folder into memory once and answers GET/HEAD with validators and gzip.
#include "tori/http/static_files.hpp"

#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>

#include "tori/http/gzip.hpp"
#include "tori/text/fingerprint.hpp"

namespace tori::http {
namespace {

struct TypeByExtension {
  std::string_view extension;
  std::string_view content_type;
  bool compressible;
};

// Content types of the files Tori serves; anything else is an octet stream.
constexpr std::array<TypeByExtension, 16> kTypes{{
    {".css", "text/css; charset=utf-8", true},
    {".js", "text/javascript; charset=utf-8", true},
    {".mjs", "text/javascript; charset=utf-8", true},
    {".json", "application/json", true},
    {".svg", "image/svg+xml", true},
    {".html", "text/html; charset=utf-8", true},
    {".txt", "text/plain; charset=utf-8", true},
    {".xml", "application/xml", true},
    {".ico", "image/x-icon", true},
    {".png", "image/png", false},
    {".jpg", "image/jpeg", false},
    {".jpeg", "image/jpeg", false},
    {".webp", "image/webp", false},
    {".woff2", "font/woff2", false},
    {".pdf", "application/pdf", false},
    {".webmanifest", "application/manifest+json", true},
}};

const TypeByExtension* type_for(std::string_view file_name) {
  std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return nullptr;
  std::string_view extension = file_name.substr(dot);
  for (const auto& type : kTypes) {
    if (type.extension == extension) return &type;
  }
  return nullptr;
}

// A content fingerprint for names and ETags.
std::string fingerprint_of(std::string_view data) {
  return text::fingerprint_hex(data);
}

// "css/tori.css" + "abc" → "css/tori.abc.css".
std::string fingerprinted_name(std::string_view relative, std::string_view fingerprint) {
  std::size_t slash = relative.rfind('/');
  std::size_t dot = relative.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::string(relative) + "." + std::string(fingerprint);
  }
  return std::string(relative.substr(0, dot)) + "." + std::string(fingerprint) +
         std::string(relative.substr(dot));
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  if (if_none_match == "*") return true;
  return if_none_match.find(etag) != std::string_view::npos;
}

}  // namespace

std::string_view content_type_for(std::string_view file_name) {
  const TypeByExtension* type = type_for(file_name);
  return type ? type->content_type : "application/octet-stream";
}

StaticFiles::StaticFiles(const std::filesystem::path& root, std::string prefix)
    : prefix_(std::move(prefix)) {
  std::error_code error;
  if (!std::filesystem::is_directory(root, error)) return;
  auto canonical_root = std::filesystem::canonical(root);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(canonical_root)) {
    if (!entry.is_regular_file()) continue;
    auto real = std::filesystem::canonical(entry.path());
    auto relative = real.lexically_relative(canonical_root).generic_string();
    if (relative.empty() || relative.starts_with("..")) continue;  // a link leading outside
    File file;
    file.body = read_file(real);
    const TypeByExtension* type = type_for(relative);
    file.content_type = type ? type->content_type : "application/octet-stream";
    file.fingerprint = fingerprint_of(file.body);
    file.etag = "\"" + file.fingerprint + "\"";
    if (type && type->compressible && file.body.size() > 256) {
      std::string compressed = gzip_compress(file.body);
      if (compressed.size() < file.body.size()) file.gzip_body = std::move(compressed);
    }
    fingerprinted_.emplace(fingerprinted_name(relative, file.fingerprint), relative);
    files_.emplace(relative, std::move(file));
  }
}

std::string StaticFiles::url_for(std::string_view relative_path) const {
  auto found = files_.find(relative_path);
  if (found == files_.end()) return prefix_ + "/" + std::string(relative_path);
  return prefix_ + "/" + fingerprinted_name(relative_path, found->second.fingerprint);
}

Response StaticFiles::serve(const Request& request) const {
  std::string_view name = request.param("path");
  bool immutable = false;
  auto found = files_.find(name);
  if (found == files_.end()) {
    auto alias = fingerprinted_.find(name);
    if (alias == fingerprinted_.end()) return Response{.status = 404};  // page by pipeline
    found = files_.find(alias->second);
    immutable = true;
  }
  const File& file = found->second;
  Response response;
  response.headers.set("ETag", file.etag);
  response.headers.set("Cache-Control", immutable ? "public, max-age=31536000, immutable"
                                                  : "public, max-age=0, must-revalidate");
  if (!file.gzip_body.empty()) response.headers.set("Vary", "Accept-Encoding");
  auto if_none_match = request.headers.get("If-None-Match");
  if (if_none_match && etag_matches(*if_none_match, file.etag)) {
    response.status = 304;
    return response;
  }
  response.headers.set("Content-Type", file.content_type);
  auto accept = request.headers.get("Accept-Encoding");
  if (!file.gzip_body.empty() && accept && accepts_gzip(*accept)) {
    response.headers.set("Content-Encoding", "gzip");
    response.body = file.gzip_body;
  } else {
    response.body = file.body;
  }
  return response;
}

}  // namespace tori::http
