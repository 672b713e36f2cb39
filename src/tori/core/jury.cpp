// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury's conflicts, what a juror sees, which scores count and the chair's progress view
// (jury.hpp); the aggregation is in jury_scoring.cpp.
#include "tori/core/jury.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "tori/core/enum_names.hpp"

namespace tori::core {
namespace {

// In the order of ScoreError's values.
constexpr std::array<std::string_view, 6> kJuryScoreErrorNames = {
    "not_jury_phase", "unknown_juror",     "unknown_entry",
    "in_conflict",    "unknown_criterion", "out_of_scale"};

// True when the juror is a member of an organisation of the entry.
bool jury_member_of(const JuryMember& juror, const JuryEntry& entry) {
  return std::ranges::any_of(juror.organisation_ids, [&](std::int64_t organisation) {
    return std::ranges::find(entry.organisation_ids, organisation) != entry.organisation_ids.end();
  });
}

// The round's jurors, entries, declared conflicts and criteria, found by id or slug.
class JuryLookup {
 public:
  explicit JuryLookup(const JuryRound& round) {
    for (const JuryMember& juror : round.jurors)
      jurors_.emplace(juror.juror_id, &juror);
    for (const JuryEntry& entry : round.entries)
      entries_.emplace(entry.entry_id, &entry);
    for (const Conflict& conflict : round.declared_conflicts)
      declared_.emplace(conflict.juror_id, conflict.entry_id);
    for (const Criterion& criterion : round.criteria)
      criteria_.insert(criterion.slug);
  }

  [[nodiscard]] const JuryMember* juror(std::int64_t id) const { return find(jurors_, id); }
  [[nodiscard]] const JuryEntry* entry(std::int64_t id) const { return find(entries_, id); }
  [[nodiscard]] bool has_criterion(const std::string& slug) const {
    return criteria_.contains(slug);
  }

  // Membership of an organisation of the entry, or a declaration (both known to the round).
  [[nodiscard]] bool in_conflict(const JuryMember& juror, const JuryEntry& entry) const {
    return declared_.contains({juror.juror_id, entry.entry_id}) || jury_member_of(juror, entry);
  }

 private:
  template <class T>
  static const T* find(const std::map<std::int64_t, const T*>& by_id, std::int64_t id) {
    const auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : it->second;
  }

  std::map<std::int64_t, const JuryMember*> jurors_;
  std::map<std::int64_t, const JuryEntry*> entries_;
  std::set<std::pair<std::int64_t, std::int64_t>> declared_;  // (juror, entry)
  std::set<std::string, std::less<>> criteria_;
};

// validate_score without the phase.
std::optional<ScoreError> jury_score_refusal(const JuryScore& score, const JuryRound& round,
                                             const JuryLookup& lookup) {
  const JuryMember* juror = lookup.juror(score.juror_id);
  if (!juror) return ScoreError::kUnknownJuror;
  const JuryEntry* entry = lookup.entry(score.entry_id);
  if (!entry) return ScoreError::kUnknownEntry;
  if (lookup.in_conflict(*juror, *entry)) return ScoreError::kInConflict;
  if (!lookup.has_criterion(score.criterion)) return ScoreError::kUnknownCriterion;
  if (!score_in_scale(score.value, round.score_max)) return ScoreError::kOutOfScale;
  return std::nullopt;
}

// One juror's status for one entry, from the number of criteria they have scored for it.
ScoringStatus jury_status_of(bool conflicted, std::size_t criteria_scored,
                             std::size_t criteria_total) {
  if (conflicted) return ScoringStatus::kInConflict;
  if (criteria_scored == 0) return ScoringStatus::kNotStarted;
  return criteria_scored < criteria_total ? ScoringStatus::kPartlyScored
                                          : ScoringStatus::kFullyScored;
}

}  // namespace

bool in_conflict(const JuryMember& juror, const JuryEntry& entry,
                 std::span<const Conflict> declared) {
  const bool declared_by_juror = std::ranges::any_of(declared, [&](const Conflict& conflict) {
    return conflict.juror_id == juror.juror_id && conflict.entry_id == entry.entry_id;
  });
  return declared_by_juror || jury_member_of(juror, entry);
}

bool in_conflict(const JuryRound& round, std::int64_t juror_id, std::int64_t entry_id) {
  const JuryLookup lookup(round);
  const JuryMember* juror = lookup.juror(juror_id);
  const JuryEntry* entry = lookup.entry(entry_id);
  return !juror || !entry || lookup.in_conflict(*juror, *entry);
}

std::vector<std::int64_t> entries_for_juror(const JuryRound& round, std::int64_t juror_id) {
  const JuryLookup lookup(round);
  const JuryMember* juror = lookup.juror(juror_id);
  std::vector<std::int64_t> ids;
  if (!juror) return ids;
  for (const JuryEntry& entry : round.entries) {
    if (!lookup.in_conflict(*juror, entry)) ids.push_back(entry.entry_id);
  }
  return ids;
}

bool may_see_others_scores(bool own_submitted, CampaignPhase phase) {
  return phase == CampaignPhase::kResults || (phase == CampaignPhase::kJury && own_submitted);
}

JurorView juror_view(const JuryRound& round, std::int64_t juror_id, std::int64_t entry_id,
                     bool own_submitted, CampaignPhase phase) {
  if (in_conflict(round, juror_id, entry_id)) return {};
  return {.shows_entry = true,
          .shows_organisations = !round.blind,
          .shows_people = !round.blind,
          .shows_others_scores = may_see_others_scores(own_submitted, phase)};
}

std::string_view to_string(ScoreError error) {
  return enum_name(kJuryScoreErrorNames, error);
}

bool score_in_scale(int value, int score_max) {
  return value >= 1 && value <= score_max;
}

std::optional<ScoreError> validate_score(const JuryScore& score, const JuryRound& round,
                                         CampaignPhase phase) {
  if (phase != CampaignPhase::kJury) return ScoreError::kNotJuryPhase;
  return jury_score_refusal(score, round, JuryLookup(round));
}

std::vector<JuryScore> counted_scores(const JuryRound& round) {
  const JuryLookup lookup(round);
  std::map<std::tuple<std::int64_t, std::int64_t, std::string>, int> latest;
  for (const JuryScore& score : round.scores) {
    if (!jury_score_refusal(score, round, lookup))
      latest[{score.juror_id, score.entry_id, score.criterion}] = score.value;
  }
  std::vector<JuryScore> counted;
  counted.reserve(latest.size());
  for (const auto& [key, value] : latest) {
    const auto& [juror_id, entry_id, criterion] = key;
    counted.push_back({juror_id, entry_id, criterion, value});
  }
  return counted;
}

std::vector<JurorProgress> jury_progress(const JuryRound& round) {
  const JuryLookup lookup(round);
  std::map<std::pair<std::int64_t, std::int64_t>, std::size_t> criteria_scored;  // (juror, entry)
  for (const JuryScore& score : counted_scores(round))
    ++criteria_scored[{score.juror_id, score.entry_id}];

  std::vector<JurorProgress> progress;
  progress.reserve(round.jurors.size());
  for (const JuryMember& juror : round.jurors) {
    JurorProgress& row = progress.emplace_back(JurorProgress{.juror_id = juror.juror_id});
    for (const JuryEntry& entry : round.entries) {
      const auto it = criteria_scored.find({juror.juror_id, entry.entry_id});
      const ScoringStatus status =
          jury_status_of(lookup.in_conflict(juror, entry),
                         it == criteria_scored.end() ? 0 : it->second, round.criteria.size());
      row.entries.push_back(status);
      row.entries_to_score += status != ScoringStatus::kInConflict;
      row.fully_scored += status == ScoringStatus::kFullyScored;
      row.partly_scored += status == ScoringStatus::kPartlyScored;
    }
  }
  return progress;
}

}  // namespace tori::core
