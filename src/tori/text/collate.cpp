// SPDX-License-Identifier: AGPL-3.0-or-later
// Finnish collation through ICU, with one collator per thread.
#include "tori/text/collate.hpp"

#include <memory>
#include <stdexcept>

#include <unicode/coll.h>

#include "tori/text/icu_convert.hpp"

namespace tori::text {
namespace {

// This thread's Finnish collator. coll.h promises nothing about sharing one Collator between
// threads (only ucol_clone is called thread-safe), so each thread makes its own, once;
// createInstance is served from ICU's cache of collation data, so that is cheap.
const icu::Collator& finnish_collator() {
  thread_local const std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("fi"), status));
    if (U_FAILURE(status) || made == nullptr) {
      throw std::runtime_error(std::string("ICU Finnish collator unavailable: ") +
                               u_errorName(status));
    }
    return made;
  }();
  return *collator;
}

icu::StringPiece piece(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw std::length_error("text too long for ICU");
  }
  return icu::StringPiece(text.data(), static_cast<int32_t>(text.size()));
}

}  // namespace

int compare_finnish(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult result = finnish_collator().compareUTF8(piece(a), piece(b), status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU collation failed");
  return static_cast<int>(result);
}

std::string sort_key_finnish(std::string_view text) {
  const icu::UnicodeString unicode = to_unicode(text);
  const icu::Collator& collator = finnish_collator();
  std::string key(static_cast<std::size_t>(unicode.length()) * 3 + 16, '\0');
  auto fill = [&] {
    return collator.getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()),
                               static_cast<int32_t>(key.size()));
  };
  int32_t length = fill();  // the full length, including ICU's terminating zero byte
  if (length > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(length));
    length = fill();
  }
  if (length <= 0) throw std::runtime_error("ICU sort key failed");
  key.resize(static_cast<std::size_t>(length - 1));
  return key;
}

void sort_finnish(std::vector<std::string>& texts) {
  sort_finnish_by(texts, [](const std::string& text) -> std::string_view { return text; });
}

}  // namespace tori::text
