// SPDX-License-Identifier: AGPL-3.0-or-later
// Blind mode's copy of a practice: the names that give it away hidden in its text.
#include "tori/core/blind_copy.hpp"

#include <algorithm>

namespace tori::core {
namespace {

// Letters and digits of any script count as word characters: ASCII ones, and every byte of a
// multi-byte UTF-8 character ("ä", "ö").
bool word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= 'a' && byte <= 'z');
}

void add_name(std::vector<std::string>& names, std::string_view name) {
  if (name.size() >= 3) names.emplace_back(name);
}

// A name's words ("Maija Meikäläinen" → "Maija", "Meikäläinen").
std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < name.size()) {
    const std::size_t end = std::min(name.find(' ', start), name.size());
    if (end > start) words.push_back(name.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace

std::vector<std::string> names_to_hide(const Practice& practice) {
  std::vector<std::string> names;
  for (const Named& organisation : practice.organisations) {
    add_name(names, organisation.name);
    const std::vector<std::string_view> words = words_of(organisation.name);
    if (words.size() > 1 && words.front().size() >= 4) add_name(names, words.front());
  }
  add_name(names, practice.contact.name);
  for (std::string_view word : words_of(practice.contact.name))
    add_name(names, word);
  add_name(names, practice.contact.email);
  add_name(names, practice.contact.phone);
  std::ranges::sort(names, [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string hide_names(std::string_view text, const std::vector<std::string>& names) {
  std::string out{text};
  for (const std::string& name : names) {
    std::size_t at = 0;
    while ((at = out.find(name, at)) != std::string::npos) {
      const std::size_t end = at + name.size();
      const bool whole =
          (at == 0 || !word_byte(out[at - 1])) && (end == out.size() || !word_byte(out[end]));
      if (!whole) {
        at = end;
        continue;
      }
      out.replace(at, name.size(), kHiddenName);
      at += kHiddenName.size();
    }
  }
  return out;
}

Practice blind_copy(const Practice& practice) {
  const std::vector<std::string> names = names_to_hide(practice);
  Practice copy = practice;
  copy.title = hide_names(practice.title, names);
  copy.summary = hide_names(practice.summary, names);
  for (Section section : kSections)
    section_text(copy.sections, section) =
        hide_names(section_text(practice.sections, section), names);
  copy.organisations.clear();
  copy.contact = {};
  copy.links.clear();
  return copy;
}

}  // namespace tori::core
