// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's shared costs as invoicing rows, totals per organisation, and their CSV.
#include "tori/web/networks/network_costs_table.hpp"

#include <map>

#include "tori/web/registration/registration_export.hpp"  // csv_cell

namespace tori::web {

std::optional<std::vector<NetworkCostRow>> network_cost_rows(const store::Network& network) {
  const core::NetworkCosts& costs = network.input.costs;
  const auto charges = core::network_day_charges(
      costs, [&network](std::string_view name) { return network.slug_of(name); });
  if (!charges) return std::nullopt;
  std::map<std::string, int, std::less<>> share_of;
  for (const core::AgreedShare& agreed : costs.shares)
    share_of[network.slug_of(agreed.organisation)] = agreed.share;
  std::map<std::string, std::string, std::less<>> name_of;
  for (const auto* list : {&network.organisations, &network.former_members}) {
    for (const core::Named& organisation : *list)
      name_of[organisation.slug] = organisation.name;
  }
  std::vector<NetworkCostRow> rows;
  for (const core::DayCharge& charge : *charges) {
    for (const core::CostPortion& portion : charge.portions) {
      const auto share = share_of.find(portion.organisation);
      rows.push_back({charge.date,
                      {portion.organisation, name_of[portion.organisation]},
                      share == share_of.end() ? 1 : share->second,
                      portion.amount_cents,
                      charge.day_fee_cents});
    }
  }
  return rows;
}

std::vector<OrganisationCostTotal> cost_totals(const store::Network& network,
                                               const std::vector<NetworkCostRow>& rows) {
  std::vector<OrganisationCostTotal> totals;
  std::vector<core::Named> organisations = network.organisations;
  organisations.insert(organisations.end(), network.former_members.begin(),
                       network.former_members.end());
  for (const core::Named& organisation : organisations) {
    OrganisationCostTotal& total = totals.emplace_back(OrganisationCostTotal{organisation});
    for (const NetworkCostRow& row : rows) {
      if (row.organisation.slug != organisation.slug) continue;
      ++total.days;
      total.total_cents += row.amount_cents;
    }
  }
  return totals;
}

std::string euros_plain(std::int64_t cents) {
  const std::string sign = cents < 0 ? "-" : "";
  const std::int64_t whole = (cents < 0 ? -cents : cents) / 100;
  const std::int64_t rest = (cents < 0 ? -cents : cents) % 100;
  return sign + std::to_string(whole) + (rest < 10 ? ".0" : ".") + std::to_string(rest);
}

void write_network_costs_csv(const std::vector<NetworkCostRow>& rows, std::ostream& out) {
  out << "date,organisation,organisation_slug,share,amount_cents,day_fee_cents,amount_eur\r\n";
  for (const NetworkCostRow& row : rows) {
    out << row.date << ',' << csv_cell(row.organisation.name) << ','
        << csv_cell(row.organisation.slug) << ',' << row.share << ',' << row.amount_cents << ','
        << row.day_fee_cents << ',' << euros_plain(row.amount_cents) << "\r\n";
  }
}

}  // namespace tori::web
