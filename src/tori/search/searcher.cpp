// SPDX-License-Identifier: AGPL-3.0-or-later
// Running a search: per-thread read handles, the combined query, hits and facet counts.
#include "tori/search/searcher.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <memory>

#include "tori/search/facet_spy.hpp"
#include "tori/search/query.hpp"
#include "tori/search/search_filters.hpp"

namespace tori::search {
namespace {

constexpr Xapian::doccount kExactUpTo = 10'000;

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

Xapian::Query text_query(const SearchRequest& request) {
  const ParsedQuery parsed = parse_query(request.text);
  if (parsed.empty()) return Xapian::Query::MatchAll;
  return build_query(parsed, request.languages, request.synonyms);
}

Xapian::Query filtered(const Xapian::Query& query, const std::optional<Xapian::Query>& filter) {
  return filter ? Xapian::Query(Xapian::Query::OP_FILTER, query, *filter) : query;
}

void add_counts(store::FacetCounts& facets, std::string_view parameter, const FacetSpy& spy,
                double scale) {
  std::vector<store::FacetCount>& options = facets[std::string(parameter)];
  for (const auto& [value, count] : spy.counts())
    options.push_back({value, "", static_cast<std::int64_t>(count * scale + 0.5)});
}

// Counts of a family with a selection: the query with every other family's filter.
void count_selected_family(Xapian::Database& database, const Xapian::Query& query,
                           const SearchRequest& request, const FacetFamily& family,
                           SearchResults& results) {
  Xapian::Enquire enquire(database);
  enquire.set_query(filtered(query, filter_query(request.filters, family.parameter)));
  FacetSpy spy(family.slot);
  enquire.add_matchspy(&spy);
  const Xapian::MSet matches = enquire.get_mset(0, 0, kExactUpTo);
  const double seen = std::max<double>(1, spy.seen());
  const double scale = matches.get_matches_estimated() > spy.seen()
                           ? static_cast<double>(matches.get_matches_estimated()) / seen
                           : 1.0;
  if (scale != 1.0) results.facets_exact = false;
  add_counts(results.facets, family.parameter, spy, scale);
}

}  // namespace

SearchResults Searcher::search(const SearchRequest& request) const {
  Xapian::Database& database = read_handle(folder_);
  const Xapian::Query query = text_query(request);
  Xapian::Enquire enquire(database);
  enquire.set_query(filtered(query, filter_query(request.filters)));
  if (request.newest_first) enquire.set_sort_by_value_then_relevance(kPublishedAtSlot, true);
  std::vector<std::unique_ptr<FacetSpy>> spies;
  for (const FacetFamily& family : facet_families()) {
    spies.push_back(std::make_unique<FacetSpy>(family.slot));
    enquire.add_matchspy(spies.back().get());
  }
  const auto offset = static_cast<Xapian::doccount>(std::max(0, request.filters.offset));
  const auto limit = static_cast<Xapian::doccount>(std::max(0, request.filters.limit));
  const Xapian::MSet matches = enquire.get_mset(offset, limit, kExactUpTo);
  SearchResults results;
  results.total = matches.get_matches_estimated();
  results.total_exact = matches.get_matches_lower_bound() == matches.get_matches_upper_bound();
  for (auto match = matches.begin(); match != matches.end(); ++match)
    results.hits.push_back({std::stoll(match.get_document().get_data()), match.get_weight()});
  const double seen = std::max<double>(1, spies.front()->seen());
  const double scale = results.total > spies.front()->seen() ? results.total / seen : 1.0;
  results.facets_exact = scale == 1.0;
  for (std::size_t i = 0; i < facet_families().size(); ++i) {
    const FacetFamily& family = facet_families()[i];
    if (selected_values(request.filters, family.parameter).empty())
      add_counts(results.facets, family.parameter, *spies[i], scale);
    else
      count_selected_family(database, query, request, family, results);
  }
  results.terms = highlight_terms(parse_query(request.text), request.languages, request.synonyms);
  return results;
}

}  // namespace tori::search
