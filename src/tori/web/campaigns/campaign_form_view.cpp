// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' campaign form shown: its groups, fields and rows (campaign_form.tpl with one
// campaign_form_field.tpl per input), sectors and themes as selects of the vocabularies' labels,
// and the problems as messages beside the inputs.
#include <algorithm>
#include <span>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/campaigns/campaign_form.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// How an input is drawn.
enum class CampaignFormInput {
  kText,      // <input type="text">
  kNumber,    // a text input for digits (inputmode numeric)
  kEmail,     // <input type="email">
  kDate,      // a short text input: "30.9.2031" or "2031-09-30"
  kTextarea,  // <textarea>
  kScore,     // <select> of 5 and 10
  kKind,      // <select> of the category kinds
  kSector,    // <select> of the sectors' labels
  kTheme,     // <select> of the themes' labels
  kCheckbox,  // <input type="checkbox" value="1">
};

// One input: its name (rows: without "category<N>_" …), how it is drawn, whether it must be
// filled, whether it has a hint (campaign_editor.hint.<name>) and its maxlength or rows.
struct CampaignFormSpec {
  std::string_view name;
  CampaignFormInput input;
  bool required = false;
  bool hint = false;
  int size = 0;
};

constexpr CampaignFormSpec kCampaignFormSlug{"slug", CampaignFormInput::kText, false, true, 100};
constexpr CampaignFormSpec kCampaignFormBasics[] = {
    {"name", CampaignFormInput::kText, true, false, 200},
    {"year", CampaignFormInput::kNumber, true, false, 4},
    {"description", CampaignFormInput::kTextarea, false, true, 8},
    {"rules", CampaignFormInput::kTextarea, false, true, 8},
};
constexpr CampaignFormSpec kCampaignFormDates[] = {
    {"collecting_from", CampaignFormInput::kDate, true, false, 10},
    {"collecting_until", CampaignFormInput::kDate, true, true, 10},
    {"gala_date", CampaignFormInput::kDate, true, true, 10},
};
constexpr CampaignFormSpec kCampaignFormJury[] = {
    {"score_max", CampaignFormInput::kScore},
    {"blind", CampaignFormInput::kCheckbox, false, true},
    {"public_vote", CampaignFormInput::kCheckbox, false, true},
};
constexpr CampaignFormSpec kCampaignFormCategoryRow[] = {
    {"slug", CampaignFormInput::kText, false, true, 100},
    {"name", CampaignFormInput::kText, false, false, 200},
    {"description", CampaignFormInput::kTextarea, false, false, 2},
    {"kind", CampaignFormInput::kKind, false, true},
    {"sector", CampaignFormInput::kSector},
    {"theme", CampaignFormInput::kTheme},
};
constexpr CampaignFormSpec kCampaignFormCriterionRow[] = {
    {"slug", CampaignFormInput::kText, false, true, 100},
    {"name", CampaignFormInput::kText, false, false, 200},
    {"weight", CampaignFormInput::kNumber, false, true, 3},
};
constexpr CampaignFormSpec kCampaignFormJurorRow[] = {
    {"name", CampaignFormInput::kText, false, false, 200},
    {"title", CampaignFormInput::kText, false, false, 200},
    {"organisation", CampaignFormInput::kText, false, false, 200},
    {"email", CampaignFormInput::kEmail, false, false, 200},
};

// What the form's selects offer besides fixed choices: the vocabularies' labels.
struct CampaignFormContext {
  const Services& services;
  Language language;
  const FormErrors& errors;
  std::vector<std::string> sectors, themes;
  std::string text(const std::string& key) const { return services.catalogue.text(language, key); }
};

// What the include of one input needs besides its spec.
struct CampaignFormEntry {
  std::string name;   // the input's name ("name", "category0_slug")
  std::string key;    // its label's and hint's key part ("name", "category_slug")
  std::string value;  // as typed; "1" ticks a checkbox
};

void campaign_form_option(Dictionary& include, const std::string& value, const std::string& label,
                          const std::string& chosen) {
  Dictionary* option = include.AddSectionDictionary("OPTION");
  option->SetValue("OPTION_VALUE", value);
  option->SetValue("OPTION_LABEL", label);
  if (value == chosen) option->ShowSection("SELECTED");
}

// The labels of a vocabulary, with none first and the chosen one kept when no longer listed.
void campaign_form_labels(Dictionary& include, const CampaignFormContext& context,
                          const std::vector<std::string>& labels, const std::string& chosen) {
  campaign_form_option(include, "", context.text("campaign_editor.none"), chosen);
  for (const std::string& label : labels)
    campaign_form_option(include, label, label, chosen);
  if (!chosen.empty() && std::ranges::find(labels, chosen) == labels.end())
    campaign_form_option(include, chosen, chosen, chosen);
}

void campaign_form_options(Dictionary& include, const CampaignFormContext& context,
                           CampaignFormInput input, const std::string& chosen) {
  if (input == CampaignFormInput::kScore) {
    for (const std::string score : {"5", "10"})
      campaign_form_option(include, score, context.text("campaign_editor.score." + score), chosen);
  } else if (input == CampaignFormInput::kKind) {
    for (const std::string kind : {"sector", "theme", "special"})
      campaign_form_option(include, kind, context.text("campaign_editor.kind." + kind), chosen);
  } else {
    campaign_form_labels(include, context,
                         input == CampaignFormInput::kSector ? context.sectors : context.themes,
                         chosen);
  }
}

// A one-line <input>: its type and attributes.
void campaign_form_line(Dictionary& include, const CampaignFormSpec& spec) {
  const bool email = spec.input == CampaignFormInput::kEmail;
  include.SetValueAndShowSection("TYPE", email ? "email" : "text", "LINE");
  if (spec.size > 0) include.ShowSection("MAXLENGTH");
  if (spec.input == CampaignFormInput::kNumber) include.ShowSection("NUMERIC");
  if (email) include.ShowSection("NO_SPELLCHECK");
  if (spec.input == CampaignFormInput::kDate || spec.input == CampaignFormInput::kNumber)
    include.ShowSection("SHORT");
}

// The label, hint and error of one input's include.
void campaign_form_describe(Dictionary& include, const CampaignFormContext& context,
                            const CampaignFormSpec& spec, const CampaignFormEntry& entry) {
  include.SetValue("NAME", entry.name);
  include.SetValue("LABEL", context.text("campaign_editor.field." + entry.key));
  include.SetValue("VALUE", entry.value);
  include.SetIntValue("SIZE", spec.size);
  std::string described;
  if (spec.hint) {
    include.SetValueAndShowSection("TEXT", context.text("campaign_editor.hint." + entry.key),
                                   "HINT");
    described = "campaign-" + entry.name + "-hint";
  }
  if (const std::string message = context.errors.message(entry.name); !message.empty()) {
    include.SetValueAndShowSection("MESSAGE", message, "ERROR");
    described += (described.empty() ? "" : " ") + ("campaign-" + entry.name + "-error");
  }
  if (!described.empty()) include.SetValueAndShowSection("IDS", described, "DESCRIBED");
  if (spec.required) include.ShowSection("REQUIRED");
}

// The include of one input (campaign_form_field.tpl) in a new FIELD of `parent`.
void campaign_form_add(Dictionary& parent, const CampaignFormContext& context,
                       const CampaignFormSpec& spec, const CampaignFormEntry& entry) {
  Dictionary& include = *parent.AddSectionDictionary("FIELD")->AddIncludeDictionary("INPUT");
  include.SetFilename(Renderer::template_key(context.language, "campaign_form_field"));
  campaign_form_describe(include, context, spec, entry);
  if (spec.input == CampaignFormInput::kCheckbox) {
    include.ShowSection("CHECKBOX");
    if (entry.value == "1") include.ShowSection("CHECKED");
    return;
  }
  include.ShowSection("BOX");
  switch (spec.input) {
    case CampaignFormInput::kTextarea:
      include.ShowSection("AREA");
      return;
    case CampaignFormInput::kScore:
    case CampaignFormInput::kKind:
    case CampaignFormInput::kSector:
    case CampaignFormInput::kTheme:
      include.ShowSection("CHOOSE");
      campaign_form_options(include, context, spec.input, entry.value);
      return;
    default:
      campaign_form_line(include, spec);
  }
}

const std::string& campaign_form_value(const CampaignFormValues& values, std::string_view name) {
  for (const CampaignFormField& field : campaign_form_fields())
    if (field.name == name) return values.*field.value;
  static const std::string kNone;
  return kNone;
}

// A fieldset of the form: its legend (campaign_editor.group.<name>), its hint and its own error.
Dictionary& campaign_form_group(Dictionary& body, const CampaignFormContext& context,
                                const std::string& name, bool hint) {
  Dictionary& group = *body.AddSectionDictionary("GROUP");
  group.SetValue("GROUP_NAME", name);
  group.SetValue("LEGEND", context.text("campaign_editor.group." + name));
  std::string described;
  if (hint) {
    group.SetValueAndShowSection("TEXT", context.text("campaign_editor.hint." + name),
                                 "GROUP_HINT");
    described = "campaign-" + name + "-hint";
  }
  if (const std::string message = context.errors.message(name); !message.empty()) {
    group.SetValueAndShowSection("MESSAGE", message, "GROUP_ERROR");
    described += (described.empty() ? "" : " ") + ("campaign-" + name + "-error");
  }
  if (!described.empty()) group.SetValueAndShowSection("IDS", described, "GROUP_DESCRIBED");
  return group;
}

// A checkbox's value ("1" ticked, "" not); none for other fields.
std::optional<std::string> campaign_form_checkbox_value(const CampaignFormValues& values,
                                                        std::string_view name) {
  if (name == "blind") return values.blind ? "1" : "";
  if (name == "public_vote") return values.public_vote ? "1" : "";
  return std::nullopt;
}

void campaign_form_fields_of(Dictionary& group, const CampaignFormContext& context,
                             std::span<const CampaignFormSpec> specs,
                             const CampaignFormValues& values) {
  for (const CampaignFormSpec& spec : specs) {
    const std::string name{spec.name};
    campaign_form_add(
        group, context, spec,
        {name, name,
         campaign_form_checkbox_value(values, name).value_or(campaign_form_value(values, name))});
  }
}

// A row's fieldset with its legend ("Sarja 2") and inputs "<prefix><N>_<part>".
Dictionary& campaign_form_row(Dictionary& group, const CampaignFormContext& context,
                              std::string_view prefix, std::size_t row,
                              std::span<const CampaignFormSpec> specs,
                              const std::vector<std::string>& row_values) {
  Dictionary& item = *group.AddSectionDictionary("ROW");
  item.SetValue("ROW_LEGEND",
                context.services.catalogue.format(
                    context.language, "campaign_editor." + std::string{prefix} + ".legend",
                    {{"n", static_cast<long long>(row + 1)}}));
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const std::string part{specs[i].name};
    campaign_form_add(item, context, specs[i],
                      {std::string{prefix} + std::to_string(row) + "_" + part,
                       std::string{prefix} + "_" + part, row_values[i]});
  }
  return item;
}

// The categories' rows, each with the slug it had when stored (a hidden input).
void campaign_form_category_rows(Dictionary& body, const CampaignFormContext& context,
                                 const CampaignFormValues& values, std::size_t blank_rows) {
  Dictionary& group = campaign_form_group(body, context, "categories", true);
  const std::size_t count = std::min(values.categories.size() + blank_rows, kMaxCampaignFormRows);
  for (std::size_t i = 0; i < count; ++i) {
    const CampaignCategoryRow row =
        i < values.categories.size() ? values.categories[i] : CampaignCategoryRow{};
    Dictionary& item =
        campaign_form_row(group, context, "category", i, kCampaignFormCategoryRow,
                          {row.slug, row.name, row.description, row.kind, row.sector, row.theme});
    Dictionary* stored = item.AddSectionDictionary("ROW_STORED");
    stored->SetValue("NAME", "category" + std::to_string(i) + "_stored");
    stored->SetValue("VALUE", row.stored);
  }
  group.ShowSection("MORE");
}

void campaign_form_other_rows(Dictionary& body, const CampaignFormContext& context,
                              const CampaignFormValues& values, std::size_t blank_rows) {
  Dictionary& criteria = campaign_form_group(body, context, "criteria", true);
  const std::size_t criterion_count =
      std::min(values.criteria.size() + blank_rows, kMaxCampaignFormRows);
  for (std::size_t i = 0; i < criterion_count; ++i) {
    const CampaignCriterionRow row =
        i < values.criteria.size() ? values.criteria[i] : CampaignCriterionRow{};
    campaign_form_row(criteria, context, "criterion", i, kCampaignFormCriterionRow,
                      {row.slug, row.name, row.weight});
  }
  criteria.ShowSection("MORE");
  Dictionary& jurors = campaign_form_group(body, context, "jurors", true);
  const std::size_t juror_count = std::min(values.jurors.size() + blank_rows, kMaxCampaignFormRows);
  for (std::size_t i = 0; i < juror_count; ++i) {
    const CampaignJurorRow row = i < values.jurors.size() ? values.jurors[i] : CampaignJurorRow{};
    campaign_form_row(jurors, context, "juror", i, kCampaignFormJurorRow,
                      {row.name, row.title, row.organisation, row.email});
  }
  jurors.ShowSection("MORE");
}

std::vector<std::string> campaign_form_vocabulary(const Services& services,
                                                  core::Vocabulary vocabulary) {
  std::vector<std::string> labels;
  for (const store::Term& term : services.store.vocabularies().terms(vocabulary))
    labels.push_back(term.label);
  return labels;
}

// The label of an input in a message: "Nimi", or "Sarja 2: Tunniste" in a row.
std::string campaign_form_label(const Services& services, Language language,
                                const std::string& field) {
  const CampaignFormFieldName name = campaign_form_field_name(field);
  if (name.base == "form") return "";
  if (name.base == "categories" || name.base == "criteria" || name.base == "jurors")
    return services.catalogue.text(language, "campaign_editor.group." + name.base);
  const std::string label = services.catalogue.text(language, "campaign_editor.field." + name.base);
  if (name.row < 0) return label;
  const std::string prefix = name.base.substr(0, name.base.find('_'));
  const std::string row =
      services.catalogue.format(language, "campaign_editor." + prefix + ".legend",
                                {{"n", static_cast<long long>(name.row + 1)}});
  return services.catalogue.format(language, "campaign_editor.row_field",
                                   {{"row", row}, {"field", label}});
}

}  // namespace

FormErrors campaign_form_errors(const Services& services, Language language,
                                const std::vector<CampaignFormProblem>& problems) {
  FormErrors errors;
  for (const CampaignFormProblem& problem : problems) {
    errors.add(problem.field,
               services.catalogue.format(
                   language, problem.key,
                   {{"field", campaign_form_label(services, language, problem.field)},
                    {"max", problem.limit}}));
  }
  return errors;
}

void fill_campaign_form(Dictionary& body, const Services& services, Language language,
                        const CampaignFormValues& values, const FormErrors& errors,
                        std::size_t blank_rows, bool new_campaign) {
  const CampaignFormContext context{services, language, errors,
                                    campaign_form_vocabulary(services, core::Vocabulary::kSector),
                                    campaign_form_vocabulary(services, core::Vocabulary::kTheme)};
  Dictionary& basics = campaign_form_group(body, context, "basics", false);
  if (new_campaign)
    campaign_form_add(basics, context, kCampaignFormSlug, {"slug", "slug", values.slug});
  campaign_form_fields_of(basics, context, kCampaignFormBasics, values);
  campaign_form_fields_of(campaign_form_group(body, context, "dates", true), context,
                          kCampaignFormDates, values);
  campaign_form_fields_of(campaign_form_group(body, context, "jury", false), context,
                          kCampaignFormJury, values);
  campaign_form_category_rows(body, context, values, blank_rows);
  campaign_form_other_rows(body, context, values, blank_rows);
}

}  // namespace tori::web
