// SPDX-License-Identifier: AGPL-3.0-or-later
// Spelling data from indexed words, and corrections of the search box from it.
#include "tori/search/spelling.hpp"

#include <algorithm>
#include <map>

#include "tori/search/practice_document.hpp"
#include "tori/search/query.hpp"
#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

constexpr unsigned kMostEdits = 2;
constexpr std::size_t kShortestWord = 3;  // characters

std::size_t characters(std::string_view word) {
  return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Lower-case without a trailing hyphen; "" when not a word for the spelling data.
std::string spelling_form(std::string_view word) {
  while (!word.empty() && word.back() == '-')
    word.remove_suffix(1);
  if (characters(word) < kShortestWord ||
      std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return {};
  return text::fold_case(word);
}

// Whether any of the terms is in the index, as a whole word or as a compound part.
bool in_index(const Xapian::Database& database, const std::vector<std::string>& terms) {
  const std::string part(prefix::kPart);
  return std::any_of(terms.begin(), terms.end(), [&](const std::string& term) {
    return database.term_exists(term) || database.term_exists(part + term);
  });
}

// The misspelt plain words of the parse and their corrections.
std::map<std::string, std::string> corrections(const Xapian::Database& database,
                                               const ParsedQuery& parsed,
                                               const std::vector<text::Language>& languages,
                                               const Synonyms* synonyms) {
  std::map<std::string, std::string> corrected;
  for (const std::vector<QueryClause>& group : parsed.groups) {
    for (const QueryClause& clause : group) {
      if (clause.phrase || clause.prefix) continue;
      const std::string& word = clause.words.front();
      const std::string form = spelling_form(word);
      if (form.empty() || corrected.contains(word) ||
          in_index(database, word_terms(word, languages, synonyms)))
        continue;
      std::string suggestion = database.get_spelling_suggestion(form, kMostEdits);
      if (!suggestion.empty() && suggestion != form) corrected.emplace(word, std::move(suggestion));
    }
  }
  return corrected;
}

bool finds_a_practice(const Xapian::Database& database, const ParsedQuery& parsed,
                      const std::vector<text::Language>& languages, const Synonyms* synonyms,
                      const std::optional<Xapian::Query>& filter) {
  if (parsed.empty()) return false;
  Xapian::Query query = build_query(parsed, languages, synonyms);
  if (filter) query = Xapian::Query(Xapian::Query::OP_FILTER, query, *filter);
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return !enquire.get_mset(0, 1).empty();
}

}  // namespace

void count_spelling_word(const std::string& word, SpellingWords& words) {
  ++words.try_emplace(word, 0).first->second;
}

void add_spelling(Xapian::WritableDatabase& database, const SpellingWords& words) {
  std::unordered_map<std::string, Xapian::termcount> forms;  // "Kahvi" and "kahvi" are one
  for (const auto& [word, count] : words) {
    std::string form = spelling_form(word);
    if (!form.empty() && form.size() <= kLongestTerm) forms[std::move(form)] += count;
  }
  for (const auto& [form, count] : forms)
    database.add_spelling(form, count);
}

std::optional<std::string> spelling_suggestion(const Xapian::Database& database,
                                               std::string_view text,
                                               const std::vector<text::Language>& languages,
                                               const Synonyms* synonyms,
                                               const std::optional<Xapian::Query>& filter) {
  const std::map<std::string, std::string> corrected =
      corrections(database, parse_query(text), languages, synonyms);
  if (corrected.empty()) return std::nullopt;
  std::string suggestion = replace_plain_words(text, corrected);
  if (!finds_a_practice(database, parse_query(suggestion), languages, synonyms, filter))
    return std::nullopt;
  return suggestion;
}

}  // namespace tori::search
