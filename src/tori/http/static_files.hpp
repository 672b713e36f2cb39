// SPDX-License-Identifier: AGPL-3.0-or-later
// Static files from one folder, held in memory: Content-Type, ETag, gzip, fingerprinted names.
//
//   StaticFiles files(data_dir / "static", "/static");
//   files.url_for("css/tori.css");   // "/static/css/tori.3f9a1c0b2d.css"
//   router.add("GET", "/static/{path...}", [&](Request& r) { return files.serve(r); });
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "tori/http/message.hpp"

namespace tori::http {

class StaticFiles {
 public:
  // Reads every regular file under `root` (symbolic links outside it are skipped). `prefix` is
  // the URL path the files are served under, e.g. "/static".
  StaticFiles(const std::filesystem::path& root, std::string prefix);

  // The fingerprinted URL of a file ("css/tori.css" → "/static/css/tori.<hash>.css"), which is
  // served with a year-long immutable cache; the plain name is also served, with revalidation.
  // An unknown name gives the plain URL.
  [[nodiscard]] std::string url_for(std::string_view relative_path) const;

  // Answers a GET/HEAD for request.param("path"): 200 with ETag, 304 for a matching
  // If-None-Match, gzip when accepted and the type is text, 404 for anything unknown.
  [[nodiscard]] Response serve(const Request& request) const;

 private:
  struct File {
    std::string content_type;
    std::string body;
    std::string gzip_body;  // empty when not compressible or not smaller
    std::string etag;       // quoted strong validator
    std::string fingerprint;
  };
  std::string prefix_;
  std::map<std::string, File, std::less<>> files_;                 // by relative path
  std::map<std::string, std::string, std::less<>> fingerprinted_;  // fingerprinted → relative
};

// The Content-Type for a file name by its extension ("application/octet-stream" if unknown).
[[nodiscard]] std::string_view content_type_for(std::string_view file_name);

}  // namespace tori::http
