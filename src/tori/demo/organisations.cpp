// SPDX-License-Identifier: AGPL-3.0-or-later
// Resolving the organisation tables against Finland's municipalities and regions.
#include "tori/demo/organisations.hpp"

namespace tori::demo {
namespace {

// Municipalities have no rescue services and no vocational education of their own here.
constexpr unsigned kMunicipalAreas = kAllAreas & ~kRescue & ~kVocational;

// The first year without social and health services for a municipality that handed them over.
constexpr int kWellbeingReformYear = 2023;

// Fills municipality and region from `finland`; false when the seat is unknown.
bool locate(const core::Finland& finland, const char* municipality, Organisation& org) {
  const core::Municipality* m = finland.municipality_by_name(municipality);
  if (m == nullptr) return false;
  const core::Region* r = finland.region_by_code(m->region_code);
  if (r == nullptr) return false;
  org.municipality = m->name_fi;
  org.region = r->name_fi;
  return true;
}

}  // namespace

unsigned Organisation::areas_in(int year) const {
  const bool municipal = kind == OrgKind::kCity || kind == OrgKind::kMunicipality;
  if (municipal && !keeps_sote && year >= kWellbeingReformYear) return areas & ~kSote;
  return areas;
}

std::vector<Organisation> resolve_organisations(const core::Finland& finland) {
  std::vector<Organisation> result;
  for (const MunicipalityRow& row : municipality_rows()) {
    Organisation org;
    if (!locate(finland, row.name_fi, org)) continue;
    const std::string genitive = row.genitive;
    org.kind = row.city ? OrgKind::kCity : OrgKind::kMunicipality;
    org.name = genitive + (row.city ? " kaupunki" : " kunta");
    org.name_gen = genitive + (row.city ? " kaupungin" : " kunnan");
    org.name_ine = genitive + (row.city ? " kaupungissa" : " kunnassa");
    org.areas = kMunicipalAreas;
    org.weight = row.weight;
    org.keeps_sote = row.keeps_sote;
    result.push_back(std::move(org));
  }
  for (const OtherOrgRow& row : other_org_rows()) {
    Organisation org;
    if (!locate(finland, row.municipality, org)) continue;
    org.name = row.name;
    org.name_gen = row.name_gen;
    org.name_ine = row.name_ine;
    org.kind = row.kind;
    org.areas = row.areas;
    org.weight = row.weight;
    org.from_year = row.from_year;
    org.until_year = row.until_year;
    result.push_back(std::move(org));
  }
  return result;
}

const char* kind_noun(OrgKind kind) {
  switch (kind) {
    case OrgKind::kCity:
      return "kaupunki";
    case OrgKind::kMunicipality:
      return "kunta";
    case OrgKind::kWellbeingCounty:
      return "hyvinvointialue";
    case OrgKind::kRescue:
      return "pelastuslaitos";
    case OrgKind::kJoint:
      return "kuntayhtymä";
    case OrgKind::kCompany:
      return "yhtiö";
  }
  return "organisaatio";
}

const char* kind_noun_genitive(OrgKind kind) {
  switch (kind) {
    case OrgKind::kCity:
      return "kaupungin";
    case OrgKind::kMunicipality:
      return "kunnan";
    case OrgKind::kWellbeingCounty:
      return "hyvinvointialueen";
    case OrgKind::kRescue:
      return "pelastuslaitoksen";
    case OrgKind::kJoint:
      return "kuntayhtymän";
    case OrgKind::kCompany:
      return "yhtiön";
  }
  return "organisaation";
}

}  // namespace tori::demo
