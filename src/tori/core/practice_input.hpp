// SPDX-License-Identifier: AGPL-3.0-or-later
// The rules a PracticeInput must meet before it may be stored, and the resolution of its
// municipality and region names against Statistics Finland's classification.
//
//   auto errors = validate_practice_input(input);        // empty: valid
//   for (const auto& e : errors) std::cerr << e.field << ": " << e.message << '\n';
//   auto place = resolve_place(input, finland);          // Place, or the FieldError why not
//
// Messages are short English for the admins who run the import ("title is required"). Fields
// are named as in the exchange format; list items by 0-based index ("links[1].url").
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/core/practice.hpp"

namespace tori::core {

// One reason an input is refused.
struct FieldError {
  std::string field;    // "title", "organisations[0]", "sections.results", "contact.email"
  std::string message;  // "title is required"
  friend bool operator==(const FieldError&, const FieldError&) = default;
};

// Limits of the rules below (characters are Unicode code points).
inline constexpr std::size_t kMaxExternalIdLength = 100;
inline constexpr std::size_t kMaxTitleLength = 200;
inline constexpr std::size_t kMaxSummaryLength = 1000;
inline constexpr std::size_t kMaxOrganisationNameLength = 200;
inline constexpr std::size_t kMaxSectionLength = 20000;
inline constexpr std::size_t kMaxKeywords = 30;
inline constexpr std::size_t kMaxKeywordLength = 60;
inline constexpr std::size_t kMaxShortTextLength = 200;  // labels, place names, contact, links
inline constexpr std::size_t kMaxUrlLength = 2000;
inline constexpr int kMinStartedYear = 1950;
inline constexpr int kMaxStartedYear = 2100;

// Every rule the input breaks, in field order; empty when it may be stored. Checks: texts are
// valid UTF-8; external_id (1–100, no control characters), title (1–200), summary (1–1000),
// at least one organisation (each 1–200, no name twice ignoring case), at least one non-empty
// section (each ≤ 20000); one-line fields hold no control characters, section texts and the
// summary none but tab and line breaks; slug, when given, is text::is_valid_slug; vocabulary
// labels 1–200 and not twice; started "YYYY" or "YYYY-MM" with year 1950–2100 and month 01–12;
// at most 30 keywords of 1–60; contact email plausible when given; links http(s) with a title.
// Names of places, organisations and terms are not looked up here (resolve_place, the store).
[[nodiscard]] std::vector<FieldError> validate_practice_input(const PracticeInput& input);

// Where a practice is, resolved.
struct Place {
  std::optional<MunicipalityRef> municipality;
  std::optional<Named> region;
  friend bool operator==(const Place&, const Place&) = default;
};

// Looks input.municipality and input.region up by Finnish or Swedish name (ignoring case). A
// municipality without a region gives its own region; both empty give an empty Place. The
// error names "municipality" or "region": an unknown name, or a municipality outside the
// region given.
[[nodiscard]] std::variant<Place, FieldError> resolve_place(const PracticeInput& input,
                                                            const Finland& finland);

// The state the exchange format gives an input: as given, else published when published_at is
// given, else draft.
[[nodiscard]] PracticeState effective_state(const PracticeInput& input);

// The Practice with the input's own fields (external_id, state per effective_state, title,
// summary, maturity, started, sections, keywords, contact, links, language, published_at).
// Slug, organisations, place and terms need look-ups: the caller fills them.
[[nodiscard]] Practice practice_from_input(const PracticeInput& input);

}  // namespace tori::core
