// SPDX-License-Identifier: AGPL-3.0-or-later
// FieldChecker: UTF-8, presence, length in code points and control characters of text fields.
#include "tori/core/field_checker.hpp"

#include <algorithm>
#include <set>

#include "tori/text/escape.hpp"

namespace tori::core {

std::size_t code_point_count(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool has_control_character(std::string_view text, Lines lines) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (lines == Lines::kMany && (byte == '\t' || byte == '\n' || byte == '\r')) continue;
    if (byte < 0x20 || byte == 0x7F) return true;
    if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      return true;  // U+0080–U+009F are C2 80 … C2 9F
    }
  }
  return false;
}

bool FieldChecker::text(const std::string& field, std::string_view value, TextRule rule) {
  if (!text::is_valid_utf8(value)) {
    add(field, field + " is not valid UTF-8");
  } else if (value.empty()) {
    if (rule.required) add(field, field + " is required");
    return !rule.required;
  } else if (rule.max_length != 0 && code_point_count(value) > rule.max_length) {
    add(field, field + " is longer than " + std::to_string(rule.max_length) + " characters");
  } else if (has_control_character(value, rule.lines)) {
    add(field, field + " contains a control character");
  } else {
    return true;
  }
  return false;
}

void FieldChecker::names(const std::string& field, const std::vector<std::string>& values,
                         std::size_t max) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string item = field + "[" + std::to_string(i) + "]";
    if (!text(item, values[i], {true, max, Lines::kOne})) continue;
    if (!seen.insert(text::fold_case(values[i])).second) {
      add(item, "'" + values[i] + "' is listed twice in " + field);
    }
  }
}

}  // namespace tori::core
