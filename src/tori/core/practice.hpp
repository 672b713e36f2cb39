// SPDX-License-Identifier: AGPL-3.0-or-later
// A workplace development practice ("kehittämisteko", DESIGN.md §4) and the values it is made
// of: what import, the store, pages and the API all speak. No I/O here.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::core {

using TimePoint = std::chrono::sys_seconds;

// The life of a practice: draft → submitted → published → archived (DESIGN.md §4).
enum class PracticeState { kDraft, kSubmitted, kPublished, kArchived };
// How far along it is.
enum class Maturity { kIdea, kPilot, kInUse, kEstablished };
// The practice's own language (the site's frame language is separate).
enum class ContentLanguage { kFi, kSv, kEn };

// "draft", "submitted", "published", "archived" and back.
[[nodiscard]] std::string_view to_string(PracticeState state);
[[nodiscard]] std::optional<PracticeState> parse_practice_state(std::string_view text);
// "idea", "pilot", "in_use", "established" and back.
[[nodiscard]] std::string_view to_string(Maturity maturity);
[[nodiscard]] std::optional<Maturity> parse_maturity(std::string_view text);
// "fi", "sv", "en" and back.
[[nodiscard]] std::string_view to_string(ContentLanguage language);
[[nodiscard]] std::optional<ContentLanguage> parse_content_language(std::string_view text);

// The seven sections, in the order pages show them and export writes them.
enum class Section {
  kBackground,      // starting point and need
  kSolution,        // what was done
  kImplementation,  // how it was done and with whom
  kResources,       // what it took
  kResults,         // results and how they were measured
  kTransfer,        // how to reuse it elsewhere
  kLessons,         // lessons and difficulties
};
inline constexpr std::array<Section, 7> kSections = {
    Section::kBackground, Section::kSolution, Section::kImplementation, Section::kResources,
    Section::kResults,    Section::kTransfer, Section::kLessons};
// The exchange-format key of a section: "background", "solution", …
[[nodiscard]] std::string_view section_key(Section section);
[[nodiscard]] std::optional<Section> parse_section_key(std::string_view key);

// Markdown text per section; an empty string is an absent section.
using Sections = std::array<std::string, kSections.size()>;

// The three editable vocabularies.
enum class Vocabulary { kSector, kTheme, kClientGroup };
inline constexpr std::array<Vocabulary, 3> kVocabularies = {Vocabulary::kSector, Vocabulary::kTheme,
                                                            Vocabulary::kClientGroup};
// "sectors", "themes", "client_groups": the field and API parameter family names.
[[nodiscard]] std::string_view vocabulary_field(Vocabulary vocabulary);
[[nodiscard]] std::optional<Vocabulary> parse_vocabulary_field(std::string_view field);

// The text of one section (an empty string when the section is absent).
[[nodiscard]] const std::string& section_text(const Sections& sections, Section section);
[[nodiscard]] std::string& section_text(Sections& sections, Section section);

struct Contact {
  std::string name;
  std::string title;
  std::string email;
  std::string phone;
  friend bool operator==(const Contact&, const Contact&) = default;
};

struct Link {
  std::string title;
  std::string url;
  friend bool operator==(const Link&, const Link&) = default;
};

// A practice as it comes in (import, later the submission form): everything by name or label.
// Validation (validate_practice_input) decides whether it may be stored.
struct PracticeInput {
  std::string external_id;
  std::string slug;                    // empty: made from the title
  std::optional<PracticeState> state;  // absent: published if published_at, else draft
  std::string title;
  std::string summary;
  std::vector<std::string> organisations;  // names, at least one
  std::string municipality;                // a name (Finnish or Swedish), may be empty
  std::string region;                      // a name (Finnish or Swedish), may be empty
  std::vector<std::string> sectors;        // vocabulary labels
  std::vector<std::string> themes;
  std::vector<std::string> client_groups;
  std::optional<Maturity> maturity;
  std::string started;  // "YYYY-MM" or "YYYY", may be empty
  Sections sections;
  std::vector<std::string> keywords;
  Contact contact;
  std::vector<Link> links;
  std::optional<TimePoint> published_at;  // first publication
  ContentLanguage language = ContentLanguage::kFi;
};

// A reference to a named thing by its slug (organisation, vocabulary term, region).
struct Named {
  std::string slug;
  std::string name;
  friend bool operator==(const Named&, const Named&) = default;
};

// A municipality by its Statistics Finland code ("091") and Finnish name.
struct MunicipalityRef {
  std::string code;
  std::string name;
  friend bool operator==(const MunicipalityRef&, const MunicipalityRef&) = default;
};

// The labels an input gives for one vocabulary (its sectors, themes or client_groups).
[[nodiscard]] const std::vector<std::string>& labels_of(const PracticeInput& input,
                                                        Vocabulary vocabulary);
[[nodiscard]] std::vector<std::string>& labels_of(PracticeInput& input, Vocabulary vocabulary);

// A stored practice: references resolved, times and revision kept by the store.
struct Practice {
  std::int64_t id = 0;
  std::string external_id;
  std::string slug;
  PracticeState state = PracticeState::kDraft;
  std::string title;
  std::string summary;
  std::vector<Named> organisations;  // in the order given
  std::optional<MunicipalityRef> municipality;
  std::optional<Named> region;  // slug from the Finnish name, e.g. "pirkanmaa"
  std::vector<Named> sectors;   // vocabulary terms: slug + label
  std::vector<Named> themes;
  std::vector<Named> client_groups;
  std::optional<Maturity> maturity;
  std::string started;
  Sections sections;
  std::vector<std::string> keywords;
  Contact contact;
  std::vector<Link> links;
  ContentLanguage language = ContentLanguage::kFi;
  TimePoint created_at{};
  TimePoint updated_at{};
  std::optional<TimePoint> published_at;  // first publication
  int revision = 0;                       // 1 on creation, +1 on every change
};

// The terms a practice has in one vocabulary (its sectors, themes or client_groups).
[[nodiscard]] const std::vector<Named>& terms_of(const Practice& practice, Vocabulary vocabulary);
[[nodiscard]] std::vector<Named>& terms_of(Practice& practice, Vocabulary vocabulary);

}  // namespace tori::core
