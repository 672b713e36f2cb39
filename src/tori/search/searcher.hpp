// SPDX-License-Identifier: AGPL-3.0-or-later
// Searching the index: the query (query.hpp) with the marketplace's filters, relevance or newest
// first, facet counts that combine with the query and with each other, a spelling suggestion,
// and practices like a given one.
//
//   const Searcher searcher(data / "index");
//   SearchResults found = searcher.search({.text = "etätyö", .filters = {.themes =
//   {"johtaminen"}}});
//   std::vector<SearchHit> like = searcher.similar(practice.id, 5);
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tori/store/practice_store.hpp"
#include "tori/text/i18n.hpp"

namespace tori::search {

class Synonyms;

struct SearchRequest {
  std::string text;                // the search box; empty: every published practice
  store::PracticeQuery filters{};  // filters, limit and offset; its sort is not used
  bool newest_first = false;       // false: by relevance
  std::vector<text::Language> languages = {text::Language::kFi, text::Language::kSv,
                                           text::Language::kEn};
  const Synonyms* synonyms = nullptr;  // searched along with each word's terms
};

struct SearchHit {
  std::int64_t practice_id = 0;
  double score = 0;
};

struct SearchResults {
  std::int64_t total = 0;  // matches: exact when total_exact, else Xapian's estimate
  bool total_exact = true;
  std::vector<SearchHit> hits;
  store::FacetCounts facets;       // by parameter name; values and counts (labels left empty)
  bool facets_exact = true;        // false: counted over the first 10,000 matches and scaled
  std::vector<std::string> terms;  // the query terms, for snippets
  // the query with misspelt words corrected, when that finds practices
  std::optional<std::string> suggestion;
};

// The index cannot be read: not built yet, being replaced, or damaged (search answers 503).
struct IndexUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Searches the index in `folder`. Thread-safe: each thread keeps its own read handle and
// reopens it when the index changed or was rebuilt.
class Searcher {
 public:
  explicit Searcher(std::filesystem::path folder) : folder_(std::move(folder)) {}
  // Throws IndexUnavailable when the index cannot be read.
  [[nodiscard]] SearchResults search(const SearchRequest& request) const;
  // Practices like this one, best first, at most `count`, itself left out: its most telling word
  // terms (relevance feedback) searched for. Empty when the practice is not in the index.
  // Throws IndexUnavailable when the index cannot be read.
  [[nodiscard]] std::vector<SearchHit> similar(std::int64_t practice_id, std::size_t count) const;

 private:
  [[nodiscard]] SearchResults search_index(const SearchRequest& request) const;
  [[nodiscard]] std::vector<SearchHit> similar_in_index(std::int64_t practice_id,
                                                        std::size_t count) const;

  std::filesystem::path folder_;
};

}  // namespace tori::search
