// SPDX-License-Identifier: AGPL-3.0-or-later
// The registrant's fields and the event's questions, read from a posted form, checked and shown
// (the registration form and the manage page).
#include "tori/core/email.hpp"
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

}  // namespace tori::web
