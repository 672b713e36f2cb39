// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaign rows to store::Campaign and back, the lists of a whole page of campaigns read in one
// query each. Internal to SqlCampaignStore.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/campaign_store.hpp"
#include "tori/store/sqlite/connection.hpp"

namespace tori::store::sqlite {

// The campaigns `where` selects ("WHERE c.slug = ?1", bound by `bind`), each with its lists.
[[nodiscard]] std::vector<Campaign> load_campaigns(Connection& connection, std::string_view where,
                                                   const std::function<void(Statement&)>& bind);

// Writes the campaign's own columns: a new row (returning its id) or over row `id`.
std::int64_t write_campaign_row(Connection& connection, const core::CampaignInput& input,
                                std::optional<std::int64_t> id, UtcTime now);

// Replaces the campaign's categories, criteria, jurors (keyed by core::email_key of their address)
// and awards; the external_id no practice has when an award's practice is unknown (then the
// caller rolls back).
[[nodiscard]] std::optional<std::string> write_campaign_lists(Connection& connection,
                                                              std::int64_t id,
                                                              const core::CampaignInput& input);

}  // namespace tori::store::sqlite
