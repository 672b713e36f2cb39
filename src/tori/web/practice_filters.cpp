// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice filters shared by /teot and /haku: parsing, labels, the form, active filters and
// pagination.
#include "tori/web/practice_filters.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "tori/core/finland.hpp"
#include "tori/store/store.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/api_params.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

constexpr int kMaxPage = 100000;

constexpr std::array<std::string_view, 8> kParameters = {"theme",        "sector", "client_group",
                                                         "maturity",     "region", "municipality",
                                                         "organisation", "year"};

// Filters with many options: shown inside a <details> disclosure.
bool is_large(std::string_view param) {
  return param == "municipality" || param == "organisation";
}

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

// A facet option's label in `language` from its Finnish label (maturities: from the code).
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
  return option.label.empty() ? option.value : option.label;  // organisations, years
}

// The Finnish label of an option the index gives by value only; `terms` are the family's
// vocabulary terms when it has one. Nothing when the value names nothing known.
std::optional<std::string> finnish_label(const Services& services, std::string_view param,
                                         const std::string& value,
                                         const std::vector<store::Term>& terms) {
  if (param == "region") {
    const core::Region* region = services.finland.region_by_slug(value);
    if (region != nullptr) return region->name_fi;
  } else if (param == "municipality") {
    const core::Municipality* municipality = services.finland.municipality_by_code(value);
    if (municipality != nullptr) return municipality->name_fi;
  } else if (param == "organisation") {
    std::optional<core::Organisation> organisation =
        services.store.organisations().find_by_slug(value);
    if (organisation) return organisation->name;
  } else if (vocabulary_of(param)) {
    const auto term = std::ranges::find(terms, value, &store::Term::slug);
    if (term != terms.end()) return term->label;
  } else {
    return value;  // maturity codes and years
  }
  return std::nullopt;
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
    // Hidden terms too: a filter by one still works, it is only not offered.
    for (const store::Term& term : services.store.vocabularies().all_terms(*vocabulary)) {
      if (term.slug == value) return term_label(services, language, *vocabulary, value, term.label);
    }
    return std::nullopt;
  }
  return option_label(services, language, param, {value, value, 0});  // maturity, year: parsed
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

void fill_filter(ctemplate::TemplateDictionary& body, std::string_view param,
                 const std::vector<store::FacetCount>& options, const FilterState& state,
                 const std::string& legend, const FilterLabels& labels) {
  const std::vector<std::string> chosen = selected(state, param);
  std::vector<store::FacetCount> shown = options;
  for (const std::string& value : chosen) {  // a selected option stays even with no matches
    if (std::ranges::none_of(shown, [&](const auto& o) { return o.value == value; })) {
      shown.push_back({value, labels.at(std::string(param)).at(value), 0});
    }
  }
  if (shown.empty()) return;
  ctemplate::TemplateDictionary* group = body.AddSectionDictionary("FILTER");
  group->SetValue("LEGEND", legend);
  group->SetValue("PARAM", std::string(param));
  group->SetIntValue("OPTION_COUNT", static_cast<long>(shown.size()));
  if (is_large(param)) group->ShowSection("LARGE");
  if (is_large(param)) group->ShowSection("LARGE_END");
  if (!chosen.empty()) group->ShowSection("OPEN");
  int index = 0;
  for (const store::FacetCount& option : shown) {
    ctemplate::TemplateDictionary* item = group->AddSectionDictionary("OPTION");
    item->SetValue("ID", "f-" + std::string(param) + "-" + std::to_string(++index));
    item->SetValue("VALUE", option.value);
    item->SetValue("LABEL", option.label);
    item->SetIntValue("COUNT", static_cast<long>(option.count));
    if (std::ranges::find(chosen, option.value) != chosen.end()) item->ShowSection("CHECKED");
  }
}

}  // namespace

std::span<const std::string_view> filter_parameters() {
  return kParameters;
}

std::optional<FilterState> parse_filter_state(const http::Request& request,
                                              const FilterPage& page) {
  FilterState state;
  for (std::string_view param : kParameters) {
    for (std::string& value : request.query_params(param)) {
      if (!well_formed(param, value)) return std::nullopt;
      std::vector<std::string>& chosen = state.selection[std::string(param)];
      if (std::ranges::find(chosen, value) == chosen.end()) chosen.push_back(std::move(value));
    }
  }
  if (page.has_text) state.text = request.query_param("q").value_or("");
  state.sort = std::string(page.sorts.front());
  if (std::optional<std::string> sort = request.query_param("sort"); sort && !sort->empty()) {
    if (std::ranges::find(page.sorts, *sort) == page.sorts.end()) return std::nullopt;
    state.sort = *sort;
  }
  if (std::optional<std::string> number = request.query_param("page"); number && !number->empty()) {
    std::optional<int> parsed = parse_page(*number);
    if (!parsed) return std::nullopt;
    state.page = *parsed;
  }
  return state;
}

std::vector<std::string> selected(const FilterState& state, std::string_view param) {
  const auto found = state.selection.find(std::string(param));
  return found == state.selection.end() ? std::vector<std::string>{} : found->second;
}

store::PracticeQuery filter_query(const FilterState& state, int page_size) {
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
  query.limit = page_size;
  query.offset = (state.page - 1) * page_size;
  return query;
}

std::string filter_url(Language language, const FilterPage& page, const FilterState& state) {
  std::string query;
  const auto add = [&](std::string_view name, std::string_view value) {
    query += query.empty() ? '?' : '&';
    query += name;
    query += '=';
    query += text::url_encode_component(value);
  };
  if (page.has_text && !state.text.empty()) add("q", state.text);
  for (std::string_view param : kParameters) {
    for (const std::string& value : selected(state, param))
      add(param, value);
  }
  if (state.sort != page.sorts.front()) add("sort", state.sort);
  if (state.page > 1) add("page", std::to_string(state.page));
  return localised_path(language, page.path) + query;
}

void fill_finnish_labels(store::FacetCounts& facets, const Services& services) {
  for (auto& [param, options] : facets) {
    const std::optional<core::Vocabulary> vocabulary = vocabulary_of(param);
    const std::vector<store::Term> terms =
        vocabulary ? services.store.vocabularies().all_terms(*vocabulary)
                   : std::vector<store::Term>{};
    std::erase_if(options, [&terms](const store::FacetCount& option) {
      return std::any_of(terms.begin(), terms.end(), [&](const store::Term& term) {
        return term.hidden && term.slug == option.value;
      });
    });
    for (store::FacetCount& option : options) {
      if (option.label.empty())
        option.label = finnish_label(services, param, option.value, terms).value_or(option.value);
    }
  }
}

// Finnish collation for Swedish too (å, ä, ö after z in both) and for English, whose place names
// are the Finnish ones. Maturities and years keep their order; the store's organisations too.
void localise_facets(store::FacetCounts& facets, const Services& services, Language language,
                     bool sort_all) {
  for (auto& [param, options] : facets) {
    if (param == "year") continue;
    for (store::FacetCount& option : options)
      option.label = option_label(services, language, param, option);
    if (param == "maturity") continue;
    if (sort_all || (language != Language::kFi && param != "organisation")) {
      text::sort_finnish_by(options, [](const store::FacetCount& o) { return o.label; });
    }
  }
}

std::optional<FilterLabels> selected_labels(const store::FacetCounts& facets,
                                            const Selection& selection, const Services& services,
                                            Language language) {
  FilterLabels labels;
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

void fill_hidden_filters(ctemplate::TemplateDictionary& body, const FilterState& state) {
  for (std::string_view param : kParameters) {
    for (const std::string& value : selected(state, param)) {
      ctemplate::TemplateDictionary* field = body.AddSectionDictionary("KEEP");
      field->SetValue("NAME", std::string(param));
      field->SetValue("VALUE", value);
    }
  }
}

void fill_filter_form(ctemplate::TemplateDictionary& body, const Services& services,
                      Language language, const FilterPage& page, const store::FacetCounts& facets,
                      const FilterState& state, const FilterLabels& labels) {
  for (std::string_view param : kParameters) {
    const auto found = facets.find(std::string(param));
    fill_filter(body, param,
                found == facets.end() ? std::vector<store::FacetCount>{} : found->second, state,
                filter_name(services, language, param), labels);
  }
  for (std::string_view sort : page.sorts) {
    ctemplate::TemplateDictionary* item = body.AddSectionDictionary("SORT_OPTION");
    item->SetValue("VALUE", std::string(sort));
    item->SetValue("LABEL",
                   services.catalogue.text(language, "practice.sort." + std::string(sort)));
    if (state.sort == sort) item->ShowSection("SELECTED");
  }
}

int fill_active_filters(ctemplate::TemplateDictionary& body, const Services& services,
                        Language language, const FilterPage& page, const FilterState& state,
                        const FilterLabels& labels) {
  int count = 0;
  for (std::string_view param : kParameters) {
    for (const std::string& value : selected(state, param)) {
      FilterState without = state;
      std::erase(without.selection[std::string(param)], value);
      without.page = 1;
      ctemplate::TemplateDictionary* item = body.AddSectionDictionary("ACTIVE_FILTER");
      item->SetValue("URL", filter_url(language, page, without));
      item->SetValue(
          "TEXT", services.catalogue.format(language, "practice.remove_filter",
                                            {{"filter", filter_name(services, language, param)},
                                             {"value", labels.at(std::string(param)).at(value)}}));
      ++count;
    }
  }
  if (count > 0) body.ShowSection("HAS_ACTIVE");
  return count;
}

void fill_pagination(ctemplate::TemplateDictionary& body, const Services& services,
                     Language language, const FilterPage& page, const FilterState& state,
                     int pages) {
  if (pages <= 1) return;
  ctemplate::TemplateDictionary* nav = body.AddSectionDictionary("PAGINATION");
  nav->SetValue("PAGE_OF", services.catalogue.format(language, "practice.page_of",
                                                     {{"page", state.page}, {"pages", pages}}));
  FilterState other = state;
  if (state.page > 1) {
    other.page = state.page - 1;
    nav->SetValueAndShowSection("PREV_URL", filter_url(language, page, other), "HAS_PREV");
  }
  if (state.page < pages) {
    other.page = state.page + 1;
    nav->SetValueAndShowSection("NEXT_URL", filter_url(language, page, other), "HAS_NEXT");
  }
}

}  // namespace tori::web
