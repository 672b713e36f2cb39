// SPDX-License-Identifier: AGPL-3.0-or-later
// The campaign exchange format (docs/formats/campaigns-jsonl.md): one campaign per line of JSON,
// read into a CampaignInput and written back, byte for byte as data/demo/campaigns.jsonl.
//
//   auto read = parse_campaign_line(line);
//   if (auto* reason = std::get_if<std::string>(&read)) …  // "line N: " + *reason
//   std::string line = write_campaign_line(campaign);
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/campaign.hpp"

namespace tori::core {

// Reads one line (a JSON object). The reason names the first problem: "unknown field 'x'",
// "field 'year' is required", "field 'categories[1].kind' must be one of sector, theme,
// special", … slug, name, year, collecting_from, collecting_until and gala_date are required;
// description, rules "" when absent, score_max 5, blind false, lists empty; winners are the
// awards; most_inventive (an object) is accepted and ignored: the standing is always counted.
// Only the shape is checked: call validate_campaign_input before storing.
[[nodiscard]] std::variant<CampaignInput, std::string> parse_campaign_line(std::string_view line);

// The campaign as one line in the format's order, without a line break: rules, score_max,
// blind, a category's theme and a juror's email only when given; a category's sector as null
// when it has none; most_inventive as its fixed note. REQUIRES: valid UTF-8.
[[nodiscard]] std::string write_campaign_line(const CampaignInput& campaign);

}  // namespace tori::core
