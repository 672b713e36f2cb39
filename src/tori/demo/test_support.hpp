// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helpers of tori_demo_test: Finland's classification from
// data/finland/municipalities.csv (TORI_SOURCE_DATA_DIR), parsed once, and the default
// vocabularies of the practice exchange format.
#pragma once

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>

#include "tori/core/finland.hpp"

namespace tori::demo::testing {

// Throws when the file cannot be read or parsed.
inline const core::Finland& real_finland() {
  static const core::Finland finland = [] {
    const auto path =
        std::filesystem::path(TORI_SOURCE_DATA_DIR) / "finland" / "municipalities.csv";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = core::Finland::parse(text.str());
    if (auto* error = std::get_if<std::string>(&parsed)) throw std::runtime_error(*error);
    return std::get<core::Finland>(std::move(parsed));
  }();
  return finland;
}

// The default vocabulary labels.
inline const std::set<std::string> kDefaultSectors = {"sosiaali- ja terveysala",
                                                      "opetus ja kasvatus",
                                                      "tekninen toimi",
                                                      "elinkeino- ja yrityspalvelut",
                                                      "kulttuuri ja vapaa-aika",
                                                      "ruoka- ja siivouspalvelut",
                                                      "hallinto",
                                                      "pelastustoimi",
                                                      "koko organisaatio"};
inline const std::set<std::string> kDefaultThemes = {"innovointi",
                                                     "digitalisaatio",
                                                     "työhyvinvointi",
                                                     "johtaminen",
                                                     "asiakaslähtöisyys",
                                                     "osaaminen",
                                                     "yhteistoiminta",
                                                     "tuottavuus",
                                                     "viestintä",
                                                     "ympäristö",
                                                     "yhdenvertaisuus",
                                                     "etä- ja hybridityö",
                                                     "rekrytointi ja veto- ja pitovoima"};
inline const std::set<std::string> kDefaultClientGroups = {
    "lapset ja nuoret", "ikääntyneet", "työikäiset", "maahanmuuttajat",
    "yritykset",        "henkilöstö",  "kuntalaiset"};

}  // namespace tori::demo::testing
