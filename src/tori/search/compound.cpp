// SPDX-License-Identifier: AGPL-3.0-or-later
// Voikko's WORDBASES parts and STRUCTURE sub-compounds, read as plain strings.
#include "tori/search/compound.hpp"

#include <algorithm>

#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

// One "+surface(base)" element of WORDBASES; base empty when there were no parentheses.
struct Element {
  std::string surface;
  std::string base;
  bool has_base = false;
};

std::vector<Element> wordbase_elements(std::string_view text) {
  std::vector<Element> elements;
  std::size_t at = 0;
  while (at < text.size()) {
    if (text[at] != '+') {
      ++at;
      continue;
    }
    Element element;
    std::size_t end = at + 1;
    while (end < text.size() && text[end] != '+' && text[end] != '(')
      ++end;
    element.surface = std::string(text.substr(at + 1, end - at - 1));
    if (end < text.size() && text[end] == '(') {
      const std::size_t close = text.find(')', end);
      const std::size_t stop = close == std::string_view::npos ? text.size() : close;
      element.base = std::string(text.substr(end + 1, stop - end - 1));
      element.has_base = true;
      end = close == std::string_view::npos ? text.size() : close + 1;
    }
    elements.push_back(std::move(element));
    at = end;
  }
  return elements;
}

std::string without_equals(std::string text) {
  std::erase(text, '=');
  return text;
}

void add_base(CompoundPart& part, std::string base) {
  if (!base.empty() && std::find(part.bases.begin(), part.bases.end(), base) == part.bases.end())
    part.bases.push_back(std::move(base));
}

// The byte length of the first `count` UTF-8 code points of `text`, or npos when shorter.
std::size_t code_point_bytes(std::string_view text, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < count; ++n) {
    if (at >= text.size()) return std::string_view::npos;
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
      ++at;
  }
  return at;
}

// Whether element `i` belongs to the part before it: a derivational suffix "(+u)", or a bare
// fragment ("+t" of "+kirjoite(kirjoittaa)+t+tu(+tu)") that a suffix follows.
bool continues_part(const std::vector<Element>& elements, std::size_t i) {
  auto is_suffix = [&elements](std::size_t k) {
    return k < elements.size() && elements[k].has_base && elements[k].base.starts_with('+');
  };
  if (i == 0) return false;
  return is_suffix(i) || (!elements[i].has_base && is_suffix(i + 1));
}

}  // namespace

std::vector<CompoundPart> parse_wordbases(std::string_view wordbases) {
  std::vector<CompoundPart> parts;
  const std::vector<Element> elements = wordbase_elements(wordbases);
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Element& element = elements[i];
    if (continues_part(elements, i) && !parts.empty()) {
      parts.back().surface += without_equals(element.surface);
      continue;
    }
    if (element.surface.empty() || element.surface == "-") continue;
    CompoundPart part{without_equals(element.surface), {}};
    const bool own_base = element.has_base && !element.base.starts_with('+');
    add_base(part, without_equals(own_base ? element.base : part.surface));
    parts.push_back(std::move(part));
  }
  return parts;
}

std::vector<std::string> subcompounds(std::string_view word, std::string_view baseform,
                                      std::string_view structure) {
  std::vector<std::string> result;
  std::size_t characters = 0;
  for (const char c : structure) {
    if (c != '=') {
      ++characters;
      continue;
    }
    if (characters == 0) continue;
    const std::size_t in_word = code_point_bytes(word, characters);
    const std::size_t in_base = code_point_bytes(baseform, characters);
    if (in_word == std::string_view::npos || in_base == std::string_view::npos) break;
    if (text::fold_case(word.substr(0, in_word)) != text::fold_case(baseform.substr(0, in_base)))
      continue;
    std::string_view rest = baseform.substr(in_base);
    while (rest.starts_with('-'))
      rest.remove_prefix(1);
    if (!rest.empty()) result.emplace_back(rest);
  }
  return result;
}

}  // namespace tori::search
