// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the jury's aggregation, a row per case: weights, missing scores (a criterion, an
// entry, an entry nobody scored), conflicts, normalisation of each juror's scale (harsh and
// lenient, all values equal), ties (1, 1, 3) and the shortlist with those tied.
#include "tori/core/jury.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tori::core {
namespace {

// A juror's two scores of an entry; 0: that criterion not scored.
struct JuryMarks {
  std::int64_t juror_id;
  std::int64_t entry_id;
  int impact;   // vaikuttavuus, weight 3
  int novelty;  // uutuusarvo, weight 1
};

// Jurors 1 and 2; entries 14, 12, 13, 11 (ids out of order on purpose), no one in conflict
// unless declared.
JuryRound jury_scoring_round(const std::vector<JuryMarks>& marks,
                             const std::vector<Conflict>& declared) {
  JuryRound round;
  round.criteria = {{"vaikuttavuus", "Vaikuttavuus", 3}, {"uutuusarvo", "Uutuusarvo", 1}};
  round.jurors = {{1, {100}}, {2, {200}}};
  round.entries = {{14, {314}}, {12, {312}}, {13, {313}}, {11, {311}}};
  round.declared_conflicts = declared;
  for (const JuryMarks& m : marks) {
    if (m.impact) round.scores.push_back({m.juror_id, m.entry_id, "vaikuttavuus", m.impact});
    if (m.novelty) round.scores.push_back({m.juror_id, m.entry_id, "uutuusarvo", m.novelty});
  }
  return round;
}

// A row as "rank[=] entry score counted/expected[ complete]"; "-" for no rank or score.
std::vector<std::string> jury_compact(const std::vector<EntryScore>& rows) {
  std::vector<std::string> out;
  for (const EntryScore& row : rows) {
    char score[32] = "-";
    if (row.score) std::snprintf(score, sizeof score, "%.3f", *row.score);
    out.push_back((row.rank ? std::to_string(row.rank) : "-") + (row.tied ? "= " : " ") +
                  std::to_string(row.entry_id) + " " + score + " " +
                  std::to_string(row.jurors_counted) + "/" + std::to_string(row.jurors_expected) +
                  (row.complete ? " complete" : ""));
  }
  return out;
}

struct JuryAggregationCase {
  const char* name;
  std::vector<JuryMarks> marks;
  std::vector<Conflict> declared;
  bool normalise;
  std::vector<std::string> expected;
};

class JuryAggregationTest : public ::testing::TestWithParam<JuryAggregationCase> {};

TEST_P(JuryAggregationTest, Aggregates) {
  const JuryAggregationCase& c = GetParam();
  const JuryRound round = jury_scoring_round(c.marks, c.declared);
  EXPECT_EQ(jury_compact(aggregate_scores(round, {.normalise_jurors = c.normalise})), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    JuryTable, JuryAggregationTest,
    ::testing::Values(
        JuryAggregationCase{"nobody_scored_all_unranked_by_id",
                            {},
                            {},
                            false,
                            {"- 11 - 0/2", "- 12 - 0/2", "- 13 - 0/2", "- 14 - 0/2"}},
        // (3·5 + 1·1) / 4 = 4 and (3·1 + 1·5) / 4 = 2; unweighted both would be 3.
        JuryAggregationCase{
            "weights",
            {{1, 11, 5, 1}, {1, 12, 1, 5}, {2, 11, 5, 1}, {2, 12, 1, 5}},
            {},
            false,
            {"1 11 4.000 2/2 complete", "2 12 2.000 2/2 complete", "- 13 - 0/2", "- 14 - 0/2"}},
        // 11: juror 1 only the heavy criterion (4), juror 2 only the light one (2): 3. Counted
        // as 0, the skipped criteria would give (12/4 + 2/4) / 2 = 1.75, below 12's 2.5.
        JuryAggregationCase{
            "juror_skips_a_criterion",
            {{1, 11, 4, 0}, {2, 11, 0, 2}, {1, 12, 2, 2}, {2, 12, 3, 3}},
            {},
            false,
            {"1 11 3.000 2/2", "2 12 2.500 2/2 complete", "- 13 - 0/2", "- 14 - 0/2"}},
        // Juror 2 did not score 11: its mean is juror 1's 5, not (5 + 0) / 2.
        JuryAggregationCase{
            "juror_skips_an_entry",
            {{1, 11, 5, 5}, {1, 12, 3, 3}, {2, 12, 3, 3}},
            {},
            false,
            {"1 11 5.000 1/2", "2 12 3.000 2/2 complete", "- 13 - 0/2", "- 14 - 0/2"}},
        // Juror 2 scored 11 before declaring a conflict with it: that score does not count,
        // and 11 is complete with juror 1 alone.
        JuryAggregationCase{
            "conflicted_score_left_out",
            {{1, 11, 2, 2}, {2, 11, 5, 5}, {1, 12, 3, 3}, {2, 12, 3, 3}},
            {{2, 11}},
            false,
            {"1 12 3.000 2/2 complete", "2 11 2.000 1/1 complete", "- 13 - 0/2", "- 14 - 0/2"}},
        JuryAggregationCase{
            "ties_share_rank_and_skip",
            {{1, 11, 4, 4}, {1, 12, 4, 4}, {1, 13, 2, 2}, {1, 14, 1, 1}},
            {},
            false,
            {"1= 11 4.000 1/2", "1= 12 4.000 1/2", "3 13 2.000 1/2", "4 14 1.000 1/2"}},
        // 4 reached by different sums: 12 by weights (3·5 + 1) / 4, 14 by two jurors' 4 and 4,
        // 11 by (3 + 5) / 2; tied, listed by id.
        JuryAggregationCase{"ties_by_different_paths",
                            {{1, 14, 4, 4},
                             {2, 14, 4, 4},
                             {1, 12, 5, 1},
                             {1, 11, 3, 3},
                             {2, 11, 5, 5},
                             {1, 13, 5, 5}},
                            {},
                            false,
                            {"1 13 5.000 1/2", "2= 11 4.000 2/2 complete", "2= 12 4.000 1/2",
                             "2= 14 4.000 2/2 complete"}},
        // Juror 1 is harsh (1 and 3), juror 2 lenient (3 and 5); each scored two entries.
        JuryAggregationCase{"harsh_and_lenient_raw",
                            {{1, 11, 1, 1}, {1, 12, 3, 3}, {2, 13, 3, 3}, {2, 14, 5, 5}},
                            {{2, 11}, {2, 12}, {1, 13}, {1, 14}},
                            false,
                            {"1 14 5.000 1/1 complete", "2= 12 3.000 1/1 complete",
                             "2= 13 3.000 1/1 complete", "4 11 1.000 1/1 complete"}},
        // The same normalised: both centred on the jury's mean 3 with spread 1, each juror's
        // better entry 4 and worse 2.
        JuryAggregationCase{"harsh_and_lenient_normalised",
                            {{1, 11, 1, 1}, {1, 12, 3, 3}, {2, 13, 3, 3}, {2, 14, 5, 5}},
                            {{2, 11}, {2, 12}, {1, 13}, {1, 14}},
                            true,
                            {"1= 12 4.000 1/1 complete", "1= 14 4.000 1/1 complete",
                             "3= 11 2.000 1/1 complete", "3= 13 2.000 1/1 complete"}},
        // Juror 1 gives 5 to everything: no preference, so both get the mean 3.5 from them;
        // juror 2's 1 and 3 become 2.5 and 4.5 (spread 1). No division by zero.
        JuryAggregationCase{
            "normalised_juror_with_all_values_equal",
            {{1, 11, 5, 5}, {1, 12, 5, 5}, {2, 11, 1, 1}, {2, 12, 3, 3}},
            {},
            true,
            {"1 12 4.000 2/2 complete", "2 11 3.000 2/2 complete", "- 13 - 0/2", "- 14 - 0/2"}},
        // Each juror's values all equal (4s and 2s): raw 11 > 12 > 13, normalised all the mean.
        JuryAggregationCase{
            "normalised_every_juror_all_equal",
            {{1, 11, 4, 4}, {1, 12, 4, 4}, {2, 12, 2, 2}, {2, 13, 2, 2}},
            {},
            true,
            {"1= 11 3.000 1/2", "1= 12 3.000 2/2 complete", "1= 13 3.000 1/2", "- 14 - 0/2"}},
        // Raw, 11 and 12 both 3. Normalised value by value before the weights: juror 1's 5, 1,
        // 1, 5 (mean 3, spread 2) become 4.5, 1.5, 1.5, 4.5; juror 2's 2, 2, 4, 4 (mean 3,
        // spread 1) become 1.5, 1.5, 4.5, 4.5 (the jury's mean 3, spread (2 + 1) / 2). 11:
        // (3·4.5 + 1.5) / 4 = 3.75 and 1.5, mean 2.625; 12: 2.25 and 4.5, mean 3.375.
        JuryAggregationCase{
            "normalised_with_weights",
            {{1, 11, 5, 1}, {1, 12, 1, 5}, {2, 11, 2, 2}, {2, 12, 4, 4}},
            {},
            true,
            {"1 12 3.375 2/2 complete", "2 11 2.625 2/2 complete", "- 13 - 0/2", "- 14 - 0/2"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(JuryAggregation, ScoresEqualButForRoundingTie) {
  // Weights 3 and 7. 11: one juror's (3·1 + 7·2) / 10 = 1.7; 12: the mean of three jurors'
  // 1.3, 1.6 and 2.2, also 1.7 exactly but 1.7000000000000002 in doubles.
  JuryRound round;
  round.criteria = {{"a", "A", 3}, {"b", "B", 7}};
  round.jurors = {{1, {}}, {2, {}}, {3, {}}};
  round.entries = {{12, {}}, {11, {}}, {10, {}}};
  round.scores = {{1, 11, "a", 1}, {1, 11, "b", 2}, {1, 12, "a", 2}, {1, 12, "b", 1},
                  {2, 12, "a", 3}, {2, 12, "b", 1}, {3, 12, "a", 5}, {3, 12, "b", 1},
                  {1, 10, "a", 1}, {1, 10, "b", 1}};
  const std::vector<EntryScore> rows = aggregate_scores(round);
  ASSERT_EQ(rows.size(), 3u);
  ASSERT_TRUE(rows[0].score && rows[1].score && rows[2].score);
  EXPECT_NE(*rows[0].score, *rows[1].score);  // the doubles differ …
  EXPECT_NEAR(*rows[0].score, 1.7, 1e-12);
  EXPECT_NEAR(*rows[1].score, 1.7, 1e-12);
  EXPECT_EQ(jury_compact(rows),
            (std::vector<std::string>{"1= 11 1.700 1/3", "1= 12 1.700 3/3 complete",
                                      "3 10 1.000 1/3"}));  // … yet tie
}

TEST(JuryRanking, TiesWithinToleranceOfTheGroupsFirstNotAChain) {
  const double step = kScoreTieTolerance * 0.6;
  std::vector<EntryScore> rows = {
      {.entry_id = 5, .score = 4.0 - 2 * step},  // 1.2 tolerances below 4: a new group
      {.entry_id = 6},                           // no score: last
      {.entry_id = 3, .score = 4.0 - step},      // within tolerance of 4: tied
      {.entry_id = 4, .score = 4.0},
      {.entry_id = 2, .score = 4.0 - 2 * step},
      {.entry_id = 1, .score = 3.0},
  };
  rank_entry_scores(rows);
  EXPECT_EQ(jury_compact(rows),
            (std::vector<std::string>{"1= 3 4.000 0/0", "1= 4 4.000 0/0", "3= 2 4.000 0/0",
                                      "3= 5 4.000 0/0", "5 1 3.000 0/0", "- 6 - 0/0"}));
}

TEST(JuryShortlist, TopNAndEveryoneTiedWithTheLast) {
  const std::vector<EntryScore> ranked = {
      {.entry_id = 1, .score = 4.5, .rank = 1},
      {.entry_id = 2, .score = 4.0, .rank = 2, .tied = true},
      {.entry_id = 3, .score = 4.0, .rank = 2, .tied = true},
      {.entry_id = 4, .score = 4.0, .rank = 2, .tied = true},
      {.entry_id = 5, .score = 3.0, .rank = 5},
      {.entry_id = 6},  // no score
  };
  struct Case {
    std::size_t n;
    std::vector<std::int64_t> ids;
  };
  const Case cases[] = {
      {0, {}},
      {1, {1}},
      {2, {1, 2, 3, 4}},
      {4, {1, 2, 3, 4}},
      {5, {1, 2, 3, 4, 5}},
      {10, {1, 2, 3, 4, 5}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.n);
    std::vector<std::int64_t> ids;
    for (const EntryScore& entry : shortlist(ranked, c.n))
      ids.push_back(entry.entry_id);
    EXPECT_EQ(ids, c.ids);
  }
}

TEST(JuryShortlist, FromTheAggregationTiedFirstPlaces) {
  const JuryRound round =
      jury_scoring_round({{1, 11, 4, 4}, {1, 12, 4, 4}, {1, 13, 2, 2}, {1, 14, 1, 1}}, {});
  const std::vector<EntryScore> ranked = aggregate_scores(round);
  std::vector<std::int64_t> ids;
  for (const EntryScore& entry : shortlist(ranked, 1))
    ids.push_back(entry.entry_id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{11, 12}));
}

}  // namespace
}  // namespace tori::core
