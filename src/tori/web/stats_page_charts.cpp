// SPDX-License-Identifier: AGPL-3.0-or-later
// The chart sections of the statistics page (stats_page_charts.hpp).
#include "tori/web/stats_page_charts.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/region_map.hpp"
#include "tori/web/svg_chart.hpp"

namespace tori::web {
namespace {

// One bar or column and its table row.
struct ChartItem {
  std::string label;
  std::int64_t count = 0;
  std::string url;  // where the table row's label links
};

// One chart section: its texts are the catalogue's stats.<key>.heading, .chart, .caption, .column.
struct ChartSection {
  std::string key;  // "year", "sector", "theme", "region"
  std::vector<ChartItem> items;
  bool many_per_practice = false;  // a practice may count in several rows: say so
  bool columns = false;            // a column chart (years) instead of bars
};

std::vector<store::FacetCount> facet(const store::FacetCounts& facets, const std::string& name) {
  const auto found = facets.find(name);
  return found == facets.end() ? std::vector<store::FacetCount>{} : found->second;
}

// Count descending, then Finnish order of the labels.
void sort_by_count(std::vector<ChartItem>& items) {
  text::sort_finnish_by(items, [](const ChartItem& item) { return item.label; });
  std::ranges::stable_sort(items, std::greater<>{}, &ChartItem::count);
}

std::string list_url(Language language, std::string_view param, std::string_view value) {
  return localised_path(language, "/teot") + "?" + std::string(param) + "=" +
         text::url_encode_component(value);
}

ChartSection year_section(const store::FacetCounts& facets, Language language) {
  ChartSection section{"year", {}, false, true};
  for (const store::FacetCount& option : facet(facets, "year"))
    section.items.push_back({option.label, option.count, list_url(language, "year", option.value)});
  std::ranges::sort(section.items, {}, &ChartItem::label);  // four-digit years: oldest first
  return section;
}

ChartSection term_section(const store::FacetCounts& facets, const Services& services,
                          Language language, core::Vocabulary vocabulary, const std::string& key) {
  ChartSection section{key, {}, true, false};
  for (const store::FacetCount& option : facet(facets, key)) {
    section.items.push_back({term_label(services, language, vocabulary, option.value, option.label),
                             option.count, list_url(language, key, option.value)});
  }
  sort_by_count(section.items);
  return section;
}

ChartSection region_section(const store::FacetCounts& facets, const Services& services,
                            Language language) {
  ChartSection section{"region", {}, false, false};
  for (const store::FacetCount& option : facet(facets, "region")) {
    section.items.push_back({region_name(services, language, option.value, option.label),
                             option.count, localised_path(language, "/alueet/" + option.value)});
  }
  sort_by_count(section.items);
  return section;
}

std::string number(const Services& services, Language language, std::int64_t value) {
  return services.catalogue.format(language, "stats.number",
                                   {{"count", static_cast<long long>(value)}});
}

std::string legend_text(const Services& services, Language language, const MapClass& c) {
  if (c.low == c.high) {
    return services.catalogue.format(language, "stats.map.legend_one",
                                     {{"value", static_cast<long long>(c.low)}});
  }
  return services.catalogue.format(
      language, "stats.map.legend_range",
      {{"low", static_cast<long long>(c.low)}, {"high", static_cast<long long>(c.high)}});
}

// The map of every region (a region without practices too) and its legend.
void fill_map(ctemplate::TemplateDictionary& chart, const Services& services, Language language,
              const store::FacetCounts& facets) {
  if (services.region_map == nullptr) return;
  std::map<std::string, std::int64_t, std::less<>> counts;
  std::int64_t max = 0;
  for (const store::FacetCount& option : facet(facets, "region")) {
    counts[option.value] = option.count;
    max = std::max(max, option.count);
  }
  const std::vector<MapClass> classes = choropleth_classes(max);
  std::vector<MapRegion> regions;
  bool any_zero = false;
  for (const core::Region& region : services.finland.regions()) {
    const std::int64_t count = counts.contains(region.slug) ? counts.at(region.slug) : 0;
    any_zero = any_zero || count == 0;
    const std::string name = region_name(services, language, region.slug, region.name_fi);
    regions.push_back(
        {region.code, count, localised_path(language, "/alueet/" + region.slug),
         services.catalogue.format(language, "stats.map.region",
                                   {{"name", name}, {"count", static_cast<long long>(count)}})});
  }
  ctemplate::TemplateDictionary* map = chart.AddSectionDictionary("MAP");
  map->SetValue("MAP_SVG", render_region_map(*services.region_map, "stats-map",
                                             services.catalogue.text(language, "stats.map.title"),
                                             regions, classes));
  if (any_zero) {
    ctemplate::TemplateDictionary* item = map->AddSectionDictionary("LEGEND");
    item->SetIntValue("STEP", 0);
    item->SetValue("TEXT", services.catalogue.text(language, "stats.map.legend_zero"));
  }
  for (const MapClass& c : classes) {
    ctemplate::TemplateDictionary* item = map->AddSectionDictionary("LEGEND");
    item->SetIntValue("STEP", c.step);
    item->SetValue("TEXT", legend_text(services, language, c));
  }
}

void fill_section(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                  const ChartSection& section, const store::FacetCounts& facets) {
  const std::string prefix = "stats." + section.key;
  ctemplate::TemplateDictionary* chart = body.AddSectionDictionary("CHART");
  chart->SetValue("ID", "stats-" + section.key);
  chart->SetValue("HEADING", services.catalogue.text(language, prefix + ".heading"));
  if (section.items.empty()) {
    chart->ShowSection("EMPTY");
    return;
  }
  ctemplate::TemplateDictionary* data = chart->AddSectionDictionary("HAS_DATA");
  if (section.many_per_practice) data->ShowSection("NOTE");
  if (section.key == "region") fill_map(*data, services, language, facets);
  std::vector<ChartRow> rows;
  for (const ChartItem& item : section.items) {
    rows.push_back({item.label, item.count, number(services, language, item.count)});
    ctemplate::TemplateDictionary* row = data->AddSectionDictionary("ROW");
    row->SetValue("LABEL", item.label);
    row->SetValue("URL", item.url);
    row->SetValue("VALUE", rows.back().value_text);
  }
  const std::string id = "stats-" + section.key + "-chart";
  const std::string title = services.catalogue.text(language, prefix + ".chart");
  data->SetValue("SVG",
                 section.columns ? column_chart(id, title, rows) : bar_chart(id, title, rows));
  data->SetValue("CAPTION", services.catalogue.text(language, prefix + ".caption"));
  data->SetValue("COLUMN", services.catalogue.text(language, prefix + ".column"));
}

}  // namespace

void fill_stats_charts(ctemplate::TemplateDictionary& body, const Services& services,
                       Language language, const store::FacetCounts& facets) {
  const ChartSection sections[] = {
      year_section(facets, language),
      term_section(facets, services, language, core::Vocabulary::kSector, "sector"),
      term_section(facets, services, language, core::Vocabulary::kTheme, "theme"),
      region_section(facets, services, language),
  };
  for (const ChartSection& section : sections)
    fill_section(body, services, language, section, facets);
}

}  // namespace tori::web
