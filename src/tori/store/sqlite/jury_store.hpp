// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury on either SQL backend (data/sql/0016_jury.sql): jury_store.cpp (invitations, jurors,
// the chair, conflicts), jury_scores.cpp (reviews), jury_results.cpp (the round, the decision),
// jury_rows.hpp (what they share).
#pragma once

#include "tori/store/jury_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlJuryStore final : public JuryStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0016.
  explicit SqlJuryStore(Database& database);

  InvitationOutcome create_invitation(std::int64_t campaign_id, int juror_position,
                                      std::string_view token_digest, UtcTime expires_at,
                                      const std::vector<OutgoingMail>& mail, UtcTime now) override;
  JuryAcceptance accept_invitation(std::string_view token_digest, const JuryActor& actor,
                                   UtcTime now) override;
  std::vector<JurorLink> jurors(std::int64_t campaign_id) override;
  std::vector<JurorCampaign> campaigns_of_juror(std::int64_t account_id) override;
  bool set_chair(std::int64_t campaign_id, std::optional<std::int64_t> chair_account_id,
                 const JuryActor& actor, UtcTime now) override;
  std::vector<std::int64_t> member_organisation_ids(std::int64_t account_id) override;

  ConflictOutcome declare_conflict(std::int64_t campaign_id, const JuryActor& juror,
                                   std::int64_t practice_id, std::string_view reason,
                                   UtcTime now) override;
  bool withdraw_conflict(std::int64_t campaign_id, const JuryActor& juror, std::int64_t practice_id,
                         UtcTime now) override;
  std::vector<DeclaredConflict> declared_conflicts(std::int64_t campaign_id) override;

  ScoreSaveOutcome save_scores(std::int64_t campaign_id, const JuryActor& juror,
                               std::int64_t practice_id, const std::vector<CriterionScore>& scores,
                               std::string_view comment, UtcTime now) override;
  SubmitOutcome submit(std::int64_t campaign_id, const JuryActor& juror, std::int64_t practice_id,
                       UtcTime now) override;
  std::optional<UtcTime> submitted(std::int64_t campaign_id, std::int64_t account_id,
                                   std::int64_t practice_id) override;
  std::optional<JuryReview> review(std::int64_t campaign_id, std::int64_t account_id,
                                   std::int64_t practice_id) override;
  std::vector<JuryReview> comments(std::int64_t campaign_id, std::int64_t practice_id) override;
  std::optional<core::JuryRound> round(std::int64_t campaign_id, std::string_view category_slug,
                                       const std::vector<std::int64_t>& entry_ids) override;

  DecisionOutcome record_decision(std::int64_t campaign_id, std::string_view category_slug,
                                  const std::vector<DecidedAward>& awards,
                                  const JuryActor& decided_by, UtcTime now) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
