// SPDX-License-Identifier: AGPL-3.0-or-later
// The organisations A–Ö (/organisaatiot) with a type and region filter, and one organisation
// with its practices (/organisaatiot/{slug}).
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/directory_pages.hpp"
#include "tori/web/directory_pages_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

using core::OrganisationType;

constexpr std::array<OrganisationType, 7> kTypes = {OrganisationType::kMunicipality,
                                                    OrganisationType::kCity,
                                                    OrganisationType::kJointAuthority,
                                                    OrganisationType::kWellbeingCounty,
                                                    OrganisationType::kRescueDepartment,
                                                    OrganisationType::kMunicipalCompany,
                                                    OrganisationType::kOther};

// What /organisaatiot is narrowed to; an empty optional or null means all.
struct OrganisationFilter {
  std::optional<OrganisationType> type;
  const core::Region* region = nullptr;
};

// The filter the request asks for; nothing when a value is unknown.
std::optional<OrganisationFilter> parse_filter(const http::Request& request,
                                               const core::Finland& finland) {
  OrganisationFilter filter;
  if (std::optional<std::string> type = request.query_param("type"); type && !type->empty()) {
    filter.type = core::parse_organisation_type(*type);
    if (!filter.type) return std::nullopt;
  }
  if (std::optional<std::string> region = request.query_param("region");
      region && !region->empty()) {
    filter.region = finland.region_by_slug(*region);
    if (filter.region == nullptr) return std::nullopt;
  }
  return filter;
}

// The slugs of the organisations with practices in the filter's region (organisations' own
// municipality is often unknown, so their practices' places decide); empty without a region.
std::set<std::string> organisations_in_region(const Services& services,
                                              const OrganisationFilter& filter) {
  std::set<std::string> slugs;
  if (filter.region == nullptr) return slugs;
  const store::FacetCounts facets =
      services.store.practices().facets({.regions = {filter.region->slug}});
  if (const auto found = facets.find("organisation"); found != facets.end()) {
    for (const store::FacetCount& option : found->second)
      slugs.insert(option.value);
  }
  return slugs;
}

bool matches(const OrganisationFilter& filter, const std::set<std::string>& in_region,
             const core::Organisation& organisation) {
  if (organisation.published_practices <= 0) return false;
  if (filter.type && organisation.type != *filter.type) return false;
  return filter.region == nullptr || in_region.contains(organisation.slug);
}

void fill_filter_form(ctemplate::TemplateDictionary& body, const Services& services,
                      Language language, const OrganisationFilter& filter) {
  body.SetValue("ACTION", localised_path(language, "/organisaatiot"));
  for (OrganisationType type : kTypes) {
    ctemplate::TemplateDictionary* option = body.AddSectionDictionary("TYPE_OPTION");
    option->SetValue("VALUE", std::string(core::to_string(type)));
    option->SetValue("LABEL", organisation_type_name(services, language, type));
    if (filter.type == type) option->ShowSection("SELECTED");
  }
  for (const core::Region& region : services.finland.regions()) {
    ctemplate::TemplateDictionary* option = body.AddSectionDictionary("REGION_OPTION");
    option->SetValue("VALUE", region.slug);
    option->SetValue("LABEL", region_name(services, language, region.slug, region.name_fi));
    if (filter.region == &region) option->ShowSection("SELECTED");
  }
  if (filter.type || filter.region != nullptr) body.ShowSection("FILTERED");
}

// The organisations (already in Finnish order) grouped by index letter, with the letter index.
void fill_letter_groups(ctemplate::TemplateDictionary& body, const Services& services,
                        Language language, const std::vector<core::Organisation>& organisations) {
  std::vector<std::string> letters;
  std::vector<ctemplate::TemplateDictionary*> groups;
  for (const core::Organisation& organisation : organisations) {
    const std::string letter = index_letter(organisation.name);
    std::size_t at = 0;
    while (at < letters.size() && letters[at] != letter)
      ++at;
    if (at == letters.size()) {  // a new letter: its group and its index link
      const std::string id = "kirjain-" + std::to_string(at + 1);
      letters.push_back(letter);
      groups.push_back(body.AddSectionDictionary("LETTER"));
      groups.back()->SetValue("ID", id);
      groups.back()->SetValue("LETTER", letter);
      ctemplate::TemplateDictionary* link = body.AddSectionDictionary("INDEX_LETTER");
      link->SetValue("ID", id);
      link->SetValue("LETTER", letter);
    }
    ctemplate::TemplateDictionary* item = groups[at]->AddSectionDictionary("ORGANISATION");
    item->SetValue("URL", localised_path(language, "/organisaatiot/" + text::url_encode_component(
                                                                           organisation.slug)));
    item->SetValue("NAME", organisation.name);
    item->SetValue("TYPE", organisation_type_name(services, language, organisation.type));
    if (std::string place = organisation_place(services, language, organisation); !place.empty()) {
      item->SetValueAndShowSection("PLACE", place, "HAS_PLACE");
    }
    item->SetValue("COUNT",
                   services.catalogue.format(
                       language, "directory.practice_count",
                       {{"count", static_cast<long long>(organisation.published_practices)}}));
  }
  if (!organisations.empty()) body.ShowSection("HAS_ORGANISATIONS");
}

// The facet's option labels joined with ", " ("Kontiolahti, Joensuu"), named in the language.
std::string facet_labels(const Services& services, Language language,
                         const store::FacetCounts& facets, const std::string& param) {
  std::string text;
  const auto found = facets.find(param);
  if (found == facets.end()) return text;
  for (const store::FacetCount& option : found->second) {
    if (!text.empty()) text += ", ";
    text += param == "region" ? region_name(services, language, option.value, option.label)
                              : municipality_name(services, language, option.value, option.label);
  }
  return text;
}

// Where the organisation is: its own municipality and region when known, else the
// municipalities and regions of its practices.
void fill_place(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                const core::Organisation& organisation) {
  std::string municipalities;
  std::string regions;
  if (organisation.municipality) {
    municipalities = municipality_name(services, language, organisation.municipality->code,
                                       organisation.municipality->name);
    if (const core::Region* region = organisation_region(services.finland, organisation)) {
      regions = region_name(services, language, region->slug, region->name_fi);
    }
  } else {
    const store::FacetCounts facets =
        services.store.practices().facets({.organisations = {organisation.slug}});
    municipalities = facet_labels(services, language, facets, "municipality");
    regions = facet_labels(services, language, facets, "region");
  }
  if (!municipalities.empty()) {
    body.SetValueAndShowSection("MUNICIPALITY", municipalities, "HAS_MUNICIPALITY");
  }
  if (!regions.empty()) body.SetValueAndShowSection("REGION", regions, "HAS_REGION");
}

// The organisation's facts: name, type, place, the count and the links to the list and the API.
void fill_facts(ctemplate::TemplateDictionary& body, const Services& services, Language language,
                const core::Organisation& organisation) {
  body.SetValue("NAME", organisation.name);
  body.SetValue("TYPE", organisation_type_name(services, language, organisation.type));
  fill_place(body, services, language, organisation);
  body.SetValue("COUNT",
                services.catalogue.format(
                    language, "directory.practice_count",
                    {{"count", static_cast<long long>(organisation.published_practices)}}));
  const std::string slug = text::url_encode_component(organisation.slug);
  body.SetValue("LIST_URL", localised_path(language, "/teot") + "?organisation=" + slug);
  body.SetValue("API_URL", "/api/v1/practices?organisation=" + slug);
}

}  // namespace

http::Response organisation_list_page(const http::Request& request, const Services& services,
                                      Language language) {
  const std::optional<OrganisationFilter> filter = parse_filter(request, services.finland);
  if (!filter) return error_page(services, language, 400);
  const std::set<std::string> in_region = organisations_in_region(services, *filter);
  std::vector<core::Organisation> shown;
  for (core::Organisation& organisation : services.store.organisations().list()) {
    if (matches(*filter, in_region, organisation)) shown.push_back(std::move(organisation));
  }
  Page page(language, "organisations");
  page.meta.title = services.catalogue.text(language, "directory.organisations.title");
  page.meta.description = services.catalogue.text(language, "directory.organisations.description");
  page.meta.path = "/organisaatiot";
  page.frame().SetValue("NAV_ORGANISATIONS_CURRENT", "page");
  page.frame().ShowSection("NAV_ORGANISATIONS");
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("COUNT",
                services.catalogue.format(language, "directory.organisation_count",
                                          {{"count", static_cast<long long>(shown.size())}}));
  fill_filter_form(body, services, language, *filter);
  fill_letter_groups(body, services, language, shown);
  if (shown.empty())
    body.ShowSection(filter->type || filter->region ? "EMPTY_FILTERED" : "EMPTY_ALL");
  if (filter->type || filter->region != nullptr) page.meta.indexable = false;
  return render_page(services, page);
}

http::Response organisation_page(const http::Request& request, const Services& services,
                                 Language language) {
  const std::string slug(request.param("slug"));
  const std::optional<core::Organisation> organisation =
      services.store.organisations().find_by_slug(slug);
  if (!organisation || organisation->published_practices <= 0) {
    return error_page(services, language, 404);
  }
  const std::optional<int> number = parse_page_number(request);
  if (!number) return error_page(services, language, 400);
  const store::PracticeList list =
      services.store.practices().list({.organisations = {slug},
                                       .limit = kDirectoryPageSize,
                                       .offset = (*number - 1) * kDirectoryPageSize});
  const int pages = page_count(list.total);
  if (*number > std::max(pages, 1)) return error_page(services, language, 404);

  Page page(language, "organisation");
  page.meta.title = organisation->name;
  page.meta.description = services.catalogue.format(language, "directory.organisation.description",
                                                    {{"name", organisation->name}});
  page.meta.path = "/organisaatiot/" + slug;
  page.meta.indexable = *number == 1;
  page.frame().SetValue("NAV_ORGANISATIONS_CURRENT", "true");
  page.frame().ShowSection("NAV_ORGANISATIONS");
  ctemplate::TemplateDictionary& body = page.body();
  fill_facts(body, services, language, *organisation);
  fill_practice_cards(body, services, language, list.items);
  fill_pagination(body, services, language, page.meta.path, *number, pages);
  return render_page(services, page);
}

}  // namespace tori::web
