// SPDX-License-Identifier: AGPL-3.0-or-later
// FNV-1a, 64 bits: a content fingerprint for file names, ETags and seeds (not a security
// boundary: anyone can make two inputs with the same fingerprint).
//
//   fnv1a64("")              // 0xcbf29ce484222325
//   fingerprint_hex("tori")  // 16 lower-case hex digits
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tori::text {

[[nodiscard]] constexpr std::uint64_t fnv1a64(std::string_view data) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// fnv1a64 of `data` as 16 lower-case hex digits.
[[nodiscard]] inline std::string fingerprint_hex(std::string_view data) {
  constexpr std::string_view kDigits = "0123456789abcdef";
  std::uint64_t hash = fnv1a64(data);
  std::string text(16, '0');
  for (auto digit = text.rbegin(); digit != text.rend(); ++digit, hash >>= 4)
    *digit = kDigits[hash & 0xF];
  return text;
}

}  // namespace tori::text
