// SPDX-License-Identifier: AGPL-3.0-or-later
// Validation of a PracticeInput (import, later the submission form) and the resolution of its
// place names.
#include "tori/core/practice_input.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <set>
#include <string_view>

#include "tori/core/email.hpp"
#include "tori/core/field_checker.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

// "YYYY" or "YYYY-MM" with a year in [kMinStartedYear, kMaxStartedYear] and a month 01–12;
// the reason otherwise.
std::string started_problem(std::string_view started) {
  const auto digits = [](std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const bool shape_ok = (started.size() == 4 || (started.size() == 7 && started[4] == '-')) &&
                        digits(started.substr(0, 4)) &&
                        (started.size() == 4 || digits(started.substr(5)));
  if (!shape_ok) return "started must be YYYY or YYYY-MM";
  const int year = std::stoi(std::string(started.substr(0, 4)));
  if (year < kMinStartedYear || year > kMaxStartedYear) {
    return "started year must be " + std::to_string(kMinStartedYear) + "–" +
           std::to_string(kMaxStartedYear);
  }
  if (started.size() == 7) {
    const int month = std::stoi(std::string(started.substr(5)));
    if (month < 1 || month > 12) return "started month must be 01–12";
  }
  return {};
}

// Whether `url` is http:// or https:// (either case) with something after the scheme and no
// spaces.
bool is_web_url(std::string_view url) {
  std::string start(url.substr(0, 8));
  std::transform(start.begin(), start.end(), start.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::size_t scheme = start.starts_with("https://")  ? 8
                             : start.starts_with("http://") ? 7
                                                            : 0;
  return scheme != 0 && url.size() > scheme && url.find(' ') == url.npos;
}

void check_identity(FieldChecker& check, const PracticeInput& input) {
  check.text("external_id", input.external_id, {true, kMaxExternalIdLength, Lines::kOne});
  if (check.text("slug", input.slug, {false, text::kMaxSlugLength, Lines::kOne}) &&
      !input.slug.empty() && !text::is_valid_slug(input.slug)) {
    check.add("slug", "slug must be lower-case a–z, 0–9 and single hyphens");
  }
  check.text("title", input.title, {true, kMaxTitleLength, Lines::kOne});
  check.text("summary", input.summary, {true, kMaxSummaryLength, Lines::kMany});
  if (input.organisations.empty()) check.add("organisations", "organisations are required");
  check.names("organisations", input.organisations, kMaxOrganisationNameLength);
  check.text("municipality", input.municipality, {false, kMaxShortTextLength, Lines::kOne});
  check.text("region", input.region, {false, kMaxShortTextLength, Lines::kOne});
  for (Vocabulary vocabulary : kVocabularies) {
    check.names(std::string(vocabulary_field(vocabulary)), labels_of(input, vocabulary),
                kMaxShortTextLength);
  }
  if (!input.started.empty()) {
    if (std::string problem = started_problem(input.started); !problem.empty()) {
      check.add("started", std::move(problem));
    }
  }
}

void check_sections(FieldChecker& check, const Sections& sections) {
  bool any = false;
  for (Section section : kSections) {
    const std::string& text = section_text(sections, section);
    any = any || !text.empty();
    check.text("sections." + std::string(section_key(section)), text,
               {false, kMaxSectionLength, Lines::kMany});
  }
  if (!any) check.add("sections", "at least one section is required");
}

void check_keywords(FieldChecker& check, const std::vector<std::string>& keywords) {
  if (keywords.size() > kMaxKeywords) {
    check.add("keywords", "at most " + std::to_string(kMaxKeywords) + " keywords");
  }
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    check.text("keywords[" + std::to_string(i) + "]", keywords[i],
               {true, kMaxKeywordLength, Lines::kOne});
  }
}

void check_contact(FieldChecker& check, const Contact& contact) {
  constexpr TextRule kRule{false, kMaxShortTextLength, Lines::kOne};
  check.text("contact.name", contact.name, kRule);
  check.text("contact.title", contact.title, kRule);
  check.text("contact.phone", contact.phone, kRule);
  if (check.text("contact.email", contact.email, kRule) && !contact.email.empty() &&
      !is_plausible_email(contact.email)) {
    check.add("contact.email", "contact.email is not a valid email address");
  }
}

void check_links(FieldChecker& check, const std::vector<Link>& links) {
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::string field = "links[" + std::to_string(i) + "]";
    check.text(field + ".title", links[i].title, {true, kMaxShortTextLength, Lines::kOne});
    if (check.text(field + ".url", links[i].url, {true, kMaxUrlLength, Lines::kOne}) &&
        !is_web_url(links[i].url)) {
      check.add(field + ".url", field + ".url must be an http:// or https:// address");
    }
  }
}

}  // namespace

std::vector<FieldError> validate_practice_input(const PracticeInput& input) {
  FieldChecker check;
  check_identity(check, input);
  check_sections(check, input.sections);
  check_keywords(check, input.keywords);
  check_contact(check, input.contact);
  check_links(check, input.links);
  return check.take();
}

std::variant<Place, FieldError> resolve_place(const PracticeInput& input, const Finland& finland) {
  Place place;
  const Region* region = nullptr;
  if (!input.region.empty()) {
    region = finland.region_by_name(input.region);
    if (region == nullptr) return FieldError{"region", "unknown region '" + input.region + "'"};
    place.region = region_ref(*region);
  }
  if (input.municipality.empty()) return place;
  const Municipality* municipality = finland.municipality_by_name(input.municipality);
  if (municipality == nullptr) {
    return FieldError{"municipality", "unknown municipality '" + input.municipality + "'"};
  }
  if (region != nullptr && region->code != municipality->region_code) {
    return FieldError{"municipality", "municipality '" + input.municipality +
                                          "' is not in region '" + input.region + "'"};
  }
  place.municipality = municipality_ref(*municipality);
  if (region == nullptr) {
    if (const Region* own = finland.region_by_code(municipality->region_code)) {
      place.region = region_ref(*own);
    }
  }
  return place;
}

PracticeState effective_state(const PracticeInput& input) {
  if (input.state) return *input.state;
  return input.published_at ? PracticeState::kPublished : PracticeState::kDraft;
}

Practice practice_from_input(const PracticeInput& input) {
  Practice practice;
  practice.external_id = input.external_id;
  practice.state = effective_state(input);
  practice.title = input.title;
  practice.summary = input.summary;
  practice.maturity = input.maturity;
  practice.started = input.started;
  practice.sections = input.sections;
  practice.keywords = input.keywords;
  practice.contact = input.contact;
  practice.links = input.links;
  practice.language = input.language;
  practice.published_at = input.published_at;
  return practice;
}

}  // namespace tori::core
