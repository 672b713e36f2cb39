// SPDX-License-Identifier: AGPL-3.0-or-later
// Choosing what one generated practice is about (subject, work unit, method) so that it fits
// its organisation and year, and giving it a title no other generated practice has.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/demo/fill.hpp"
#include "tori/demo/organisations.hpp"
#include "tori/demo/random.hpp"
#include "tori/demo/tables.hpp"

namespace tori::demo {

// What a practice is about, and its title.
struct Content {
  const Subject* subject = nullptr;
  const Target* target = nullptr;
  const Method* method = nullptr;
  std::string title;
};

// The titles given so far.
using TitleBook = std::unordered_set<std::string>;

// Whether `subject` can be about `target` in `year`: the area is one it fits, the unit has the
// traits it needs, and the subject existed then.
[[nodiscard]] bool fits(const Subject& subject, const Target& target, int year);
// Whether `method` can carry `subject` in `year`.
[[nodiscard]] bool fits(const Method& method, const Subject& subject, int year);

// Every subject of the three subject tables.
[[nodiscard]] std::vector<const Subject*> all_subjects();

// The longest title a natural draw may have, in code points (as in the hand-written demo).
inline constexpr std::size_t kMaxNaturalTitleLength = 80;

// Chooses a subject, work unit and method that fit `org` in `year`, and a title that is not in
// `titles` (and adds it). Sets the subject, work-unit and method placeholders of `fill`.
// REQUIRES: fill has the organisation and era placeholders; org has some area of work in
// `year`. After many draws that all collide, the title gets the municipality and year in
// brackets (and a number if even that is taken): only very large counts reach that.
[[nodiscard]] Content choose_content(const Organisation& org, int year, core::Maturity maturity,
                                     const std::vector<const Subject*>& subjects, Rng& rng,
                                     Fill& fill, TitleBook& titles);

// The number of Unicode code points in UTF-8 `text`.
[[nodiscard]] std::size_t code_points(std::string_view text);

}  // namespace tori::demo
