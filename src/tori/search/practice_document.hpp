// SPDX-License-Identifier: AGPL-3.0-or-later
// A practice as a Xapian document: analysed text terms with positions, boolean filter terms
// and values for sorting and facets. The layout here is the index's format; searcher and
// indexer both follow it.
//
//   SpellingWords spelling;
//   db.replace_document(id_term(practice.id), practice_document(practice, nullptr, &spelling));
//   add_spelling(db, spelling);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <xapian.h>

#include "tori/core/practice.hpp"
#include "tori/search/spelling.hpp"
#include "tori/text/i18n.hpp"

namespace tori::search {

// Term prefixes (Xapian's convention: upper-case; "X" starts a multi-letter one).
namespace prefix {
inline constexpr std::string_view kPart = "XP";  // compound parts, weighted lower in queries
inline constexpr std::string_view kId = "Q";     // the practice id, one per document
inline constexpr std::string_view kSector = "XS";
inline constexpr std::string_view kTheme = "XT";
inline constexpr std::string_view kClientGroup = "XC";
inline constexpr std::string_view kRegion = "XR";
inline constexpr std::string_view kMunicipality = "XM";
inline constexpr std::string_view kOrganisation = "XO";
inline constexpr std::string_view kMaturity = "XU";
inline constexpr std::string_view kYear = "XY";
inline constexpr std::string_view kLanguage = "XL";
}  // namespace prefix

// Value slots. Facet slots hold the practice's values joined by kValueSeparator.
enum ValueSlot : Xapian::valueno {
  kPublishedAtSlot = 0,  // sortable_serialise(seconds since the epoch)
  kSectorSlot,
  kThemeSlot,
  kClientGroupSlot,
  kRegionSlot,
  kMunicipalitySlot,
  kOrganisationSlot,
  kMaturitySlot,
  kYearSlot,
};
inline constexpr char kValueSeparator = '\x1f';

// Xapian refuses terms over 245 bytes; longer ones are neither indexed nor searched.
inline constexpr std::size_t kLongestTerm = 200;

// The analyzer's language for a practice written in `language`.
[[nodiscard]] text::Language analysis_language(core::ContentLanguage language);

// "Q123".
[[nodiscard]] std::string id_term(std::int64_t practice_id);

// The document of a practice (published or not: the indexer decides what to keep). Its data
// is the practice id as decimal text. `words`, when given, gets the number of words analysed;
// `spelling`, when given, the words of its title, summary and sections for the spelling data.
[[nodiscard]] Xapian::Document practice_document(const core::Practice& practice,
                                                 std::size_t* words = nullptr,
                                                 SpellingWords* spelling = nullptr);

}  // namespace tori::search
