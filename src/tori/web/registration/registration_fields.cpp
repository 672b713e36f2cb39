// SPDX-License-Identifier: AGPL-3.0-or-later
// The registrant's fields and the event's questions, read from a posted form, checked and shown
// (the registration form and the manage page).
#include "tori/core/email.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/registration/registration_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string question_field(const core::EventQuestion& question) {
  return "q-" + question.id;
}

const core::RegistrationAnswer* answer_to(const core::RegistrantInput& input,
                                          const std::string& question_id) {
  for (const core::RegistrationAnswer& answer : input.answers) {
    if (answer.question_id == question_id) return &answer;
  }
  return nullptr;
}

bool answered(const core::RegistrantInput& input, const std::string& question_id) {
  const core::RegistrationAnswer* answer = answer_to(input, question_id);
  if (answer == nullptr) return false;
  for (const std::string& value : answer->values) {
    if (!value.empty()) return true;
  }
  return false;
}

// The catalogue key of the message for a finding on `field`.
std::string message_key(const core::RegistrantInput& input, const std::string& field) {
  if (field == "name") return "registration.error.name";
  if (field == "email") return "registration.error.email";
  if (field == "organisation" || field == "title") return "registration.error.line";
  if (field == "participation") return "registration.error.participation";
  const std::string question_id = field.substr(field.find('.') + 1);
  return answered(input, question_id) ? "registration.error.answer" : "registration.error.required";
}

void fill_question(Dictionary& item, const core::EventQuestion& question,
                   const core::RegistrantInput& input, const FormErrors& errors) {
  item.SetValue("ID", question.id);
  item.SetValue("LABEL", question.label);
  if (question.required) item.ShowSection("REQUIRED");
  const core::RegistrationAnswer* answer = answer_to(input, question.id);
  const std::string field = question_field(question);
  for (const FormErrors::Error& error : errors.all()) {
    if (error.field != field) continue;
    Dictionary* shown = item.AddSectionDictionary("Q_ERROR");
    shown->SetValue("MESSAGE", error.message);
    shown->SetValue("ID", question.id);
    item.ShowSection("Q_INVALID");
    break;
  }
  if (question.type == core::QuestionType::kText) {
    item.SetValue("VALUE", answer && !answer->values.empty() ? answer->values[0] : "");
    item.ShowSection("TEXT");
    return;
  }
  Dictionary* choices =
      item.AddSectionDictionary(question.type == core::QuestionType::kSingle ? "SINGLE" : "MULTI");
  for (std::size_t i = 0; i < question.choices.size(); ++i) {
    Dictionary* choice = choices->AddSectionDictionary("CHOICE");
    choice->SetValue("QID", question.id);
    choice->SetIntValue("N", static_cast<long>(i));
    choice->SetValue("VALUE", question.choices[i]);
    if (answer && std::find(answer->values.begin(), answer->values.end(), question.choices[i]) !=
                      answer->values.end()) {
      choice->ShowSection("CHECKED");
    }
  }
}

}  // namespace

core::RegistrantInput read_registrant(const http::Form& form, const core::EventInput& event,
                                      std::string email) {
  core::RegistrantInput input{
      form.get("name"), core::trim_email(email), form.get("organisation"), form.get("title"), {}};
  for (const core::EventQuestion& question : event.questions) {
    std::vector<std::string> values =
        question.type == core::QuestionType::kMulti
            ? form.all(question_field(question))
            : std::vector<std::string>{form.get(question_field(question))};
    std::erase(values, std::string{});
    if (!values.empty()) input.answers.push_back({question.id, std::move(values)});
  }
  if (core::participation_modes(event).size() > 1) {
    input.participation = core::parse_participation(form.get("participation"));
  }
  return input;
}

FormErrors registrant_errors(const Services& services, Language language,
                             const core::RegistrantInput& input, const core::EventInput& event) {
  FormErrors errors;
  for (const core::FieldError& finding : core::validate_registrant(input, event)) {
    const std::string field =
        finding.field.starts_with("answers.") ? "q-" + finding.field.substr(8) : finding.field;
    if (errors.has(field)) continue;
    errors.add(field, services.catalogue.text(language, message_key(input, finding.field)));
  }
  return errors;
}

void fill_registrant(Dictionary& body, const core::RegistrantInput& input,
                     const core::EventInput& event, const FormErrors& errors) {
  body.SetValue("NAME", input.name);
  body.SetValue("EMAIL", input.email);
  body.SetValue("ORGANISATION", input.organisation);
  body.SetValue("TITLE", input.title);
  for (const core::EventQuestion& question : event.questions) {
    fill_question(*body.AddSectionDictionary("QUESTION"), question, input, errors);
  }
}

void fill_participation(Dictionary& fields, const Services& services, Language language,
                        const ParticipationChoice& choice, const FormErrors& errors) {
  const auto modes = core::participation_modes(choice.event);
  if (modes.size() < 2) return;
  Dictionary* section = fields.AddSectionDictionary("PARTICIPATION");
  fill_errors(*section, "registration", errors);
  if (choice.fixed) {
    section->ShowSection("FIXED");
    section->SetValue(
        "CHOSEN", participation_label(services, language, choice.chosen.value_or(modes.front())));
    return;
  }
  section->ShowSection("CHOOSE");
  for (const core::Participation mode : modes) {
    Dictionary* item = section->AddSectionDictionary("MODE");
    item->SetValue("VALUE", std::string{core::to_string(mode)});
    item->SetValue("LABEL", participation_label(services, language, mode));
    if (choice.chosen == mode) item->ShowSection("CHECKED");
    const auto& way =
        mode == core::Participation::kOnSite ? choice.seats.on_site : choice.seats.remote;
    if (!way || !way->capacity) continue;
    const std::optional<int> left = way->left();
    item->SetValueAndShowSection(
        "TEXT",
        *left == 0 ? services.catalogue.text(language, "registration.way_full")
                   : services.catalogue.format(language, "registration.way_seats_left",
                                               {{"count", static_cast<long long>(*left)}}),
        "SEATS");
  }
}

}  // namespace tori::web
