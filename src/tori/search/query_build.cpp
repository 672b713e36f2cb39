// SPDX-License-Identifier: AGPL-3.0-or-later
// The Xapian query of a parsed search box: analysed terms per language, parts at lower weight.
#include <algorithm>

#include "tori/search/analyzer.hpp"
#include "tori/search/practice_document.hpp"
#include "tori/search/query.hpp"
#include "tori/search/synonyms.hpp"
#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

constexpr Xapian::termcount kMostPrefixExpansions = 200;
constexpr double kPartWeight = 0.5;

void add_term(std::vector<std::string>& terms, const std::string& term) {
  if (term.size() <= kLongestTerm && std::find(terms.begin(), terms.end(), term) == terms.end())
    terms.push_back(term);
}

// A word: each term as a whole word, or as a compound part at lower weight.
Xapian::Query word_query(const std::string& word, const std::vector<text::Language>& languages,
                         const Synonyms* synonyms, bool weighted_parts) {
  std::vector<Xapian::Query> alternatives;
  for (const std::string& term : word_terms(word, languages, synonyms)) {
    alternatives.emplace_back(term);
    const Xapian::Query part(std::string(prefix::kPart) + term);
    alternatives.push_back(
        weighted_parts ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part, kPartWeight) : part);
  }
  return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

Xapian::Query prefix_query(const std::string& word) {
  const std::string folded = text::fold_case(word);
  const Xapian::Query whole(Xapian::Query::OP_WILDCARD, folded, kMostPrefixExpansions,
                            Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  const Xapian::Query part(Xapian::Query::OP_WILDCARD, std::string(prefix::kPart) + folded,
                           kMostPrefixExpansions, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  return Xapian::Query(Xapian::Query::OP_OR, whole,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part, kPartWeight));
}

Xapian::Query clause_query(const QueryClause& clause, const std::vector<text::Language>& languages,
                           const Synonyms* synonyms) {
  if (clause.prefix) return prefix_query(clause.words.front());
  if (!clause.phrase) return word_query(clause.words.front(), languages, synonyms, true);
  std::vector<Xapian::Query> words;
  for (const std::string& word : clause.words)
    words.push_back(word_query(word, languages, synonyms, false));
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                       static_cast<Xapian::termcount>(words.size()));
}

}  // namespace

std::vector<std::string> word_terms(const std::string& word,
                                    const std::vector<text::Language>& languages,
                                    const Synonyms* synonyms) {
  std::vector<std::string> terms;
  for (const text::Language language : languages)
    for (const std::string& term : query_terms(word, language))
      add_term(terms, term);
  if (synonyms == nullptr) return terms;
  const std::size_t own = terms.size();
  for (std::size_t i = 0; i < own; ++i)
    for (const std::string& synonym : synonyms->of(terms[i]))
      add_term(terms, synonym);
  return terms;
}

Xapian::Query build_query(const ParsedQuery& parsed, const std::vector<text::Language>& languages,
                          const Synonyms* synonyms) {
  std::vector<Xapian::Query> groups;
  for (const std::vector<QueryClause>& group : parsed.groups) {
    std::vector<Xapian::Query> clauses;
    for (const QueryClause& clause : group)
      clauses.push_back(clause_query(clause, languages, synonyms));
    groups.emplace_back(Xapian::Query::OP_OR, clauses.begin(), clauses.end());
  }
  Xapian::Query query(Xapian::Query::OP_AND, groups.begin(), groups.end());
  for (const QueryClause& clause : parsed.excluded)
    query =
        Xapian::Query(Xapian::Query::OP_AND_NOT, query, clause_query(clause, languages, synonyms));
  return query;
}

std::vector<std::string> highlight_terms(const ParsedQuery& parsed,
                                         const std::vector<text::Language>& languages,
                                         const Synonyms* synonyms) {
  std::vector<std::string> terms;
  for (const std::vector<QueryClause>& group : parsed.groups)
    for (const QueryClause& clause : group)
      for (const std::string& word : clause.words)
        for (std::string& term : word_terms(word, languages, synonyms))
          if (std::find(terms.begin(), terms.end(), term) == terms.end())
            terms.push_back(std::move(term));
  return terms;
}

}  // namespace tori::search
