// SPDX-License-Identifier: AGPL-3.0-or-later
// Placeholder filling, capitals and ASCII folding for the generator's sentence tables.
#include "tori/demo/fill.hpp"

#include <stdexcept>

namespace tori::demo {
namespace {

// The second byte of the two-byte UTF-8 letters the tables use (lead byte 0xC3), with the
// ASCII letter each folds to.
struct Folded {
  unsigned char second;
  char ascii;
};
constexpr Folded kFolded[] = {
    {0xA4, 'a'}, {0x84, 'a'},  // ä Ä
    {0xB6, 'o'}, {0x96, 'o'},  // ö Ö
    {0xA5, 'a'}, {0x85, 'a'},  // å Å
    {0xA9, 'e'}, {0x89, 'e'},  // é É
    {0xBC, 'u'}, {0x9C, 'u'},  // ü Ü
};

char fold_second_byte(unsigned char second) {
  for (const Folded& f : kFolded)
    if (f.second == second) return f.ascii;
  return 0;
}

}  // namespace

std::size_t Fill::bucket(std::string_view key) const {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (const char c : key)
    h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  std::size_t at = h % kBuckets;
  while (index_[at] != 0 && slots_[index_[at] - 1].key != key)
    at = (at + 1) % kBuckets;
  return at;
}

std::string& Fill::slot(std::string_view key) {
  const std::size_t at = bucket(key);
  if (index_[at] != 0) return slots_[index_[at] - 1].value;
  if (slots_.size() >= kBuckets / 2) throw std::logic_error("too many placeholders");
  slots_.push_back({key, std::string()});
  index_[at] = static_cast<std::uint16_t>(slots_.size());
  return slots_.back().value;
}

void Fill::set(std::string_view key, std::string_view value) {
  slot(key).assign(value);
}

void Fill::set_filled(std::string_view key, std::string_view text) {
  scratch_.clear();
  append_to(scratch_, text);
  slot(key).swap(scratch_);  // the old value's buffer is reused next time
}

const std::string* Fill::find(std::string_view key) const {
  const std::size_t at = bucket(key);
  return index_[at] == 0 ? nullptr : &slots_[index_[at] - 1].value;
}

std::string Fill::apply(std::string_view text) const {
  std::string out;
  out.reserve(text.size() + 32);
  append_to(out, text);
  return out;
}

void Fill::append_to(std::string& out, std::string_view text) const {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find('{', pos);
    if (open == std::string_view::npos) {
      out.append(text.substr(pos));
      return;
    }
    out.append(text.substr(pos, open - pos));
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos)
      throw std::logic_error("unclosed placeholder in: " + std::string(text));
    const std::string_view key = text.substr(open + 1, close - open - 1);
    const std::string* value = find(key);
    if (value == nullptr) throw std::logic_error("no value for {" + std::string(key) + "}");
    out.append(*value);
    pos = close + 1;
  }
}

void capitalise(std::string& text, std::size_t at) {
  if (at >= text.size()) return;
  const auto first = static_cast<unsigned char>(text[at]);
  if (first >= 'a' && first <= 'z') {
    text[at] = static_cast<char>(first - 'a' + 'A');
  } else if (first == 0xC3 && at + 1 < text.size()) {
    const auto second = static_cast<unsigned char>(text[at + 1]);
    // ä ö å (0xA4 0xB6 0xA5) → Ä Ö Å (0x84 0x96 0x85)
    if (second == 0xA4 || second == 0xB6 || second == 0xA5)
      text[at + 1] = static_cast<char>(second - 0x20);
  }
}

std::string ascii_fold(std::string_view text, char separator, bool keep_hyphen) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else if (c == '-' && keep_hyphen) {
      out.push_back('-');
    } else if (c == ' ' || c == '-') {
      out.push_back(separator);
    } else if (c == 0xC3 && i + 1 < text.size()) {
      if (const char a = fold_second_byte(static_cast<unsigned char>(text[i + 1])))
        out.push_back(a);
      ++i;
    }
  }
  return out;
}

std::size_t count_words(std::string_view text) {
  // Jumps from space to space (find uses memchr) rather than testing every byte: it runs over
  // every generated sentence.
  std::size_t words = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    ++words;
    pos = text.find(' ', pos);
  }
  return words;
}

}  // namespace tori::demo
