// SPDX-License-Identifier: AGPL-3.0-or-later
// The organisations' counts of a period for the standing (core/ranking.hpp, the one definition):
// the statistics page and the campaigns' "Suomen kekseliäin kunta" both count with this.
#pragma once

#include <vector>

#include "tori/core/ranking.hpp"
#include "tori/store/practice_store.hpp"

namespace tori::web {

// Each organisation with its published practices first published within `window`, counted
// once per organisation of a practice (the practices' organisation facet over the window).
[[nodiscard]] std::vector<core::OrganisationCount> organisation_counts(
    store::PracticeStore& practices, const core::TimeWindow& window);

}  // namespace tori::web
