// SPDX-License-Identifier: AGPL-3.0-or-later
// Small views of a practice that several pages show: organisation names, place, the card, and
// e-mail addresses made unreadable to harvesters (DESIGN §7).
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <string>
#include <string_view>
#include <vector>

#include <ctemplate/template_dictionary.h>

#include "tori/core/practice.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The organisations' names joined with ", ".
[[nodiscard]] std::string organisation_names(const core::Practice& practice);

// "Kontiolahti, Pohjois-Karjala" in the language ("Kontiolahti, Norra Karelen" in Swedish, see
// labels.hpp), either part alone, or "" when neither is known.
[[nodiscard]] std::string place_text(const Services& services, text::Language language,
                                     const core::Practice& practice);

// One practice card of a list (the list, organisation, region and front pages): URL, TITLE,
// LANG, SUMMARY, ORGANISATIONS, PLACE (section HAS_PLACE) and DATE/DATETIME (section HAS_DATE).
void fill_practice_card(ctemplate::TemplateDictionary& card, const Services& services,
                        text::Language language, const core::Practice& practice);

// One "SECTION" (ID, HEADING, HTML) per section the practice has, in the model's order: the
// Markdown as HTML (headings from level 3), addresses obfuscated.
void fill_practice_sections(ctemplate::TemplateDictionary& body, const Services& services,
                            text::Language language, const core::Practice& practice);

// The practice's text around the words of `terms` (the search's highlight terms) as HTML:
// escaped, the matches in <mark>, from the summary and the sections as plain text.
[[nodiscard]] std::string practice_snippet(const core::Practice& practice,
                                           const std::vector<std::string>& terms);

// Every '@' replaced by "[a]": "etu.suku@kunta.fi" → "etu.suku[a]kunta.fi". Safe on HTML.
[[nodiscard]] std::string obfuscate_email(std::string_view text);

}  // namespace tori::web
