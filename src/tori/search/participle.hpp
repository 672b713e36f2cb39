// SPDX-License-Identifier: AGPL-3.0-or-later
// The verbs of Finnish participles: "valmistunut" → "valmistua", "perusteltu" → "perustella",
// "kannattava" → "kannattaa". Candidates by ending, each confirmed by Voikko as an infinitive.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tori::search {

class Voikko;

// The infinitives `baseform` (a participle's base form) may come from, confirmed by `voikko`;
// empty when none is.
[[nodiscard]] std::vector<std::string> participle_verbs(std::string_view baseform,
                                                        const Voikko& voikko);

}  // namespace tori::search
