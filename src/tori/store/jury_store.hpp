// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury of a campaign in the database (data/sql/0016_jury.sql): jurors' invitations and
// their link to accounts, the chair, declared conflicts, each juror's scores and comment per
// entry and their submission, the round core::aggregate_scores takes, and the chair's decision
// written as the campaign's awards. The rules (core/jury.hpp) are the caller's: the store keeps
// what it is given, refusing only what cannot be stored.
//
//   store.jury().create_invitation(campaign.id, 0, token_digest(token), expires, {mail}, now);
//   JuryAcceptance accepted = store.jury().accept_invitation(digest, {account.id, ip}, now);
//   store.jury().save_scores(campaign.id, {account.id, ip}, practice_id, scores, comment, now);
//   auto round = store.jury().round(campaign.id, "sote", entry_ids);  // → aggregate_scores
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/campaign.hpp"
#include "tori/core/jury.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// Who acts, for the audit log: a juror, the chair or an administrator by their account, and the
// keyed hash of the client address ("" from the command line). The store logs the account's
// address at the time as the actor.
struct JuryActor {
  std::int64_t account_id = 0;
  std::string ip_hash{};
};

enum class InvitationOutcome {
  kCreated,
  kNoSuchJuror,  // the campaign has no juror at that position
  kNoEmail,      // the juror has no address to invite
};

enum class AcceptOutcome {
  kAccepted,               // the account is the juror now (again, when it already was)
  kUnknown,                // no invitation has that digest
  kExpired,                // past expires_at
  kUsed,                   // accepted already
  kJurorRemoved,           // the campaign no longer has a juror with the invited address
  kAccountIsAnotherJuror,  // the account is already linked to another juror of the campaign
};

// accept_invitation's answer; the campaign and juror when kAccepted.
struct JuryAcceptance {
  AcceptOutcome outcome = AcceptOutcome::kUnknown;
  std::int64_t campaign_id = 0;
  std::string campaign_slug{};
  int juror_position = 0;
  core::Juror juror{};
};

// A juror of the campaign (CampaignInput::jurors) with their account, once linked.
struct JurorLink {
  int position = 0;
  core::Juror juror;
  std::optional<std::int64_t> account_id{};  // none until an invitation is accepted
  bool chair = false;
  std::optional<UtcTime> invited_at{};  // the latest invitation sent
  std::optional<UtcTime> accepted_at{};
};

// A campaign the account is a juror of.
struct JurorCampaign {
  std::int64_t campaign_id = 0;
  std::string slug;
  std::string name;
  int year = 0;
  bool chair = false;
  UtcTime accepted_at{};
};

// A conflict a juror declared, with its reason.
struct DeclaredConflict {
  std::int64_t account_id = 0;
  std::int64_t practice_id = 0;
  std::string reason;
  UtcTime declared_at{};
};

enum class ConflictOutcome { kDeclared, kAlreadyDeclared, kNotJuror, kUnknownPractice };

// One criterion's value in save_scores.
struct CriterionScore {
  std::string criterion;  // a Criterion's slug
  int value = 0;
};

enum class ScoreSaveOutcome {
  kSaved,
  kNotJuror,          // the account is not a juror of the campaign
  kUnknownPractice,   // no such practice
  kUnknownCriterion,  // not a criterion of the campaign
  kOutOfScale,        // outside 1..10 (the SQL CHECK; the campaign's own scale is the caller's)
};

enum class SubmitOutcome { kSubmitted, kAlreadySubmitted, kNothingSaved };

// A juror's scores and comment of one entry.
struct JuryReview {
  std::int64_t account_id = 0;
  std::int64_t practice_id = 0;
  std::string comment;
  std::vector<CriterionScore> scores{};  // by criterion slug
  UtcTime saved_at{};
  std::optional<UtcTime> submitted_at{};
};

// An award of the chair's decision, the practice by its id.
struct DecidedAward {
  std::int64_t practice_id = 0;
  core::AwardLevel level = core::AwardLevel::kWinner;
  std::string justification;
};

enum class DecisionOutcome {
  kRecorded,
  kUnknownCampaign,
  kUnknownCategory,
  kTwoWinners,       // at most one winner per category
  kUnknownPractice,  // no such practice
  kPracticeTwice,    // listed twice, or awarded in another category of the campaign
};

class JuryStore {
 public:
  virtual ~JuryStore() = default;

  // --- Jurors and their accounts ---
  // Stores an invitation for the juror at `juror_position` (their address as it is now) and
  // queues `mail` in the same transaction.
  virtual InvitationOutcome create_invitation(std::int64_t campaign_id, int juror_position,
                                              std::string_view token_digest, UtcTime expires_at,
                                              const std::vector<OutgoingMail>& mail,
                                              UtcTime now) = 0;
  // Links the juror the invitation names (by address) to the actor's account, audited
  // ("jury.accept"). The link is kept while the campaign has a juror with that address.
  virtual JuryAcceptance accept_invitation(std::string_view token_digest, const JuryActor& actor,
                                           UtcTime now) = 0;
  // The campaign's jurors in their order, with their accounts.
  [[nodiscard]] virtual std::vector<JurorLink> jurors(std::int64_t campaign_id) = 0;
  // The campaigns whose juror the account is, the newest year first.
  [[nodiscard]] virtual std::vector<JurorCampaign> campaigns_of_juror(std::int64_t account_id) = 0;
  // Makes the linked juror `chair_account_id` the campaign's one chair (none: no chair),
  // audited ("jury.chair"); false when that account is not a juror of the campaign.
  virtual bool set_chair(std::int64_t campaign_id, std::optional<std::int64_t> chair_account_id,
                         const JuryActor& actor, UtcTime now) = 0;
  // The organisations the account is an approved member of (for conflicts), by id.
  [[nodiscard]] virtual std::vector<std::int64_t> member_organisation_ids(
      std::int64_t account_id) = 0;

  // --- Conflicts ---
  // The juror (the actor) declares a conflict with the practice, audited.
  virtual ConflictOutcome declare_conflict(std::int64_t campaign_id, const JuryActor& juror,
                                           std::int64_t practice_id, std::string_view reason,
                                           UtcTime now) = 0;
  // Withdraws it, audited; false when there was none.
  virtual bool withdraw_conflict(std::int64_t campaign_id, const JuryActor& juror,
                                 std::int64_t practice_id, UtcTime now) = 0;
  // The current jurors' declarations, by juror and practice.
  [[nodiscard]] virtual std::vector<DeclaredConflict> declared_conflicts(
      std::int64_t campaign_id) = 0;

  // --- Scores ---
  // Sets the given criteria's values (others kept) and the comment of the juror's review of the
  // practice; all or nothing. A submitted review stays submitted. Not audited (a draft).
  virtual ScoreSaveOutcome save_scores(std::int64_t campaign_id, const JuryActor& juror,
                                       std::int64_t practice_id,
                                       const std::vector<CriterionScore>& scores,
                                       std::string_view comment, UtcTime now) = 0;
  // Marks the juror's review of the practice submitted, audited ("jury.submit").
  virtual SubmitOutcome submit(std::int64_t campaign_id, const JuryActor& juror,
                               std::int64_t practice_id, UtcTime now) = 0;
  // When the juror submitted their review of the practice; none when not (yet).
  [[nodiscard]] virtual std::optional<UtcTime> submitted(std::int64_t campaign_id,
                                                         std::int64_t account_id,
                                                         std::int64_t practice_id) = 0;
  // The juror's review of the practice; none when nothing is saved.
  [[nodiscard]] virtual std::optional<JuryReview> review(std::int64_t campaign_id,
                                                         std::int64_t account_id,
                                                         std::int64_t practice_id) = 0;
  // Every current juror's review of the practice (comment, submission; scores left empty), in
  // the jurors' order.
  [[nodiscard]] virtual std::vector<JuryReview> comments(std::int64_t campaign_id,
                                                         std::int64_t practice_id) = 0;
  // The judging of a category for core (aggregate_scores, jury_progress …): the campaign's
  // scale, blind mode and criteria, the linked jurors (their approved organisations), the
  // `entry_ids` in the given order (their organisations), and the jurors' conflicts and scores of
  // those entries. Scores belong to an entry, not to a category. None when the campaign or the
  // category is unknown.
  [[nodiscard]] virtual std::optional<core::JuryRound> round(
      std::int64_t campaign_id, std::string_view category_slug,
      const std::vector<std::int64_t>& entry_ids) = 0;

  // --- Decisions ---
  // Replaces the category's awards with `awards`, audited ("campaign.decide", the actor the
  // chair) and logged as a "campaign" change, in one transaction; nothing written unless
  // kRecorded.
  virtual DecisionOutcome record_decision(std::int64_t campaign_id, std::string_view category_slug,
                                          const std::vector<DecidedAward>& awards,
                                          const JuryActor& decided_by, UtcTime now) = 0;
};

}  // namespace tori::store
