// SPDX-License-Identifier: AGPL-3.0-or-later
// The search box's syntax and its Xapian query: words (all must match), "phrases", OR between
// words, -exclusion and prefix* — each word analysed as a query term in every language the
// index holds. Bad syntax is never an error: what cannot be read is searched as words.
//
//   const ParsedQuery parsed = parse_query("etätyö OR hybridityö -kokous \"työn ilo\" työhyv*");
//   const Xapian::Query query = build_query(parsed, {Language::kFi, Language::kSv});
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "tori/text/i18n.hpp"

namespace tori::search {

class Synonyms;

// A word, a prefix ("työhyv*") or a phrase (several words in order).
struct QueryClause {
  std::vector<std::string> words;
  bool phrase = false;
  bool prefix = false;
  friend bool operator==(const QueryClause&, const QueryClause&) = default;
};

// Groups must all match (AND); a group matches when any of its clauses does (OR). Excluded
// clauses must not match.
struct ParsedQuery {
  std::vector<std::vector<QueryClause>> groups;
  std::vector<QueryClause> excluded;
  [[nodiscard]] bool empty() const { return groups.empty(); }
  friend bool operator==(const ParsedQuery&, const ParsedQuery&) = default;
};

// Reads the search box. OR (also TAI, ELLER, written in capitals) joins the clauses on its two
// sides; a leading '-' excludes a clause; a trailing '*' after at least two letters makes a
// prefix; an unmatched '"' starts a phrase that runs to the end. At most 32 clauses are kept.
[[nodiscard]] ParsedQuery parse_query(std::string_view text);

// The NFC form of `text` with its plain words — those parse_query() makes word clauses of, not in
// phrases, not excluded, not prefix* — replaced where `replacements` has them (keyed by the word
// as parsed); everything else as typed.
[[nodiscard]] std::string replace_plain_words(
    std::string_view text, const std::map<std::string, std::string>& replacements);

// The Xapian query: each word's query terms in each of `languages` and their `synonyms` (OR),
// whole-word terms at full weight and compound parts at half; excluded clauses AND_NOT. Empty
// query for an empty parse.
[[nodiscard]] Xapian::Query build_query(const ParsedQuery& parsed,
                                        const std::vector<text::Language>& languages,
                                        const Synonyms* synonyms = nullptr);

// The distinct query terms of a word in every language, and their synonyms.
[[nodiscard]] std::vector<std::string> word_terms(const std::string& word,
                                                  const std::vector<text::Language>& languages,
                                                  const Synonyms* synonyms = nullptr);

// Every query term a parse gives, synonyms included (for highlighting snippets), each once.
[[nodiscard]] std::vector<std::string> highlight_terms(const ParsedQuery& parsed,
                                                       const std::vector<text::Language>& languages,
                                                       const Synonyms* synonyms = nullptr);

}  // namespace tori::search
