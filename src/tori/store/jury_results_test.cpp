// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the JuryStore on both backends, the results: a category's round loaded as it was
// saved and ranked by core::aggregate_scores, and the chair's decisions written as the
// campaign's awards.
#include <gtest/gtest.h>

#include "tori/store/jury_store.hpp"
#include "tori/store/jury_test_support.hpp"

namespace tori::store {
namespace {

using core::AwardLevel;
using jury_testing::JuryFixture;
using test_support::kNow;

class JuryResultsTest : public JuryFixture {
 protected:
  // Helena an approved member of Tampere (and asking to join Espoo), Kalle of none; Kalle
  // declares a conflict with dm-3; Helena scores dm-1 and dm-3, Kalle dm-1 and dm-2.
  void judge() {
    link(0, helena_);
    link(1, kalle_);
    tampere_ = organisations_of(p2_).at(0);
    espoo_ = organisations_of(p3_).at(1);
    make_member(helena_, tampere_, true);
    make_member(helena_, espoo_, false);
    ASSERT_EQ(jury().declare_conflict(campaign_, {kalle_}, p3_, "", kNow),
              ConflictOutcome::kDeclared);
    save(helena_, p1_, 4, 4);
    save(helena_, p3_, 2, 2);
    save(kalle_, p1_, 5, 5);
    save(kalle_, p2_, 2, 5);
  }
  void save(std::int64_t juror, std::int64_t practice, int impact, int novelty) {
    ASSERT_EQ(jury().save_scores(campaign_, {juror}, practice,
                                 {{"vaikuttavuus", impact}, {"uutuus", novelty}}, "", kNow),
              ScoreSaveOutcome::kSaved);
  }
  std::int64_t tampere_ = 0, espoo_ = 0;
};
INSTANTIATE_BACKENDS(JuryResultsTest);

using JuryPeople = std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>>;
using JuryScoreRows = std::vector<std::tuple<std::int64_t, std::int64_t, std::string, int>>;

TEST_P(JuryResultsTest, TheRoundIsWhatWasSaved) {
  judge();
  const auto round = jury().round(campaign_, "sote", {p1_, p2_, p3_});
  ASSERT_TRUE(round);
  EXPECT_EQ(round->score_max, 5);
  EXPECT_FALSE(round->blind);
  EXPECT_EQ(round->criteria, jury_testing::jury_campaign_input().criteria);
  JuryPeople jurors, entries;
  for (const core::JuryMember& juror : round->jurors)
    jurors.emplace_back(juror.juror_id, juror.organisation_ids);
  EXPECT_EQ(jurors, (JuryPeople{{helena_, {tampere_}}, {kalle_, {}}})) << "approved only";
  for (const core::JuryEntry& entry : round->entries)
    entries.emplace_back(entry.entry_id, entry.organisation_ids);
  EXPECT_EQ(
      entries,
      (JuryPeople{{p1_, organisations_of(p1_)}, {p2_, {tampere_}}, {p3_, {tampere_, espoo_}}}));
  ASSERT_EQ(round->declared_conflicts.size(), 1U);
  EXPECT_EQ(round->declared_conflicts[0].juror_id, kalle_);
  EXPECT_EQ(round->declared_conflicts[0].entry_id, p3_);
  JuryScoreRows scores;
  for (const core::JuryScore& score : round->scores)
    scores.emplace_back(score.juror_id, score.entry_id, score.criterion, score.value);
  EXPECT_EQ(scores, (JuryScoreRows{{helena_, p1_, "uutuus", 4},
                                   {helena_, p1_, "vaikuttavuus", 4},
                                   {helena_, p3_, "uutuus", 2},
                                   {helena_, p3_, "vaikuttavuus", 2},
                                   {kalle_, p1_, "uutuus", 5},
                                   {kalle_, p1_, "vaikuttavuus", 5},
                                   {kalle_, p2_, "uutuus", 5},
                                   {kalle_, p2_, "vaikuttavuus", 2}}));
  EXPECT_EQ(jury().member_organisation_ids(helena_), std::vector<std::int64_t>{tampere_});
}

TEST_P(JuryResultsTest, TheRoundRanksTheEntries) {
  judge();
  const auto round = jury().round(campaign_, "sote", {p1_, p2_, p3_});
  ASSERT_TRUE(round);
  // Helena is in conflict with dm-2 and dm-3 (Tampere), Kalle with dm-3 (declared).
  const auto standing = core::aggregate_scores(*round);
  ASSERT_EQ(standing.size(), 3U);
  EXPECT_EQ(standing[0].entry_id, p1_);
  EXPECT_DOUBLE_EQ(standing[0].score.value_or(0), 4.5);
  EXPECT_EQ(standing[0].rank, 1);
  EXPECT_EQ(standing[1].entry_id, p2_);
  EXPECT_DOUBLE_EQ(standing[1].score.value_or(0), 2.9);  // (2·70 + 5·30) / 100
  EXPECT_EQ(standing[1].rank, 2);
  EXPECT_EQ(standing[1].jurors_expected, 1);
  EXPECT_EQ(standing[2].entry_id, p3_);
  EXPECT_FALSE(standing[2].score);
  EXPECT_EQ(standing[2].rank, 0);
}

TEST_P(JuryResultsTest, ARoundOfAnotherCategoryHasTheEntrysScores) {
  judge();
  const auto only_two = jury().round(campaign_, "viestinta", {p2_});
  ASSERT_TRUE(only_two);
  EXPECT_EQ(only_two->entries.size(), 1U);
  EXPECT_EQ(only_two->scores.size(), 2U) << "scores belong to the entry, not the category";
  EXPECT_FALSE(jury().round(campaign_, "ei-ole", {p1_}));
  EXPECT_FALSE(jury().round(campaign_ + 100, "sote", {p1_}));
}

TEST_P(JuryResultsTest, ADecisionWritesTheAwardsAuditedAndLogged) {
  link(0, helena_);
  const std::int64_t before = store_->change_log().last_position();
  EXPECT_EQ(jury().record_decision(campaign_, "sote",
                                   {{p1_, AwardLevel::kWinner, "Paras."},
                                    {p2_, AwardLevel::kHonourableMention, "Hyvä."}},
                                   {helena_, "ip"}, kNow),
            DecisionOutcome::kRecorded);
  const auto campaign = store_->campaigns().find_by_slug("teot-kiertoon-2026");
  ASSERT_TRUE(campaign);
  EXPECT_EQ(campaign->input.awards,
            (std::vector<core::Award>{{"sote", "dm-1", AwardLevel::kWinner, "Paras."},
                                      {"sote", "dm-2", AwardLevel::kHonourableMention, "Hyvä."}}));
  EXPECT_EQ(campaign->updated_at, kNow);
  const auto awards = store_->campaigns().awards_of(p1_);
  ASSERT_EQ(awards.size(), 1U);
  EXPECT_EQ(awards[0].category_slug, "sote");
  EXPECT_EQ(awards[0].justification, "Paras.");
  const auto changes = store_->change_log().read_after(before, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "campaign");
  EXPECT_EQ(changes[0].object_id, campaign_);
  EXPECT_EQ(changes[0].action, ChangeAction::kUpdated);
  const auto log = store_->audit_log().newest(1, 0);
  EXPECT_EQ(log.at(0).action, "campaign.decide");
  EXPECT_EQ(log.at(0).actor_account_id, helena_);
  EXPECT_EQ(log.at(0).detail,
            "{\"category\":\"sote\",\"awards\":[{\"practice_id\":" + std::to_string(p1_) +
                ",\"level\":\"winner\"},{\"practice_id\":" + std::to_string(p2_) +
                ",\"level\":\"honourable_mention\"}]}");
}

TEST_P(JuryResultsTest, ARefusedDecisionWritesNothing) {
  link(0, helena_);
  ASSERT_EQ(jury().record_decision(campaign_, "viestinta", {{p3_, AwardLevel::kWinner, "Selkeä."}},
                                   {helena_}, kNow),
            DecisionOutcome::kRecorded);
  const auto before = store_->campaigns().find_by_slug("teot-kiertoon-2026");
  const std::int64_t position = store_->change_log().last_position();
  const auto decide = [&](std::string_view category, std::vector<DecidedAward> awards) {
    return jury().record_decision(campaign_, category, awards, {helena_}, kNow);
  };
  EXPECT_EQ(decide("sote", {{p1_, AwardLevel::kWinner, ""}, {p2_, AwardLevel::kWinner, ""}}),
            DecisionOutcome::kTwoWinners);
  EXPECT_EQ(decide("sote", {{p3_, AwardLevel::kWinner, ""}}), DecisionOutcome::kPracticeTwice)
      << "dm-3 won in viestinta";
  EXPECT_EQ(
      decide("sote", {{p1_, AwardLevel::kWinner, ""}, {p1_, AwardLevel::kHonourableMention, ""}}),
      DecisionOutcome::kPracticeTwice);
  EXPECT_EQ(decide("sote", {{9999, AwardLevel::kWinner, ""}}), DecisionOutcome::kUnknownPractice);
  EXPECT_EQ(decide("ei-ole", {}), DecisionOutcome::kUnknownCategory);
  EXPECT_EQ(jury().record_decision(campaign_ + 100, "sote", {}, {helena_}, kNow),
            DecisionOutcome::kUnknownCampaign);
  EXPECT_EQ(store_->campaigns().find_by_slug("teot-kiertoon-2026")->input, before->input);
  EXPECT_EQ(store_->change_log().last_position(), position);
}

TEST_P(JuryResultsTest, ANewDecisionReplacesOnlyItsCategorysAwards) {
  link(0, helena_);
  ASSERT_EQ(jury().record_decision(campaign_, "sote",
                                   {{p1_, AwardLevel::kWinner, "Paras."},
                                    {p2_, AwardLevel::kHonourableMention, "Hyvä."}},
                                   {helena_}, kNow),
            DecisionOutcome::kRecorded);
  ASSERT_EQ(jury().record_decision(campaign_, "viestinta", {{p3_, AwardLevel::kWinner, "Selkeä."}},
                                   {helena_}, kNow),
            DecisionOutcome::kRecorded);
  EXPECT_EQ(jury().record_decision(campaign_, "sote", {{p2_, AwardLevel::kWinner, "Uusi päätös."}},
                                   {helena_}, kNow),
            DecisionOutcome::kRecorded);
  const auto campaign = store_->campaigns().find_by_slug("teot-kiertoon-2026");
  ASSERT_TRUE(campaign);
  EXPECT_EQ(campaign->input.awards,
            (std::vector<core::Award>{{"viestinta", "dm-3", AwardLevel::kWinner, "Selkeä."},
                                      {"sote", "dm-2", AwardLevel::kWinner, "Uusi päätös."}}));
  EXPECT_TRUE(store_->campaigns().awards_of(p1_).empty());
  EXPECT_EQ(store_->campaigns().awards_of(p2_).at(0).level, AwardLevel::kWinner);
  EXPECT_EQ(store_->campaigns().save(campaign->input, kNow).outcome,
            CampaignSaveOutcome::kUnchanged)
      << "the campaign as read back saves unchanged";
}

}  // namespace
}  // namespace tori::store
