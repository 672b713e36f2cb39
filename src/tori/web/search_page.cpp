// SPDX-License-Identifier: AGPL-3.0-or-later
// The search page (/haku): the search, its practices and snippets, facets, the suggestion and
// the help shown when nothing is found.
#include "tori/web/search_page.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/search/searcher.hpp"
#include "tori/search/synonyms_file.hpp"
#include "tori/store/store.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_filters.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

constexpr int kPageSize = 20;
constexpr std::array<std::string_view, 2> kSortNames = {"relevance", "newest"};
const FilterPage kSearchPage{"/haku", kSortNames, true};

constexpr std::size_t kTitleQueryChars = 60;  // of the search text in the page's <title>

// The text cut to `most` code points, "…" added when it was longer.
std::string shortened(std::string_view text, std::size_t most) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_character && ++characters > most) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

search::SearchRequest search_request(const FilterState& state, const search::Synonyms* synonyms) {
  search::SearchRequest request;
  request.text = state.text;
  request.filters = filter_query(state, kPageSize);
  // Without words every practice scores alike: the newest first is the useful order then.
  request.newest_first =
      state.sort == "newest" || state.text.find_first_not_of(" \t") == std::string::npos;
  request.synonyms = synonyms;
  return request;
}

// The hits as cards with snippets; a hit unpublished since the index saw it is left out.
void fill_hits(ctemplate::TemplateDictionary& body, const Services& services, Language language,
               const search::SearchResults& results) {
  store::PracticeStore& practices = services.store.practices();
  bool any = false;
  for (const search::SearchHit& hit : results.hits) {
    const std::optional<core::Practice> practice = practices.find_by_id(hit.practice_id);
    if (!practice || practice->state != core::PracticeState::kPublished) continue;
    ctemplate::TemplateDictionary* card = body.AddSectionDictionary("RESULT");
    fill_practice_card(*card, services, language, *practice);
    card->SetValue("SNIPPET", practice_snippet(*practice, results.terms));
    any = true;
  }
  if (any) body.ShowSection("HAS_RESULTS");
}

void fill_count(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                const search::SearchResults& results) {
  const char* key = results.total_exact ? "search.result_count" : "search.result_count_estimated";
  body.SetValue("COUNT", services.catalogue.format(
                             language, key, {{"count", static_cast<long long>(results.total)}}));
  if (!results.facets_exact) body.ShowSection("FACETS_ESTIMATED");
}

void fill_suggestion(ctemplate::TemplateDictionary& body, Language language,
                     const FilterState& state, const std::optional<std::string>& suggestion) {
  if (!suggestion) return;
  FilterState corrected = state;
  corrected.text = *suggestion;
  corrected.page = 1;
  ctemplate::TemplateDictionary* section = body.AddSectionDictionary("SUGGESTION");
  section->SetValue("URL", filter_url(language, kSearchPage, corrected));
  section->SetValue("TEXT", *suggestion);
}

// What to try when nothing was found: the suggestion (above), fewer words, no filters, browsing.
void fill_no_results(ctemplate::TemplateDictionary& body, Language language,
                     const FilterState& state, int active_filters) {
  ctemplate::TemplateDictionary* help = body.AddSectionDictionary("NO_RESULTS");
  if (!state.text.empty()) help->ShowSection("HAS_TEXT");
  if (active_filters > 0) {
    FilterState text_only;
    text_only.text = state.text;
    text_only.sort = state.sort;
    help->SetValueAndShowSection("WITHOUT_FILTERS_URL",
                                 filter_url(language, kSearchPage, text_only), "HAS_FILTERS");
  }
}

void fill_page(Page& page, const Services& services, Language language, const FilterState& state,
               const search::SearchResults& results, store::FacetCounts facets,
               const FilterLabels& labels) {
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, "/haku"));
  body.SetValue("QUERY", state.text);
  body.SetValue("CLEAR_URL", filter_url(language, kSearchPage,
                                        FilterState{.text = state.text, .sort = state.sort}));
  fill_hidden_filters(body, state);  // a new text in the search box keeps them
  if (state.sort != kSortNames.front()) {
    ctemplate::TemplateDictionary* field = body.AddSectionDictionary("KEEP");
    field->SetValue("NAME", "sort");
    field->SetValue("VALUE", state.sort);
  }
  fill_filter_form(body, services, language, kSearchPage, facets, state, labels);
  fill_count(body, services, language, results);
  fill_suggestion(body, language, state, results.suggestion);
  const int active = fill_active_filters(body, services, language, kSearchPage, state, labels);
  fill_hits(body, services, language, results);
  if (results.hits.empty()) fill_no_results(body, language, state, active);
  const int pages = static_cast<int>((results.total + kPageSize - 1) / kPageSize);
  fill_pagination(body, services, language, kSearchPage, state, pages);
}

http::Response search_page_for(const FilterState& state, const Services& services,
                               Language language) {
  const std::shared_ptr<const search::Synonyms> synonyms =
      services.synonyms != nullptr ? services.synonyms->current() : nullptr;
  const search::SearchResults results =
      services.searcher->search(search_request(state, synonyms.get()));
  const int pages = static_cast<int>((results.total + kPageSize - 1) / kPageSize);
  if (state.page > std::max(pages, 1)) return error_page(services, language, 404);
  store::FacetCounts facets = results.facets;
  fill_finnish_labels(facets, services);
  localise_facets(facets, services, language, true);
  const std::optional<FilterLabels> labels =
      selected_labels(facets, state.selection, services, language);
  if (!labels) return error_page(services, language, 400);

  Page page(language, "search");
  page.meta.title = state.text.empty() ? services.catalogue.text(language, "search.title")
                                       : services.catalogue.format(
                                             language, "search.title_for",
                                             {{"query", shortened(state.text, kTitleQueryChars)}});
  page.meta.description = services.catalogue.text(language, "search.description");
  page.meta.path = "/haku";
  page.meta.nav = NavItem::kSearch;
  // Result pages are many and change with every publication: only the empty page is indexed.
  page.meta.indexable = state.text.empty() && state.selection.empty() && state.page == 1;
  fill_page(page, services, language, state, results, std::move(facets), *labels);
  return render_page(services, page);
}

}  // namespace

http::Response search_page(const http::Request& request, const Services& services,
                           Language language) {
  const std::optional<FilterState> state = parse_filter_state(request, kSearchPage);
  if (!state) return error_page(services, language, 400);
  if (services.searcher == nullptr) return error_page(services, language, 503);
  http::Response response;
  try {
    response = search_page_for(*state, services, language);
  } catch (const search::IndexUnavailable&) {
    response = error_page(services, language, 503);
  }
  response.headers.set("Cache-Control", "no-store");
  return response;
}

void add_search_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/haku", search_page);
}

}  // namespace tori::web
