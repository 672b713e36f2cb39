// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's shared expert costs: a day's fee split exactly in cents, and a period's charges.
#include "tori/core/network_costs.hpp"

#include <algorithm>
#include <set>

namespace tori::core {
namespace {

bool valid_participants(const std::vector<CostShare>& participants) {
  std::set<std::string> seen;
  for (const CostShare& participant : participants) {
    if (participant.organisation.empty() || participant.share < 1 ||
        participant.share > kMaxCostShare || !seen.insert(participant.organisation).second) {
      return false;
    }
  }
  return true;
}

struct Exact {
  std::string organisation;
  std::int64_t whole = 0;      // whole cents of the exact part
  std::int64_t remainder = 0;  // the rest, in units of 1/total cents
};

}  // namespace

std::optional<std::vector<CostPortion>> split_fee(std::int64_t fee_cents,
                                                  const std::vector<CostShare>& participants) {
  if (fee_cents < 0 || fee_cents > kMaxDayFeeCents || !valid_participants(participants))
    return std::nullopt;
  if (participants.empty()) return std::vector<CostPortion>{};
  std::int64_t total = 0;
  for (const CostShare& participant : participants)
    total += participant.share;
  std::vector<Exact> parts;
  std::int64_t handed_out = 0;
  for (const CostShare& participant : participants) {
    const std::int64_t numerator = fee_cents * participant.share;  // ≤ 1e11: no overflow
    parts.push_back({participant.organisation, numerator / total, numerator % total});
    handed_out += numerator / total;
  }
  std::ranges::sort(parts, [](const Exact& a, const Exact& b) {
    return a.remainder != b.remainder ? a.remainder > b.remainder : a.organisation < b.organisation;
  });
  for (std::int64_t left = fee_cents - handed_out, i = 0; left > 0; --left, ++i)
    ++parts[static_cast<std::size_t>(i)].whole;  // fewer cents left than participants
  std::vector<CostPortion> portions;
  for (const Exact& part : parts)
    portions.push_back({part.organisation, part.whole});
  std::ranges::sort(portions, {}, &CostPortion::organisation);
  return portions;
}

std::optional<std::vector<DayCharge>> shared_costs(std::vector<ExpertDay> days, int paid_days,
                                                   std::int64_t day_fee_cents) {
  std::ranges::stable_sort(days, {}, &ExpertDay::date);
  std::vector<DayCharge> charges;
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (static_cast<int>(i) < paid_days) continue;
    auto portions = split_fee(day_fee_cents, days[i].participants);
    if (!portions) return std::nullopt;
    charges.push_back({days[i].date, day_fee_cents, std::move(*portions)});
  }
  return charges;
}

}  // namespace tori::core
