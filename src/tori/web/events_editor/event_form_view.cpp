// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' event form shown: its groups, fields and rows (event_form.tpl with one
// event_form_field.tpl per input), and the problems as messages beside the inputs.
#include <algorithm>
#include <span>

#include "tori/text/time_format.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/events_editor/event_form_pages.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// How an input is drawn.
enum class EventEditorInput {
  kText,      // <input type="text">
  kNumber,    // a text input for digits (inputmode numeric: no spinner that changes values)
  kEmail,     // <input type="email">
  kTel,       // <input type="tel">
  kUrl,       // <input type="url">
  kDate,      // <input type="date">, short
  kTime,      // <input type="time">, short
  kTextarea,  // <textarea>
  kKind,      // <select> of the event kinds
  kLanguage,  // <select> of fi, sv, en
  kQuestion,  // <select> of the question types
  kCheckbox,  // <input type="checkbox" value="1">
};

// One input: its name (rows: without "q<N>"/"p<N>"), how it is drawn, whether it must be
// filled, whether it has a hint (event_editor.hint.<name>) and its maxlength or rows.
struct EventEditorSpec {
  std::string_view name;
  EventEditorInput input;
  bool required = false;
  bool hint = false;
  int size = 0;  // maxlength of a one-line input, rows of a textarea
};

constexpr EventEditorSpec kEventEditorBasics[] = {
    {"kind", EventEditorInput::kKind},
    {"title", EventEditorInput::kText, true, false, 200},
    {"lead", EventEditorInput::kTextarea, false, true, 3},
    {"description", EventEditorInput::kTextarea, false, true, 12},
    {"series", EventEditorInput::kText, false, true, 200},
    {"language", EventEditorInput::kLanguage},
};
constexpr EventEditorSpec kEventEditorTime[] = {
    {"starts_date", EventEditorInput::kDate, true},
    {"starts_time", EventEditorInput::kTime, true},
    {"ends_date", EventEditorInput::kDate, false, true},
    {"ends_time", EventEditorInput::kTime, true},
};
constexpr EventEditorSpec kEventEditorPlace[] = {
    {"place_name", EventEditorInput::kText, false, false, 200},
    {"place_address", EventEditorInput::kText, false, false, 200},
    {"place_municipality", EventEditorInput::kText, false, false, 200},
    {"place_accessibility", EventEditorInput::kTextarea, false, true, 3},
    {"remote", EventEditorInput::kCheckbox},
    {"remote_url", EventEditorInput::kUrl, false, true, 500},
};
constexpr EventEditorSpec kEventEditorDetails[] = {
    {"audience", EventEditorInput::kTextarea, false, false, 2},
    {"organiser_name", EventEditorInput::kText, false, false, 200},
    {"organiser_email", EventEditorInput::kEmail, false, false, 200},
    {"organiser_phone", EventEditorInput::kTel, false, false, 40},
    {"image_path", EventEditorInput::kText, false, true, 500},
    {"image_alt", EventEditorInput::kText, false, true, 300},
};
constexpr EventEditorSpec kEventEditorRegistration[] = {
    {"capacity", EventEditorInput::kNumber, false, true, 6},
    {"on_site_capacity", EventEditorInput::kNumber, false, true, 6},
    {"remote_capacity", EventEditorInput::kNumber, false, false, 6},
    {"opens_date", EventEditorInput::kDate, false, true},
    {"opens_time", EventEditorInput::kTime},
    {"closes_date", EventEditorInput::kDate, false, true},
    {"consent", EventEditorInput::kTextarea, false, true, 3},
};
constexpr EventEditorSpec kEventEditorQuestionRow[] = {
    {"id", EventEditorInput::kText, false, true, 40},
    {"label", EventEditorInput::kText, false, false, 200},
    {"type", EventEditorInput::kQuestion},
    {"choices", EventEditorInput::kTextarea, false, true, 3},
    {"required", EventEditorInput::kCheckbox},
};
constexpr EventEditorSpec kEventEditorProgrammeRow[] = {
    {"date", EventEditorInput::kDate},
    {"time", EventEditorInput::kTime},
    {"title", EventEditorInput::kText, false, false, 200},
    {"speakers", EventEditorInput::kText, false, false, 200},
};

// What the include of one input needs besides its spec.
struct EventEditorField {
  std::string name;   // the input's name ("title", "q0_id")
  std::string label;  // its label text
  std::string value;  // as typed; "1" ticks a checkbox
  std::string hint;   // "" none
};

void event_editor_option(Dictionary& include, const std::string& value, const std::string& label,
                         const std::string& chosen, std::string_view lang = "") {
  Dictionary* option = include.AddSectionDictionary("OPTION");
  option->SetValue("OPTION_VALUE", value);
  option->SetValue("OPTION_LABEL", label);
  if (value == chosen) option->ShowSection("SELECTED");
  if (!lang.empty()) option->SetValueAndShowSection("CODE", std::string{lang}, "OPTION_LANG");
}

void event_editor_options(Dictionary& include, const Services& services, Language language,
                          EventEditorInput input, const std::string& chosen) {
  using core::EventKind;
  if (input == EventEditorInput::kKind) {
    for (const EventKind kind :
         {EventKind::kRegionalEvent, EventKind::kGala, EventKind::kWebinar,
          EventKind::kNetworkMeeting, EventKind::kWorkshop, EventKind::kOther}) {
      event_editor_option(include, std::string{core::to_string(kind)},
                          event_kind_label(services, language, kind), chosen);
    }
  } else if (input == EventEditorInput::kLanguage) {
    for (const Language option : text::kLanguages) {
      const std::string code{text::language_code(option)};
      event_editor_option(include, code, services.catalogue.text(option, "account.language.self"),
                          chosen, code);
    }
  } else {
    for (const std::string type : {"text", "single", "multi"}) {
      event_editor_option(include, type,
                          services.catalogue.text(language, "event_editor.q_type." + type), chosen);
    }
  }
}

// A one-line <input>: its type and attributes.
void event_editor_line(Dictionary& include, const EventEditorSpec& spec) {
  static constexpr std::string_view kTypes[] = {"text", "text", "email", "tel",
                                                "url",  "date", "time"};
  include.SetValueAndShowSection("TYPE", std::string{kTypes[static_cast<int>(spec.input)]}, "LINE");
  if (spec.size > 0) include.ShowSection("MAXLENGTH");
  if (spec.input == EventEditorInput::kNumber) include.ShowSection("NUMERIC");
  if (spec.input == EventEditorInput::kEmail || spec.input == EventEditorInput::kUrl)
    include.ShowSection("NO_SPELLCHECK");
  if (spec.input == EventEditorInput::kDate || spec.input == EventEditorInput::kTime)
    include.ShowSection("SHORT");
}

// The include of one input (event_form_field.tpl) in a new FIELD of `parent`.
void event_editor_add(Dictionary& parent, const Services& services, Language language,
                      const EventEditorSpec& spec, const EventEditorField& field,
                      const FormErrors& errors) {
  Dictionary& include = *parent.AddSectionDictionary("FIELD")->AddIncludeDictionary("INPUT");
  include.SetFilename(Renderer::template_key(language, "event_form_field"));
  include.SetValue("NAME", field.name);
  include.SetValue("LABEL", field.label);
  include.SetValue("VALUE", field.value);
  include.SetIntValue("SIZE", spec.size);
  std::string described;
  if (!field.hint.empty()) {
    include.SetValueAndShowSection("TEXT", field.hint, "HINT");
    described = "event-" + field.name + "-hint";
  }
  if (const std::string message = errors.message(field.name); !message.empty()) {
    include.SetValueAndShowSection("MESSAGE", message, "ERROR");
    described += (described.empty() ? "" : " ") + ("event-" + field.name + "-error");
  }
  if (!described.empty()) include.SetValueAndShowSection("IDS", described, "DESCRIBED");
  if (spec.required) include.ShowSection("REQUIRED");
  if (spec.input == EventEditorInput::kCheckbox) {
    include.ShowSection("CHECKBOX");
    if (field.value == "1") include.ShowSection("CHECKED");
    return;
  }
  include.ShowSection("BOX");
  switch (spec.input) {
    case EventEditorInput::kTextarea:
      include.ShowSection("AREA");
      return;
    case EventEditorInput::kKind:
    case EventEditorInput::kLanguage:
    case EventEditorInput::kQuestion:
      include.ShowSection("CHOOSE");
      event_editor_options(include, services, language, spec.input, field.value);
      return;
    default:
      event_editor_line(include, spec);
  }
}

const std::string& event_editor_value(const EventFormValues& values, std::string_view name) {
  for (const EventFormField& field : event_form_fields())
    if (field.name == name) return values.*field.value;
  static const std::string kNone;
  return kNone;
}

// A fieldset of the form: its legend (event_editor.group.<name>), its hint and its own error.
Dictionary& event_editor_group(Dictionary& body, const Services& services, Language language,
                               const std::string& name, bool hint, const FormErrors& errors) {
  Dictionary& group = *body.AddSectionDictionary("GROUP");
  group.SetValue("GROUP_NAME", name);
  group.SetValue("LEGEND", services.catalogue.text(language, "event_editor.group." + name));
  std::string described;
  if (hint) {
    group.SetValueAndShowSection(
        "TEXT", services.catalogue.text(language, "event_editor.hint." + name), "GROUP_HINT");
    described = "event-" + name + "-hint";
  }
  if (const std::string message = errors.message(name); !message.empty()) {
    group.SetValueAndShowSection("MESSAGE", message, "GROUP_ERROR");
    described += (described.empty() ? "" : " ") + ("event-" + name + "-error");
  }
  if (!described.empty()) group.SetValueAndShowSection("IDS", described, "GROUP_DESCRIBED");
  return group;
}

void event_editor_fields(Dictionary& group, const Services& services, Language language,
                         std::span<const EventEditorSpec> specs, const EventFormValues& values,
                         const FormErrors& errors) {
  const text::Catalogue& catalogue = services.catalogue;
  for (const EventEditorSpec& spec : specs) {
    const std::string name{spec.name};
    EventEditorField field{
        name, catalogue.text(language, "event_editor.field." + name),
        name == "remote" ? (values.remote ? "1" : "") : event_editor_value(values, name),
        spec.hint ? catalogue.text(language, "event_editor.hint." + name) : ""};
    const auto kept = text::parse_rfc3339(values.closes_at);
    if (name == "closes_date" && kept) {
      field.hint += " " + catalogue.format(language, "event_editor.hint.closes_kept",
                                           {{"time", text::format_date_time(*kept, language)}});
    }
    event_editor_add(group, services, language, spec, field, errors);
  }
}

// A row's fieldset with its legend ("Kysymys 2") and inputs "<prefix><N>_<name>".
void event_editor_row(Dictionary& group, const Services& services, Language language,
                      std::size_t row, bool question,
                      const std::vector<std::pair<std::string_view, std::string>>& row_values,
                      const FormErrors& errors) {
  const text::Catalogue& catalogue = services.catalogue;
  Dictionary& item = *group.AddSectionDictionary("ROW");
  item.SetValue("ROW_LEGEND", catalogue.format(language,
                                               question ? "event_editor.question.legend"
                                                        : "event_editor.programme.legend",
                                               {{"n", static_cast<long long>(row + 1)}}));
  const std::span<const EventEditorSpec> specs =
      question ? std::span<const EventEditorSpec>(kEventEditorQuestionRow)
               : std::span<const EventEditorSpec>(kEventEditorProgrammeRow);
  const std::string prefix = question ? "q" : "p";
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const std::string key = prefix + "_" + std::string{specs[i].name};
    event_editor_add(item, services, language, specs[i],
                     {prefix + std::to_string(row) + "_" + std::string{specs[i].name},
                      catalogue.text(language, "event_editor.field." + key), row_values[i].second,
                      specs[i].hint ? catalogue.text(language, "event_editor.hint." + key) : ""},
                     errors);
  }
}

void event_editor_rows(Dictionary& body, const Services& services, Language language,
                       const EventFormValues& values, const FormErrors& errors,
                       std::size_t blank_rows) {
  Dictionary& questions = event_editor_group(body, services, language, "questions", true, errors);
  const std::size_t question_count =
      std::min(values.questions.size() + blank_rows, kMaxEventFormRows);
  for (std::size_t i = 0; i < question_count; ++i) {
    const EventQuestionRow row =
        i < values.questions.size() ? values.questions[i] : EventQuestionRow{};
    event_editor_row(questions, services, language, i, true,
                     {{"id", row.id},
                      {"label", row.label},
                      {"type", row.type},
                      {"choices", row.choices},
                      {"required", row.required ? "1" : ""}},
                     errors);
  }
  questions.ShowSection("MORE");
  Dictionary& programme = event_editor_group(body, services, language, "programme", true, errors);
  const std::size_t item_count = std::min(values.programme.size() + blank_rows, kMaxEventFormRows);
  for (std::size_t i = 0; i < item_count; ++i) {
    const EventProgrammeRow row =
        i < values.programme.size() ? values.programme[i] : EventProgrammeRow{};
    event_editor_row(
        programme, services, language, i, false,
        {{"date", row.date}, {"time", row.time}, {"title", row.title}, {"speakers", row.speakers}},
        errors);
  }
  programme.ShowSection("MORE");
}

// The label of an input in a message: "Nimi", or "Kysymys 2: Tunniste" in a row.
std::string event_editor_label(const Services& services, Language language,
                               const std::string& field) {
  const EventFormFieldName name = event_form_field_name(field);
  if (name.base == "form") return "";
  if (name.base == "questions" || name.base == "programme")
    return services.catalogue.text(language, "event_editor.group." + name.base);
  const std::string label = services.catalogue.text(language, "event_editor.field." + name.base);
  if (name.row < 0) return label;
  const std::string row =
      services.catalogue.format(language,
                                name.base.starts_with("q_") ? "event_editor.question.legend"
                                                            : "event_editor.programme.legend",
                                {{"n", static_cast<long long>(name.row + 1)}});
  return services.catalogue.format(language, "event_editor.row_field",
                                   {{"row", row}, {"field", label}});
}

}  // namespace

FormErrors event_form_errors(const Services& services, Language language,
                             const std::vector<EventFormProblem>& problems) {
  FormErrors errors;
  for (const EventFormProblem& problem : problems) {
    errors.add(problem.field, services.catalogue.format(
                                  language, problem.key,
                                  {{"field", event_editor_label(services, language, problem.field)},
                                   {"max", problem.limit}}));
  }
  return errors;
}

void fill_event_form(Dictionary& body, const Services& services, Language language,
                     const EventFormValues& values, const FormErrors& errors,
                     std::size_t blank_rows) {
  body.SetValue("CLOSES_AT", values.closes_at);
  const struct {
    const char* name;
    std::span<const EventEditorSpec> specs;
    bool hint;
  } groups[] = {{"basics", kEventEditorBasics, false},
                {"time", kEventEditorTime, true},
                {"place", kEventEditorPlace, true},
                {"details", kEventEditorDetails, false},
                {"registration", kEventEditorRegistration, false}};
  for (const auto& group : groups) {
    event_editor_fields(
        event_editor_group(body, services, language, group.name, group.hint, errors), services,
        language, group.specs, values, errors);
  }
  event_editor_rows(body, services, language, values, errors, blank_rows);
}

}  // namespace tori::web
