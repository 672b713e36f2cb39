// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury's work on a campaign category (DESIGN.md §4): conflicts of interest, what a juror may
// see, which scores count, the chair's progress view, and the aggregation into a ranked list
// with ties and a shortlist. No I/O: the store hands in a JuryRound.
//
//   if (auto error = validate_score(score, round, phase)) refuse(*error);
//   for (std::int64_t id : entries_for_juror(round, juror_id)) …  // never one in conflict
//   auto standing = aggregate_scores(round, {.normalise_jurors = true});
//   auto finalists = shortlist(standing, 5);  // the top five and everyone tied with the fifth
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/campaign.hpp"

namespace tori::core {

// A juror of the round and the organisations they are an approved member of.
struct JuryMember {
  std::int64_t juror_id = 0;
  std::vector<std::int64_t> organisation_ids{};
};

// A practice taking part in the category, and the organisations behind it.
struct JuryEntry {
  std::int64_t entry_id = 0;
  std::vector<std::int64_t> organisation_ids{};
};

// A conflict of interest a juror has declared for an entry.
struct Conflict {
  std::int64_t juror_id = 0;
  std::int64_t entry_id = 0;
};

// One juror's score for one criterion of one entry (the comment is stored beside it).
struct JuryScore {
  std::int64_t juror_id = 0;
  std::int64_t entry_id = 0;
  std::string criterion;  // a Criterion's slug
  int value = 0;          // 1..score_max
};

// The judging of one category: the campaign's scale, blind mode and criteria, the jurors, the
// category's entries, the declared conflicts and the scores given so far.
struct JuryRound {
  int score_max = 5;   // 5 or 10 (CampaignInput::score_max)
  bool blind = false;  // jurors see no organisations or people
  std::vector<Criterion> criteria;
  std::vector<JuryMember> jurors;
  std::vector<JuryEntry> entries;
  std::vector<Conflict> declared_conflicts{};
  std::vector<JuryScore> scores{};
};

// --- Conflicts -----------------------------------------------------------------------------

// True when the juror is a member of any organisation of the entry, or has declared a conflict
// with it (a declaration of another juror or entry does not count).
[[nodiscard]] bool in_conflict(const JuryMember& juror, const JuryEntry& entry,
                               std::span<const Conflict> declared);

// The same by ids within the round; a juror or entry the round does not have is in conflict
// (it gets to see and score nothing).
[[nodiscard]] bool in_conflict(const JuryRound& round, std::int64_t juror_id,
                               std::int64_t entry_id);

// The entries the juror may see and score, in the round's order: all but those in conflict.
[[nodiscard]] std::vector<std::int64_t> entries_for_juror(const JuryRound& round,
                                                          std::int64_t juror_id);

// --- What a juror sees ---------------------------------------------------------------------

// Others' scores of an entry: during the jury phase once the juror has submitted their own for
// it, and for everyone once the phase is over (results); never before the jury phase.
[[nodiscard]] bool may_see_others_scores(bool own_submitted, CampaignPhase phase);

// What a juror's page of an entry shows. All false for an entry the juror is in conflict with.
struct JurorView {
  bool shows_entry = false;
  bool shows_organisations = false;  // not in blind mode
  bool shows_people = false;         // contacts and authors: not in blind mode
  bool shows_others_scores = false;  // may_see_others_scores
};

[[nodiscard]] JurorView juror_view(const JuryRound& round, std::int64_t juror_id,
                                   std::int64_t entry_id, bool own_submitted, CampaignPhase phase);

// --- Scores --------------------------------------------------------------------------------

// Why a score is refused, one reason per member.
enum class ScoreError {
  kNotJuryPhase,      // scores are given only in the jury phase
  kUnknownJuror,      // not a juror of the round
  kUnknownEntry,      // not an entry of the category
  kInConflict,        // the juror is in conflict with the entry
  kUnknownCriterion,  // not a criterion of the campaign
  kOutOfScale,        // not a whole number from 1 to the campaign's score_max
};

// "not_jury_phase", "unknown_juror", "unknown_entry", "in_conflict", "unknown_criterion",
// "out_of_scale".
[[nodiscard]] std::string_view to_string(ScoreError error);

// True when 1 ≤ value ≤ score_max.
[[nodiscard]] bool score_in_scale(int value, int score_max);

// The first reason, in the order of ScoreError, that the score may not be given; none when it
// may.
[[nodiscard]] std::optional<ScoreError> validate_score(const JuryScore& score,
                                                       const JuryRound& round, CampaignPhase phase);

// The scores that count, ordered by juror, entry and criterion: those validate_score accepts
// (phase aside); of a score given twice for the same juror, entry and criterion, the later one.
[[nodiscard]] std::vector<JuryScore> counted_scores(const JuryRound& round);

// --- Progress for the chair ----------------------------------------------------------------

enum class ScoringStatus { kInConflict, kNotStarted, kPartlyScored, kFullyScored };

// One juror's progress over the category (counted scores only).
struct JurorProgress {
  std::int64_t juror_id = 0;
  std::vector<ScoringStatus> entries{};  // one per entry, in the round's order
  int entries_to_score = 0;              // the entries not in conflict
  int fully_scored = 0;                  // every criterion scored
  int partly_scored = 0;                 // some criteria scored, not all
};

// Each juror's progress, in the round's order of jurors.
[[nodiscard]] std::vector<JurorProgress> jury_progress(const JuryRound& round);

// --- Aggregation ---------------------------------------------------------------------------

// Aggregated scores closer than this are tied. Scores lie on a 1–10 scale; rounding in double
// arithmetic is below 1e-13 there, and distinct scores of a real jury differ by far more (with
// every criterion scored, by at least 1 / (jurors² × total weight) ≥ 1 / (50² × 3000) > 1e-7).
inline constexpr double kScoreTieTolerance = 1e-9;

struct AggregationOptions {
  // Puts every juror on a common scale before averaging (see aggregate_scores).
  bool normalise_jurors = false;
};

// One entry's aggregated score and place.
struct EntryScore {
  std::int64_t entry_id = 0;
  std::optional<double> score{};  // none: nobody's score counts for this entry yet
  int jurors_counted = 0;         // jurors with at least one counted score for the entry
  int jurors_expected = 0;        // jurors not in conflict with the entry
  bool complete = false;          // some juror expected, and each scored every criterion
  int rank = 0;                   // 1 + the number of entries ranked above; 0: no score
  bool tied = false;              // another entry has the same rank
};

// The category's entries with their aggregated scores, ranked.
//
// Score: over the counted scores, each juror's weighted mean of the criteria they scored for the
// entry, the weights re-normalised over those criteria (a criterion a juror skipped neither
// counts as 0 nor lowers the others' weights' sum: the juror's judgement is the weighted mean of
// what they judged); then the plain mean over the jurors who scored the entry.
//
// normalise_jurors: each value v a juror gave is first replaced by m + s·(v − m_j) / s_j, where
// m_j and s_j are the mean and (population) standard deviation of all values that juror gave in
// the round (the category), m the mean of all counted values and s the mean of s_j over jurors with
// s_j > 0. So a harsh and a lenient juror who order entries alike give them the same scores,
// centred on the jury's mean. A juror whose values are all equal (s_j = 0) expresses no preference:
// their values all become m. Normalised scores may lie a little outside 1..score_max.
//
// Order: score descending; scores within kScoreTieTolerance of the first of a group share its
// rank and the next rank is skipped (1, 1, 3); a tied group is listed by entry id. Entries
// without a score come last, by entry id, with rank 0.
[[nodiscard]] std::vector<EntryScore> aggregate_scores(const JuryRound& round,
                                                       AggregationOptions options = {});

// Sorts `rows` and sets their rank and tied from their scores, as aggregate_scores does.
void rank_entry_scores(std::vector<EntryScore>& rows);

// The entries ranked `n` or better, in the given order: the first `n` of a ranking and every
// entry tied with the last of them; entries without a score never. `n` 0 gives nothing.
[[nodiscard]] std::vector<EntryScore> shortlist(std::span<const EntryScore> ranked, std::size_t n);

}  // namespace tori::core
