// SPDX-License-Identifier: AGPL-3.0-or-later
// Index and query terms of words and texts: Finnish through Voikko (base forms, compound parts,
// sub-compounds, participles' verbs, hyphenated coordination), Snowball for unknown words and
// for Swedish and English (DESIGN.md §5).
//
//   const IndexTerms terms = index_terms("kehittämistyöpajoissa", Language::kFi);
//   // terms.words {"kehittämistyöpaja"}, terms.parts {"työpaja", "paja", "kehittää", "työ", …}
//   query_terms("työpaja", Language::kFi);   // {"työpaja"}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tori/text/i18n.hpp"

namespace tori::search {

using text::Language;

// The terms a word gives the index: whole-word terms, and compound parts that an index keeps
// under their own, lower-weighted prefix. Lower-case, each once, never in both lists.
struct IndexTerms {
  std::vector<std::string> words;
  std::vector<std::string> parts;
  friend bool operator==(const IndexTerms&, const IndexTerms&) = default;
};

// The index terms of one word in a practice written in `language`.
[[nodiscard]] IndexTerms index_terms(std::string_view word, Language language);
// The terms a query word searches for in `language`: base forms only (Finnish), the stem
// (Swedish, English, unknown Finnish words); numbers and codes as they are.
[[nodiscard]] std::vector<std::string> query_terms(std::string_view word, Language language);

// A word of a text with its terms.
struct AnalyzedWord {
  std::string word;
  IndexTerms terms;
};

// Every word of `text` with its index terms (query: its query terms, in `terms.words`). A
// dangling part ("sosiaali-" of "sosiaali- ja terveysala") also gets the terms of the compound
// it shares a head with ("sosiaaliala").
[[nodiscard]] std::vector<AnalyzedWord> analyze_text(std::string_view text, Language language,
                                                     bool query);

}  // namespace tori::search
