// SPDX-License-Identifier: AGPL-3.0-or-later
// The small ASCII helpers header parsing shares: case-insensitive comparison and trimming of
// optional white space (RFC 9110 OWS: spaces and tabs).
#pragma once

#include <algorithm>
#include <string_view>

namespace tori::http {

[[nodiscard]] constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// Whether `a` and `b` are equal in any ASCII case ("Content-Type", "content-type").
[[nodiscard]] constexpr bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

[[nodiscard]] constexpr bool is_optional_space(char c) {
  return c == ' ' || c == '\t';
}

// `text` without the spaces and tabs at either end.
[[nodiscard]] constexpr std::string_view trim_whitespace(std::string_view text) {
  while (!text.empty() && is_optional_space(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && is_optional_space(text.back()))
    text.remove_suffix(1);
  return text;
}

}  // namespace tori::http
