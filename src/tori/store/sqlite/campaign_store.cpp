// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns on either SQL backend: save by slug (all or nothing), reads, a practice's awards.
#include "tori/store/sqlite/campaign_store.hpp"

#include "tori/store/sqlite/campaign_rows.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/jury_rows.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

std::optional<Campaign> by_slug(Connection& connection, std::string_view slug) {
  auto found = load_campaigns(connection, "WHERE c.slug = ?1",
                              [slug](Statement& rows) { rows.bind_text(1, slug); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

constexpr std::string_view kAwardsOfPractice =
    "SELECT c.slug, c.name, c.year, k.slug, k.name, a.level, a.justification"
    " FROM campaign_awards a JOIN campaigns c ON c.id = a.campaign_id"
    " JOIN campaign_categories k ON k.campaign_id = a.campaign_id AND k.slug = a.category"
    " WHERE a.practice_id = ?1 ORDER BY c.year DESC, c.slug";

}  // namespace

SqlCampaignStore::SqlCampaignStore(Database& database) : database_(database) {}

CampaignSaved SqlCampaignStore::save(const core::CampaignInput& incoming, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto existing = by_slug(connection, incoming.slug);
  const core::CampaignInput input =
      existing ? core::with_decided_awards(existing->input, incoming) : incoming;
  if (existing && existing->input == input) {
    return {CampaignSaveOutcome::kUnchanged, existing->id};
  }
  const std::int64_t id = write_campaign_row(
      connection, input, existing ? std::optional{existing->id} : std::nullopt, now);
  if (auto unknown = write_campaign_lists(connection, id, input)) {
    return {CampaignSaveOutcome::kUnknownPractice, 0, std::move(*unknown)};  // rolled back
  }
  drop_removed_jury_members(connection, id);  // the others keep their accounts
  append_change(transaction, "campaign", id,
                existing ? ChangeAction::kUpdated : ChangeAction::kCreated);
  transaction.commit();
  return {existing ? CampaignSaveOutcome::kUpdated : CampaignSaveOutcome::kCreated, id};
}

std::optional<Campaign> SqlCampaignStore::find_by_slug(std::string_view slug) {
  Lease connection = database_.acquire();
  return by_slug(*connection, slug);
}

std::vector<Campaign> SqlCampaignStore::all() {
  Lease connection = database_.acquire();
  return load_campaigns(*connection, "ORDER BY c.year DESC, c.slug", [](Statement&) {});
}

std::vector<PracticeAward> SqlCampaignStore::awards_of(std::int64_t practice_id) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(kAwardsOfPractice);
  rows.bind_int64(1, practice_id);
  std::vector<PracticeAward> awards;
  while (rows.step()) {
    awards.push_back(
        {rows.column_text(0), rows.column_text(1), static_cast<int>(rows.column_int64(2)),
         rows.column_text(3), rows.column_text(4),
         core::parse_award_level(rows.column_text(5)).value_or(core::AwardLevel::kWinner),
         rows.column_text(6)});
  }
  return awards;
}

}  // namespace tori::store::sqlite
