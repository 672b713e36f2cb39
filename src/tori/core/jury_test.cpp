// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the jury's conflicts (organisation membership, declarations), what a juror sees
// (blind mode, others' scores by phase), the validation of a score, which scores count, and the
// chair's progress view.
#include "tori/core/jury.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace tori::core {
namespace {

// Jurors 1 (of organisation 100) and 2 (of 200 and 210); entries 11 (of 300), 12 (of 400 and
// 210: juror 2 is a member), 13 (of 500); juror 1 has declared a conflict with entry 13.
JuryRound jury_conflict_round() {
  JuryRound round;
  round.criteria = {{"vaikuttavuus", "Vaikuttavuus", 3}, {"uutuusarvo", "Uutuusarvo", 1}};
  round.jurors = {{1, {100}}, {2, {200, 210}}};
  round.entries = {{11, {300}}, {12, {400, 210}}, {13, {500}}};
  round.declared_conflicts = {{1, 13}};
  return round;
}

TEST(JuryConflicts, MembershipOfAnyOrganisationOrADeclaration) {
  struct Case {
    const char* what;
    std::vector<std::int64_t> juror_organisations;
    std::vector<std::int64_t> entry_organisations;
    std::vector<Conflict> declared;
    bool conflict;
  };
  const Case cases[] = {
      {"no shared organisation", {100}, {300}, {}, false},
      {"member of the entry's organisation", {300}, {300}, {}, true},
      {"member of the entry's second organisation", {400}, {300, 400}, {}, true},
      {"one of the juror's organisations", {100, 200, 300}, {300}, {}, true},
      {"no organisations at all", {}, {}, {}, false},
      {"declared by the juror for the entry", {100}, {300}, {{1, 11}}, true},
      {"declared by another juror", {100}, {300}, {{2, 11}}, false},
      {"declared for another entry", {100}, {300}, {{1, 12}}, false},
      {"declared among others", {100}, {300}, {{2, 11}, {1, 12}, {1, 11}}, true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    const JuryMember juror{1, c.juror_organisations};
    const JuryEntry entry{11, c.entry_organisations};
    EXPECT_EQ(in_conflict(juror, entry, c.declared), c.conflict);
  }
}

TEST(JuryConflicts, ByIdsWithinTheRound) {
  const JuryRound round = jury_conflict_round();
  EXPECT_FALSE(in_conflict(round, 1, 11));
  EXPECT_FALSE(in_conflict(round, 1, 12));
  EXPECT_TRUE(in_conflict(round, 1, 13));  // declared
  EXPECT_FALSE(in_conflict(round, 2, 11));
  EXPECT_TRUE(in_conflict(round, 2, 12));  // member of 210
  EXPECT_FALSE(in_conflict(round, 2, 13));
  EXPECT_TRUE(in_conflict(round, 3, 11));  // not a juror of the round
  EXPECT_TRUE(in_conflict(round, 1, 99));  // not an entry of the category
}

TEST(JuryConflicts, AJurorSeesOnlyEntriesWithoutConflict) {
  const JuryRound round = jury_conflict_round();
  EXPECT_EQ(entries_for_juror(round, 1), (std::vector<std::int64_t>{11, 12}));
  EXPECT_EQ(entries_for_juror(round, 2), (std::vector<std::int64_t>{11, 13}));
  EXPECT_EQ(entries_for_juror(round, 3), std::vector<std::int64_t>{});
}

TEST(JuryVisibility, OthersScoresAfterOwnOrOnceTheJuryPhaseIsOver) {
  struct Case {
    bool own_submitted;
    CampaignPhase phase;
    bool may_see;
  };
  const Case cases[] = {
      {false, CampaignPhase::kUpcoming, false},   {true, CampaignPhase::kUpcoming, false},
      {false, CampaignPhase::kCollecting, false}, {true, CampaignPhase::kCollecting, false},
      {false, CampaignPhase::kJury, false},       {true, CampaignPhase::kJury, true},
      {false, CampaignPhase::kResults, true},     {true, CampaignPhase::kResults, true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(to_string(c.phase)) + (c.own_submitted ? " submitted" : ""));
    EXPECT_EQ(may_see_others_scores(c.own_submitted, c.phase), c.may_see);
  }
}

TEST(JuryVisibility, BlindModeHidesOrganisationsAndPeopleAndConflictsHideAll) {
  JuryRound round = jury_conflict_round();
  const JurorView open = juror_view(round, 1, 11, false, CampaignPhase::kJury);
  EXPECT_TRUE(open.shows_entry);
  EXPECT_TRUE(open.shows_organisations);
  EXPECT_TRUE(open.shows_people);
  EXPECT_FALSE(open.shows_others_scores);

  round.blind = true;
  const JurorView blind = juror_view(round, 1, 11, true, CampaignPhase::kJury);
  EXPECT_TRUE(blind.shows_entry);
  EXPECT_FALSE(blind.shows_organisations);
  EXPECT_FALSE(blind.shows_people);
  EXPECT_TRUE(blind.shows_others_scores);
  EXPECT_FALSE(juror_view(round, 1, 11, false, CampaignPhase::kResults).shows_organisations);

  round.blind = false;
  for (const auto& [juror, entry] : {std::pair{1, 13}, std::pair{2, 12}, std::pair{3, 11}}) {
    SCOPED_TRACE(std::to_string(juror) + " " + std::to_string(entry));
    const JurorView conflicted = juror_view(round, juror, entry, true, CampaignPhase::kResults);
    EXPECT_FALSE(conflicted.shows_entry);
    EXPECT_FALSE(conflicted.shows_organisations);
    EXPECT_FALSE(conflicted.shows_people);
    EXPECT_FALSE(conflicted.shows_others_scores);
  }
}

TEST(JuryScoreValidation, ScaleOfFiveAndOfTen) {
  EXPECT_FALSE(score_in_scale(0, 5));
  EXPECT_TRUE(score_in_scale(1, 5));
  EXPECT_TRUE(score_in_scale(5, 5));
  EXPECT_FALSE(score_in_scale(6, 5));
  EXPECT_TRUE(score_in_scale(10, 10));
  EXPECT_FALSE(score_in_scale(11, 10));
  EXPECT_FALSE(score_in_scale(-1, 10));
}

TEST(JuryScoreValidation, EachReasonInItsOrder) {
  JuryRound ten = jury_conflict_round();
  ten.score_max = 10;
  struct Case {
    const char* what;
    JuryScore score;
    CampaignPhase phase;
    const JuryRound* round;
    std::optional<ScoreError> error;
  };
  const JuryRound five = jury_conflict_round();
  const Case cases[] = {
      {"valid", {1, 11, "vaikuttavuus", 5}, CampaignPhase::kJury, &five, std::nullopt},
      {"valid on ten", {1, 11, "uutuusarvo", 10}, CampaignPhase::kJury, &ten, std::nullopt},
      {"collecting",
       {1, 11, "vaikuttavuus", 5},
       CampaignPhase::kCollecting,
       &five,
       ScoreError::kNotJuryPhase},
      {"results",
       {1, 11, "vaikuttavuus", 5},
       CampaignPhase::kResults,
       &five,
       ScoreError::kNotJuryPhase},
      {"unknown juror",
       {3, 11, "vaikuttavuus", 9},
       CampaignPhase::kJury,
       &five,
       ScoreError::kUnknownJuror},
      {"unknown entry",
       {1, 99, "vaikuttavuus", 5},
       CampaignPhase::kJury,
       &five,
       ScoreError::kUnknownEntry},
      {"declared conflict",
       {1, 13, "vaikuttavuus", 5},
       CampaignPhase::kJury,
       &five,
       ScoreError::kInConflict},
      {"member of the entry's organisation",
       {2, 12, "nope", 9},
       CampaignPhase::kJury,
       &five,
       ScoreError::kInConflict},
      {"unknown criterion",
       {1, 11, "kauneus", 9},
       CampaignPhase::kJury,
       &five,
       ScoreError::kUnknownCriterion},
      {"above five",
       {1, 11, "vaikuttavuus", 6},
       CampaignPhase::kJury,
       &five,
       ScoreError::kOutOfScale},
      {"zero", {1, 11, "vaikuttavuus", 0}, CampaignPhase::kJury, &ten, ScoreError::kOutOfScale},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(validate_score(c.score, *c.round, c.phase), c.error);
  }
  EXPECT_EQ(to_string(ScoreError::kNotJuryPhase), "not_jury_phase");
  EXPECT_EQ(to_string(ScoreError::kOutOfScale), "out_of_scale");
}

TEST(JuryCountedScores, OnlyValidScoresTheLaterOfTwoInOrder) {
  JuryRound round = jury_conflict_round();
  round.scores = {
      {2, 13, "vaikuttavuus", 4},  // counts
      {1, 11, "uutuusarvo", 2},    // replaced below
      {1, 11, "vaikuttavuus", 5},  // counts
      {1, 13, "vaikuttavuus", 5},  // declared conflict
      {2, 12, "vaikuttavuus", 5},  // member of the entry's organisation
      {1, 12, "kauneus", 5},       // no such criterion
      {1, 12, "uutuusarvo", 6},    // out of scale
      {3, 11, "uutuusarvo", 3},    // not a juror
      {1, 14, "uutuusarvo", 3},    // not an entry
      {1, 11, "uutuusarvo", 3},    // the later one counts
  };
  std::vector<std::string> counted;
  for (const JuryScore& s : counted_scores(round)) {
    counted.push_back(std::to_string(s.juror_id) + " " + std::to_string(s.entry_id) + " " +
                      s.criterion + " " + std::to_string(s.value));
  }
  EXPECT_EQ(counted, (std::vector<std::string>{"1 11 uutuusarvo 3", "1 11 vaikuttavuus 5",
                                               "2 13 vaikuttavuus 4"}));
}

TEST(JuryProgress, WhoHasScoredWhat) {
  JuryRound round = jury_conflict_round();
  round.jurors.push_back({5, {}});  // has scored nothing
  round.scores = {
      {1, 11, "vaikuttavuus", 5}, {1, 11, "uutuusarvo", 4},  // 1: 11 fully
      {1, 12, "uutuusarvo", 2},                              // 1: 12 partly
      {1, 13, "vaikuttavuus", 5}, {1, 13, "uutuusarvo", 5},  // 1: 13 in conflict, not counted
      {2, 11, "vaikuttavuus", 1}, {2, 11, "kauneus", 3},     // 2: 11 partly (kauneus unknown)
      {2, 13, "vaikuttavuus", 3}, {2, 13, "uutuusarvo", 3},  // 2: 13 fully
      {2, 13, "uutuusarvo", 4},                              // again: still fully
  };
  using enum ScoringStatus;
  struct Expected {
    std::int64_t juror_id;
    std::vector<ScoringStatus> entries;
    int to_score;
    int fully;
    int partly;
  };
  const Expected expected[] = {
      {1, {kFullyScored, kPartlyScored, kInConflict}, 2, 1, 1},
      {2, {kPartlyScored, kInConflict, kFullyScored}, 2, 1, 1},
      {5, {kNotStarted, kNotStarted, kNotStarted}, 3, 0, 0},
  };
  const std::vector<JurorProgress> progress = jury_progress(round);
  ASSERT_EQ(progress.size(), std::size(expected));
  for (std::size_t i = 0; i < progress.size(); ++i) {
    SCOPED_TRACE(expected[i].juror_id);
    EXPECT_EQ(progress[i].juror_id, expected[i].juror_id);
    EXPECT_EQ(progress[i].entries, expected[i].entries);
    EXPECT_EQ(progress[i].entries_to_score, expected[i].to_score);
    EXPECT_EQ(progress[i].fully_scored, expected[i].fully);
    EXPECT_EQ(progress[i].partly_scored, expected[i].partly);
  }
}

}  // namespace
}  // namespace tori::core
