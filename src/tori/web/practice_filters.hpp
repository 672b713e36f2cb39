// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice filters that the list (/teot) and the search page (/haku) share: their GET
// parameters, the state in the URL, option labels, the filter form with counts, the active
// filters with links removing each one, and pagination.
//
//   const FilterPage list{"/teot", kListSorts, false};
//   std::optional<FilterState> state = parse_filter_state(request, list);   // nothing: 400
//   store::PracticeQuery query = filter_query(*state, 20);
//   fill_filter_form(body, services, language, list, facets, *state, labels);
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <ctemplate/template_dictionary.h>

#include "tori/http/message.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// A page with practice filters.
struct FilterPage {
  std::string_view path;                    // its Finnish path, "/teot"
  std::span<const std::string_view> sorts;  // the `sort` values it takes; the first is the default
  bool has_text = false;                    // takes a search text `q`
};

// The selected values by filter parameter ("theme" → {"johtaminen", …}).
using Selection = std::map<std::string, std::vector<std::string>>;
// The shown label of each selected value, by filter parameter and value.
using FilterLabels = std::map<std::string, std::map<std::string, std::string>>;

// What the URL asks for.
struct FilterState {
  std::string text;  // the search text (q); empty on pages without one
  Selection selection;
  std::string sort;  // one of FilterPage::sorts
  int page = 1;
};

// The filter parameters in the order the form shows them, as in the API and
// store::FacetCounts: theme, sector, client_group, maturity, region, municipality,
// organisation, year.
[[nodiscard]] std::span<const std::string_view> filter_parameters();

// The state the request asks for; nothing when a value is malformed (a maturity or year that
// cannot be one, an empty value, an unknown sort, a page that is not 1…100000). Whether a name
// exists is checked later, by selected_labels.
[[nodiscard]] std::optional<FilterState> parse_filter_state(const http::Request& request,
                                                            const FilterPage& page);

// The selected values of `param` ({} when none).
[[nodiscard]] std::vector<std::string> selected(const FilterState& state, std::string_view param);

// The store query for the state's filters and page (`page_size` per page); sort left default.
[[nodiscard]] store::PracticeQuery filter_query(const FilterState& state, int page_size);

// The page's address for `state` in `language`, defaults left out: "/sv/teot?theme=x&page=2".
[[nodiscard]] std::string filter_url(text::Language language, const FilterPage& page,
                                     const FilterState& state);

// The Finnish labels of options the index gives by value only (labels left empty): terms from
// the vocabularies, organisations' names, places from the reference data; a value that names
// nothing known keeps the value as its label. Options of terms the editors hid are dropped (as
// the store's facets drop them): they are not offered as filters.
void fill_finnish_labels(store::FacetCounts& facets, const Services& services);

// The options' labels in `language` from their Finnish ones (the store's; maturities by code),
// sorted by label except maturities and years; organisations too when `sort_all` (the store
// gives them sorted already, the index by slug).
void localise_facets(store::FacetCounts& facets, const Services& services, text::Language language,
                     bool sort_all = false);

// The labels of the selected values; nothing when one names nothing that exists.
[[nodiscard]] std::optional<FilterLabels> selected_labels(const store::FacetCounts& facets,
                                                          const Selection& selection,
                                                          const Services& services,
                                                          text::Language language);

// The selected filters as hidden fields of a form (KEEP sections with NAME and VALUE).
void fill_hidden_filters(ctemplate::TemplateDictionary& body, const FilterState& state);

// The filter groups (FILTER sections) and the sort options (SORT_OPTION) of the form.
void fill_filter_form(ctemplate::TemplateDictionary& body, const Services& services,
                      text::Language language, const FilterPage& page,
                      const store::FacetCounts& facets, const FilterState& state,
                      const FilterLabels& labels);

// The active filters (ACTIVE_FILTER sections with URL and TEXT, section HAS_ACTIVE), each
// linking to the page without it; returns how many there are.
int fill_active_filters(ctemplate::TemplateDictionary& body, const Services& services,
                        text::Language language, const FilterPage& page, const FilterState& state,
                        const FilterLabels& labels);

// The PAGINATION section (previous, "page N of M", next) when there is more than one page.
void fill_pagination(ctemplate::TemplateDictionary& body, const Services& services,
                     text::Language language, const FilterPage& page, const FilterState& state,
                     int pages);

}  // namespace tori::web
