// SPDX-License-Identifier: AGPL-3.0-or-later
// An organisation that publishes practices: a municipality, a city, a wellbeing services
// county…; and the guess of its type from its name that import uses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tori/core/practice.hpp"

namespace tori::core {

enum class OrganisationType {
  kMunicipality,      // kunta
  kCity,              // kaupunki
  kJointAuthority,    // kuntayhtymä
  kWellbeingCounty,   // hyvinvointialue
  kRescueDepartment,  // pelastuslaitos
  kMunicipalCompany,  // kunnan yhtiö (Oy)
  kOther,
};

// "municipality", "city", "joint_authority", "wellbeing_county", "rescue_department",
// "municipal_company", "other" and back.
[[nodiscard]] std::string_view to_string(OrganisationType type);
[[nodiscard]] std::optional<OrganisationType> parse_organisation_type(std::string_view text);

// The type a name suggests ("Tampereen kaupunki" → kCity, "Pirkanmaan hyvinvointialue" →
// kWellbeingCounty, "Kuntarekry Oy" → kMunicipalCompany); kOther when nothing matches.
[[nodiscard]] OrganisationType guess_organisation_type(std::string_view name);

struct Organisation {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  OrganisationType type = OrganisationType::kOther;
  std::optional<MunicipalityRef> municipality;
  std::int64_t published_practices = 0;  // filled by listings
};

}  // namespace tori::core
