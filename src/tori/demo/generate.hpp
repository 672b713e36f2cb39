// SPDX-License-Identifier: AGPL-3.0-or-later
// Generated practices ("kehittämisteot") in natural-looking Finnish from about 140 real Finnish
// public-sector organisations: for benchmarks and a fuller demo, on top of the 136 hand-written
// ones of data/demo/practices.jsonl. The same seed gives the same bytes on every platform.
//
//   auto parsed = core::Finland::parse(read_file("data/finland/municipalities.csv"));
//   const auto& finland = std::get<core::Finland>(parsed);
//   auto practices = demo::generate_practices(finland, demo::kDefaultPracticeCount, 2016);
//   // practices[0].external_id == "gen-00001", the first published; all state published or
//   // archived, language fi, published 2016-02 … 2025-12 (Helsinki time)
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/core/practice.hpp"

namespace tori::demo {

// The count that, with the 136 hand-written practices, makes about 700 from about 140
// organisations.
inline constexpr int kDefaultPracticeCount = 560;

// The prefix of generated external ids ("gen-00001"), which never collides with the "dm-" ids
// of the hand-written practices.
inline constexpr std::string_view kExternalIdPrefix = "gen-";

// `count` practices (none when count <= 0) in order of publication, numbered gen-00001 on
// (more digits past 99999). Every one passes core::validate_practice_input, names a
// municipality and region `finland` knows, uses only the default vocabulary labels, and has a
// title no other generated practice has. Organisations are spread so that every one of them
// (about 140) has a practice once count reaches that many; wellbeing services counties publish
// from 2023 on, the joint authorities they replaced until 2022.
// Deterministic: the same `finland`, `count` and `seed` give identical practices everywhere.
// Throws std::invalid_argument when `finland` knows none of the organisations' municipalities.
[[nodiscard]] std::vector<core::PracticeInput> generate_practices(const core::Finland& finland,
                                                                  int count, std::uint64_t seed);

}  // namespace tori::demo
