// SPDX-License-Identifier: AGPL-3.0-or-later
// The smaller parts of a generated practice: vocabulary labels, keywords, contact person and
// the occasional link.
#pragma once

#include <string>
#include <vector>

#include "tori/core/practice.hpp"
#include "tori/demo/content.hpp"
#include "tori/demo/fill.hpp"
#include "tori/demo/random.hpp"

namespace tori::demo {

// Sectors of the work unit, themes of the subject (and sometimes the method's), and the client
// group: the unit's clients for a client-facing subject, else the staff. Labels of the default
// vocabularies only, none twice.
void set_vocabulary(core::PracticeInput& practice, const Content& content, Rng& rng);

// Two to five keywords: the subject's, and maybe the unit's and the method's.
[[nodiscard]] std::vector<std::string> make_keywords(const Content& content, Rng& rng,
                                                     const Fill& fill);

// An invented person: "Satu Mäkinen", "kehittämispäällikkö", "satu.makinen@example.fi",
// "+358 40 000 1234".
[[nodiscard]] core::Contact make_contact(const Content& content, Rng& rng, const Fill& fill);

// Usually nothing; now and then one link under https://www.example.fi/.
[[nodiscard]] std::vector<core::Link> make_links(const std::string& municipality,
                                                 const std::vector<std::string>& keywords,
                                                 Rng& rng);

}  // namespace tori::demo
