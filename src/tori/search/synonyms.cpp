// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading the synonym groups and looking a term's synonyms up.
#include "tori/search/synonyms.hpp"

#include <algorithm>
#include <sstream>

#include "tori/text/escape.hpp"

namespace tori::search {

Synonyms Synonyms::parse(std::string_view text) {
  Synonyms synonyms;
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line.front() == '#') continue;
    std::istringstream words(text::fold_case(line));
    std::vector<std::string> group;
    for (std::string word; words >> word;)
      if (std::find(group.begin(), group.end(), word) == group.end()) group.push_back(word);
    for (const std::string& word : group) {
      std::vector<std::string>& others = synonyms.others_[word];
      for (const std::string& other : group)
        if (other != word && std::find(others.begin(), others.end(), other) == others.end())
          others.push_back(other);
    }
  }
  return synonyms;
}

const std::vector<std::string>& Synonyms::of(const std::string& term) const {
  static const std::vector<std::string> kNone;
  const auto found = others_.find(term);
  return found == others_.end() ? kNone : found->second;
}

}  // namespace tori::search
