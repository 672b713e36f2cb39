// SPDX-License-Identifier: AGPL-3.0-or-later
// The analyzer: Voikko readings to terms, Snowball fallbacks, per-thread LRU caches, coordination.
#include "tori/search/analyzer.hpp"

#include <xapian.h>

#include <algorithm>
#include <array>

#include "tori/search/compound.hpp"
#include "tori/search/lru_cache.hpp"
#include "tori/search/participle.hpp"
#include "tori/search/tokenize.hpp"
#include "tori/search/voikko.hpp"
#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

constexpr std::size_t kCachedWords = 100'000;  // per thread and side; ~30 MB at most

using Terms = std::vector<std::string>;

void add_unique(Terms& terms, std::string term) {
  if (!term.empty() && std::find(terms.begin(), terms.end(), term) == terms.end())
    terms.push_back(std::move(term));
}

// Lower-case (Unicode case folding) without a trailing hyphen: "Sosiaali-" → "sosiaali".
std::string term_of(std::string_view word) {
  std::string folded = text::fold_case(word);
  while (!folded.empty() && folded.back() == '-')
    folded.pop_back();
  return folded;
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A hyphen inside the word ("covid-19"), not only at its end.
bool has_inner_hyphen(std::string_view word) {
  const std::size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size();
}

// The Snowball stem of the word in the language; numbers and codes as they are.
std::string stem_of(std::string_view word, Language language) {
  thread_local const std::array<Xapian::Stem, 3> stemmers = {
      Xapian::Stem("finnish"), Xapian::Stem("swedish"), Xapian::Stem("english")};
  std::string folded = term_of(word);
  if (has_digit(folded)) return folded;
  return stemmers[static_cast<std::size_t>(language)](folded);
}

// Spoken Finnish drops the -t of the past participle: "tehny", "ollu", "käyny".
bool may_be_spoken_participle(std::string_view word) {
  for (const std::string_view ending : {"nu", "ny", "lu", "ly", "ru", "ry", "su", "sy"})
    if (word.size() > 3 && word.ends_with(ending)) return true;
  return false;
}

// Voikko's readings of the word; of the written form when only a spoken participle is known.
std::vector<VoikkoAnalysis> readings(std::string_view word) {
  std::vector<VoikkoAnalysis> analyses = Voikko::this_thread().analyze(word);
  if (analyses.empty() && may_be_spoken_participle(word))
    analyses = Voikko::this_thread().analyze(std::string(word) + "t");
  return analyses;
}

// The compound with its genitive non-head parts in base form, as UD and people write lemmas:
// "kielenopettaja" → "kieliopettaja", "laadunvalvonta" → "laatuvalvonta"; "" when none.
std::string nominative_compound(std::string_view word, const VoikkoAnalysis& analysis) {
  const std::vector<CompoundPart> parts = parse_wordbases(analysis.wordbases);
  const std::vector<std::string> subs = subcompounds(word, analysis.baseform, analysis.structure);
  if (parts.size() < 2 || subs.size() + 1 != parts.size()) return {};
  std::string compound;
  bool changed = false;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const CompoundPart& part = parts[i];
    const bool genitive = part.surface.ends_with('n') && part.bases.front() != part.surface;
    compound += genitive ? part.bases.front() : part.surface;
    changed = changed || genitive;
  }
  return changed ? term_of(compound + subs.back()) : std::string();
}

// Terms of one reading beyond its base form: sub-compounds, parts and their bases, the
// hyphen-less spelling of a hyphenated base form ("twitter-tili" → "twittertili").
void add_reading_parts(std::string_view word, const VoikkoAnalysis& analysis, Terms& parts) {
  for (const std::string& sub : subcompounds(word, analysis.baseform, analysis.structure))
    add_unique(parts, term_of(sub));
  for (const CompoundPart& part : parse_wordbases(analysis.wordbases)) {
    add_unique(parts, term_of(part.surface));
    for (const std::string& base : part.bases)
      add_unique(parts, term_of(base));
  }
  add_unique(parts, nominative_compound(word, analysis));
  if (!analysis.participle.empty()) {
    for (std::string& verb : participle_verbs(analysis.baseform, Voikko::this_thread()))
      add_unique(parts, std::move(verb));
  }
  if (has_inner_hyphen(analysis.baseform)) {
    std::string joined = term_of(analysis.baseform);
    std::erase(joined, '-');
    add_unique(parts, std::move(joined));
  }
}

IndexTerms terms_of_readings(std::string_view word, const std::vector<VoikkoAnalysis>& analyses) {
  IndexTerms terms;
  for (const VoikkoAnalysis& analysis : analyses)
    add_unique(terms.words, term_of(analysis.baseform));
  for (const VoikkoAnalysis& analysis : analyses)
    add_reading_parts(word, analysis, terms.parts);
  std::erase_if(terms.parts, [&terms](const std::string& part) {
    return std::find(terms.words.begin(), terms.words.end(), part) != terms.words.end();
  });
  return terms;
}

// The pieces of "covid-19-ohjeet": {"covid", "19", "ohjeet"}.
std::vector<std::string_view> hyphen_pieces(std::string_view word) {
  std::vector<std::string_view> pieces;
  while (!word.empty()) {
    const std::size_t hyphen = word.find('-');
    if (hyphen != 0) pieces.push_back(word.substr(0, hyphen));
    if (hyphen == std::string_view::npos) break;
    word.remove_prefix(hyphen + 1);
  }
  return pieces;
}

IndexTerms finnish_index_terms(std::string_view word);
Terms finnish_query_terms(std::string_view word);

// Spellings without the hyphens of an unknown hyphenated word: its base forms when Voikko knows
// the joined word ("laitok-sen" → "laitos"), and the pieces before the last as written with
// the last as a query for it would be written ("bulb-modessa" → "bulbmode…").
void add_joined_spellings(std::string_view word, Terms& parts) {
  const std::vector<std::string_view> pieces = hyphen_pieces(word);
  if (pieces.size() < 2) return;
  std::string prefix;
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i)
    prefix += pieces[i];
  for (const VoikkoAnalysis& analysis : readings(prefix + std::string(pieces.back())))
    add_unique(parts, term_of(analysis.baseform));
  prefix = term_of(prefix);
  for (const std::string& last : finnish_query_terms(pieces.back()))
    add_unique(parts, prefix + last);
}

IndexTerms unknown_finnish_index_terms(std::string_view word) {
  IndexTerms terms;
  if (!has_inner_hyphen(word)) {
    add_unique(terms.words, stem_of(word, Language::kFi));
    return terms;
  }
  add_unique(terms.words, term_of(word));
  add_joined_spellings(word, terms.parts);
  for (std::string_view piece : hyphen_pieces(word)) {
    IndexTerms own = finnish_index_terms(piece);
    for (std::string& term : own.words)
      add_unique(terms.words, std::move(term));
    for (std::string& term : own.parts)
      add_unique(terms.parts, std::move(term));
  }
  return terms;
}

IndexTerms finnish_index_terms(std::string_view word) {
  const std::vector<VoikkoAnalysis> analyses = readings(word);
  if (analyses.empty()) return unknown_finnish_index_terms(word);
  return terms_of_readings(word, analyses);
}

Terms finnish_query_terms(std::string_view word) {
  Terms terms;
  for (const VoikkoAnalysis& analysis : readings(word))
    add_unique(terms, term_of(analysis.baseform));
  if (!terms.empty()) return terms;
  if (!has_inner_hyphen(word)) {
    add_unique(terms, stem_of(word, Language::kFi));
    add_unique(terms, term_of(word));
    return terms;
  }
  add_unique(terms, term_of(word));
  for (std::string_view piece : hyphen_pieces(word))
    for (std::string& term : finnish_query_terms(piece))
      add_unique(terms, std::move(term));
  return terms;
}

std::string cache_key(std::string_view word, Language language) {
  std::string key(text::language_code(language));
  key += ':';
  key += word;
  return key;
}

}  // namespace

IndexTerms index_terms(std::string_view word, Language language) {
  thread_local LruCache<IndexTerms> cache(kCachedWords);
  const std::string key = cache_key(word, language);
  if (const IndexTerms* hit = cache.find(key)) return *hit;
  IndexTerms terms;
  if (language == Language::kFi)
    terms = finnish_index_terms(word);
  else
    add_unique(terms.words, stem_of(word, language));
  cache.insert(key, terms);
  return terms;
}

std::vector<std::string> query_terms(std::string_view word, Language language) {
  thread_local LruCache<Terms> cache(kCachedWords);
  const std::string key = cache_key(word, language);
  if (const Terms* hit = cache.find(key)) return *hit;
  Terms terms;
  if (language == Language::kFi)
    terms = finnish_query_terms(word);
  else
    add_unique(terms, stem_of(word, language));
  cache.insert(key, terms);
  return terms;
}

}  // namespace tori::search
