// SPDX-License-Identifier: AGPL-3.0-or-later
// Filling practice_form.tpl's dictionary from a PracticeForm.
#include "tori/web/submission/practice_form_view.hpp"

#include <algorithm>

#include "tori/store/store.hpp"
#include "tori/web/labels.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// The field's error inside a loop item (fill_errors covers the fields outside loops).
void item_error(Dictionary& item, const FormErrors& errors, const std::string& field) {
  for (const FormErrors::Error& error : errors.all()) {
    if (error.field != field) continue;
    Dictionary* shown = item.AddSectionDictionary("ERROR");
    shown->SetValue("MESSAGE", error.message);
  }
}

void fill_sections(Dictionary& body, const Services& services, Language language,
                   const PracticeForm& form, const FormErrors& errors) {
  const text::Catalogue& catalogue = services.catalogue;
  for (std::size_t i = 0; i < core::kSections.size(); ++i) {
    const std::string key(core::section_key(core::kSections[i]));
    Dictionary* item = body.AddSectionDictionary("SECTION");
    item->SetValue("KEY", key);
    item->SetValue("LABEL", catalogue.text(language, "practice.section." + key));
    item->SetValue("QUESTION", catalogue.text(language, "submission.section." + key + ".question"));
    item->SetValue("EXAMPLE", catalogue.text(language, "submission.section." + key + ".example"));
    item->SetValue("VALUE", form.sections[i]);
    item_error(*item, errors, "section_" + key);
  }
}

void fill_vocabulary(Dictionary& body, const Services& services, Language language,
                     core::Vocabulary vocabulary, const std::vector<std::string>& chosen,
                     const FormErrors& errors) {
  const std::string field(core::vocabulary_field(vocabulary));
  Dictionary* group = body.AddSectionDictionary("VOCABULARY");
  group->SetValue("FIELD", field);
  group->SetValue("LEGEND", services.catalogue.text(language, "submission.field." + field));
  item_error(*group, errors, field);
  // The offered terms, and a hidden one only where the form already has it (the practice being
  // edited keeps it unless unchecked).
  for (const store::Term& term : services.store.vocabularies().all_terms(vocabulary)) {
    const bool checked = std::find(chosen.begin(), chosen.end(), term.slug) != chosen.end();
    if (term.hidden && !checked) continue;
    Dictionary* option = group->AddSectionDictionary("OPTION");
    option->SetValue("FIELD", field);
    option->SetValue("VALUE", term.slug);
    option->SetValue("LABEL", term_label(services, language, vocabulary, term.slug, term.label));
    if (checked) option->ShowSection("CHECKED");
  }
}

void fill_choices(Dictionary& body, const Services& services, Language language,
                  const PracticeForm& form, const std::vector<core::Organisation>& organisations) {
  for (const core::Organisation& organisation : organisations) {
    Dictionary* option = body.AddSectionDictionary("ORGANISATION");
    option->SetValue("VALUE", organisation.slug);
    option->SetValue("LABEL", organisation.name);
    if (organisation.slug == form.organisation) option->ShowSection("SELECTED");
  }
  for (std::string_view maturity : {"idea", "pilot", "in_use", "established"}) {
    Dictionary* option = body.AddSectionDictionary("MATURITY");
    option->SetValue("VALUE", std::string(maturity));
    option->SetValue(
        "LABEL", services.catalogue.text(language, "practice.maturity." + std::string(maturity)));
    if (form.maturity == maturity) option->ShowSection("CHECKED");
  }
  for (Language option_language : text::kLanguages) {
    const std::string code(text::language_code(option_language));
    Dictionary* option = body.AddSectionDictionary("LANGUAGE");
    option->SetValue("VALUE", code);
    option->SetValue("LABEL", services.catalogue.text(option_language, "account.language.self"));
    if (form.language == code) option->ShowSection("SELECTED");
  }
}

void fill_links(Dictionary& body, const PracticeForm& form, const FormErrors& errors) {
  for (std::size_t i = 0; i < kFormLinks; ++i) {
    const std::string number = std::to_string(i + 1);
    Dictionary* item = body.AddSectionDictionary("LINK");
    item->SetValue("NUMBER", number);
    item->SetValue("TITLE", form.links[i].title);
    item->SetValue("URL", form.links[i].url);
    item_error(*item, errors, "link_" + number + "_title");
    item_error(*item, errors, "link_" + number + "_url");
  }
}

}  // namespace

void fill_practice_form(Dictionary& body, const Services& services, Language language,
                        const PracticeForm& form,
                        const std::vector<core::Organisation>& organisations,
                        const FormErrors& errors) {
  body.SetValue("TITLE_VALUE", form.title);
  body.SetValue("SUMMARY", form.summary);
  body.SetValue("MUNICIPALITY", form.municipality);
  body.SetValue("STARTED", form.started);
  body.SetValue("KEYWORDS", form.keywords);
  body.SetValue("CONTACT_NAME", form.contact.name);
  body.SetValue("CONTACT_TITLE", form.contact.title);
  body.SetValue("CONTACT_EMAIL", form.contact.email);
  body.SetValue("CONTACT_PHONE", form.contact.phone);
  fill_sections(body, services, language, form, errors);
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    const auto& chosen = vocabulary == core::Vocabulary::kSector  ? form.sectors
                         : vocabulary == core::Vocabulary::kTheme ? form.themes
                                                                  : form.client_groups;
    fill_vocabulary(body, services, language, vocabulary, chosen, errors);
  }
  fill_choices(body, services, language, form, organisations);
  fill_links(body, form, errors);
  fill_errors(body, "practice", errors);
}

}  // namespace tori::web
