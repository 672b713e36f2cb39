// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to core: an enumeration's texts as a table in the order of its values (0, 1, 2…),
// read both ways, for the to_string/parse_* pairs of practice.cpp and event.cpp.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace tori::core {

// The enumerator whose text is exactly `text`.
template <class Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> parse_enum_name(const std::array<std::string_view, N>& names,
                                                  std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

// The text of `value`.
template <class Enum, std::size_t N>
[[nodiscard]] std::string_view enum_name(const std::array<std::string_view, N>& names, Enum value) {
  return names.at(static_cast<std::size_t>(value));
}

}  // namespace tori::core
