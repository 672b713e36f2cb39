// SPDX-License-Identifier: AGPL-3.0-or-later
// Spelling data from indexed words, and corrections of the search box from it.
#include "tori/search/spelling.hpp"

#include <algorithm>
#include <bit>
#include <map>
#include <optional>
#include <vector>

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

// The word with some of its a's and o's as ä and ö, the fewest first: "paivakoti" gives
// "päivakoti", "paiväkoti", …, "päiväkoti". None when it has none or more than six.
std::vector<std::string> umlaut_forms(const std::string& word) {
  std::vector<std::size_t> places;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (word[i] == 'a' || word[i] == 'o') places.push_back(i);
  if (places.size() > 6) return {};
  std::vector<unsigned> masks;
  for (unsigned mask = 1; mask < (1U << places.size()); ++mask)
    masks.push_back(mask);
  std::ranges::stable_sort(masks, {}, [](unsigned mask) { return std::popcount(mask); });
  std::vector<std::string> forms;
  for (unsigned mask : masks) {
    std::string form = word;
    for (std::size_t bit = places.size(); bit-- > 0;)  // from the end: offsets stay valid
      if ((mask >> bit) & 1U) form.replace(places[bit], 1, word[places[bit]] == 'a' ? "ä" : "ö");
    forms.push_back(std::move(form));
  }
  return forms;
}

// The first umlaut form of the word that the index knows ("etatyon" → "etätyön"): typed on a
// keyboard without ä and ö. Tried before edit distances, which count each as an error.
std::optional<std::string> with_umlauts(const Xapian::Database& database, const std::string& word,
                                        const std::vector<text::Language>& languages,
                                        const Synonyms* synonyms) {
  for (std::string& form : umlaut_forms(word))
    if (in_index(database, word_terms(form, languages, synonyms))) return std::move(form);
  return std::nullopt;
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
      std::optional<std::string> umlauts = with_umlauts(database, form, languages, synonyms);
      std::string suggestion =
          umlauts ? *std::move(umlauts) : database.get_spelling_suggestion(form, kMostEdits);
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
                                               std::string_view text, const ParsedQuery& parsed,
                                               const std::vector<text::Language>& languages,
                                               const Synonyms* synonyms,
                                               const std::optional<Xapian::Query>& filter) {
  const std::map<std::string, std::string> corrected =
      corrections(database, parsed, languages, synonyms);
  if (corrected.empty()) return std::nullopt;
  std::string suggestion = replace_plain_words(text, corrected);
  if (!finds_a_practice(database, parse_query(suggestion), languages, synonyms, filter))
    return std::nullopt;
  return suggestion;
}

}  // namespace tori::search
