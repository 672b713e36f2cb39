// SPDX-License-Identifier: AGPL-3.0-or-later
// Spelling suggestions ("Tarkoititko …"): the surface words of practices as Xapian's spelling
// data, and the search box with its misspelt words corrected.
//
//   SpellingWords words;
//   count_spelling_word("Työhyvinvointia", words);     // index side
//   add_spelling(database, words);                     // adds "työhyvinvointia"
//   spelling_suggestion(database, text, parse_query(text), {Language::kFi}, nullptr, {});
//       // "työhyvinvointi -kahvi"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "tori/search/query.hpp"
#include "tori/text/i18n.hpp"

namespace tori::search {

class Synonyms;

// Surface words of indexed text as tokenize() gave them, and how often each occurred.
using SpellingWords = std::unordered_map<std::string, Xapian::termcount>;

// Counts a word of indexed text (cheap: the words are read when they are added).
void count_spelling_word(const std::string& word, SpellingWords& words);

// Adds the words to the index's spelling data (kept until the next commit): lower-case, without
// a trailing hyphen, leaving out words shorter than 3 characters and words with a digit.
void add_spelling(Xapian::WritableDatabase& database, const SpellingWords& words);

// The search box `text` with each misspelt word replaced by the index's nearest spelling word
// (at most 2 edits), everything else kept as typed, when the corrected query finds a practice
// under `filter`. A word is misspelt when it is a plain word clause (not in a phrase, not a
// prefix*, not excluded) none of whose query terms is in the index. Nothing when no word was
// corrected or the correction finds nothing.
[[nodiscard]] std::optional<std::string> spelling_suggestion(
    const Xapian::Database& database, std::string_view text, const ParsedQuery& parsed,
    const std::vector<text::Language>& languages, const Synonyms* synonyms,
    const std::optional<Xapian::Query>& filter);

}  // namespace tori::search
