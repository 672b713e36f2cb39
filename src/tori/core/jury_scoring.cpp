// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury's aggregation (jury.hpp): weighted means per juror, optional normalisation of each
// juror's scale, the mean over jurors, ranks with ties, and the shortlist.
#include "tori/core/jury.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace tori::core {
namespace {

// A counted score as a number (normalised when asked), with its criterion's weight.
struct JuryWeightedValue {
  std::int64_t juror_id = 0;
  std::int64_t entry_id = 0;
  double value = 0;
  int weight = 0;
};

// The mean and population standard deviation of one juror's values.
struct JurySpread {
  double mean = 0;
  double stddev = 0;
};

// The counted scores with their criteria's weights.
std::vector<JuryWeightedValue> jury_weighted_values(const JuryRound& round) {
  std::map<std::string, int, std::less<>> weights;
  for (const Criterion& criterion : round.criteria)
    weights.emplace(criterion.slug, criterion.weight);
  std::vector<JuryWeightedValue> values;
  for (const JuryScore& score : counted_scores(round)) {
    values.push_back({score.juror_id, score.entry_id, static_cast<double>(score.value),
                      weights.at(score.criterion)});
  }
  return values;
}

// Each juror's spread, in two passes (mean, then squared deviations) for accuracy.
std::map<std::int64_t, JurySpread> jury_spreads(const std::vector<JuryWeightedValue>& values) {
  std::map<std::int64_t, std::pair<double, int>> sums;  // juror → (Σ value, count)
  for (const JuryWeightedValue& v : values) {
    sums[v.juror_id].first += v.value;
    ++sums[v.juror_id].second;
  }
  std::map<std::int64_t, JurySpread> spreads;
  for (const auto& [juror_id, sum] : sums)
    spreads[juror_id].mean = sum.first / sum.second;
  for (const JuryWeightedValue& v : values) {
    const double deviation = v.value - spreads[v.juror_id].mean;
    spreads[v.juror_id].stddev += deviation * deviation;
  }
  for (auto& [juror_id, spread] : spreads)
    spread.stddev = std::sqrt(spread.stddev / sums[juror_id].second);
  return spreads;
}

// v → m + s·(v − m_j) / s_j, or m when s_j = 0 (see aggregate_scores).
void jury_normalise(std::vector<JuryWeightedValue>& values) {
  if (values.empty()) return;
  const std::map<std::int64_t, JurySpread> spreads = jury_spreads(values);
  double overall_sum = 0;
  for (const JuryWeightedValue& v : values)
    overall_sum += v.value;
  const double overall_mean = overall_sum / static_cast<double>(values.size());
  double spread_sum = 0;
  int spread_jurors = 0;
  for (const auto& [juror_id, spread] : spreads) {
    if (spread.stddev > 0) {
      spread_sum += spread.stddev;
      ++spread_jurors;
    }
  }
  const double common_spread = spread_jurors > 0 ? spread_sum / spread_jurors : 0;
  for (JuryWeightedValue& v : values) {
    const JurySpread& own = spreads.at(v.juror_id);
    v.value = own.stddev > 0 ? overall_mean + common_spread * (v.value - own.mean) / own.stddev
                             : overall_mean;
  }
}

// entry → each juror's weighted mean of the criteria they scored for it, by juror id.
std::map<std::int64_t, std::vector<double>> jury_juror_means(
    const std::vector<JuryWeightedValue>& values) {
  std::map<std::pair<std::int64_t, std::int64_t>, std::pair<double, int>> sums;  // Σ w·v, Σ w
  for (const JuryWeightedValue& v : values) {
    auto& [weighted_sum, weight_sum] = sums[{v.entry_id, v.juror_id}];
    weighted_sum += v.weight * v.value;
    weight_sum += v.weight;
  }
  std::map<std::int64_t, std::vector<double>> means;
  for (const auto& [key, sum] : sums) {
    if (sum.second > 0) means[key.first].push_back(sum.first / sum.second);  // weights ≥ 1
  }
  return means;
}

// The rows in the round's order, with score, jurors and completeness; not yet ranked.
std::vector<EntryScore> jury_entry_rows(const JuryRound& round,
                                        const std::map<std::int64_t, std::vector<double>>& means) {
  const std::vector<JurorProgress> progress = jury_progress(round);
  std::vector<EntryScore> rows;
  rows.reserve(round.entries.size());
  for (std::size_t i = 0; i < round.entries.size(); ++i) {
    EntryScore& row = rows.emplace_back(EntryScore{.entry_id = round.entries[i].entry_id});
    bool all_fully_scored = true;
    for (const JurorProgress& juror : progress) {
      row.jurors_expected += juror.entries[i] != ScoringStatus::kInConflict;
      all_fully_scored &= juror.entries[i] == ScoringStatus::kInConflict ||
                          juror.entries[i] == ScoringStatus::kFullyScored;
    }
    row.complete = row.jurors_expected > 0 && all_fully_scored;
    if (const auto it = means.find(row.entry_id); it != means.end()) {
      double sum = 0;
      for (const double mean : it->second)
        sum += mean;
      row.jurors_counted = static_cast<int>(it->second.size());
      row.score = sum / row.jurors_counted;
    }
  }
  return rows;
}

// Marks rows[begin, end) as one group of equal rank: tied when more than one, listed by id.
void jury_close_tie_group(std::vector<EntryScore>& rows, std::size_t begin, std::size_t end) {
  if (end - begin < 2) return;
  std::sort(rows.begin() + begin, rows.begin() + end,
            [](const EntryScore& a, const EntryScore& b) { return a.entry_id < b.entry_id; });
  for (std::size_t i = begin; i < end; ++i)
    rows[i].tied = true;
}

}  // namespace

std::vector<EntryScore> aggregate_scores(const JuryRound& round, AggregationOptions options) {
  std::vector<JuryWeightedValue> values = jury_weighted_values(round);
  if (options.normalise_jurors) jury_normalise(values);
  std::vector<EntryScore> rows = jury_entry_rows(round, jury_juror_means(values));
  rank_entry_scores(rows);
  return rows;
}

void rank_entry_scores(std::vector<EntryScore>& rows) {
  for (EntryScore& row : rows) {
    row.rank = 0;
    row.tied = false;
  }
  std::ranges::sort(rows, [](const EntryScore& a, const EntryScore& b) {
    if (a.score.has_value() != b.score.has_value()) return a.score.has_value();
    if (a.score && *a.score != *b.score) return *a.score > *b.score;
    return a.entry_id < b.entry_id;
  });
  std::size_t group_begin = 0;
  std::size_t i = 0;
  for (; i < rows.size() && rows[i].score; ++i) {
    if (*rows[group_begin].score - *rows[i].score > kScoreTieTolerance) {
      jury_close_tie_group(rows, group_begin, i);
      group_begin = i;
    }
    rows[i].rank = static_cast<int>(group_begin) + 1;
  }
  jury_close_tie_group(rows, group_begin, i);
}

std::vector<EntryScore> shortlist(std::span<const EntryScore> ranked, std::size_t n) {
  std::vector<EntryScore> chosen;
  for (const EntryScore& entry : ranked) {
    if (entry.rank >= 1 && static_cast<std::size_t>(entry.rank) <= n) chosen.push_back(entry);
  }
  return chosen;
}

}  // namespace tori::core
