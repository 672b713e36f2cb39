// SPDX-License-Identifier: AGPL-3.0-or-later
// UTF-8 ⇄ icu::UnicodeString conversions shared by tori_text's sources (internal header).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <unicode/unistr.h>

namespace tori::text {

// UTF-16 for ICU; ill-formed UTF-8 sequences become U+FFFD. Throws std::length_error past 2 GiB
// (ICU lengths are int32_t).
inline icu::UnicodeString to_unicode(std::string_view utf8) {
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw std::length_error("text too long for ICU");
  }
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

inline std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace tori::text
