// SPDX-License-Identifier: AGPL-3.0-or-later
// Organisation types as text, and the guess of a type from an organisation's Finnish or
// Swedish name that import uses for organisations it has not seen before.
#include "tori/core/organisation.hpp"

#include <array>
#include <cctype>
#include <cstddef>
#include <vector>

#include "tori/text/escape.hpp"

namespace tori::core {
namespace {

// In the order of OrganisationType's values.
constexpr std::array<std::string_view, 7> kTypeNames = {
    "municipality",      "city", "joint_authority", "wellbeing_county", "rescue_department",
    "municipal_company", "other"};

// How a rule's text must appear in the case-folded name.
enum class Match {
  kWord,      // as a whole word (words are separated by spaces and punctuation)
  kContains,  // anywhere, also inside a compound ("sosiaali- ja terveyspalvelukuntayhtymä")
};

struct Rule {
  std::string_view text;  // case-folded
  Match match;
  OrganisationType type;
};

// The first rule that matches decides, so the order matters: a company name may contain
// "kunta" ("Kaari Kuntapalvelut Oy"), a joint authority's "kuntayhtymä" contains "kunta".
constexpr std::array<Rule, 20> kRules = {{
    {"oy", Match::kWord, OrganisationType::kMunicipalCompany},   // osakeyhtiö
    {"oyj", Match::kWord, OrganisationType::kMunicipalCompany},  // julkinen osakeyhtiö
    {"ab", Match::kWord, OrganisationType::kMunicipalCompany},   // aktiebolag
    {"abp", Match::kWord, OrganisationType::kMunicipalCompany},  // publikt aktiebolag
    {"kuntayhtymä", Match::kContains, OrganisationType::kJointAuthority},
    {"samkommun", Match::kContains, OrganisationType::kJointAuthority},
    {"kommunförbund", Match::kContains, OrganisationType::kJointAuthority},
    {"sairaanhoitopiiri", Match::kContains,
     OrganisationType::kJointAuthority},  // hospital district
    {"sosiaali- ja terveyspiiri", Match::kContains, OrganisationType::kJointAuthority},  // Eksote
    {"hyvinvointialue", Match::kContains, OrganisationType::kWellbeingCounty},
    {"välfärdsområde", Match::kContains, OrganisationType::kWellbeingCounty},
    {"pelastuslaitos", Match::kContains, OrganisationType::kRescueDepartment},
    {"räddningsverk", Match::kContains, OrganisationType::kRescueDepartment},
    {"kaupunki", Match::kContains, OrganisationType::kCity},
    {"kaupungin", Match::kContains, OrganisationType::kCity},  // "Helsingin kaupungin …"
    {"stad", Match::kWord, OrganisationType::kCity},           // a word: not "Stadsbud Ab"
    {"staden", Match::kWord, OrganisationType::kCity},
    {"kunta", Match::kWord, OrganisationType::kMunicipality},  // a word: not "Kuntaliitto"
    {"kunnan", Match::kWord, OrganisationType::kMunicipality},
    {"kommun", Match::kWord, OrganisationType::kMunicipality},
}};

// Word separators: ASCII space and punctuation; every byte of a multi-byte UTF-8 character
// counts as a letter, so "ä" never splits a word.
bool is_separator(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x80 && std::isalnum(byte) == 0 && c != '-';
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || is_separator(text[i])) {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

bool matches(const Rule& rule, std::string_view folded,
             const std::vector<std::string_view>& words) {
  if (rule.match == Match::kContains) return folded.find(rule.text) != std::string_view::npos;
  for (std::string_view word : words) {
    if (word == rule.text) return true;
  }
  return false;
}

}  // namespace

std::string_view to_string(OrganisationType type) {
  return kTypeNames.at(static_cast<std::size_t>(type));
}

std::optional<OrganisationType> parse_organisation_type(std::string_view text) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == text) return static_cast<OrganisationType>(i);
  }
  return std::nullopt;
}

OrganisationType guess_organisation_type(std::string_view name) {
  const std::string folded = text::fold_case(name);
  const std::vector<std::string_view> words = words_of(folded);
  for (const Rule& rule : kRules) {
    if (matches(rule, folded, words)) return rule.type;
  }
  return OrganisationType::kOther;
}

}  // namespace tori::core
