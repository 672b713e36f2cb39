// SPDX-License-Identifier: AGPL-3.0-or-later
// A development network's shared expert costs (issue 9): the programme pays the first expert days
// of a period (2 by default); the fee of each later day is split among the organisations that
// took part in it, equally or by agreed shares, exactly in cents. No I/O.
//
//   auto portions = split_fee(100000, {{"joensuu", 1}, {"kontiolahti", 1}, {"outokumpu", 1}});
//   // 33334, 33333, 33333: the cent left over goes to the largest remainder, ties by slug
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tori::core {

// An organisation's agreed share of a day's fee (1 each: equal shares).
struct CostShare {
  std::string organisation;  // the organisation's slug
  int share = 1;             // 1–1000
  bool operator==(const CostShare&) const = default;
};

struct CostPortion {
  std::string organisation;
  std::int64_t amount_cents = 0;
  bool operator==(const CostPortion&) const = default;
};

// Limits of split_fee's input.
inline constexpr std::int64_t kMaxDayFeeCents = 100'000'000;  // a million euros
inline constexpr int kMaxCostShare = 1000;

// `fee_cents` split among `participants` in proportion to their shares, by the largest remainder
// method: each gets the whole cents of their exact part, and the cents left over go one each to
// the largest remainders, ties broken by organisation slug (ascending). The portions add up to
// `fee_cents` exactly; in slug order. Nothing when the fee is negative or above kMaxDayFeeCents,
// a share is outside 1–kMaxCostShare, a slug is empty or given twice; no participants: none.
[[nodiscard]] std::optional<std::vector<CostPortion>> split_fee(
    std::int64_t fee_cents, const std::vector<CostShare>& participants);

// One expert day of a network's period and who took part.
struct ExpertDay {
  std::string date;  // Helsinki date "YYYY-MM-DD"
  std::vector<CostShare> participants;
};

// The shared part of one day: its portions.
struct DayCharge {
  std::string date;
  std::int64_t day_fee_cents = 0;
  std::vector<CostPortion> portions;
  bool operator==(const DayCharge&) const = default;
};

// The charges of a period: `days` in date order, the first `paid_days` paid by the programme
// (no charge), each later day's `day_fee_cents` split among its participants (split_fee). A day
// without participants is charged to nobody. Nothing when a split is refused.
[[nodiscard]] std::optional<std::vector<DayCharge>> shared_costs(std::vector<ExpertDay> days,
                                                                 int paid_days,
                                                                 std::int64_t day_fee_cents);

}  // namespace tori::core
