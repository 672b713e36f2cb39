// SPDX-License-Identifier: AGPL-3.0-or-later
// Measuring the analyzer on Universal Dependencies Finnish: reach (a query for a token's gold
// lemma finds the token) and collision (a query for one lemma finds a token of another).
//
//   std::ifstream in("fi_tdt-ud-dev.conllu");
//   const ReachResult result = measure_reach(read_content_words(in));
//   result.reach();       // 0.98…
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace tori::search {

// A NOUN, VERB or ADJ token: its form and gold lemma (compound marks '#' removed).
struct UdToken {
  std::string form;
  std::string lemma;
  friend bool operator==(const UdToken&, const UdToken&) = default;
};

// The NOUN/VERB/ADJ tokens of a CoNLL-U text in order; comments, multiword-token ranges and
// empty nodes are skipped, as are lines without 10 tab-separated fields.
[[nodiscard]] std::vector<UdToken> read_content_words(std::istream& conllu);

struct ReachResult {
  std::size_t tokens = 0;       // content-word tokens measured
  std::size_t reached = 0;      // … whose lemma's query terms meet the form's index terms
  std::size_t pairs = 0;        // random pairs of tokens with different lemmas
  std::size_t collisions = 0;   // … where one's lemma query meets the other's form anyway
  std::vector<UdToken> missed;  // the first misses, for inspection
  [[nodiscard]] double reach() const;
  [[nodiscard]] double collision() const;
};

// Reach over every token and collision over `pairs` pairs drawn with a fixed `seed` (the same
// pairs every run), with the Finnish analyzer of analyzer.hpp.
[[nodiscard]] ReachResult measure_reach(const std::vector<UdToken>& tokens,
                                        std::size_t pairs = 20'000, std::uint64_t seed = 2016);

}  // namespace tori::search
