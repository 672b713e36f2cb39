// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helpers of tori_store_test's practice tests: a migrated store in a temp folder, a valid
// PracticeWrite, and a deterministic generator of varied practices.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store::practice_testing {

// A fresh migrated store per test, on the backend of the test's parameter.
class PracticeStoreTest : public test_support::BackendTest {
 protected:
  PracticeStore& practices() { return store_->practices(); }
  // A save that must succeed; fails the test otherwise.
  WriteResult saved(const PracticeWrite& write) {
    SaveResult result = practices().save(write);
    if (const auto* error = std::get_if<WriteError>(&result)) {
      ADD_FAILURE() << "save refused: " << error->field << ": " << error->message;
      return {};
    }
    return std::get<WriteResult>(result);
  }
};

// A UTC time point from its parts.
inline core::TimePoint utc(int year, unsigned month, unsigned day, int hour = 12, int minute = 0) {
  using namespace std::chrono;
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}} +
         hours{hour} + minutes{minute};
}

// A write that validation would accept: published 2021-09-15, one organisation, one section.
inline PracticeWrite make_write(std::string external_id, std::string title) {
  PracticeWrite write;
  core::PracticeInput& input = write.input;
  input.external_id = std::move(external_id);
  input.title = std::move(title);
  input.summary = "Yhteenveto.";
  input.organisations = {"Kontiolahden kunta"};
  input.themes = {"työhyvinvointi"};
  input.sections[0] = "Lähtökohta.";
  input.published_at = utc(2021, 9, 15, 7);
  return write;
}

// Varied practices for filter, facet and timing tests: organisations, places, terms, maturity,
// states and publication times (some on a Helsinki year boundary) drawn from small pools.
class PracticeGenerator {
 public:
  explicit PracticeGenerator(unsigned seed) : random_(seed) {}

  PracticeWrite next(int number) {
    PracticeWrite write = make_write("gen-" + std::to_string(number), title(number));
    core::PracticeInput& input = write.input;
    input.organisations = pick_some(kOrganisations, 1, 2);
    input.sectors = pick_some(kSectors, 0, 2);
    input.themes = pick_some(kThemes, 0, 3);
    input.client_groups = pick_some(kClientGroups, 0, 2);
    if (!one_in(4)) write.municipality = kMunicipalities[below(kMunicipalities.size())];
    if (!one_in(4)) write.region = kRegions[below(kRegions.size())];
    if (!one_in(4)) input.maturity = static_cast<core::Maturity>(below(4));
    input.published_at = published_at();
    const std::size_t state = below(10);
    input.state = state < 7   ? core::PracticeState::kPublished
                  : state < 9 ? core::PracticeState::kDraft
                              : core::PracticeState::kArchived;
    input.keywords = {"avainsana", "sana " + std::to_string(number % 7)};
    input.links = {{"Linkki", "https://example.fi/" + std::to_string(number)}};
    return write;
  }

  static inline const std::vector<std::string> kOrganisations = {
      "Kontiolahden kunta", "Tampereen kaupunki", "Pirkanmaan hyvinvointialue",
      "Ålands landskapsregering", "Kuntarekry Oy"};
  static inline const std::vector<std::string> kSectors = {
      "hallinto", "pelastustoimi", "opetus ja kasvatus", "sosiaali- ja terveysala"};
  static inline const std::vector<std::string> kThemes = {
      "innovointi", "työhyvinvointi", "etä- ja hybridityö", "viestintä", "ympäristö"};
  static inline const std::vector<std::string> kClientGroups = {"henkilöstö", "ikääntyneet",
                                                                "kuntalaiset"};
  static inline const std::vector<core::MunicipalityRef> kMunicipalities = {
      {"276", "Kontiolahti"}, {"837", "Tampere"}, {"091", "Helsinki"}, {"478", "Maarianhamina"}};
  static inline const std::vector<core::Named> kRegions = {{"pohjois-karjala", "Pohjois-Karjala"},
                                                           {"pirkanmaa", "Pirkanmaa"},
                                                           {"uusimaa", "Uusimaa"},
                                                           {"ahvenanmaa", "Ahvenanmaa"}};

 private:
  std::string title(int number) {
    static const std::vector<std::string> kWords = {"Etätyö", "Äänestys", "Öljy",   "Zeta",
                                                    "Åland",  "aamu",     "Kehitys"};
    return kWords[below(kWords.size())] + " " + kWords[below(kWords.size())] + " " +
           std::to_string(number);
  }
  std::optional<core::TimePoint> published_at() {
    switch (below(6)) {
      case 0:
        return std::nullopt;
      case 1:
        return utc(2021, 12, 31, 22, 30);  // 2022 in Helsinki
      default:
        return utc(2019 + static_cast<int>(below(5)), 1 + static_cast<unsigned>(below(12)),
                   1 + static_cast<unsigned>(below(28)), static_cast<int>(below(24)));
    }
  }
  std::vector<std::string> pick_some(const std::vector<std::string>& pool, std::size_t least,
                                     std::size_t most) {
    std::vector<std::string> picked = pool;
    std::shuffle(picked.begin(), picked.end(), random_);
    picked.resize(least + below(most - least + 1));
    return picked;
  }
  bool one_in(std::size_t n) { return below(n) == 0; }
  std::size_t below(std::size_t bound) {
    return std::uniform_int_distribution<std::size_t>(0, bound - 1)(random_);
  }
  std::mt19937 random_;
};

}  // namespace tori::store::practice_testing
