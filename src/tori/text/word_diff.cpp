// SPDX-License-Identifier: AGPL-3.0-or-later
// The word diff: UTF-8 tokens classified with ICU, compared as integers by libdtl's O(NP) diff,
// then gathered into pieces.
#include "tori/text/word_diff.hpp"

#include <unicode/uchar.h>

#include <dtl/dtl.hpp>
#include <unordered_map>
#include <utility>

namespace tori::text {
namespace {

enum class CharClass { kNone, kWord, kSpace, kOther, kInvalid };

struct Char {
  std::size_t length = 1;
  char32_t code_point = 0;
  bool valid = false;
};

// The UTF-8 character at `at`: its length and code point, or one invalid byte (a stray
// continuation byte, a truncated or overlong sequence, a surrogate, past U+10FFFF).
Char next_char(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {1, lead, true};
  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t smallest = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, code_point = lead & 0x1FU, smallest = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, code_point = lead & 0x0FU, smallest = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, code_point = lead & 0x07U, smallest = 0x10000;
  } else {
    return {};
  }
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if ((byte & 0xC0U) != 0x80U) return {};
    code_point = (code_point << 6U) | (byte & 0x3FU);
  }
  if (code_point < smallest || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return {};
  }
  return {length, code_point, true};
}

CharClass class_of(const Char& c) {
  if (!c.valid) return CharClass::kInvalid;
  const auto code_point = static_cast<UChar32>(c.code_point);
  if (u_isUWhiteSpace(code_point)) return CharClass::kSpace;
  if (u_isalnum(code_point) || (U_GET_GC_MASK(code_point) & U_GC_M_MASK) != 0) {
    return CharClass::kWord;
  }
  return CharClass::kOther;
}

bool is_mark(const Char& c) {
  return c.valid && (U_GET_GC_MASK(static_cast<UChar32>(c.code_point)) & U_GC_M_MASK) != 0;
}

// A run of equal tokens, or a change: what was removed and what was added in its place.
struct Segment {
  bool same = false;
  std::string removed;  // the text itself when `same`
  std::string added;
};

// The edit script of libdtl (tokens compared as interned integers) as segments, in order.
// Empty when the script does not account for every token (it always should).
std::vector<Segment> segments_of(const std::vector<std::string_view>& before,
                                 const std::vector<std::string_view>& after) {
  std::unordered_map<std::string_view, int> ids;
  const auto intern = [&ids](const std::vector<std::string_view>& tokens) {
    std::vector<int> numbers;
    numbers.reserve(tokens.size());
    for (std::string_view token : tokens) {
      numbers.push_back(ids.try_emplace(token, static_cast<int>(ids.size())).first->second);
    }
    return numbers;
  };
  dtl::Diff<int, std::vector<int>> diff(intern(before), intern(after));
  diff.compose();
  std::vector<Segment> segments;
  std::size_t i = 0, j = 0;
  for (const auto& [element, info] : diff.getSes().getSequence()) {
    const bool same = info.type == dtl::SES_COMMON;
    if (segments.empty() || segments.back().same != same) segments.push_back({same, {}, {}});
    Segment& segment = segments.back();
    if (info.type != dtl::SES_ADD && i < before.size()) segment.removed += before[i++];
    if (info.type == dtl::SES_ADD && j < after.size()) segment.added += after[j++];
    if (same) ++j;
  }
  if (i != before.size() || j != after.size()) return {};
  return segments;
}

bool is_space(std::string_view text) {
  const auto tokens = diff_tokens(text);
  return tokens.size() == 1 && class_of(next_char(text, 0)) == CharClass::kSpace;
}

// Takes a run of whitespace alone between two changes into one change.
std::vector<Segment> join_changes(std::vector<Segment> segments) {
  std::vector<Segment> joined;
  for (Segment& segment : segments) {
    const std::size_t n = joined.size();
    if (!segment.same && n >= 2 && joined[n - 1].same && !joined[n - 2].same &&
        is_space(joined[n - 1].removed)) {
      const std::string space = std::move(joined[n - 1].removed);
      joined.pop_back();
      joined.back().removed += space + segment.removed;
      joined.back().added += space + segment.added;
    } else {
      joined.push_back(std::move(segment));
    }
  }
  return joined;
}

}  // namespace

std::vector<std::string_view> diff_tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  CharClass current = CharClass::kNone;
  for (std::size_t at = 0; at < text.size();) {
    const Char c = next_char(text, at);
    CharClass kind = class_of(c);
    // A combining mark stays with the character before it, whatever that is.
    if (is_mark(c) && current != CharClass::kNone && current != CharClass::kInvalid) {
      kind = current;
    }
    if (at != start && (kind != current || kind == CharClass::kInvalid)) {
      tokens.push_back(text.substr(start, at - start));
      start = at;
    }
    current = kind;
    at += c.length;
  }
  if (start < text.size()) tokens.push_back(text.substr(start));
  return tokens;
}

std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after) {
  using Kind = DiffPiece::Kind;
  if (before == after) {
    if (before.empty()) return {};
    return {{Kind::kSame, std::string(before)}};
  }
  if (before.empty()) return {{Kind::kAdded, std::string(after)}};
  if (after.empty()) return {{Kind::kRemoved, std::string(before)}};
  const auto before_tokens = diff_tokens(before);
  const auto after_tokens = diff_tokens(after);
  std::vector<Segment> segments;
  if (before_tokens.size() + after_tokens.size() <= kMaxDiffTokens) {
    segments = join_changes(segments_of(before_tokens, after_tokens));
  }
  if (segments.empty()) segments.push_back({false, std::string(before), std::string(after)});
  std::vector<DiffPiece> pieces;
  for (Segment& segment : segments) {
    if (segment.same) {
      pieces.push_back({Kind::kSame, std::move(segment.removed)});
      continue;
    }
    if (!segment.removed.empty()) pieces.push_back({Kind::kRemoved, std::move(segment.removed)});
    if (!segment.added.empty()) pieces.push_back({Kind::kAdded, std::move(segment.added)});
  }
  return pieces;
}

}  // namespace tori::text
