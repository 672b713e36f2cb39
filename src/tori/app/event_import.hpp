// SPDX-License-Identifier: AGPL-3.0-or-later
// Import and export of events in the exchange format (docs/formats/events-jsonl.md): the logic
// of `tori import events` and `tori export events`, apart from the command line.
//
//   ImportReport report = import_events(file, store.events(), finland, store::utc_now());
//   for (const auto& error : report.errors) std::cerr << error << '\n';   // "line 7: …"
#pragma once

#include <istream>
#include <ostream>
#include <vector>

#include "tori/app/practice_import.hpp"
#include "tori/core/event.hpp"
#include "tori/core/finland.hpp"
#include "tori/store/event_store.hpp"

namespace tori::app {

// Reads JSON lines; a bad line is reported ("line N: reason") and nothing of it is written, the
// others go on. Blank lines are skipped. A place's municipality must be a Finnish municipality
// (Finnish or Swedish name, any case) and is stored by its Finnish name. Throws only when the
// store fails.
[[nodiscard]] ImportReport import_events(std::istream& in, store::EventStore& events,
                                         const core::Finland& finland, store::UtcTime now);

// Saves already-parsed inputs (the demo) the same way; errors are "external_id: reason".
[[nodiscard]] ImportReport import_event_inputs(std::vector<core::EventInput> inputs,
                                               store::EventStore& events,
                                               const core::Finland& finland, store::UtcTime now);

// Writes every event, one line each, in external_id order; returns how many.
std::size_t export_events(store::EventStore& events, std::ostream& out);

}  // namespace tori::app
