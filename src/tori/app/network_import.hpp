// SPDX-License-Identifier: AGPL-3.0-or-later
// Development networks in as JSON Lines (docs/formats/networks-jsonl.md), the demo's networks for
// `tori demo`, and `tori export network-costs --network SLUG`.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/core/finland.hpp"
#include "tori/store/store.hpp"

namespace tori::app {

// Reads JSON lines; a bad line ("line N: reason": its shape, a rule, an unknown event) is reported
// and nothing of it is written, the others go on. Member organisations get their home
// municipality from `finland`. Blank lines are skipped. Throws only when the store fails.
[[nodiscard]] ImportReport import_networks(std::istream& in, store::NetworkStore& networks,
                                           const core::Finland& finland, store::UtcTime now);

// `tori import networks FILE`: the report on stdout, refused lines on stderr; the exit code.
[[nodiscard]] int run_import_networks(const CommandContext& context, const std::string& file);

// The demo's networks (data/demo/networks.jsonl), after the demo's events: upcoming meetings
// moved with the events (demo::keep_network_meetings_current) and each meeting linked to the
// network_meeting event held that day whose title starts with the network's name. Prints a
// report line. Skipped when `if_empty` and the database has networks. The exit code.
[[nodiscard]] int load_demo_networks(const CommandContext& context, store::Store& store,
                                     const core::Finland& finland, bool if_empty);

// `tori export network-costs --network SLUG`: the network's shared days as CSV on stdout
// (web::write_network_costs_csv); exit 1 for an unknown network or costs that cannot be split.
[[nodiscard]] int run_export_network_costs(const CommandContext& context, const std::string& slug);

}  // namespace tori::app
