// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of a network's invoicing rows: the shared days after the paid ones with each date's
// amounts adding up to its fee (remainder cents by slug), agreed shares, totals per member, the
// CSV with its header and a name a spreadsheet would run as a formula, and euros for it.
#include "tori/web/networks/network_costs_table.hpp"

#include <map>
#include <sstream>

#include <gtest/gtest.h>

namespace tori::web {
namespace {

store::Network costs_network() {
  store::Network network;
  network.input.members = {
      {"Puumalan kunta", "", {}}, {"Hirvensalmen kunta", "", {}}, {"=Kaislikko Oy", "", {}}};
  network.organisations = {{"puumalan-kunta", "Puumalan kunta"},
                           {"hirvensalmen-kunta", "Hirvensalmen kunta"},
                           {"kaislikko-oy", "=Kaislikko Oy"}};
  network.input.costs = {
      .paid_days = 2,
      .day_fee_cents = 140000,
      .days = {{"2017-05-23", {"Puumalan kunta", "Hirvensalmen kunta", "=Kaislikko Oy"}},
               {"2017-09-19", {"Puumalan kunta", "Hirvensalmen kunta", "=Kaislikko Oy"}},
               {"2018-01-16", {"Puumalan kunta", "Hirvensalmen kunta", "=Kaislikko Oy"}},
               {"2018-03-20", {"Hirvensalmen kunta", "=Kaislikko Oy"}}},
      .shares = {{"=Kaislikko Oy", 2}}};
  return network;
}

TEST(NetworkCostsTable, RowsOfTheSharedDaysAddUpToEachFee) {
  const auto rows = network_cost_rows(costs_network());
  ASSERT_TRUE(rows);
  struct Expected {
    const char* date;
    const char* slug;
    int share;
    std::int64_t amount;
  };
  const Expected expected[] = {
      {"2018-01-16", "hirvensalmen-kunta", 1, 35000},  // 1:1:2 of 1 400 €
      {"2018-01-16", "kaislikko-oy", 2, 70000},       {"2018-01-16", "puumalan-kunta", 1, 35000},
      {"2018-03-20", "hirvensalmen-kunta", 1, 46667},  // 1:2, a cent left over
      {"2018-03-20", "kaislikko-oy", 2, 93333},
  };
  ASSERT_EQ(rows->size(), std::size(expected));
  std::map<std::string, std::int64_t> per_date;
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const NetworkCostRow& row = (*rows)[i];
    EXPECT_EQ(row.date, expected[i].date);
    EXPECT_EQ(row.organisation.slug, expected[i].slug);
    EXPECT_EQ(row.share, expected[i].share);
    EXPECT_EQ(row.amount_cents, expected[i].amount) << row.date << " " << row.organisation.slug;
    EXPECT_EQ(row.day_fee_cents, 140000);
    per_date[row.date] += row.amount_cents;
  }
  for (const auto& [date, sum] : per_date)
    EXPECT_EQ(sum, 140000) << date;
}

TEST(NetworkCostsTable, TotalsPerMemberInTheMembersOrder) {
  const store::Network network = costs_network();
  const auto totals = cost_totals(network, *network_cost_rows(network));
  ASSERT_EQ(totals.size(), 3U);
  EXPECT_EQ(totals[0].organisation.slug, "puumalan-kunta");
  EXPECT_EQ(totals[0].days, 1);
  EXPECT_EQ(totals[0].total_cents, 35000);
  EXPECT_EQ(totals[2].days, 2);
  EXPECT_EQ(totals[2].total_cents, 163333);
}

TEST(NetworkCostsTable, CostsThatCannotBeSplitGiveNoRows) {
  store::Network network = costs_network();
  network.input.costs.days.back().participants.push_back("Tuntematon Oy");  // no slug
  EXPECT_FALSE(network_cost_rows(network));
}

TEST(NetworkCostsTable, CsvHasAHeaderAndNeutralisedNames) {
  std::ostringstream out;
  write_network_costs_csv(*network_cost_rows(costs_network()), out);
  const std::string csv = out.str();
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "date,organisation,organisation_slug,share,amount_cents,day_fee_cents,amount_eur");
  EXPECT_NE(csv.find("\r\n2018-01-16,'=Kaislikko Oy,kaislikko-oy,2,70000,140000,700.00\r\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("2018-03-20,Hirvensalmen kunta,hirvensalmen-kunta,1,46667,140000,466.67"),
            std::string::npos);
}

TEST(NetworkCostsTable, EurosForASpreadsheet) {
  const std::pair<std::int64_t, const char*> cases[] = {
      {0, "0.00"}, {5, "0.05"}, {100, "1.00"}, {46667, "466.67"}, {-250, "-2.50"}};
  for (const auto& [cents, text] : cases)
    EXPECT_EQ(euros_plain(cents), text) << cents;
}

}  // namespace
}  // namespace tori::web
