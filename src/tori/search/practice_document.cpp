// SPDX-License-Identifier: AGPL-3.0-or-later
// Building a practice's Xapian document from its fields with the analyzer.
#include "tori/search/practice_document.hpp"

#include "tori/search/analyzer.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"

namespace tori::search {
namespace {

// Positions of successive fields are this far apart, so that a phrase never spans two.
constexpr Xapian::termpos kFieldGap = 100;

// Whether a field's words go to the spelling data.
enum class Spelled : bool { kNo, kYes };

// The analysed text fields being added to a document: where the next word goes, how many words
// there were, and the words for the spelling data (when wanted).
struct TextWriter {
  Xapian::Document& document;
  SpellingWords* spelling = nullptr;
  Xapian::termpos position = 0;
  std::size_t words = 0;

  // The word for the spelling data, and in Finnish its base forms too ("etätöihin" gives
  // "etätyö", so that "etätyo" is corrected to the word a search finds best). Snowball's stems
  // of unknown words are prefixes of the word, and left out: they are not words.
  void count_spelled(const AnalyzedWord& word, Language language) {
    count_spelling_word(word.word, *spelling);
    if (language != Language::kFi) return;
    const std::string folded = text::fold_case(word.word);
    for (const std::string& term : word.terms.words)
      if (!folded.starts_with(term)) count_spelling_word(term, *spelling);
  }

  // Adds the analysed words of `text`, each term `weight` times, then leaves a gap.
  void add(std::string_view text, Language language, Xapian::termcount weight,
           Spelled spelled = Spelled::kNo) {
    const std::string part_prefix(prefix::kPart);
    for (const AnalyzedWord& word : analyze_text(text, language, false)) {
      ++position;
      ++words;
      if (spelling != nullptr && spelled == Spelled::kYes) count_spelled(word, language);
      for (const std::string& term : word.terms.words)
        if (term.size() <= kLongestTerm) document.add_posting(term, position, weight);
      for (const std::string& term : word.terms.parts)
        if (term.size() <= kLongestTerm) document.add_term(part_prefix + term, weight);
    }
    position += kFieldGap;
  }
};

void add_filter(Xapian::Document& document, std::string_view term_prefix, std::string_view value,
                std::string& joined) {
  document.add_boolean_term(std::string(term_prefix) + std::string(value));
  if (!joined.empty()) joined += kValueSeparator;
  joined += value;
}

void add_named(Xapian::Document& document, std::string_view term_prefix, ValueSlot slot,
               const std::vector<core::Named>& values) {
  std::string joined;
  for (const core::Named& value : values)
    add_filter(document, term_prefix, value.slug, joined);
  document.add_value(slot, joined);
}

void add_one(Xapian::Document& document, std::string_view term_prefix, ValueSlot slot,
             std::string_view value) {
  if (value.empty()) return;
  std::string joined;
  add_filter(document, term_prefix, value, joined);
  document.add_value(slot, joined);
}

void add_filters(Xapian::Document& document, const core::Practice& practice) {
  add_named(document, prefix::kSector, kSectorSlot, practice.sectors);
  add_named(document, prefix::kTheme, kThemeSlot, practice.themes);
  add_named(document, prefix::kClientGroup, kClientGroupSlot, practice.client_groups);
  add_named(document, prefix::kOrganisation, kOrganisationSlot, practice.organisations);
  if (practice.region) add_one(document, prefix::kRegion, kRegionSlot, practice.region->slug);
  if (practice.municipality)
    add_one(document, prefix::kMunicipality, kMunicipalitySlot, practice.municipality->code);
  if (practice.maturity)
    add_one(document, prefix::kMaturity, kMaturitySlot, core::to_string(*practice.maturity));
  document.add_boolean_term(std::string(prefix::kLanguage) +
                            std::string(core::to_string(practice.language)));
  if (practice.published_at) {
    const auto seconds = practice.published_at->time_since_epoch().count();
    document.add_value(kPublishedAtSlot, Xapian::sortable_serialise(static_cast<double>(seconds)));
    add_one(document, prefix::kYear, kYearSlot,
            text::format_rfc3339_helsinki(*practice.published_at).substr(0, 4));
  }
}

}  // namespace

Language analysis_language(core::ContentLanguage language) {
  switch (language) {
    case core::ContentLanguage::kSv:
      return Language::kSv;
    case core::ContentLanguage::kEn:
      return Language::kEn;
    case core::ContentLanguage::kFi:
      break;
  }
  return Language::kFi;
}

std::string id_term(std::int64_t practice_id) {
  return std::string(prefix::kId) + std::to_string(practice_id);
}

Xapian::Document practice_document(const core::Practice& practice, std::size_t* words,
                                   SpellingWords* spelling) {
  Xapian::Document document;
  const Language language = analysis_language(practice.language);
  TextWriter writer{document, spelling};
  writer.add(practice.title, language, 4, Spelled::kYes);
  writer.add(practice.summary, language, 2, Spelled::kYes);
  for (const std::string& keyword : practice.keywords)
    writer.add(keyword, language, 2);
  for (const core::Named& organisation : practice.organisations)
    writer.add(organisation.name, Language::kFi, 1);
  for (const std::string& section : practice.sections)
    writer.add(section, language, 1, Spelled::kYes);
  if (words != nullptr) *words = writer.words;
  add_filters(document, practice);
  document.add_boolean_term(id_term(practice.id));
  document.set_data(std::to_string(practice.id));
  return document;
}

}  // namespace tori::search
