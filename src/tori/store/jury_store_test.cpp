// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the JuryStore on both backends, jurors and their work: invitations accepted once and
// not when expired, used or unknown; the account link through campaign re-saves; the chair;
// declared conflicts; scores saved all or nothing, submitted, and the comments.
#include "tori/store/jury_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/jury_test_support.hpp"

namespace tori::store {
namespace {

using jury_testing::JuryFixture;
using test_support::kNow;
using namespace std::chrono_literals;

class JuryStoreTest : public JuryFixture {};
INSTANTIATE_BACKENDS(JuryStoreTest);

// The account of each juror in order (0: none).
std::vector<std::int64_t> jury_linked_accounts(JuryStore& jury, std::int64_t campaign_id) {
  std::vector<std::int64_t> accounts;
  for (const JurorLink& link : jury.jurors(campaign_id))
    accounts.push_back(link.account_id.value_or(0));
  return accounts;
}

TEST_P(JuryStoreTest, AnInvitationIsStoredWithItsMailForAJurorWithAnAddress) {
  const OutgoingMail mail{"helena@example.fi", "Subject: Kutsu\r\n\r\nTervetuloa."};
  EXPECT_EQ(jury().create_invitation(campaign_, 0, "kutsu", kNow + 24h, {mail}, kNow),
            InvitationOutcome::kCreated);
  EXPECT_EQ(store_->outbox().counts().pending, 1) << "queued with the invitation";
  EXPECT_EQ(jury().create_invitation(campaign_, 2, "anna", kNow + 24h, {mail}, kNow),
            InvitationOutcome::kNoEmail);
  EXPECT_EQ(jury().create_invitation(campaign_, 7, "ei", kNow + 24h, {mail}, kNow),
            InvitationOutcome::kNoSuchJuror);
  EXPECT_EQ(store_->outbox().counts().pending, 1);
  const auto links = jury().jurors(campaign_);
  ASSERT_EQ(links.size(), 3U);
  EXPECT_EQ(links[0].juror, jury_testing::jury_campaign_input().jurors[0]);
  EXPECT_EQ(links[0].invited_at, kNow);
  EXPECT_FALSE(links[0].account_id);
  EXPECT_FALSE(links[0].accepted_at);
  EXPECT_FALSE(links[1].invited_at);
}

TEST_P(JuryStoreTest, AnInvitationIsAcceptedOnceAndNeverWhenExpiredOrUnknown) {
  ASSERT_EQ(jury().create_invitation(campaign_, 0, "kutsu", kNow + 24h, {}, kNow),
            InvitationOutcome::kCreated);
  ASSERT_EQ(jury().create_invitation(campaign_, 0, "vanha", kNow - 1h, {}, kNow - 2h),
            InvitationOutcome::kCreated);
  EXPECT_EQ(jury().accept_invitation("tuntematon", {helena_}, kNow).outcome,
            AcceptOutcome::kUnknown);
  EXPECT_EQ(jury().accept_invitation("vanha", {helena_}, kNow).outcome, AcceptOutcome::kExpired);
  const JuryAcceptance accepted = jury().accept_invitation("kutsu", {helena_, "ip-h"}, kNow);
  EXPECT_EQ(accepted.outcome, AcceptOutcome::kAccepted);
  EXPECT_EQ(accepted.campaign_id, campaign_);
  EXPECT_EQ(accepted.campaign_slug, "teot-kiertoon-2026");
  EXPECT_EQ(accepted.juror_position, 0);
  EXPECT_EQ(accepted.juror.name, "Helena Korpi");
  EXPECT_EQ(jury().accept_invitation("kutsu", {helena_}, kNow).outcome, AcceptOutcome::kUsed);
  EXPECT_EQ(jury().jurors(campaign_)[0].accepted_at, kNow);
  EXPECT_EQ(jury_linked_accounts(jury(), campaign_), (std::vector<std::int64_t>{helena_, 0, 0}));
  const auto campaigns = jury().campaigns_of_juror(helena_);
  ASSERT_EQ(campaigns.size(), 1U);
  EXPECT_EQ(campaigns[0].slug, "teot-kiertoon-2026");
  EXPECT_TRUE(jury().campaigns_of_juror(kalle_).empty());
  const auto log = store_->audit_log().newest(10, 0);
  ASSERT_EQ(log.size(), 1U);
  EXPECT_EQ(log[0].action, "jury.accept");
  EXPECT_EQ(log[0].actor, "helena@example.fi");
  EXPECT_EQ(log[0].actor_account_id, helena_);
  EXPECT_EQ(log[0].object_id, std::to_string(campaign_));
  EXPECT_EQ(log[0].ip_hash, "ip-h");
}

TEST_P(JuryStoreTest, AnAccountIsOneJurorOfACampaignAndALinkMayMove) {
  link(0, helena_);
  ASSERT_EQ(jury().create_invitation(campaign_, 1, "kalle", kNow + 24h, {}, kNow),
            InvitationOutcome::kCreated);
  EXPECT_EQ(jury().accept_invitation("kalle", {helena_}, kNow).outcome,
            AcceptOutcome::kAccountIsAnotherJuror);
  ASSERT_EQ(jury().create_invitation(campaign_, 0, "helena-2", kNow + 24h, {}, kNow),
            InvitationOutcome::kCreated);
  EXPECT_EQ(jury().accept_invitation("helena-2", {outsider_}, kNow).outcome,
            AcceptOutcome::kAccepted);
  EXPECT_EQ(jury_linked_accounts(jury(), campaign_), (std::vector<std::int64_t>{outsider_, 0, 0}))
      << "the juror's link moved to the account that accepted last";
  EXPECT_TRUE(jury().campaigns_of_juror(helena_).empty());
}

TEST_P(JuryStoreTest, TheLinkSurvivesReSavesAndGoesOnlyWithARemovedJuror) {
  link(0, helena_);
  link(1, kalle_);
  ASSERT_TRUE(jury().set_chair(campaign_, helena_, {outsider_}, kNow));
  core::CampaignInput input = jury_testing::jury_campaign_input();
  EXPECT_EQ(store_->campaigns().save(input, kNow).outcome, CampaignSaveOutcome::kUnchanged);
  input.description = "Uusi kuvaus.";
  std::swap(input.jurors[0], input.jurors[1]);
  input.jurors[1].email = "Helena@Example.FI";
  input.jurors[0].title = "johtaja";
  EXPECT_EQ(store_->campaigns().save(input, kNow).outcome, CampaignSaveOutcome::kUpdated);
  auto links = jury().jurors(campaign_);
  EXPECT_EQ(jury_linked_accounts(jury(), campaign_),
            (std::vector<std::int64_t>{kalle_, helena_, 0}));
  EXPECT_TRUE(links[1].chair);
  EXPECT_EQ(links[1].juror.email, "Helena@Example.FI");

  ASSERT_EQ(jury().save_scores(campaign_, {kalle_}, p1_, {{"uutuus", 3}}, "", kNow),
            ScoreSaveOutcome::kSaved);
  input.jurors.erase(input.jurors.begin());  // Kalle leaves the jury
  EXPECT_EQ(store_->campaigns().save(input, kNow).outcome, CampaignSaveOutcome::kUpdated);
  EXPECT_EQ(jury_linked_accounts(jury(), campaign_), (std::vector<std::int64_t>{helena_, 0}));
  EXPECT_TRUE(jury().campaigns_of_juror(kalle_).empty());
  EXPECT_EQ(jury().save_scores(campaign_, {kalle_}, p1_, {{"uutuus", 4}}, "", kNow),
            ScoreSaveOutcome::kNotJuror);
  EXPECT_TRUE(jury().comments(campaign_, p1_).empty()) << "a removed juror's review is not read";
  const auto round = jury().round(campaign_, "sote", {p1_});
  ASSERT_TRUE(round);
  EXPECT_EQ(round->jurors.size(), 1U);
  EXPECT_TRUE(round->scores.empty());

  input.jurors.push_back({"Kalle Räty", "", "", "kalle@example.fi"});
  EXPECT_EQ(store_->campaigns().save(input, kNow).outcome, CampaignSaveOutcome::kUpdated);
  EXPECT_EQ(jury_linked_accounts(jury(), campaign_), (std::vector<std::int64_t>{helena_, 0, 0}))
      << "back in the list, not linked until invited again";
}

TEST_P(JuryStoreTest, OneChairAtATime) {
  link(0, helena_);
  link(1, kalle_);
  EXPECT_FALSE(jury().set_chair(campaign_, outsider_, {outsider_}, kNow)) << "not a juror";
  EXPECT_TRUE(jury().set_chair(campaign_, helena_, {outsider_}, kNow));
  EXPECT_TRUE(jury().set_chair(campaign_, kalle_, {outsider_}, kNow));
  auto links = jury().jurors(campaign_);
  EXPECT_FALSE(links[0].chair);
  EXPECT_TRUE(links[1].chair);
  EXPECT_TRUE(jury().campaigns_of_juror(kalle_).at(0).chair);
  EXPECT_TRUE(jury().set_chair(campaign_, std::nullopt, {outsider_}, kNow));
  EXPECT_FALSE(jury().jurors(campaign_)[1].chair);
  const auto log = store_->audit_log().newest(1, 0);
  ASSERT_EQ(log.size(), 1U);
  EXPECT_EQ(log[0].action, "jury.chair");
  EXPECT_EQ(log[0].actor, "ulkopuolinen@example.fi");
}

TEST_P(JuryStoreTest, ConflictsAreDeclaredAndWithdrawn) {
  link(0, helena_);
  EXPECT_EQ(jury().declare_conflict(campaign_, {helena_}, p2_, "Entinen työpaikka", kNow),
            ConflictOutcome::kDeclared);
  EXPECT_EQ(jury().declare_conflict(campaign_, {helena_}, p2_, "", kNow),
            ConflictOutcome::kAlreadyDeclared);
  EXPECT_EQ(jury().declare_conflict(campaign_, {kalle_}, p2_, "", kNow),
            ConflictOutcome::kNotJuror);
  EXPECT_EQ(jury().declare_conflict(campaign_, {helena_}, 9999, "", kNow),
            ConflictOutcome::kUnknownPractice);
  auto conflicts = jury().declared_conflicts(campaign_);
  ASSERT_EQ(conflicts.size(), 1U);
  EXPECT_EQ(conflicts[0].account_id, helena_);
  EXPECT_EQ(conflicts[0].practice_id, p2_);
  EXPECT_EQ(conflicts[0].reason, "Entinen työpaikka");
  EXPECT_EQ(store_->audit_log().newest(1, 0).at(0).action, "jury.conflict_declare");
  EXPECT_TRUE(jury().withdraw_conflict(campaign_, {helena_}, p2_, kNow));
  EXPECT_FALSE(jury().withdraw_conflict(campaign_, {helena_}, p2_, kNow));
  EXPECT_TRUE(jury().declared_conflicts(campaign_).empty());
  EXPECT_EQ(store_->audit_log().newest(1, 0).at(0).action, "jury.conflict_withdraw");
}

TEST_P(JuryStoreTest, ScoresAreUpsertedAllOrNothing) {
  link(0, helena_);
  EXPECT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"vaikuttavuus", 4}, {"uutuus", 3}},
                               "Hyvä.", kNow),
            ScoreSaveOutcome::kSaved);
  EXPECT_EQ(
      jury().save_scores(campaign_, {helena_}, p1_, {{"vaikuttavuus", 5}}, "Parempi.", kNow + 1h),
      ScoreSaveOutcome::kSaved);
  const auto expect_kept = [&](const char* what) {
    const auto review = jury().review(campaign_, helena_, p1_);
    ASSERT_TRUE(review) << what;
    EXPECT_EQ(review->comment, "Parempi.") << what;
    EXPECT_EQ(review->saved_at, kNow + 1h) << what;
    ASSERT_EQ(review->scores.size(), 2U) << what;
    EXPECT_EQ(review->scores[0].criterion, "uutuus") << what;
    EXPECT_EQ(review->scores[0].value, 3) << what;
    EXPECT_EQ(review->scores[1].value, 5) << what;
  };
  expect_kept("upserted: the other criterion kept");
  EXPECT_EQ(
      jury().save_scores(campaign_, {helena_}, p1_, {{"uutuus", 1}, {"ei-ole", 2}}, "X", kNow + 2h),
      ScoreSaveOutcome::kUnknownCriterion);
  expect_kept("an unknown criterion saves nothing");
  EXPECT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"uutuus", 1}, {"vaikuttavuus", 11}},
                               "X", kNow + 2h),
            ScoreSaveOutcome::kOutOfScale);
  EXPECT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"uutuus", 0}}, "X", kNow + 2h),
            ScoreSaveOutcome::kOutOfScale);
  expect_kept("a value out of scale saves nothing");
  EXPECT_EQ(jury().save_scores(campaign_, {helena_}, 9999, {{"uutuus", 1}}, "", kNow),
            ScoreSaveOutcome::kUnknownPractice);
  EXPECT_EQ(jury().save_scores(campaign_, {kalle_}, p1_, {{"uutuus", 1}}, "", kNow),
            ScoreSaveOutcome::kNotJuror);
  EXPECT_FALSE(jury().review(campaign_, kalle_, p1_));
}

TEST_P(JuryStoreTest, TheSchemaRefusesAValueOffTheWidestScale) {
  link(0, helena_);
  ASSERT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"uutuus", 10}}, "", kNow),
            ScoreSaveOutcome::kSaved);
  sqlite::Lease connection = store_->database().acquire();
  try {
    connection
        ->prepare(
            "INSERT INTO jury_scores (campaign_id, account_id, practice_id, criterion, value)"
            " VALUES (?1, ?2, ?3, 'uutuus-2', 11)")
        .bind_int64(1, campaign_)
        .bind_int64(2, helena_)
        .bind_int64(3, p1_)
        .run();
    ADD_FAILURE() << "a value of 11 was stored";
  } catch (const sqlite::SqlError& error) {
    EXPECT_EQ(error.failure(), sqlite::SqlFailure::kCheckViolation) << error.what();
  }
}

TEST_P(JuryStoreTest, AReviewIsSubmittedOnceAndItsCommentRead) {
  link(0, helena_);
  link(1, kalle_);
  EXPECT_EQ(jury().submit(campaign_, {helena_}, p1_, kNow), SubmitOutcome::kNothingSaved);
  ASSERT_EQ(jury().save_scores(campaign_, {kalle_}, p1_, {{"uutuus", 2}}, "Kallen.", kNow),
            ScoreSaveOutcome::kSaved);
  ASSERT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"uutuus", 4}}, "Helenan.", kNow),
            ScoreSaveOutcome::kSaved);
  EXPECT_FALSE(jury().submitted(campaign_, helena_, p1_));
  EXPECT_EQ(jury().submit(campaign_, {helena_, "ip"}, p1_, kNow + 1h), SubmitOutcome::kSubmitted);
  EXPECT_EQ(jury().submit(campaign_, {helena_}, p1_, kNow + 2h), SubmitOutcome::kAlreadySubmitted);
  EXPECT_EQ(jury().submitted(campaign_, helena_, p1_), kNow + 1h);
  ASSERT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"uutuus", 5}}, "Helenan.", kNow + 3h),
            ScoreSaveOutcome::kSaved);
  EXPECT_EQ(jury().submitted(campaign_, helena_, p1_), kNow + 1h) << "a later save keeps it";
  EXPECT_FALSE(jury().submitted(campaign_, kalle_, p1_));
  EXPECT_FALSE(jury().submitted(campaign_, helena_, p2_));
  const auto log = store_->audit_log().newest(1, 0);
  EXPECT_EQ(log.at(0).action, "jury.submit");
  EXPECT_EQ(log.at(0).detail, "{\"practice_id\":" + std::to_string(p1_) + "}");

  const auto comments = jury().comments(campaign_, p1_);
  ASSERT_EQ(comments.size(), 2U);
  EXPECT_EQ(comments[0].account_id, helena_) << "in the jurors' order";
  EXPECT_EQ(comments[0].comment, "Helenan.");
  EXPECT_EQ(comments[0].submitted_at, kNow + 1h);
  EXPECT_EQ(comments[1].comment, "Kallen.");
  EXPECT_FALSE(comments[1].submitted_at);
  EXPECT_TRUE(jury().comments(campaign_, p2_).empty());
}

}  // namespace
}  // namespace tori::store
