// SPDX-License-Identifier: AGPL-3.0-or-later
// The regions (/alueet) with their counts, and one region (/alueet/{slug}) with its
// municipalities, organisations and practices.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/directory_pages.hpp"
#include "tori/web/directory_pages_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

// Practices by option value of one facet ("region" → {"lappi": 4, …}).
std::map<std::string, std::int64_t> facet_counts(const store::FacetCounts& facets,
                                                 const std::string& param) {
  std::map<std::string, std::int64_t> counts;
  if (const auto found = facets.find(param); found != facets.end()) {
    for (const store::FacetCount& option : found->second)
      counts[option.value] = option.count;
  }
  return counts;
}

std::int64_t count_of(const std::map<std::string, std::int64_t>& counts, const std::string& key) {
  const auto found = counts.find(key);
  return found == counts.end() ? 0 : found->second;
}

std::string practice_count(const Services& services, Language language, std::int64_t count) {
  return services.catalogue.format(language, "directory.practice_count",
                                   {{"count", static_cast<long long>(count)}});
}

// A number with the language's digit grouping ("1 055" with a no-break space in Finnish).
std::string number_text(const Services& services, Language language, std::int64_t number) {
  return services.catalogue.format(language, "directory.number",
                                   {{"count", static_cast<long long>(number)}});
}

// The region's municipalities in Finnish order of their names in the language.
std::vector<const core::Municipality*> municipalities_of(const Services& services,
                                                         Language language,
                                                         const core::Region& region) {
  std::vector<const core::Municipality*> municipalities;
  for (const core::Municipality& municipality : services.finland.municipalities()) {
    if (municipality.region_code == region.code) municipalities.push_back(&municipality);
  }
  text::sort_finnish_by(municipalities, [&](const core::Municipality* municipality) {
    return municipality_name(services, language, municipality->code, municipality->name_fi);
  });
  return municipalities;
}

// Each municipality with its count; those with practices link to the list filtered by it.
void fill_municipalities(ctemplate::TemplateDictionary& body, const Services& services,
                         Language language, const core::Region& region,
                         const std::map<std::string, std::int64_t>& counts) {
  for (const core::Municipality* municipality : municipalities_of(services, language, region)) {
    ctemplate::TemplateDictionary* item = body.AddSectionDictionary("MUNICIPALITY");
    item->SetValue(
        "NAME", municipality_name(services, language, municipality->code, municipality->name_fi));
    const std::int64_t count = count_of(counts, municipality->code);
    item->SetValue("COUNT", practice_count(services, language, count));
    if (count > 0) {
      item->SetValueAndShowSection(
          "URL", localised_path(language, "/teot") + "?municipality=" + municipality->code,
          "LINK_START");
      item->ShowSection("LINK_END");
    }
  }
}

void fill_organisations(ctemplate::TemplateDictionary& body, const Services& services,
                        Language language, const store::FacetCounts& facets) {
  const auto found = facets.find("organisation");
  if (found == facets.end() || found->second.empty()) return;
  ctemplate::TemplateDictionary* list = body.AddSectionDictionary("HAS_ORGANISATIONS");
  for (const store::FacetCount& option : found->second) {
    ctemplate::TemplateDictionary* item = list->AddSectionDictionary("ORGANISATION");
    item->SetValue("URL", localised_path(language, "/organisaatiot/" +
                                                       text::url_encode_component(option.value)));
    item->SetValue("NAME", option.label);
    item->SetValue("COUNT", practice_count(services, language, option.count));
  }
}

}  // namespace

http::Response region_list_page(const http::Request&, const Services& services, Language language) {
  const std::map<std::string, std::int64_t> practices =
      facet_counts(services.store.practices().facets({}), "region");
  std::map<std::string, int> municipalities;  // by region code
  for (const core::Municipality& municipality : services.finland.municipalities())
    ++municipalities[municipality.region_code];
  std::vector<const core::Region*> regions;
  for (const core::Region& region : services.finland.regions())
    regions.push_back(&region);
  text::sort_finnish_by(regions, [&](const core::Region* region) {
    return region_name(services, language, region->slug, region->name_fi);
  });

  Page page(language, "regions");
  page.meta.title = services.catalogue.text(language, "directory.regions.title");
  page.meta.description = services.catalogue.text(language, "directory.regions.description");
  page.meta.path = "/alueet";
  ctemplate::TemplateDictionary& body = page.body();
  for (const core::Region* region : regions) {
    ctemplate::TemplateDictionary* row = body.AddSectionDictionary("REGION");
    row->SetValue("URL", localised_path(language, "/alueet/" + region->slug));
    row->SetValue("NAME", region_name(services, language, region->slug, region->name_fi));
    row->SetValue("PRACTICES", number_text(services, language, count_of(practices, region->slug)));
    row->SetValue("MUNICIPALITIES", number_text(services, language, municipalities[region->code]));
  }
  return render_page(services, page);
}

http::Response region_page(const http::Request& request, const Services& services,
                           Language language) {
  const core::Region* region = services.finland.region_by_slug(request.param("slug"));
  if (region == nullptr) return error_page(services, language, 404);
  const std::optional<int> number = parse_page_number(request);
  if (!number) return error_page(services, language, 400);
  store::PracticeStore& store = services.store.practices();
  const store::PracticeList list = store.list({.regions = {region->slug},
                                               .limit = kDirectoryPageSize,
                                               .offset = (*number - 1) * kDirectoryPageSize});
  const int pages = page_count(list.total);
  if (*number > std::max(pages, 1)) return error_page(services, language, 404);
  const store::FacetCounts facets = store.facets({.regions = {region->slug}});

  const std::string name = region_name(services, language, region->slug, region->name_fi);
  Page page(language, "region");
  page.meta.title = name;
  page.meta.description =
      services.catalogue.format(language, "directory.region.description", {{"name", name}});
  page.meta.path = "/alueet/" + region->slug;
  page.meta.indexable = *number == 1;
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("NAME", name);
  body.SetValue("COUNT", practice_count(services, language, list.total));
  if (list.total > 0) {
    body.SetValueAndShowSection(
        "LIST_URL", localised_path(language, "/teot") + "?region=" + region->slug, "HAS_PRACTICES");
  } else {
    body.ShowSection("NO_PRACTICES");
  }
  fill_municipalities(body, services, language, *region, facet_counts(facets, "municipality"));
  fill_organisations(body, services, language, facets);
  fill_practice_cards(body, services, language, list.items);
  fill_pagination(body, services, language, page.meta.path, *number, pages);
  return render_page(services, page);
}

}  // namespace tori::web
