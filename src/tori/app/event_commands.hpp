// SPDX-License-Identifier: AGPL-3.0-or-later
// The events' parts of `tori import events FILE`, `tori export events` and `tori demo`; the
// subcommands themselves are declared in practice_commands.cpp beside the practices' ones.
#pragma once

#include <string>

#include "tori/app/command.hpp"
#include "tori/core/finland.hpp"
#include "tori/store/store.hpp"

namespace tori::app {

// `tori import events FILE`: the report on stdout, refused lines on stderr; the exit code.
[[nodiscard]] int run_import_events(const CommandContext& context, const std::string& file);

// `tori export events`: every event as JSON Lines on stdout; the exit code.
[[nodiscard]] int run_export_events(const CommandContext& context);

// `tori export registrations --event SLUG`: the event's registrations as CSV on stdout, the
// export recorded in the audit log (it is personal data); exit 1 for an unknown event.
[[nodiscard]] int run_export_registrations(const CommandContext& context, const std::string& slug);

// The demo's events (data/demo/events.jsonl, upcoming ones moved to stay upcoming:
// demo::keep_events_current); prints a report line. Skipped when `if_empty` and the database
// has events. The exit code.
[[nodiscard]] int load_demo_events(const CommandContext& context, store::Store& store,
                                   const core::Finland& finland, bool if_empty);

// The demo's applications for the programme's services, once (nothing when there are any): the
// training's applications closed a while ago, and a held workshop — scheduled as the latest past
// workshop event — with its summary published and the first published practices linked.
void load_demo_applications(store::Store& store);

}  // namespace tori::app
