// SPDX-License-Identifier: AGPL-3.0-or-later
// parse_site_page_line: one language version of a page read from a JSON line.
#include "tori/core/site_page_jsonl.hpp"

#include <array>
#include <functional>
#include <optional>
#include <vector>

#include <boost/json.hpp>

#include "tori/core/jsonl_support.hpp"

namespace tori::core {

std::variant<SitePageLine, std::string> parse_site_page_line(std::string_view line) {
  auto parsed = jsonl::parse_json(line);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const jsonl::json::value& value = std::get<jsonl::json::value>(parsed);
  if (!value.is_object()) return std::string("the line must be a JSON object");
  SitePageLine page;
  std::string language;
  for (const jsonl::json::key_value_pair& entry : value.get_object()) {
    const std::string_view key = entry.key();
    std::string* out = key == "slug"       ? &page.slug
                       : key == "title"    ? &page.version.title
                       : key == "body"     ? &page.version.body
                       : key == "language" ? &language
                                           : nullptr;
    if (out == nullptr) return "unknown field '" + std::string(key) + "'";
    std::string error = jsonl::read_string(entry.value(), key, *out);
    if (!error.empty()) return error;
  }
  for (const char* field : {"slug", "title", "body", "language"}) {
    if (!value.get_object().contains(field)) return "missing field '" + std::string(field) + "'";
  }
  const auto code = text::language_from_code(language);
  if (!code) return jsonl::must_be("language", "one of fi, sv, en");
  page.language = *code;
  return page;
}

}  // namespace tori::core
