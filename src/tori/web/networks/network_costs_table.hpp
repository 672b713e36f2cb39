// SPDX-License-Identifier: AGPL-3.0-or-later
// A network's shared expert costs as rows for invoicing: one per shared day and participating
// organisation (the CSV of `tori export network-costs` and the costs page) and the totals per
// organisation (the printable summary).
//
//   auto rows = network_cost_rows(network);  // none: the costs cannot be split
//   write_network_costs_csv(*rows, std::cout);
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tori/store/network_store.hpp"

namespace tori::web {

struct NetworkCostRow {
  std::string date;  // YYYY-MM-DD
  core::Named organisation;
  int share = 1;
  std::int64_t amount_cents = 0;
  std::int64_t day_fee_cents = 0;
};

// The shared days' portions (core::network_day_charges) in date order, each day's organisations
// in slug order; the amounts of a date add up to its fee. None when the costs cannot be split.
[[nodiscard]] std::optional<std::vector<NetworkCostRow>> network_cost_rows(
    const store::Network& network);

struct OrganisationCostTotal {
  core::Named organisation;
  int days = 0;  // shared days it took part in
  std::int64_t total_cents = 0;
};

// The totals per organisation, in the order of the network's members (those with no shared day
// included with 0), then the former members that took part in a day.
[[nodiscard]] std::vector<OrganisationCostTotal> cost_totals(
    const store::Network& network, const std::vector<NetworkCostRow>& rows);

// "1 234,56 €"-free plain euros for a spreadsheet: "466.67".
[[nodiscard]] std::string euros_plain(std::int64_t cents);

// The rows as CSV, UTF-8 with CRLF line ends, a header row: date, organisation,
// organisation_slug, share, amount_cents, day_fee_cents, amount_eur.
void write_network_costs_csv(const std::vector<NetworkCostRow>& rows, std::ostream& out);

}  // namespace tori::web
