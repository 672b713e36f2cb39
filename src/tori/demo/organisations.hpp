// SPDX-License-Identifier: AGPL-3.0-or-later
// The publishing organisations of generated practices, resolved against Finland's
// classification: names in the cases the sentences need, seat municipality and its region, the
// areas of work each organisation has in a given year and the years it published.
#pragma once

#include <string>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/demo/tables.hpp"

namespace tori::demo {

struct Organisation {
  std::string name;      // "Kuopion kaupunki"
  std::string name_gen;  // "Kuopion kaupungin"
  std::string name_ine;  // "Kuopion kaupungissa"
  OrgKind kind = OrgKind::kMunicipality;
  std::string municipality;  // Finnish name, as Finland has it
  std::string region;        // Finnish name of the municipality's region
  unsigned areas = 0;
  int weight = 1;
  int from_year = 2016;
  int until_year = 2025;
  bool keeps_sote = false;

  // The areas of work it has in `year`: municipalities handed social and health services to
  // the wellbeing services counties at the start of 2023 (all but Helsinki).
  [[nodiscard]] unsigned areas_in(int year) const;
};

// Every organisation of the tables whose seat `finland` knows, in table order; an organisation
// whose municipality is unknown to `finland` is left out.
[[nodiscard]] std::vector<Organisation> resolve_organisations(const core::Finland& finland);

// "kaupunki", "kunta", "hyvinvointialue", … and its genitive: how a sentence refers to the
// organisation without its name.
[[nodiscard]] const char* kind_noun(OrgKind kind);
[[nodiscard]] const char* kind_noun_genitive(OrgKind kind);

}  // namespace tori::demo
