// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns in as JSON Lines (docs/formats/campaigns-jsonl.md): each line parsed, validated and
// saved with its awards' practices found by external_id; and the demo's campaigns for `tori demo`.
#pragma once

#include <istream>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/store/store.hpp"

namespace tori::app {

// Reads JSON lines; a bad line ("line N: reason": its shape, a rule, a practice no one has) is
// reported and nothing of it is written, the others go on. Blank lines are skipped. Throws only
// when the store fails.
[[nodiscard]] ImportReport import_campaigns(std::istream& in, store::CampaignStore& campaigns,
                                            store::UtcTime now);

// `tori import campaigns FILE` (the practices awarded must be there already): the report on
// stdout, refused lines on stderr; the exit code.
[[nodiscard]] int run_import_campaigns(const CommandContext& context, const std::string& file);

// The demo's campaigns (data/demo/campaigns.jsonl; the running one kept in its jury phase by
// demo::keep_campaign_judging), after the demo's practices; prints a report line. Skipped when
// `if_empty` and the database has campaigns. The exit code.
[[nodiscard]] int load_demo_campaigns(const CommandContext& context, store::Store& store,
                                      bool if_empty);

}  // namespace tori::app
