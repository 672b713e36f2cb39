// SPDX-License-Identifier: AGPL-3.0-or-later
// The development network exchange format (docs/formats/networks-jsonl.md): one network per line
// of JSON, read into a NetworkInput and written back, byte for byte as data/demo/networks.jsonl.
//
//   auto read = parse_network_line(line);
//   if (auto* reason = std::get_if<std::string>(&read)) …  // "line N: " + *reason
//   std::string line = write_network_line(network);
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/network.hpp"

namespace tori::core {

// Reads one line (a JSON object). The reason names the first problem: "unknown field
// 'members[0].x'", "field 'period.from' is required", "field 'ideas[3].quadrant' must be one of
// strength, weakness, opportunity, threat, idea", … slug, name and period (from, until) are
// required; "public" is NetworkInput::listed (true when absent), board "members", paid_days 2,
// texts "" (null too for place, municipality and minutes), a meeting's registration "members",
// lists empty. paid_days, day_fee_cents
// and share are read within their limits (0–kMaxPaidDays, 0–kMaxDayFeeCents, 1–kMaxCostShare);
// otherwise only the shape is checked: call validate_network_input before storing.
[[nodiscard]] std::variant<NetworkInput, std::string> parse_network_line(std::string_view line);

// The network as one line in the format's order, without a line break: board only when public,
// a leader's email and a meeting's event only when given, a meeting's registration only when
// open, results only when there are some, minutes as null when empty, the
// costs' shares only when there are some. REQUIRES: valid UTF-8.
[[nodiscard]] std::string write_network_line(const NetworkInput& network);

// The costs alone as the line's "costs" object ({"paid_days": 2, "day_fee_cents": …, "days":
// […]}): the store's snapshot of each change of a network's costs.
[[nodiscard]] std::string write_network_costs(const NetworkCosts& costs);

// The costs object back (as write_network_costs writes it); the reason names the first problem.
[[nodiscard]] std::variant<NetworkCosts, std::string> parse_network_costs(std::string_view json);

}  // namespace tori::core
