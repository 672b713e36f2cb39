// SPDX-License-Identifier: AGPL-3.0-or-later
// The word splitter: NFC normalisation with ICU, then a scan over code points.
#include "tori/search/tokenize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace tori::search {
namespace {

bool is_word_character(UChar32 c) {
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}

bool joins_letters(UChar32 c) {
  return c == u'-' || c == u':' || c == u'\'' || c == 0x2019 || c == 0x2010 || c == 0x2011;
}

bool joins_digits(UChar32 c) {
  return c == u'.' || c == u',';
}

icu::UnicodeString normalized(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_FAILURE(status)) return source;
  icu::UnicodeString result = nfc->normalize(source, status);
  return U_FAILURE(status) ? source : result;
}

// The end (UTF-16 index) of the word that starts at `start`.
int32_t word_end(const icu::UnicodeString& input, int32_t start) {
  const int32_t length = input.length();
  int32_t end = start;
  while (end < length) {
    const UChar32 c = input.char32At(end);
    const int32_t next = input.moveIndex32(end, 1);
    if (is_word_character(c)) {
      end = next;
      continue;
    }
    const bool inside = next < length && is_word_character(input.char32At(next));
    const bool digits = end > start && u_isdigit(input.char32At(input.moveIndex32(end, -1))) &&
                        inside && u_isdigit(input.char32At(next));
    if (inside && (joins_letters(c) || (joins_digits(c) && digits))) {
      end = next;
      continue;
    }
    const bool ends_part = next >= length || (!is_word_character(input.char32At(next)) &&
                                              input.char32At(next) != u'-');
    if (c == u'-' && ends_part) end = next;
    break;
  }
  return end;
}

// The UTF-8 length of input[from, to) (unpaired surrogates become U+FFFD, 3 bytes, as
// toUTF8String writes them).
std::size_t utf8_length(const icu::UnicodeString& input, int32_t from, int32_t to) {
  std::size_t bytes = 0;
  for (int32_t at = from; at < to; at = input.moveIndex32(at, 1)) {
    const UChar32 c = input.char32At(at);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

}  // namespace

TokenizedText tokenize_with_offsets(std::string_view text) {
  const icu::UnicodeString input = normalized(text);
  TokenizedText result;
  input.toUTF8String(result.text);
  std::size_t byte = 0;  // UTF-8 offset of `at`
  int32_t at = 0;
  while (at < input.length()) {
    if (!is_word_character(input.char32At(at))) {
      const int32_t next = input.moveIndex32(at, 1);
      byte += utf8_length(input, at, next);
      at = next;
      continue;
    }
    const int32_t end = word_end(input, at);
    TokenSpan span{"", byte, byte + utf8_length(input, at, end)};
    span.word = result.text.substr(span.begin, span.end - span.begin);
    byte = span.end;
    result.words.push_back(std::move(span));
    at = end;
  }
  return result;
}

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> words;
  for (TokenSpan& span : tokenize_with_offsets(text).words)
    words.push_back(std::move(span.word));
  return words;
}

bool is_dangling_part(std::string_view word) {
  return word.size() > 1 && word.back() == '-';
}

}  // namespace tori::search
