// SPDX-License-Identifier: AGPL-3.0-or-later
// The page cache's data version: the change log's position and the Helsinki calendar day, so a
// cached page outlives neither a write nor midnight in Helsinki (campaign phases, countdowns and
// award badges change at the start of a Helsinki day; DESIGN.md §4).
//
//   PageCache cache{bytes, [&store] { return page_version(store.known_position(), now()); }};
#pragma once

#include <chrono>
#include <cstdint>

namespace tori::app {

// Days since 1970-01-01 are below this for thousands of years.
inline constexpr std::int64_t kDaysPerPosition = 1'000'000;

// position × kDaysPerPosition + the Helsinki day of `now` (days since 1970-01-01): grows when
// either grows, never shrinks while neither does.
[[nodiscard]] std::int64_t page_version(std::int64_t position,
                                        std::chrono::system_clock::time_point now);

}  // namespace tori::app
