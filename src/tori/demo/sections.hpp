// SPDX-License-Identifier: AGPL-3.0-or-later
// The summary and the seven sections of a generated practice, composed sentence by sentence
// from the tables so that no sentence appears twice in one practice.
#pragma once

#include <cstddef>
#include <string>

#include "tori/core/practice.hpp"
#include "tori/demo/content.hpp"
#include "tori/demo/fill.hpp"
#include "tori/demo/random.hpp"

namespace tori::demo {

// The lengths sections are composed to, in words, as in the hand-written demo: background,
// solution, implementation and results always; resources, transfer and lessons when present.
inline constexpr std::size_t kMainSectionMinWords = 50;
inline constexpr std::size_t kMainSectionMaxWords = 150;
inline constexpr std::size_t kShortSectionMinWords = 20;
inline constexpr std::size_t kShortSectionMaxWords = 80;
// A section has at most this many sentences.
inline constexpr int kMaxSentences = 6;

// One or two sentences naming the organisation, the subject and the work unit.
// REQUIRES: fill has every placeholder (content, organisation, era, numbers).
[[nodiscard]] std::string compose_summary(core::Maturity maturity, Rng& rng, const Fill& fill);

// The seven sections; resources, transfer and lessons are sometimes left empty. Changes the
// {euros} placeholder of `fill` as it goes. REQUIRES: as compose_summary.
[[nodiscard]] core::Sections compose_sections(const Content& content, core::Maturity maturity,
                                              Rng& rng, Fill& fill);

}  // namespace tori::demo
