// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the networks' cost split: equal shares, agreed shares, one participant, the
// cents left over by the largest remainder with ties by slug, refusals, the sum always the fee
// (over many fees and groups), and a period's charges after the days the programme pays.
#include "tori/core/network_costs.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace tori::core {
namespace {

TEST(NetworkCosts, SplitFee) {
  struct Case {
    const char* name;
    std::int64_t fee;
    std::vector<CostShare> participants;
    std::vector<CostPortion> expected;
  };
  const Case cases[] = {
      {"one participant pays all", 120000, {{"joensuu", 1}}, {{"joensuu", 120000}}},
      {"equal, even", 100000, {{"a", 1}, {"b", 1}}, {{"a", 50000}, {"b", 50000}}},
      {"equal, a cent left: ties by slug",
       100000,
       {{"outokumpu", 1}, {"joensuu", 1}, {"kontiolahti", 1}},
       {{"joensuu", 33334}, {"kontiolahti", 33333}, {"outokumpu", 33333}}},
      {"equal, two cents left",
       101,
       {{"c", 1}, {"a", 1}, {"b", 1}},
       {{"a", 34}, {"b", 34}, {"c", 33}}},
      {"shares 2:1", 90000, {{"iso", 2}, {"pieni", 1}}, {{"iso", 60000}, {"pieni", 30000}}},
      {"shares, largest remainder wins over the slug",
       100,
       {{"a", 1}, {"b", 2}},  // exact 33.33 and 66.67: b has the larger remainder
       {{"a", 33}, {"b", 67}}},
      {"shares 3:3:1 of 1 cent", 1, {{"a", 3}, {"b", 3}, {"c", 1}}, {{"a", 1}, {"b", 0}, {"c", 0}}},
      {"no fee", 0, {{"a", 1}, {"b", 5}}, {{"a", 0}, {"b", 0}}},
      {"nobody", 5000, {}, {}},
  };
  for (const Case& c : cases) {
    const auto portions = split_fee(c.fee, c.participants);
    ASSERT_TRUE(portions) << c.name;
    EXPECT_EQ(*portions, c.expected) << c.name;
  }
}

TEST(NetworkCosts, SplitFeeRefuses) {
  struct Case {
    const char* name;
    std::int64_t fee;
    std::vector<CostShare> participants;
  };
  const Case cases[] = {
      {"negative fee", -1, {{"a", 1}}}, {"fee too large", kMaxDayFeeCents + 1, {{"a", 1}}},
      {"share zero", 100, {{"a", 0}}},  {"share too large", 100, {{"a", kMaxCostShare + 1}}},
      {"empty slug", 100, {{"", 1}}},   {"twice", 100, {{"a", 1}, {"a", 2}}},
  };
  for (const Case& c : cases)
    EXPECT_FALSE(split_fee(c.fee, c.participants)) << c.name;
}

TEST(NetworkCosts, TheSumIsAlwaysTheFee) {
  for (const std::int64_t fee :
       std::initializer_list<std::int64_t>{1, 7, 99, 100000, 123457, kMaxDayFeeCents}) {
    for (int count = 1; count <= 12; ++count) {
      std::vector<CostShare> participants;
      for (int i = 0; i < count; ++i)
        participants.push_back({"org-" + std::to_string(i), 1 + (i * 7) % 5});
      const auto portions = split_fee(fee, participants);
      ASSERT_TRUE(portions);
      const std::int64_t sum =
          std::accumulate(portions->begin(), portions->end(), std::int64_t{0},
                          [](std::int64_t s, const CostPortion& p) { return s + p.amount_cents; });
      EXPECT_EQ(sum, fee) << fee << " among " << count;
    }
  }
}

TEST(NetworkCosts, APeriodChargesTheDaysAfterThePaidOnes) {
  const std::vector<ExpertDay> days = {
      {"2026-11-14", {{"joensuu", 1}, {"kontiolahti", 1}}},
      {"2026-05-16", {{"kontiolahti", 1}}},
      {"2027-02-10", {{"joensuu", 1}, {"kontiolahti", 1}, {"outokumpu", 1}}},
      {"2026-09-01", {{"joensuu", 1}}},
  };
  const auto charges = shared_costs(days, 2, 100000);
  ASSERT_TRUE(charges);
  EXPECT_EQ(*charges, (std::vector<DayCharge>{
                          {"2026-11-14", 100000, {{"joensuu", 50000}, {"kontiolahti", 50000}}},
                          {"2027-02-10",
                           100000,
                           {{"joensuu", 33334}, {"kontiolahti", 33333}, {"outokumpu", 33333}}}}));
  EXPECT_EQ(shared_costs(days, 4, 100000)->size(), 0U) << "all paid by the programme";
  EXPECT_EQ(shared_costs(days, 0, 100000)->size(), 4U);
  EXPECT_FALSE(shared_costs({{"2026-01-01", {{"a", 0}}}}, 0, 100)) << "a refused split";
}

}  // namespace
}  // namespace tori::core
