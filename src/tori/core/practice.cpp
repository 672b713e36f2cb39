// SPDX-License-Identifier: AGPL-3.0-or-later
// The text forms of a practice's enumerations: states, maturities, languages, section keys and
// vocabulary field names, as the exchange format, the store and the API spell them.
#include "tori/core/practice.hpp"

#include <cstddef>

#include "tori/core/enum_names.hpp"

namespace tori::core {
namespace {

// Each table lists the texts in the order of its enumeration's values.
constexpr std::array<std::string_view, 4> kStateNames = {"draft", "submitted", "published",
                                                         "archived"};
constexpr std::array<std::string_view, 4> kMaturityNames = {"idea", "pilot", "in_use",
                                                            "established"};
constexpr std::array<std::string_view, 3> kLanguageNames = {"fi", "sv", "en"};
constexpr std::array<std::string_view, kSections.size()> kSectionKeys = {
    "background", "solution", "implementation", "resources", "results", "transfer", "lessons"};
constexpr std::array<std::string_view, kVocabularies.size()> kVocabularyFields = {
    "sectors", "themes", "client_groups"};

}  // namespace

std::string_view to_string(PracticeState state) {
  return kStateNames.at(static_cast<std::size_t>(state));
}

std::optional<PracticeState> parse_practice_state(std::string_view text) {
  return parse_enum_name<PracticeState>(kStateNames, text);
}

std::string_view to_string(Maturity maturity) {
  return kMaturityNames.at(static_cast<std::size_t>(maturity));
}

std::optional<Maturity> parse_maturity(std::string_view text) {
  return parse_enum_name<Maturity>(kMaturityNames, text);
}

std::string_view to_string(ContentLanguage language) {
  return kLanguageNames.at(static_cast<std::size_t>(language));
}

std::optional<ContentLanguage> parse_content_language(std::string_view text) {
  return parse_enum_name<ContentLanguage>(kLanguageNames, text);
}

std::string_view section_key(Section section) {
  return kSectionKeys.at(static_cast<std::size_t>(section));
}

std::optional<Section> parse_section_key(std::string_view key) {
  return parse_enum_name<Section>(kSectionKeys, key);
}

std::string_view vocabulary_field(Vocabulary vocabulary) {
  return kVocabularyFields.at(static_cast<std::size_t>(vocabulary));
}

std::optional<Vocabulary> parse_vocabulary_field(std::string_view field) {
  return parse_enum_name<Vocabulary>(kVocabularyFields, field);
}

const std::string& section_text(const Sections& sections, Section section) {
  return sections.at(static_cast<std::size_t>(section));
}

std::string& section_text(Sections& sections, Section section) {
  return sections.at(static_cast<std::size_t>(section));
}

const std::vector<std::string>& labels_of(const PracticeInput& input, Vocabulary vocabulary) {
  switch (vocabulary) {
    case Vocabulary::kSector:
      return input.sectors;
    case Vocabulary::kTheme:
      return input.themes;
    case Vocabulary::kClientGroup:
      break;
  }
  return input.client_groups;
}

std::vector<std::string>& labels_of(PracticeInput& input, Vocabulary vocabulary) {
  return const_cast<std::vector<std::string>&>(
      labels_of(static_cast<const PracticeInput&>(input), vocabulary));
}

const std::vector<Named>& terms_of(const Practice& practice, Vocabulary vocabulary) {
  switch (vocabulary) {
    case Vocabulary::kSector:
      return practice.sectors;
    case Vocabulary::kTheme:
      return practice.themes;
    case Vocabulary::kClientGroup:
      break;
  }
  return practice.client_groups;
}

std::vector<Named>& terms_of(Practice& practice, Vocabulary vocabulary) {
  return const_cast<std::vector<Named>&>(
      terms_of(static_cast<const Practice&>(practice), vocabulary));
}

}  // namespace tori::core
