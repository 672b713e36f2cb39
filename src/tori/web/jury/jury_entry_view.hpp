// SPDX-License-Identifier: AGPL-3.0-or-later
// The juror's page of one entry as a view: the practice as the jury may see it, the scoring
// form with what was saved or typed and its errors, the others' reviews when they may be seen,
// and the conflict form. Internal to web/jury/.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tori/store/jury_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/jury/jury_support.hpp"

namespace tori::web {

// The scoring form as posted (or empty: the stored review is shown).
struct ScoringForm {
  std::map<std::string, std::string> values;  // "score-<criterion>" as typed, by criterion slug
  std::string comment;
  std::vector<store::CriterionScore> scores;  // the valid values
  FormErrors errors;
};

// The page; `posted` with errors is shown again with `status` (422).
[[nodiscard]] http::Response render_jury_entry(
    const http::Request& request, const Services& services, text::Language language,
    const JurorContext& juror, const CategoryRound& round, const core::Practice& practice,
    const std::optional<ScoringForm>& posted, int status = 200);

}  // namespace tori::web
