// SPDX-License-Identifier: AGPL-3.0-or-later
// Splitting text into the words the analyzer sees (NFC, Unicode letters and digits).
//
//   tokenize("Sosiaali- ja terveysalan EU:n covid-19-ohjeet")
//       // {"Sosiaali-", "ja", "terveysalan", "EU:n", "covid-19-ohjeet"}
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tori::search {

// The words of `text` in order, as written (NFC). A word is a run of letters and digits; a
// hyphen, colon or apostrophe between two of them stays inside ("EU:n", "covid-19"), as does a
// full stop or comma between two digits ("2,5"). A hyphen that ends a word before a space,
// a comma or the end is kept ("sosiaali-"): it marks a part shared with a following compound.
// Invalid UTF-8 is read as separators.
[[nodiscard]] std::vector<std::string> tokenize(std::string_view text);

// A word and where it is in the NFC form of the text (byte offsets, end exclusive).
struct TokenSpan {
  std::string word;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The NFC form of `text` and its words as tokenize() finds them, with their places in it.
struct TokenizedText {
  std::string text;
  std::vector<TokenSpan> words;
};
[[nodiscard]] TokenizedText tokenize_with_offsets(std::string_view text);

// Whether `word` is a dangling compound part ("sosiaali-").
[[nodiscard]] bool is_dangling_part(std::string_view word);

}  // namespace tori::search
