// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury on either SQL backend: a category's round for core's aggregation, and the chair's
// decision written as the category's awards.
#include "tori/store/sqlite/jury_store.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/jury_rows.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kJuryRoundCampaign =
    "SELECT c.score_max, c.blind FROM campaigns c JOIN campaign_categories k"
    " ON k.campaign_id = c.id AND k.slug = ?2 WHERE c.id = ?1";
constexpr std::string_view kJuryRoundCriteria =
    "SELECT slug, name, weight FROM campaign_criteria WHERE campaign_id = ?1 ORDER BY position";
constexpr std::string_view kJuryEntryOrganisations =
    "SELECT practice_id, organisation_id FROM practice_organisations"
    " WHERE practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
    " ORDER BY practice_id, position";
// ?1 the campaign, ?2 the entries, ?3 the jurors (JSON lists).
constexpr std::string_view kJuryRoundConflicts =
    "SELECT account_id, practice_id FROM jury_conflicts WHERE campaign_id = ?1"
    " AND practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?2))"
    " AND account_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?3))"
    " ORDER BY account_id, practice_id";
constexpr std::string_view kJuryRoundScores =
    "SELECT account_id, practice_id, criterion, value FROM jury_scores WHERE campaign_id = ?1"
    " AND practice_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?2))"
    " AND account_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?3))"
    " ORDER BY account_id, practice_id, criterion";

void jury_round_people(Connection& connection, std::int64_t campaign_id, core::JuryRound& round,
                       const std::vector<std::int64_t>& entry_ids) {
  const std::vector<std::int64_t> jurors = jury_member_ids(connection, campaign_id);
  auto organisations = approved_organisation_ids(connection, jurors);
  for (std::int64_t juror : jurors)
    round.jurors.push_back({juror, std::move(organisations.at(juror))});
  std::map<std::int64_t, std::vector<std::int64_t>> entry_organisations;
  Statement rows = connection.prepare(kJuryEntryOrganisations);
  rows.bind_text(1, json_array(entry_ids));
  while (rows.step())
    entry_organisations[rows.column_int64(0)].push_back(rows.column_int64(1));
  for (std::int64_t entry : entry_ids)
    round.entries.push_back({entry, entry_organisations[entry]});
}

void jury_round_work(Connection& connection, std::int64_t campaign_id, core::JuryRound& round,
                     const std::vector<std::int64_t>& entry_ids) {
  std::vector<std::int64_t> jurors;
  for (const core::JuryMember& juror : round.jurors)
    jurors.push_back(juror.juror_id);
  Statement conflicts = connection.prepare(kJuryRoundConflicts);
  conflicts.bind_int64(1, campaign_id).bind_text(2, json_array(entry_ids));
  conflicts.bind_text(3, json_array(jurors));
  while (conflicts.step())
    round.declared_conflicts.push_back({conflicts.column_int64(0), conflicts.column_int64(1)});
  Statement scores = connection.prepare(kJuryRoundScores);
  scores.bind_int64(1, campaign_id).bind_text(2, json_array(entry_ids));
  scores.bind_text(3, json_array(jurors));
  while (scores.step()) {
    round.scores.push_back({scores.column_int64(0), scores.column_int64(1), scores.column_text(2),
                            static_cast<int>(scores.column_int64(3))});
  }
}

constexpr std::string_view kJuryCampaignExists = "SELECT 1 FROM campaigns WHERE id = ?1";
constexpr std::string_view kJuryCategoryExists =
    "SELECT 1 FROM campaign_categories WHERE campaign_id = ?1 AND slug = ?2";
constexpr std::string_view kJuryAwardedElsewhere =
    "SELECT 1 FROM campaign_awards WHERE campaign_id = ?1 AND practice_id = ?2 AND category <> ?3";

bool jury_row_exists(Connection& connection, std::string_view sql, std::int64_t id,
                     std::string_view text = {}) {
  Statement row = connection.prepare(sql);
  row.bind_int64(1, id);
  if (!text.empty()) row.bind_text(2, text);
  return row.step();
}

// Why the decision cannot be stored as it is; none when it can.
std::optional<DecisionOutcome> jury_decision_refused(Connection& connection,
                                                     std::int64_t campaign_id,
                                                     std::string_view category,
                                                     const std::vector<DecidedAward>& awards) {
  if (!jury_row_exists(connection, kJuryCampaignExists, campaign_id))
    return DecisionOutcome::kUnknownCampaign;
  if (category.empty() || !jury_row_exists(connection, kJuryCategoryExists, campaign_id, category))
    return DecisionOutcome::kUnknownCategory;
  if (std::count_if(awards.begin(), awards.end(), [](const DecidedAward& award) {
        return award.level == core::AwardLevel::kWinner;
      }) > 1) {
    return DecisionOutcome::kTwoWinners;
  }
  std::set<std::int64_t> seen;
  for (const DecidedAward& award : awards) {
    if (!jury_practice_exists(connection, award.practice_id))
      return DecisionOutcome::kUnknownPractice;
    Statement elsewhere = connection.prepare(kJuryAwardedElsewhere);
    elsewhere.bind_int64(1, campaign_id).bind_int64(2, award.practice_id).bind_text(3, category);
    if (!seen.insert(award.practice_id).second || elsewhere.step())
      return DecisionOutcome::kPracticeTwice;
  }
  return std::nullopt;
}

constexpr std::string_view kJuryDeleteCategoryAwards =
    "DELETE FROM campaign_awards WHERE campaign_id = ?1 AND category = ?2";
constexpr std::string_view kJuryNextAwardPosition =
    "SELECT coalesce(max(position) + 1, 0) FROM campaign_awards WHERE campaign_id = ?1";
constexpr std::string_view kJuryInsertAward =
    "INSERT INTO campaign_awards (campaign_id, practice_id, category, position, level,"
    " justification) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr std::string_view kJuryTouchCampaign =
    "UPDATE campaigns SET updated_at = ?2 WHERE id = ?1";

// Replaces the category's awards (after the campaign's others, in the given order); returns the
// audit detail.
std::string jury_write_awards(Connection& connection, std::int64_t campaign_id,
                              std::string_view category, const std::vector<DecidedAward>& awards) {
  connection.prepare(kJuryDeleteCategoryAwards)
      .bind_int64(1, campaign_id)
      .bind_text(2, category)
      .run();
  Statement next = connection.prepare(kJuryNextAwardPosition);
  next.bind_int64(1, campaign_id);
  std::int64_t position = next.step() ? next.column_int64(0) : 0;
  const std::string category_list = json_array(std::vector<std::string>{std::string{category}});
  std::string detail =
      "{\"category\":" + category_list.substr(1, category_list.size() - 2) + ",\"awards\":[";
  for (const DecidedAward& award : awards) {
    connection.prepare(kJuryInsertAward)
        .bind_int64(1, campaign_id)
        .bind_int64(2, award.practice_id)
        .bind_text(3, category)
        .bind_int64(4, position++)
        .bind_text(5, core::to_string(award.level))
        .bind_text(6, award.justification)
        .run();
    detail += (detail.back() == '[' ? "" : ",") + std::string{"{\"practice_id\":"} +
              std::to_string(award.practice_id) + ",\"level\":\"" +
              std::string{core::to_string(award.level)} + "\"}";
  }
  return detail + "]}";
}

}  // namespace

std::optional<core::JuryRound> SqlJuryStore::round(std::int64_t campaign_id,
                                                   std::string_view category_slug,
                                                   const std::vector<std::int64_t>& entry_ids) {
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  core::JuryRound round;
  {
    Statement campaign = connection.prepare(kJuryRoundCampaign);
    campaign.bind_int64(1, campaign_id).bind_text(2, category_slug);
    if (!campaign.step()) return std::nullopt;
    round.score_max = static_cast<int>(campaign.column_int64(0));
    round.blind = campaign.column_int64(1) != 0;
  }
  Statement criteria = connection.prepare(kJuryRoundCriteria);
  criteria.bind_int64(1, campaign_id);
  while (criteria.step()) {
    round.criteria.push_back({criteria.column_text(0), criteria.column_text(1),
                              static_cast<int>(criteria.column_int64(2))});
  }
  jury_round_people(connection, campaign_id, round, entry_ids);
  jury_round_work(connection, campaign_id, round, entry_ids);
  return round;
}

DecisionOutcome SqlJuryStore::record_decision(std::int64_t campaign_id,
                                              std::string_view category_slug,
                                              const std::vector<DecidedAward>& awards,
                                              const JuryActor& decided_by, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (auto refused = jury_decision_refused(connection, campaign_id, category_slug, awards))
    return *refused;
  std::string detail = jury_write_awards(connection, campaign_id, category_slug, awards);
  connection.prepare(kJuryTouchCampaign)
      .bind_int64(1, campaign_id)
      .bind_text(2, format_utc(now))
      .run();
  append_change(transaction, "campaign", campaign_id, ChangeAction::kUpdated);
  record_audit(
      transaction,
      jury_audit(connection, decided_by, "campaign.decide", campaign_id, std::move(detail)), now);
  transaction.commit();
  return DecisionOutcome::kRecorded;
}

}  // namespace tori::store::sqlite
