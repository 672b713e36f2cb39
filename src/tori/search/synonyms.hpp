// SPDX-License-Identifier: AGPL-3.0-or-later
// Search synonyms: groups of base forms that find each other (esimies ↔ esihenkilö), read from
// data/search/synonyms.txt (one group a line, words separated by spaces, # comments).
//
//   const Synonyms synonyms = Synonyms::parse(text);
//   synonyms.of("esimies");   // {"esihenkilö"}
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tori::search {

class Synonyms {
 public:
  // Reads the file's text; words are case-folded. A word in several groups gets all of them.
  [[nodiscard]] static Synonyms parse(std::string_view text);
  // The other words of the groups `term` is in (none when it is in none).
  [[nodiscard]] const std::vector<std::string>& of(const std::string& term) const;
  [[nodiscard]] bool empty() const { return others_.empty(); }

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> others_;
};

}  // namespace tori::search
