// SPDX-License-Identifier: AGPL-3.0-or-later
// Running a search: per-thread read handles, the combined query, hits and facet counts.
#include "tori/search/searcher.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "tori/search/facet_table.hpp"
#include "tori/search/query.hpp"
#include "tori/search/search_filters.hpp"
#include "tori/search/spelling.hpp"

namespace tori::search {
namespace {

constexpr Xapian::doccount kExactUpTo = 10'000;
constexpr Xapian::termcount kSimilarTerms = 24;  // relevance feedback's terms searched for

// Keeps the word terms that can find another practice: unprefixed (Xapian's prefixes are
// upper-case), not numbers, and in more than this one document.
class OtherWordTerms : public Xapian::ExpandDecider {
 public:
  explicit OtherWordTerms(const Xapian::Database& database) : database_(database) {}
  bool operator()(const std::string& term) const override {
    if (term.empty() || (term.front() >= 'A' && term.front() <= 'Z')) return false;
    if (term.find_first_not_of("0123456789.,:-") == std::string::npos) return false;
    return database_.get_termfreq(term) > 1;
  }

 private:
  const Xapian::Database& database_;
};

// This thread's handle on the index at `folder`, reopened when it changed and opened anew when
// the folder was replaced by a rebuild.
Xapian::Database& read_handle(const std::filesystem::path& folder) {
  struct Handle {
    ino_t inode = 0;
    std::unique_ptr<Xapian::Database> database;
  };
  thread_local std::map<std::string, Handle> handles;
  struct stat info {};
  const ino_t inode = ::stat(folder.c_str(), &info) == 0 ? info.st_ino : 0;
  Handle& handle = handles[folder.string()];
  if (!handle.database || handle.inode != inode) {
    handle.database = std::make_unique<Xapian::Database>(folder.string());
    handle.inode = inode;
  } else {
    handle.database->reopen();
  }
  return *handle.database;
}

Xapian::Query text_query(const ParsedQuery& parsed, const SearchRequest& request) {
  if (parsed.empty()) return Xapian::Query::MatchAll;
  return build_query(parsed, request.languages, request.synonyms);
}

// Runs `work`, telling an index that cannot be read (absent, being replaced, damaged) as
// IndexUnavailable, so that callers need not know Xapian's errors.
template <class Work>
auto on_the_index(Work work) {
  try {
    return work();
  } catch (const Xapian::DatabaseError& error) {
    throw IndexUnavailable(error.get_description());
  }
}

Xapian::Query filtered(const Xapian::Query& query, const std::optional<Xapian::Query>& filter) {
  return filter ? Xapian::Query(Xapian::Query::OP_FILTER, query, *filter) : query;
}

// How much the counts over the seen documents are multiplied by: 1 when every match was seen.
double scale_of(const Xapian::MSet& matches, std::size_t seen) {
  const Xapian::doccount total = matches.get_matches_estimated();
  return total > seen
             ? static_cast<double>(total) / static_cast<double>(std::max<std::size_t>(1, seen))
             : 1.0;
}

// The counts of family number `family` over the `seen` documents, scaled, by value.
void add_counts(store::FacetCounts& facets, const FacetTable& table, std::size_t family,
                const std::vector<Xapian::docid>& seen, double scale) {
  std::vector<Xapian::doccount> counts(table.value_count(family));
  for (Xapian::docid id : seen)
    table.count(id, family, counts);
  std::vector<store::FacetCount>& options = facets[std::string(facet_families()[family].parameter)];
  for (std::uint32_t code = 0; code < counts.size(); ++code) {
    if (counts[code] == 0) continue;
    options.push_back({table.value(family, code), "", std::llround(counts[code] * scale)});
  }
  std::ranges::sort(options, {}, &store::FacetCount::value);
}

// Counts of a family with a selection: the query with every other family's filter.
void count_selected_family(Xapian::Database& database, const Xapian::Query& query,
                           const SearchRequest& request, const FacetTable& table,
                           std::size_t family, SearchResults& results) {
  Xapian::Enquire enquire(database);
  enquire.set_query(
      filtered(query, filter_query(request.filters, facet_families()[family].parameter)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // counting only
  DocumentIdSpy spy;
  enquire.add_matchspy(&spy);
  const Xapian::MSet matches = enquire.get_mset(0, 0, kExactUpTo);
  const double scale = scale_of(matches, spy.ids().size());
  if (scale != 1.0) results.facets_exact = false;
  add_counts(results.facets, table, family, spy.ids(), scale);
}

}  // namespace

SearchResults Searcher::search(const SearchRequest& request) const {
  return on_the_index([&] { return search_index(request); });
}

SearchResults Searcher::search_index(const SearchRequest& request) const {
  Xapian::Database& database = read_handle(folder_);
  const ParsedQuery parsed = parse_query(request.text);
  const Xapian::Query query = text_query(parsed, request);
  const std::optional<Xapian::Query> filter = filter_query(request.filters);
  Xapian::Enquire enquire(database);
  enquire.set_query(filtered(query, filter));
  if (request.newest_first) enquire.set_sort_by_value_then_relevance(kPublishedAtSlot, true);
  DocumentIdSpy spy;
  enquire.add_matchspy(&spy);
  const auto offset = static_cast<Xapian::doccount>(std::max(0, request.filters.offset));
  const auto limit = static_cast<Xapian::doccount>(std::max(0, request.filters.limit));
  const Xapian::MSet matches = enquire.get_mset(offset, limit, kExactUpTo);
  SearchResults results;
  results.total = matches.get_matches_estimated();
  results.total_exact = matches.get_matches_lower_bound() == matches.get_matches_upper_bound();
  for (auto match = matches.begin(); match != matches.end(); ++match)
    results.hits.push_back({std::stoll(match.get_document().get_data()), match.get_weight()});
  const std::shared_ptr<const FacetTable> table = FacetTable::of(database);
  const double scale = scale_of(matches, spy.ids().size());
  results.facets_exact = scale == 1.0;
  for (std::size_t family = 0; family < facet_families().size(); ++family) {
    if (selected_values(request.filters, facet_families()[family].parameter).empty())
      add_counts(results.facets, *table, family, spy.ids(), scale);
    else
      count_selected_family(database, query, request, *table, family, results);
  }
  results.terms = highlight_terms(parsed, request.languages, request.synonyms);
  results.suggestion = spelling_suggestion(database, request.text, parsed, request.languages,
                                           request.synonyms, filter);
  return results;
}

std::vector<SearchHit> Searcher::similar(std::int64_t practice_id, std::size_t count) const {
  return on_the_index([&] { return similar_in_index(practice_id, count); });
}

std::vector<SearchHit> Searcher::similar_in_index(std::int64_t practice_id,
                                                  std::size_t count) const {
  Xapian::Database& database = read_handle(folder_);
  const std::string own = id_term(practice_id);
  const Xapian::PostingIterator posting = database.postlist_begin(own);
  if (posting == database.postlist_end(own) || count == 0) return {};
  Xapian::RSet relevant;
  relevant.add_document(*posting);
  Xapian::Enquire enquire(database);
  enquire.set_expansion_scheme("bo1");
  const OtherWordTerms decider(database);
  const Xapian::ESet terms = enquire.get_eset(kSimilarTerms, relevant, &decider);
  if (terms.empty()) return {};
  const Xapian::Query like(Xapian::Query::OP_OR, terms.begin(), terms.end());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, like, Xapian::Query(own)));
  const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(count));
  std::vector<SearchHit> hits;
  for (auto match = matches.begin(); match != matches.end(); ++match)
    hits.push_back({std::stoll(match.get_document().get_data()), match.get_weight()});
  return hits;
}

}  // namespace tori::search
