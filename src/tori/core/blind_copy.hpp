// SPDX-License-Identifier: AGPL-3.0-or-later
// What a juror in blind mode reads of a practice: its title, summary and sections with the names
// that would give it away hidden — the organisations' names (whole, and the first word of a name
// of several words, "Oulun" of "Oulun kaupunki", which the text often inflects around), the
// contact person's names, address and phone — and the contact and links left out. No I/O.
//
//   const Practice shown = view.shows_organisations ? practice : blind_copy(practice);
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"

namespace tori::core {

// What a hidden name becomes in the text.
inline constexpr std::string_view kHiddenName = "[…]";

// The words to hide for `practice`, longest first (so that a whole name goes before its part).
[[nodiscard]] std::vector<std::string> names_to_hide(const Practice& practice);

// `text` with every occurrence of each of `names` that stands as whole words (no letter or digit
// right before or after it) replaced by kHiddenName.
[[nodiscard]] std::string hide_names(std::string_view text, const std::vector<std::string>& names);

// `practice` as a blind juror reads it (see above).
[[nodiscard]] Practice blind_copy(const Practice& practice);

}  // namespace tori::core
