// SPDX-License-Identifier: AGPL-3.0-or-later
// The list of practices (/teot): filters from GET parameters, the filter form with counts, the
// results, the active filters with links removing each one, and pagination.
#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

using Sort = store::PracticeQuery::Sort;

constexpr int kPageSize = 20;
constexpr int kMaxPage = 100000;

// The filters in the order the form shows them.
struct FilterSpec {
  const char* param;  // the GET parameter, as in the API and store::FacetCounts
  bool large;         // many options: shown inside a <details> disclosure
};
constexpr std::array<FilterSpec, 8> kFilters = {{
    {"theme", false},
    {"sector", false},
    {"client_group", false},
    {"maturity", false},
    {"region", false},
    {"municipality", true},
    {"organisation", true},
    {"year", false},
}};

// The sort orders by their parameter value; the first is the default.
struct SortSpec {
  const char* value;
  Sort sort;
};
constexpr std::array<SortSpec, 3> kSorts = {
    {{"newest", Sort::kNewest}, {"oldest", Sort::kOldest}, {"title", Sort::kTitle}}};

// The selected values by filter parameter.
using Selection = std::map<std::string, std::vector<std::string>>;
// The shown label of each selected value, by filter parameter and value.
using Labels = std::map<std::string, std::map<std::string, std::string>>;

struct ListState {
  Selection selection;
  std::string sort = "newest";
  int page = 1;
};

std::string filter_name(const Services& services, Language language, std::string_view param) {
  return services.catalogue.text(language, "practice.filter." + std::string(param));
}

// The vocabulary a filter parameter selects terms of ("client_group" → kClientGroup).
std::optional<core::Vocabulary> vocabulary_of(std::string_view param) {
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    const std::string_view field = core::vocabulary_field(vocabulary);  // "client_groups"
    if (field.substr(0, field.size() - 1) == param) return vocabulary;
  }
  return std::nullopt;
}

// A facet option's label in `language` (the store gives Finnish ones and maturity codes).
std::string option_label(const Services& services, Language language, std::string_view param,
                         const store::FacetCount& option) {
  if (param == "maturity") {
    return services.catalogue.text(language, "practice.maturity." + option.value);
  }
  if (param == "region") return region_name(services, language, option.value, option.label);
  if (param == "municipality") {
    return municipality_name(services, language, option.value, option.label);
  }
  if (std::optional<core::Vocabulary> vocabulary = vocabulary_of(param)) {
    return term_label(services, language, *vocabulary, option.value, option.label);
  }
  return option.label;  // organisation names and years are the same in every language
}

// The options' labels in `language`, sorted by them. Finnish collation for Swedish too (å, ä, ö
// after z in both) and for English, whose place names are the Finnish ones. Maturities and
// years keep the store's order; organisation names do not change, nor their order.
void localise_facets(store::FacetCounts& facets, const Services& services, Language language) {
  for (auto& [param, options] : facets) {
    if (param == "year" || param == "organisation") continue;
    for (store::FacetCount& option : options)
      option.label = option_label(services, language, param, option);
    if (language != Language::kFi && param != "maturity") {
      text::sort_finnish_by(options, [](const store::FacetCount& o) { return o.label; });
    }
  }
}

// The label of a selected value that no facet option shows (it matches nothing under the
// other filters), or nothing when the value names nothing that exists.
std::optional<std::string> unlisted_label(const Services& services, Language language,
                                          std::string_view param, const std::string& value) {
  if (param == "region") {
    const core::Region* region = services.finland.region_by_slug(value);
    if (region == nullptr) return std::nullopt;
    return region_name(services, language, value, region->name_fi);
  }
  if (param == "municipality") {
    const core::Municipality* municipality = services.finland.municipality_by_code(value);
    if (municipality == nullptr) return std::nullopt;
    return municipality_name(services, language, value, municipality->name_fi);
  }
  if (param == "organisation") {
    std::optional<core::Organisation> organisation =
        services.store.organisations().find_by_slug(value);
    if (!organisation) return std::nullopt;
    return organisation->name;
  }
  if (std::optional<core::Vocabulary> vocabulary = vocabulary_of(param)) {
    for (const store::Term& term : services.store.vocabularies().terms(*vocabulary)) {
      if (term.slug == value) return term_label(services, language, *vocabulary, value, term.label);
    }
    return std::nullopt;
  }
  return option_label(services, language, param, {value, value, 0});  // maturity, year: parsed
}

// The labels of the selected values; nothing when one names nothing that exists.
std::optional<Labels> selected_labels(const store::FacetCounts& facets, const Selection& selection,
                                      const Services& services, Language language) {
  Labels labels;
  for (const auto& [param, values] : selection) {
    const auto options = facets.find(param);
    for (const std::string& value : values) {
      std::optional<std::string> label;
      if (options != facets.end()) {
        const auto found = std::ranges::find(options->second, value, &store::FacetCount::value);
        if (found != options->second.end()) label = found->label;
      }
      if (!label) label = unlisted_label(services, language, param, value);
      if (!label) return std::nullopt;
      labels[param][value] = std::move(*label);
    }
  }
  return labels;
}

// Whether a value can name anything: maturities and years are checked here, names against the
// store and the classification once the facets are known (selected_labels).
bool well_formed(std::string_view param, const std::string& value) {
  if (param == "maturity") return core::parse_maturity(value).has_value();
  if (param == "year") return parse_year(value).has_value();
  return !value.empty();
}

std::optional<int> parse_page(std::string_view text) {
  int page = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), page);
  if (error != std::errc() || end != text.data() + text.size() || page < 1 || page > kMaxPage) {
    return std::nullopt;
  }
  return page;
}

// The state the request asks for; nothing when a value is malformed.
std::optional<ListState> parse_state(const http::Request& request) {
  ListState state;
  for (const FilterSpec& filter : kFilters) {
    for (std::string& value : request.query_params(filter.param)) {
      if (!well_formed(filter.param, value)) return std::nullopt;
      std::vector<std::string>& chosen = state.selection[filter.param];
      if (std::ranges::find(chosen, value) == chosen.end()) chosen.push_back(std::move(value));
    }
  }
  if (std::optional<std::string> sort = request.query_param("sort"); sort && !sort->empty()) {
    if (std::ranges::none_of(kSorts, [&](const SortSpec& s) { return *sort == s.value; })) {
      return std::nullopt;
    }
    state.sort = *sort;
  }
  if (std::optional<std::string> page = request.query_param("page"); page && !page->empty()) {
    std::optional<int> number = parse_page(*page);
    if (!number) return std::nullopt;
    state.page = *number;
  }
  return state;
}

std::vector<std::string> selected(const ListState& state, const std::string& param) {
  const auto found = state.selection.find(param);
  return found == state.selection.end() ? std::vector<std::string>{} : found->second;
}

// The store query for the state's filters (values already known to be valid).
store::PracticeQuery make_query(const ListState& state) {
  store::PracticeQuery query;
  query.organisations = selected(state, "organisation");
  query.regions = selected(state, "region");
  query.municipalities = selected(state, "municipality");
  query.sectors = selected(state, "sector");
  query.themes = selected(state, "theme");
  query.client_groups = selected(state, "client_group");
  for (const std::string& value : selected(state, "maturity")) {
    if (auto maturity = core::parse_maturity(value)) query.maturities.push_back(*maturity);
  }
  for (const std::string& value : selected(state, "year")) {
    if (auto year = parse_year(value)) query.years.push_back(*year);
  }
  for (const SortSpec& sort : kSorts) {
    if (state.sort == sort.value) query.sort = sort.sort;
  }
  query.limit = kPageSize;
  query.offset = (state.page - 1) * kPageSize;
  return query;
}

// The list's address for `state` in `language`, defaults left out: "/sv/teot?theme=x&page=2".
std::string list_url(Language language, const ListState& state) {
  std::string query;
  const auto add = [&](std::string_view name, std::string_view value) {
    query += query.empty() ? '?' : '&';
    query += name;
    query += '=';
    query += text::url_encode_component(value);
  };
  for (const FilterSpec& filter : kFilters) {
    for (const std::string& value : selected(state, filter.param))
      add(filter.param, value);
  }
  if (state.sort != kSorts[0].value) add("sort", state.sort);
  if (state.page > 1) add("page", std::to_string(state.page));
  return localised_path(language, "/teot") + query;
}

void fill_filter(ctemplate::TemplateDictionary& body, const FilterSpec& filter,
                 const std::vector<store::FacetCount>& options, const ListState& state,
                 const std::string& legend, const Labels& labels) {
  const std::vector<std::string> chosen = selected(state, filter.param);
  std::vector<store::FacetCount> shown = options;
  for (const std::string& value : chosen) {  // a selected option stays even with no matches
    if (std::ranges::none_of(shown, [&](const auto& o) { return o.value == value; })) {
      shown.push_back({value, labels.at(filter.param).at(value), 0});
    }
  }
  if (shown.empty()) return;
  ctemplate::TemplateDictionary* group = body.AddSectionDictionary("FILTER");
  group->SetValue("LEGEND", legend);
  group->SetValue("PARAM", filter.param);
  group->SetIntValue("OPTION_COUNT", static_cast<long>(shown.size()));
  if (filter.large) group->ShowSection("LARGE");
  if (filter.large) group->ShowSection("LARGE_END");
  if (!chosen.empty()) group->ShowSection("OPEN");
  int index = 0;
  for (const store::FacetCount& option : shown) {
    ctemplate::TemplateDictionary* item = group->AddSectionDictionary("OPTION");
    item->SetValue("ID", "f-" + std::string(filter.param) + "-" + std::to_string(++index));
    item->SetValue("VALUE", option.value);
    item->SetValue("LABEL", option.label);
    item->SetIntValue("COUNT", static_cast<long>(option.count));
    if (std::ranges::find(chosen, option.value) != chosen.end()) item->ShowSection("CHECKED");
  }
}

void fill_form(ctemplate::TemplateDictionary& body, const Services& services, Language language,
               const store::FacetCounts& facets, const ListState& state, const Labels& labels) {
  for (const FilterSpec& filter : kFilters) {
    const auto found = facets.find(filter.param);
    fill_filter(body, filter,
                found == facets.end() ? std::vector<store::FacetCount>{} : found->second, state,
                filter_name(services, language, filter.param), labels);
  }
  for (const SortSpec& sort : kSorts) {
    ctemplate::TemplateDictionary* item = body.AddSectionDictionary("SORT_OPTION");
    item->SetValue("VALUE", sort.value);
    item->SetValue("LABEL",
                   services.catalogue.text(language, "practice.sort." + std::string(sort.value)));
    if (state.sort == sort.value) item->ShowSection("SELECTED");
  }
}

// The active filters, each with a link to the list without it; returns how many there are.
int fill_active(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                const ListState& state, const Labels& labels) {
  int count = 0;
  for (const FilterSpec& filter : kFilters) {
    for (const std::string& value : selected(state, filter.param)) {
      ListState without = state;
      std::erase(without.selection[filter.param], value);
      without.page = 1;
      ctemplate::TemplateDictionary* item = body.AddSectionDictionary("ACTIVE_FILTER");
      item->SetValue("URL", list_url(language, without));
      item->SetValue("TEXT", services.catalogue.format(
                                 language, "practice.remove_filter",
                                 {{"filter", filter_name(services, language, filter.param)},
                                  {"value", labels.at(filter.param).at(value)}}));
      ++count;
    }
  }
  if (count > 0) body.ShowSection("HAS_ACTIVE");
  return count;
}

void fill_results(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                  const store::PracticeList& list) {
  for (const core::Practice& practice : list.items)
    fill_practice_card(*body.AddSectionDictionary("RESULT"), services, language, practice);
  if (!list.items.empty()) body.ShowSection("HAS_RESULTS");
}

void fill_pagination(ctemplate::TemplateDictionary& body, const Services& services,
                     Language language, const ListState& state, int pages) {
  if (pages <= 1) return;
  ctemplate::TemplateDictionary* nav = body.AddSectionDictionary("PAGINATION");
  nav->SetValue("PAGE_OF", services.catalogue.format(language, "practice.page_of",
                                                     {{"page", state.page}, {"pages", pages}}));
  ListState other = state;
  if (state.page > 1) {
    other.page = state.page - 1;
    nav->SetValueAndShowSection("PREV_URL", list_url(language, other), "HAS_PREV");
  }
  if (state.page < pages) {
    other.page = state.page + 1;
    nav->SetValueAndShowSection("NEXT_URL", list_url(language, other), "HAS_NEXT");
  }
}

}  // namespace

http::Response practice_list_page(const http::Request& request, const Services& services,
                                  Language language) {
  store::PracticeStore& practices = services.store.practices();
  const std::optional<ListState> state = parse_state(request);
  if (!state) return error_page(services, language, 400);
  const store::PracticeQuery query = make_query(*state);
  // One facet query gives the counts and, for most selected values, their labels; only a value
  // with no matches under the other filters is looked up on its own.
  store::FacetCounts facets = practices.facets(query);
  localise_facets(facets, services, language);
  const std::optional<Labels> found = selected_labels(facets, state->selection, services, language);
  if (!found) return error_page(services, language, 400);
  const Labels& labels = *found;
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
  body.SetValue("COUNT",
                services.catalogue.format(language, "practice.count",
                                          {{"count", static_cast<long long>(list.total)}}));
  fill_form(body, services, language, facets, *state, labels);
  const int active = fill_active(body, services, language, *state, labels);
  fill_results(body, services, language, list);
  if (list.items.empty()) body.ShowSection(active > 0 ? "EMPTY_FILTERED" : "EMPTY_ALL");
  fill_pagination(body, services, language, *state, pages);
  if (state->page > 1 || state->sort != kSorts[0].value) page.meta.indexable = false;
  return render_page(services, page);
}

void add_practice_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/teot", practice_list_page);
  add_localised(router, services, "GET", "/teot/{slug}", practice_page);
}

}  // namespace tori::web
