// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury on either SQL backend: each juror's review of an entry: the scores per criterion, the
// comment and the submission.
#include "tori/store/sqlite/jury_store.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/jury_rows.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

// The widest scale a campaign may have (CampaignInput::score_max 5 or 10); the SQL CHECK's too.
constexpr int kJuryScoreMax = 10;

constexpr std::string_view kJuryCriterionSlugs =
    "SELECT slug FROM campaign_criteria WHERE campaign_id = ?1";

bool jury_criteria_known(Connection& connection, std::int64_t campaign_id,
                         const std::vector<CriterionScore>& scores) {
  std::set<std::string, std::less<>> slugs;
  Statement rows = connection.prepare(kJuryCriterionSlugs);
  rows.bind_int64(1, campaign_id);
  while (rows.step())
    slugs.insert(rows.column_text(0));
  return std::all_of(scores.begin(), scores.end(), [&slugs](const CriterionScore& score) {
    return slugs.contains(score.criterion);
  });
}

constexpr std::string_view kJuryUpsertReview =
    "INSERT INTO jury_reviews (campaign_id, account_id, practice_id, comment, saved_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (campaign_id, account_id, practice_id)"
    " DO UPDATE SET comment = ?4, saved_at = ?5";
constexpr std::string_view kJuryUpsertScore =
    "INSERT INTO jury_scores (campaign_id, account_id, practice_id, criterion, value)"
    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (campaign_id, account_id, practice_id, criterion)"
    " DO UPDATE SET value = ?5";

void jury_write_review(Connection& connection, std::int64_t campaign_id, std::int64_t account_id,
                       std::int64_t practice_id, const std::vector<CriterionScore>& scores,
                       std::string_view comment, UtcTime now) {
  connection.prepare(kJuryUpsertReview)
      .bind_int64(1, campaign_id)
      .bind_int64(2, account_id)
      .bind_int64(3, practice_id)
      .bind_text(4, comment)
      .bind_text(5, format_utc(now))
      .run();
  for (const CriterionScore& score : scores) {
    connection.prepare(kJuryUpsertScore)
        .bind_int64(1, campaign_id)
        .bind_int64(2, account_id)
        .bind_int64(3, practice_id)
        .bind_text(4, score.criterion)
        .bind_int64(5, score.value)
        .run();
  }
}

constexpr std::string_view kJuryReviewRow =
    "SELECT account_id, practice_id, comment, saved_at, submitted_at FROM jury_reviews"
    " WHERE campaign_id = ?1 AND practice_id = ?2";

JuryReview jury_review_of(const Statement& row) {
  return {row.column_int64(0),
          row.column_int64(1),
          row.column_text(2),
          {},
          parse_utc(row.column_text(3)).value_or(UtcTime{}),
          jury_optional_time(row, 4)};
}

}  // namespace

ScoreSaveOutcome SqlJuryStore::save_scores(std::int64_t campaign_id, const JuryActor& juror,
                                           std::int64_t practice_id,
                                           const std::vector<CriterionScore>& scores,
                                           std::string_view comment, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  if (!is_jury_member(connection, campaign_id, juror.account_id))
    return ScoreSaveOutcome::kNotJuror;
  if (!jury_practice_exists(connection, practice_id)) return ScoreSaveOutcome::kUnknownPractice;
  if (!jury_criteria_known(connection, campaign_id, scores))
    return ScoreSaveOutcome::kUnknownCriterion;
  if (std::any_of(scores.begin(), scores.end(), [](const CriterionScore& score) {
        return score.value < 1 || score.value > kJuryScoreMax;
      })) {
    return ScoreSaveOutcome::kOutOfScale;
  }
  jury_write_review(connection, campaign_id, juror.account_id, practice_id, scores, comment, now);
  transaction.commit();
  return ScoreSaveOutcome::kSaved;
}

constexpr std::string_view kJurySubmitted =
    "SELECT submitted_at FROM jury_reviews"
    " WHERE campaign_id = ?1 AND account_id = ?2 AND practice_id = ?3";
constexpr std::string_view kJurySubmit =
    "UPDATE jury_reviews SET submitted_at = ?4"
    " WHERE campaign_id = ?1 AND account_id = ?2 AND practice_id = ?3";

SubmitOutcome SqlJuryStore::submit(std::int64_t campaign_id, const JuryActor& juror,
                                   std::int64_t practice_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  {
    Statement row = connection.prepare(kJurySubmitted);
    row.bind_int64(1, campaign_id).bind_int64(2, juror.account_id).bind_int64(3, practice_id);
    if (!row.step()) return SubmitOutcome::kNothingSaved;
    if (!row.column_is_null(0)) return SubmitOutcome::kAlreadySubmitted;
  }
  connection.prepare(kJurySubmit)
      .bind_int64(1, campaign_id)
      .bind_int64(2, juror.account_id)
      .bind_int64(3, practice_id)
      .bind_text(4, format_utc(now))
      .run();
  record_audit(transaction,
               jury_audit(connection, juror, "jury.submit", campaign_id,
                          "{\"practice_id\":" + std::to_string(practice_id) + "}"),
               now);
  transaction.commit();
  return SubmitOutcome::kSubmitted;
}

std::optional<UtcTime> SqlJuryStore::submitted(std::int64_t campaign_id, std::int64_t account_id,
                                               std::int64_t practice_id) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kJurySubmitted);
  row.bind_int64(1, campaign_id).bind_int64(2, account_id).bind_int64(3, practice_id);
  if (!row.step()) return std::nullopt;
  return jury_optional_time(row, 0);
}

constexpr std::string_view kJuryReviewScores =
    "SELECT criterion, value FROM jury_scores"
    " WHERE campaign_id = ?1 AND account_id = ?2 AND practice_id = ?3 ORDER BY criterion";

std::optional<JuryReview> SqlJuryStore::review(std::int64_t campaign_id, std::int64_t account_id,
                                               std::int64_t practice_id) {
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  Statement row = connection.prepare(std::string{kJuryReviewRow} + " AND account_id = ?3");
  row.bind_int64(1, campaign_id).bind_int64(2, practice_id).bind_int64(3, account_id);
  if (!row.step()) return std::nullopt;
  JuryReview review = jury_review_of(row);
  Statement scores = connection.prepare(kJuryReviewScores);
  scores.bind_int64(1, campaign_id).bind_int64(2, account_id).bind_int64(3, practice_id);
  while (scores.step())
    review.scores.push_back({scores.column_text(0), static_cast<int>(scores.column_int64(1))});
  return review;
}

std::vector<JuryReview> SqlJuryStore::comments(std::int64_t campaign_id, std::int64_t practice_id) {
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  const std::vector<std::int64_t> members = jury_member_ids(connection, campaign_id);
  std::map<std::int64_t, JuryReview> by_account;
  Statement rows = connection.prepare(kJuryReviewRow);
  rows.bind_int64(1, campaign_id).bind_int64(2, practice_id);
  while (rows.step())
    by_account.emplace(rows.column_int64(0), jury_review_of(rows));
  std::vector<JuryReview> reviews;
  for (std::int64_t member : members) {
    if (auto found = by_account.find(member); found != by_account.end())
      reviews.push_back(std::move(found->second));
  }
  return reviews;
}

}  // namespace tori::store::sqlite
