// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaign entries' category choices on either SQL backend: upserts, a contributor's picks
// replaced as a set, reads.
#include "tori/store/sqlite/campaign_entry_store.hpp"

#include <algorithm>

#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kUpsertChoice =
    "INSERT INTO campaign_entry_choices"
    " (campaign_id, practice_id, category, included, chosen_by, account_id, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT (campaign_id, practice_id, category) DO UPDATE SET"
    " included = excluded.included, chosen_by = excluded.chosen_by,"
    " account_id = excluded.account_id, updated_at = excluded.updated_at";
constexpr std::string_view kSelectChoices =
    "SELECT practice_id, category, included, chosen_by FROM campaign_entry_choices"
    " WHERE campaign_id = ?1 AND (?2 = 0 OR practice_id = ?2) ORDER BY practice_id, category";

// What is unknown of the campaign, its category `category` ("" checks no category) and the
// practice; nothing when all are there.
std::optional<EntryChoiceOutcome> unknown_part(Connection& connection, std::int64_t campaign_id,
                                               std::string_view category,
                                               std::int64_t practice_id) {
  Statement campaign = connection.prepare("SELECT 1 FROM campaigns WHERE id = ?1");
  if (!campaign.bind_int64(1, campaign_id).step()) return EntryChoiceOutcome::kUnknownCampaign;
  if (!category.empty()) {
    Statement found = connection.prepare(
        "SELECT 1 FROM campaign_categories WHERE campaign_id = ?1 AND slug = ?2");
    if (!found.bind_int64(1, campaign_id).bind_text(2, category).step())
      return EntryChoiceOutcome::kUnknownCategory;
  }
  Statement practice = connection.prepare("SELECT 1 FROM practices WHERE id = ?1");
  if (!practice.bind_int64(1, practice_id).step()) return EntryChoiceOutcome::kUnknownPractice;
  return std::nullopt;
}

void upsert_choice(Connection& connection, std::int64_t campaign_id,
                   const core::EntryChoice& choice, std::optional<std::int64_t> account_id,
                   UtcTime now) {
  Statement upsert = connection.prepare(kUpsertChoice);
  upsert.bind_int64(1, campaign_id)
      .bind_int64(2, choice.practice_id)
      .bind_text(3, choice.category)
      .bind_int64(4, choice.included ? 1 : 0)
      .bind_text(5, core::to_string(choice.chosen_by));
  if (account_id) {
    upsert.bind_int64(6, *account_id);
  } else {
    upsert.bind_null(6);
  }
  upsert.bind_text(7, format_utc(now)).run();
}

std::vector<core::EntryChoice> read_choices(Connection& connection, std::int64_t campaign_id,
                                            std::int64_t practice_id) {
  Statement rows = connection.prepare(kSelectChoices);
  rows.bind_int64(1, campaign_id).bind_int64(2, practice_id);
  std::vector<core::EntryChoice> choices;
  while (rows.step()) {
    choices.push_back({rows.column_int64(0), rows.column_text(1), rows.column_int64(2) != 0,
                       core::parse_entry_chooser(rows.column_text(3))
                           .value_or(core::EntryChooser::kContributor)});
  }
  return choices;
}

}  // namespace

SqlCampaignEntryStore::SqlCampaignEntryStore(Database& database) : database_(database) {}

EntryChoiceOutcome SqlCampaignEntryStore::choose(std::int64_t campaign_id,
                                                 const core::EntryChoice& choice,
                                                 const std::optional<AuditEntry>& audit,
                                                 UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (auto unknown = unknown_part(connection, campaign_id, choice.category, choice.practice_id))
    return *unknown;
  upsert_choice(connection, campaign_id, choice,
                audit ? audit->actor_account_id : std::optional<std::int64_t>{}, now);
  if (audit) record_audit(transaction, *audit, now);
  transaction.commit();
  return EntryChoiceOutcome::kSaved;
}

EntryChoiceOutcome SqlCampaignEntryStore::set_contributor_picks(
    std::int64_t campaign_id, std::int64_t practice_id, const std::vector<std::string>& categories,
    std::optional<std::int64_t> account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (auto unknown = unknown_part(connection, campaign_id, "", practice_id)) return *unknown;
  for (const std::string& category : categories) {
    if (auto unknown = unknown_part(connection, campaign_id, category, practice_id))
      return *unknown;
  }
  const std::vector<core::EntryChoice> earlier = read_choices(connection, campaign_id, practice_id);
  const auto editor_decided = [&](const std::string& category) {
    return std::ranges::any_of(earlier, [&](const core::EntryChoice& choice) {
      return choice.category == category && choice.chosen_by == core::EntryChooser::kEditor;
    });
  };
  for (const core::EntryChoice& choice : earlier) {
    const bool picked = std::ranges::find(categories, choice.category) != categories.end();
    if (choice.chosen_by == core::EntryChooser::kContributor && choice.included && !picked) {
      upsert_choice(connection, campaign_id,
                    {practice_id, choice.category, false, core::EntryChooser::kContributor},
                    account_id, now);
    }
  }
  for (const std::string& category : categories) {
    if (editor_decided(category)) continue;  // an editor's move stands
    upsert_choice(connection, campaign_id,
                  {practice_id, category, true, core::EntryChooser::kContributor}, account_id, now);
  }
  transaction.commit();
  return EntryChoiceOutcome::kSaved;
}

std::vector<core::EntryChoice> SqlCampaignEntryStore::choices(std::int64_t campaign_id) {
  Lease connection = database_.acquire();
  return read_choices(*connection, campaign_id, 0);
}

std::vector<core::EntryChoice> SqlCampaignEntryStore::choices_of(std::int64_t campaign_id,
                                                                 std::int64_t practice_id) {
  Lease connection = database_.acquire();
  return read_choices(*connection, campaign_id, practice_id);
}

}  // namespace tori::store::sqlite
