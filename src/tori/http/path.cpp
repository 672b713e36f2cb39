// SPDX-License-Identifier: AGPL-3.0-or-later
// Request-target normalisation: percent-decoding once and resolving dot segments safely.
#include "tori/http/path.hpp"

#include <vector>

#include "tori/text/escape.hpp"

namespace tori::http {
namespace {

bool has_forbidden_byte(std::string_view text) {
  return text.find('\0') != std::string_view::npos || text.find('\\') != std::string_view::npos;
}

// Resolves "." and ".." in a decoded path; nothing when ".." climbs above the root.
std::optional<std::string> resolve_dot_segments(std::string_view decoded) {
  std::vector<std::string_view> segments;
  std::size_t start = 1;
  while (start <= decoded.size()) {
    std::size_t slash = decoded.find('/', start);
    if (slash == std::string_view::npos) slash = decoded.size();
    std::string_view segment = decoded.substr(start, slash - start);
    start = slash + 1;
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  std::string path;
  for (std::string_view segment : segments) {
    path += '/';
    path += segment;
  }
  if (path.empty()) path = "/";
  return path;
}

}  // namespace

std::optional<Target> normalise_target(std::string_view target) {
  if (target.empty() || target.front() != '/') return std::nullopt;
  std::size_t question = target.find('?');
  std::string_view raw_path = target.substr(0, question);
  std::string_view query =
      question == std::string_view::npos ? std::string_view{} : target.substr(question + 1);
  if (has_forbidden_byte(target)) return std::nullopt;
  auto decoded = text::percent_decode(raw_path, false);
  if (!decoded || has_forbidden_byte(*decoded) || !text::is_valid_utf8(*decoded)) {
    return std::nullopt;
  }
  auto path = resolve_dot_segments(*decoded);
  if (!path) return std::nullopt;
  return Target{std::move(*path), std::string(query)};
}

}  // namespace tori::http
