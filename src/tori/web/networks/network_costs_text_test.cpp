// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the costs pages' words and numbers: euros written in each language, sums typed
// the ways people type them (and refused at their limits), snapshots read back, costs compared
// regardless of order, and the lines that tell what changed.
#include "tori/web/networks/network_costs_text.hpp"

#include <gtest/gtest.h>

#include "tori/core/network_jsonl.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using text::Language;

const std::string kTextNb = "\u00a0";

TEST(NetworkCostsText, EurosAreWrittenAsEachLanguageWritesThem) {
  EXPECT_EQ(euros_text(0, Language::kFi), "0,00" + kTextNb + "€");
  EXPECT_EQ(euros_text(5, Language::kFi), "0,05" + kTextNb + "€");
  EXPECT_EQ(euros_text(23334, Language::kFi), "233,34" + kTextNb + "€");
  EXPECT_EQ(euros_text(140000, Language::kSv), "1" + kTextNb + "400,00" + kTextNb + "€");
  EXPECT_EQ(euros_text(123456789, Language::kFi),
            "1" + kTextNb + "234" + kTextNb + "567,89" + kTextNb + "€");
  EXPECT_EQ(euros_text(123456, Language::kEn), "€1,234.56");
  EXPECT_EQ(euros_text(-150, Language::kEn), "-€1.50");
  EXPECT_EQ(euros_typed(140000), "1 400,00");
  EXPECT_EQ(euros_typed(99), "0,99");
}

TEST(NetworkCostsText, SumsAreReadAsTyped) {
  struct Case {
    const char* typed;
    std::optional<std::int64_t> cents;
  };
  const Case cases[] = {
      {"1400", 140000},           {"1 400", 140000},
      {"1 400,00", 140000},       {"1400.5", 140050},
      {"1400,05", 140005},        {"1\u00a0400,00\u00a0€", 140000},
      {" 980 € ", 98000},         {"0", 0},
      {"1000000", 100000000},     {"1000000,01", std::nullopt},
      {"", std::nullopt},         {"€", std::nullopt},
      {"1.400,00", std::nullopt}, {"14,000", std::nullopt},
      {"1400,", std::nullopt},    {",50", std::nullopt},
      {"-5", std::nullopt},       {"tuhat", std::nullopt},
      {"12345678", std::nullopt},
  };
  for (const Case& c : cases)
    EXPECT_EQ(typed_euros(c.typed), c.cents) << c.typed;
}

core::NetworkCosts text_costs() {
  return {.paid_days = 2,
          .day_fee_cents = 140000,
          .days = {{"2024-05-16", {"Joensuun kaupunki", "Liperin kunta"}},
                   {"2024-09-12", {"Liperin kunta"}}},
          .shares = {{"Liperin kunta", 2}, {"Joensuun kaupunki", 3}}};
}

TEST(NetworkCostsText, ASnapshotIsReadBack) {
  const core::NetworkCosts costs = text_costs();
  EXPECT_EQ(costs_of_snapshot(core::write_network_costs(costs)), costs);
  EXPECT_EQ(costs_of_snapshot(R"({"paid_days": 2, "day_fee_cents": 0, "days": []})"),
            (core::NetworkCosts{.paid_days = 2, .day_fee_cents = 0, .days = {}}));
  EXPECT_FALSE(costs_of_snapshot("{}"));
  EXPECT_FALSE(costs_of_snapshot("not json"));
  EXPECT_FALSE(costs_of_snapshot(R"({"paid_days": "2", "day_fee_cents": 0})"));
  EXPECT_FALSE(costs_of_snapshot(R"({"paid_days": 2, "day_fee_cents": 0, "days": [{}]})"));
}

TEST(NetworkCostsText, CostsAreTheSameInAnyOrder) {
  core::NetworkCosts other = text_costs();
  std::swap(other.days[0].participants[0], other.days[0].participants[1]);
  std::swap(other.shares[0], other.shares[1]);
  EXPECT_TRUE(same_costs(text_costs(), other));
  other.shares[0].share = 4;
  EXPECT_FALSE(same_costs(text_costs(), other));
  other = text_costs();
  std::swap(other.days[0], other.days[1]);
  EXPECT_FALSE(same_costs(text_costs(), other)) << "the days' order is kept as typed";
}

TEST(NetworkCostsText, TheChangesAreTold) {
  test_support::TestSite site;
  const core::NetworkCosts before = text_costs();
  core::NetworkCosts after = before;
  EXPECT_TRUE(cost_change_lines(site.services(), Language::kFi, nullptr, after).empty());
  EXPECT_TRUE(cost_change_lines(site.services(), Language::kFi, &before, after).empty());
  after.day_fee_cents = 150000;
  after.paid_days = 1;
  after.days[0].participants = {"Joensuun kaupunki"};
  after.days.erase(after.days.begin() + 1);
  after.days.push_back({"2024-11-14", {"Joensuun kaupunki", "Liperin kunta"}});
  after.shares.pop_back();
  const std::vector<std::string> expected = {"Päiväpalkkio 1" + kTextNb + "400,00" + kTextNb +
                                                 "€ → 1" + kTextNb + "500,00" + kTextNb + "€",
                                             "Ohjelman maksamia päiviä 2 → 1",
                                             "Päivän 16.5.2024 osallistujat muuttuivat",
                                             "Lisätty päivä 14.11.2024 (2 organisaatiota)",
                                             "Poistettu päivä 12.9.2024",
                                             "Sovitut osuudet muuttuivat"};
  EXPECT_EQ(cost_change_lines(site.services(), Language::kFi, &before, after), expected);
  EXPECT_EQ(cost_change_lines(site.services(), Language::kEn, &before, after)[0],
            "Day fee €1,400.00 → €1,500.00");
}

}  // namespace
}  // namespace tori::web
