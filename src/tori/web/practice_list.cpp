// SPDX-License-Identifier: AGPL-3.0-or-later
// The list of practices (/teot): filters from GET parameters, the filter form with counts, the
// results, the active filters with links removing each one, and pagination.
#include <array>
#include <optional>
#include <string_view>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_filters.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

using Sort = store::PracticeQuery::Sort;

constexpr int kPageSize = 20;

// The sort orders by their parameter value; the first is the default.
constexpr std::array<std::string_view, 3> kSortNames = {"newest", "oldest", "title"};
constexpr std::array<Sort, 3> kSortOrders = {Sort::kNewest, Sort::kOldest, Sort::kTitle};
const FilterPage kListPage{"/teot", kSortNames, false};

void fill_results(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                  const store::PracticeList& list) {
  for (const core::Practice& practice : list.items)
    fill_practice_card(*body.AddSectionDictionary("RESULT"), services, language, practice);
  if (!list.items.empty()) body.ShowSection("HAS_RESULTS");
}

// The store query for the state: its filters, page and sort.
store::PracticeQuery list_query(const FilterState& state) {
  store::PracticeQuery query = filter_query(state, kPageSize);
  for (std::size_t i = 0; i < kSortNames.size(); ++i) {
    if (state.sort == kSortNames[i]) query.sort = kSortOrders[i];
  }
  return query;
}

}  // namespace

http::Response practice_list_page(const http::Request& request, const Services& services,
                                  Language language) {
  store::PracticeStore& practices = services.store.practices();
  const std::optional<FilterState> state = parse_filter_state(request, kListPage);
  if (!state) return error_page(services, language, 400);
  const store::PracticeQuery query = list_query(*state);
  // One facet query gives the counts and, for most selected values, their labels; only a value
  // with no matches under the other filters is looked up on its own.
  store::FacetCounts facets = practices.facets(query);
  localise_facets(facets, services, language);
  const std::optional<FilterLabels> found =
      selected_labels(facets, state->selection, services, language);
  if (!found) return error_page(services, language, 400);
  const FilterLabels& labels = *found;
  const store::PracticeList list = practices.list(query);
  const int pages = static_cast<int>((list.total + kPageSize - 1) / kPageSize);
  if (state->page > std::max(pages, 1)) return error_page(services, language, 404);

  Page page(language, "practice_list");
  page.meta.title = services.catalogue.text(language, "practice.list.title");
  page.meta.description = services.catalogue.text(language, "practice.list.description");
  page.meta.path = "/teot";
  page.meta.nav = NavItem::kPractices;
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, "/teot"));
  body.SetValue("SEARCH_ACTION", localised_path(language, "/haku"));
  fill_hidden_filters(body, *state);
  body.SetValue("COUNT",
                services.catalogue.format(language, "practice.count",
                                          {{"count", static_cast<long long>(list.total)}}));
  fill_filter_form(body, services, language, kListPage, facets, *state, labels);
  const int active = fill_active_filters(body, services, language, kListPage, *state, labels);
  fill_results(body, services, language, list);
  if (list.items.empty()) body.ShowSection(active > 0 ? "EMPTY_FILTERED" : "EMPTY_ALL");
  fill_pagination(body, services, language, kListPage, *state, pages);
  if (state->page > 1 || state->sort != kSortNames.front()) page.meta.indexable = false;
  return render_page(services, page);
}

void add_practice_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/teot", practice_list_page);
  add_localised(router, services, "GET", "/teot/{slug}", practice_page);
  add_practice_feed_route(router, services);
}

}  // namespace tori::web
