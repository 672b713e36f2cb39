// SPDX-License-Identifier: AGPL-3.0-or-later
// What the jury's pages share: the gate (a signed-in juror of the campaign, with the juror role
// and its second factor) and a category's round with its entries.
//
//   JurorGate gate = juror_gate(request, services, language);
//   if (gate.refusal) return std::move(*gate.refusal);
//   auto round = category_round(services, gate.context->campaign, "sote", now);
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tori/core/jury.hpp"
#include "tori/http/message.hpp"
#include "tori/store/campaign_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/campaigns/campaign_entries.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct JurorContext {
  Visitor visitor;  // signed in
  store::Campaign campaign;
  bool chair = false;
};

// The context, or the answer instead: log in (303), the second factor or 403 (require_staff
// for the juror role), 404 when the campaign of the path's {slug} is unknown or the account is
// not its juror.
struct JurorGate {
  std::optional<JurorContext> context;
  std::optional<http::Response> refusal;
};
[[nodiscard]] JurorGate juror_gate(const http::Request& request, const Services& services,
                                   text::Language language);

// A category's entries and the round of the jury over them.
struct CategoryRound {
  const core::AwardCategory* category = nullptr;  // within the campaign given
  std::vector<CampaignEntry> entries;             // the category's, newest first
  core::JuryRound round;
};

// The round of `category_slug`; none when the campaign has no such category.
[[nodiscard]] std::optional<CategoryRound> category_round(const Services& services,
                                                          const store::Campaign& campaign,
                                                          std::string_view category_slug,
                                                          core::TimePoint now);

// Every category's round, the campaign's entries read once.
[[nodiscard]] std::vector<CategoryRound> category_rounds(const Services& services,
                                                         const store::Campaign& campaign,
                                                         core::TimePoint now);

// The first of the campaign's categories the entry is in, with that category's round; none
// when the practice is not an entry or is in no category.
[[nodiscard]] std::optional<CategoryRound> entry_round(const Services& services,
                                                       const store::Campaign& campaign,
                                                       std::string_view practice_slug,
                                                       core::TimePoint now);

// The campaign's time now, to the second.
[[nodiscard]] core::TimePoint jury_now();

}  // namespace tori::web
