// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form: reading, converting to an input, and checking with people's messages.
#include "tori/web/submission/practice_form.hpp"

#include <algorithm>

#include "tori/core/practice_input.hpp"
#include "tori/store/store.hpp"

namespace tori::web {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Section texts keep their lines; the browser sends CRLF, stored text has LF.
std::string multiline(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != '\r') out += c;
  }
  return trimmed(out);
}

std::vector<std::string> split_keywords(std::string_view text) {
  std::vector<std::string> keywords;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    if (std::string keyword = trimmed(text.substr(start, comma - start)); !keyword.empty()) {
      keywords.push_back(std::move(keyword));
    }
    start = comma + 1;
  }
  return keywords;
}

// The labels of the chosen slugs, in the vocabulary's order; unknown slugs are dropped (hidden
// ones are kept here: check_practice_form refuses those the practice did not have).
std::vector<std::string> labels(const Services& services, core::Vocabulary vocabulary,
                                const std::vector<std::string>& slugs) {
  std::vector<std::string> chosen;
  for (const store::Term& term : services.store.vocabularies().all_terms(vocabulary)) {
    if (std::find(slugs.begin(), slugs.end(), term.slug) != slugs.end())
      chosen.push_back(term.label);
  }
  return chosen;
}

// "links[1].url" → "link_1_url", "sections.results" → "section_results",
// "contact.email" → "contact_email", "keywords[2]" → "keywords", "organisations[0]" →
// "organisation", "sectors[0]" → "sectors".
std::string form_field(std::string_view field) {
  if (field.starts_with("links[")) {
    const auto close = field.find(']');
    const int number = std::stoi(std::string(field.substr(6, close - 6))) + 1;
    return "link_" + std::to_string(number) + "_" + std::string(field.substr(close + 2));
  }
  if (field.starts_with("sections.")) return "section_" + std::string(field.substr(9));
  if (field.starts_with("contact.")) return "contact_" + std::string(field.substr(8));
  if (field.starts_with("organisations")) return "organisation";
  const auto bracket = field.find('[');
  return std::string(field.substr(0, bracket));
}

// The catalogue key of a field's message: its own, else its group's.
std::string message_key(const std::string& field, const text::Catalogue& catalogue) {
  const std::string own = "submission.error." + field;
  if (catalogue.has(own)) return own;
  if (field.starts_with("section_")) return "submission.error.section";
  if (field.starts_with("link_")) {
    return field.ends_with("_url") ? "submission.error.link_url" : "submission.error.link_title";
  }
  return "submission.error.invalid";
}

// Whether `stored` (if any) already carries the term: a hidden term it has may stay.
bool stored_has(const core::Practice* stored, core::Vocabulary vocabulary, std::string_view slug) {
  if (stored == nullptr) return false;
  const std::vector<core::Named>& terms = core::terms_of(*stored, vocabulary);
  return std::any_of(terms.begin(), terms.end(),
                     [&](const core::Named& term) { return term.slug == slug; });
}

// Calls `refuse` with the field of each vocabulary whose chosen slugs include one the form does
// not offer: unknown, or hidden by the editors and not already the stored practice's (a forged
// or outdated form).
template <class Refuse>
void check_terms(const PracticeForm& form, const Services& services, const core::Practice* stored,
                 Refuse refuse) {
  const std::pair<core::Vocabulary, const std::vector<std::string>*> chosen[] = {
      {core::Vocabulary::kSector, &form.sectors},
      {core::Vocabulary::kTheme, &form.themes},
      {core::Vocabulary::kClientGroup, &form.client_groups}};
  for (const auto& [vocabulary, slugs] : chosen) {
    if (slugs->empty()) continue;
    const std::vector<store::Term> offered = services.store.vocabularies().terms(vocabulary);
    for (const std::string& slug : *slugs) {
      if (std::none_of(offered.begin(), offered.end(),
                       [&](const store::Term& term) { return term.slug == slug; }) &&
          !stored_has(stored, vocabulary, slug)) {
        refuse(std::string{core::vocabulary_field(vocabulary)});
        break;
      }
    }
  }
}

bool required_only(const core::FieldError& error) {
  return error.message.ends_with(" is required") || error.message.ends_with(" are required");
}

}  // namespace

PracticeForm read_practice_form(const http::Form& form) {
  PracticeForm practice;
  practice.title = trimmed(form.get("title"));
  practice.summary = multiline(form.get("summary"));
  practice.organisation = form.get("organisation");
  practice.municipality = trimmed(form.get("municipality"));
  practice.maturity = form.get("maturity");
  practice.started = trimmed(form.get("started"));
  practice.language = form.has("language") ? form.get("language") : "fi";
  practice.keywords = trimmed(form.get("keywords"));
  practice.campaign_categories = form.all("campaign_category");
  for (std::size_t i = 0; i < core::kSections.size(); ++i) {
    practice.sections[i] =
        multiline(form.get("section_" + std::string(core::section_key(core::kSections[i]))));
  }
  practice.sectors = form.all("sectors");
  practice.themes = form.all("themes");
  practice.client_groups = form.all("client_groups");
  practice.contact = {trimmed(form.get("contact_name")), trimmed(form.get("contact_title")),
                      trimmed(form.get("contact_email")), trimmed(form.get("contact_phone"))};
  for (std::size_t i = 0; i < kFormLinks; ++i) {
    const std::string prefix = "link_" + std::to_string(i + 1) + "_";
    practice.links[i] = {trimmed(form.get(prefix + "title")), trimmed(form.get(prefix + "url"))};
  }
  return practice;
}

PracticeForm form_of(const core::Practice& practice) {
  PracticeForm form;
  form.title = practice.title;
  form.summary = practice.summary;
  if (!practice.organisations.empty()) form.organisation = practice.organisations.front().slug;
  if (practice.municipality) form.municipality = practice.municipality->name;
  if (practice.maturity) form.maturity = std::string(core::to_string(*practice.maturity));
  form.started = practice.started;
  form.language = std::string(core::to_string(practice.language));
  for (const std::string& keyword : practice.keywords) {
    form.keywords += (form.keywords.empty() ? "" : ", ") + keyword;
  }
  form.sections = practice.sections;
  for (const core::Named& term : practice.sectors)
    form.sectors.push_back(term.slug);
  for (const core::Named& term : practice.themes)
    form.themes.push_back(term.slug);
  for (const core::Named& term : practice.client_groups)
    form.client_groups.push_back(term.slug);
  form.contact = practice.contact;
  for (std::size_t i = 0; i < kFormLinks && i < practice.links.size(); ++i) {
    form.links[i] = practice.links[i];
  }
  return form;
}

core::PracticeInput input_of(const PracticeForm& form, const std::string& external_id,
                             const std::string& organisation_name, const Services& services) {
  core::PracticeInput input;
  input.external_id = external_id;
  input.state = core::PracticeState::kDraft;
  input.title = form.title;
  input.summary = form.summary;
  if (!organisation_name.empty()) input.organisations = {organisation_name};
  input.municipality = form.municipality;
  input.sectors = labels(services, core::Vocabulary::kSector, form.sectors);
  input.themes = labels(services, core::Vocabulary::kTheme, form.themes);
  input.client_groups = labels(services, core::Vocabulary::kClientGroup, form.client_groups);
  input.maturity = core::parse_maturity(form.maturity);
  input.started = form.started;
  input.sections = form.sections;
  input.keywords = split_keywords(form.keywords);
  input.contact = form.contact;
  for (const core::Link& link : form.links) {
    if (!link.title.empty() || !link.url.empty()) input.links.push_back(link);
  }
  input.language = core::parse_content_language(form.language).value_or(core::ContentLanguage::kFi);
  return input;
}

FormErrors check_practice_form(const PracticeForm& form, const core::PracticeInput& input,
                               const Services& services, Language language, FormPurpose purpose,
                               const core::Practice* stored) {
  const text::Catalogue& catalogue = services.catalogue;
  FormErrors errors;
  auto add = [&](const std::string& field) {
    if (!errors.has(field))
      errors.add(field, catalogue.text(language, message_key(field, catalogue)));
  };
  if (form.title.empty()) add("title");  // a draft needs a title too: it names the draft
  for (const core::FieldError& error : core::validate_practice_input(input)) {
    if (purpose == FormPurpose::kDraft && required_only(error)) continue;
    if (error.field == "external_id" || error.field == "slug") continue;
    add(form_field(error.field));
  }
  if (auto place = core::resolve_place(input, services.finland);
      std::holds_alternative<core::FieldError>(place)) {
    add("municipality");
  }
  if (!form.maturity.empty() && !input.maturity) add("maturity");
  check_terms(form, services, stored, [&](const std::string& field) {
    if (!errors.has(field)) errors.add(field, catalogue.text(language, "submission.error.terms"));
  });
  return errors;
}

}  // namespace tori::web
