// SPDX-License-Identifier: AGPL-3.0-or-later
// Pieces the directory pages (organisations, regions) and the front page share: practice cards,
// the page number and pagination, the A–Ö index letters and organisation facts.
//
//   fill_practice_cards(body, services, language, list.items);   // "PRACTICE" sections
//   index_letter("Åbo Akademi")                                   // "Å"
#pragma once

#include <cstdint>
#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ctemplate/template_dictionary.h>

#include "tori/core/finland.hpp"
#include "tori/core/organisation.hpp"
#include "tori/core/practice.hpp"
#include "tori/http/message.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Practices on one page of an organisation's or a region's list.
inline constexpr int kDirectoryPageSize = 20;

// The letter a name is listed under in an A–Ö index: its first letter in upper case without
// accents, except that Å, Ä and Ö stay letters of their own ("ylöjärvi" → "Y", "Éva" → "E",
// "Åbo" → "Å"); "#" when the name does not start with a letter ("<script>", "1. koulu", "").
[[nodiscard]] std::string index_letter(std::string_view name);

// The `page` parameter: 1 when absent or empty, nothing when it is not a number from 1 to 100000.
[[nodiscard]] std::optional<int> parse_page_number(const http::Request& request);

// How many pages `total` practices fill (0 for none).
[[nodiscard]] int page_count(std::int64_t total);

// One "PRACTICE" section per practice: URL, TITLE, LANG, SUMMARY, ORGANISATIONS, and the
// sections HAS_PLACE (PLACE) and HAS_DATE (DATE in the language's form, DATETIME); and the
// sections CARDS_START and CARDS_END (the list's tags) when there is any practice.
void fill_practice_cards(ctemplate::TemplateDictionary& body, const Services& services,
                         text::Language language, const std::vector<core::Practice>& practices);

// The "PAGINATION" section (PAGE_OF, HAS_PREV/PREV_URL, HAS_NEXT/NEXT_URL) when there is more
// than one page; the links lead to `path` ("/alueet/lappi", localised here; it may carry a query
// such as "/tapahtumat?kind=gala") with page=N added.
void fill_pagination(ctemplate::TemplateDictionary& body, const Services& services,
                     text::Language language, std::string_view path, int page, int pages);

// The organisation type's name in the language ("kaupunki", "stad", "city").
[[nodiscard]] std::string organisation_type_name(const Services& services, text::Language language,
                                                 core::OrganisationType type);

// The region of the organisation's municipality; null when it has none or it is unknown.
[[nodiscard]] const core::Region* organisation_region(const core::Finland& finland,
                                                      const core::Organisation& organisation);

// "Kontiolahti, Pohjois-Karjala" for the organisation in the language, either part alone, or "".
[[nodiscard]] std::string organisation_place(const Services& services, text::Language language,
                                             const core::Organisation& organisation);

}  // namespace tori::web
