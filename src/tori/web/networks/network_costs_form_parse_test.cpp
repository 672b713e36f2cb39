// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the costs form's reading: the stored costs as the form shows them and back again,
// empty rows left out, what cannot be read told beside its input, and the validator's findings
// mapped to the row they came from.
#include <gtest/gtest.h>

#include "tori/web/networks/network_costs_form.hpp"

namespace tori::web {
namespace {

store::Network parse_network() {
  store::Network network;
  network.input.slug = "verkko";
  network.input.name = "Verkko";
  network.input.period_from = "2024-01-01";
  network.input.period_until = "2024-12-31";
  network.input.members = {{"Joensuun kaupunki", "", {}}, {"Liperin kunta", "", {}}};
  network.organisations = {{"joensuun-kaupunki", "Joensuun kaupunki"},
                           {"liperin-kunta", "Liperin kunta"}};
  network.input.costs = {.paid_days = 2,
                         .day_fee_cents = 140000,
                         .days = {{"2024-05-16", {"Joensuun kaupunki", "Liperin kunta"}},
                                  {"2024-09-12", {"Liperin kunta"}}},
                         .shares = {{"Liperin kunta", 3}}};
  return network;
}

std::vector<std::string> problem_fields(const CostsFormReading& reading) {
  std::vector<std::string> fields;
  for (const CostsFormProblem& problem : reading.problems)
    fields.push_back(problem.field + " " + problem.key);
  return fields;
}

TEST(NetworkCostsFormParse, TheStoredCostsComeBackWhole) {
  const store::Network network = parse_network();
  const CostsFormValues values = costs_form_values(network);
  EXPECT_EQ(values.paid_days, "2");
  EXPECT_EQ(values.day_fee, "1 400,00");
  ASSERT_EQ(values.days.size(), 2U);
  EXPECT_EQ(values.days[0].date, "16.5.2024");
  EXPECT_EQ(values.days[0].participants,
            (std::vector<std::string>{"joensuun-kaupunki", "liperin-kunta"}));
  EXPECT_EQ(values.shares.at("liperin-kunta"), "3");
  EXPECT_FALSE(values.shares.contains("joensuun-kaupunki"));
  const CostsFormReading reading = parse_costs_form(values, network);
  EXPECT_TRUE(reading.problems.empty());
  EXPECT_EQ(reading.costs, network.input.costs);
}

TEST(NetworkCostsFormParse, EmptyRowsAreLeftOutAndBlankSharesAreOne) {
  CostsFormValues values{.paid_days = "0", .day_fee = "980", .days = {}, .shares = {}};
  values.days = {{"", {}}, {"2024-11-14", {"joensuun-kaupunki"}}, {"", {}}};
  values.shares = {{"joensuun-kaupunki", ""}, {"liperin-kunta", "1"}};
  const CostsFormReading reading = parse_costs_form(values, parse_network());
  EXPECT_TRUE(reading.problems.empty());
  EXPECT_EQ(reading.costs, (core::NetworkCosts{.paid_days = 0,
                                               .day_fee_cents = 98000,
                                               .days = {{"2024-11-14", {"Joensuun kaupunki"}}},
                                               .shares = {{"Liperin kunta", 1}}}));
}

TEST(NetworkCostsFormParse, WhatCannotBeReadIsToldBesideItsInput) {
  CostsFormValues values{.paid_days = "kaksi", .day_fee = "1.400,00", .days = {}, .shares = {}};
  values.days = {{"31.2.2024", {"joensuun-kaupunki"}},
                 {"", {"liperin-kunta"}},
                 {"12.9.2024", {"outokummun-kaupunki"}}};
  values.shares = {{"joensuun-kaupunki", "0"}, {"liperin-kunta", "1001"}};
  EXPECT_EQ(problem_fields(parse_costs_form(values, parse_network())),
            (std::vector<std::string>{
                "paid_days network_costs.error.paid_days", "day_fee network_costs.error.day_fee",
                "day0_date network_costs.error.date", "day1_date network_costs.error.date_required",
                "day2_participants network_costs.error.participant",
                "share-joensuun-kaupunki network_costs.error.share",
                "share-liperin-kunta network_costs.error.share"}));
}

TEST(NetworkCostsFormParse, TheValidatorsFindingsGoToTheirRows) {
  CostsFormValues values = costs_form_values(parse_network());
  values.paid_days = "101";
  values.days.insert(values.days.begin() + 1, CostDayRow{"", {}});  // row 1 empty
  values.days.push_back({"16.5.2024", {"liperin-kunta"}});          // row 3: twice
  EXPECT_EQ(problem_fields(parse_costs_form(values, parse_network())),
            (std::vector<std::string>{"paid_days network_costs.error.paid_days",
                                      "day3_date network_costs.error.date_twice"}));
}

TEST(NetworkCostsFormParse, FindingsOutsideTheCostsGoToTheForm) {
  const store::Network network = parse_network();
  const core::NetworkCosts costs = network.input.costs;
  EXPECT_EQ(costs_form_problem({"members[0].organisation", "x"}, {0, 1}, costs, network),
            (CostsFormProblem{"form", "network_costs.error.network"}));
  EXPECT_EQ(costs_form_problem({"costs.shares[0].share", "x"}, {0, 1}, costs, network),
            (CostsFormProblem{"share-liperin-kunta", "network_costs.error.share"}));
  EXPECT_EQ(costs_form_problem({"costs.days[1].participants[0]", "x"}, {0, 4}, costs, network),
            (CostsFormProblem{"day4_participants", "network_costs.error.participant"}));
  EXPECT_EQ(costs_form_problem({"costs.days", "at most 200 expert days"}, {}, costs, network),
            (CostsFormProblem{"days", "network_costs.error.too_many_days", 200}));
}

}  // namespace
}  // namespace tori::web
