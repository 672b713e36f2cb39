// SPDX-License-Identifier: AGPL-3.0-or-later
// An application read from a posted form, checked and shown; the deadline in words; the
// confirmation mail.
#include <charconv>

#include "tori/core/email.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/registration/registration_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

int staff_size_of(const std::string& text) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [at, error] = std::from_chars(text.data(), end, value);
  return error == std::errc{} && at == end ? value : 0;
}

// The catalogue key of the message beside `field`.
std::string application_message_key(const core::ApplicationInput& input, const std::string& field) {
  if (field.starts_with("answers.")) {
    const std::string id = field.substr(8);
    const bool answered = std::any_of(input.answers.begin(), input.answers.end(),
                                      [&](const auto& a) { return a.question_id == id; });
    return answered ? "registration.error.answer" : "registration.error.required";
  }
  return "applications.error." + field;
}

}  // namespace

core::ApplicationInput read_application(const http::Form& form, const core::ServiceType& type) {
  core::ApplicationInput input;
  input.contact_name = form.get("contact_name");
  input.email = core::trim_email(form.get("email"));
  input.phone = form.get("phone");
  input.organisation = form.get("organisation");
  input.staff_size = staff_size_of(form.get("staff_size"));
  input.development = form.get("development");
  for (const std::string& month : form.all("months")) {
    const int number = staff_size_of(month);
    if (number >= 1 && number <= 12 &&
        std::find(input.preferred_months.begin(), input.preferred_months.end(), number) ==
            input.preferred_months.end()) {
      input.preferred_months.push_back(number);
    }
  }
  std::sort(input.preferred_months.begin(), input.preferred_months.end());
  // The answers as the registration form reads them ("q-<id>").
  core::EventInput questions;
  questions.questions = core::service_questions(type, core::ContentLanguage::kFi);
  input.answers = read_registrant(form, questions, "").answers;
  return input;
}

FormErrors application_errors(const Services& services, Language language,
                              const core::ApplicationInput& input, const core::ServiceType& type) {
  FormErrors errors;
  for (const core::FieldError& finding : core::validate_application(input, type)) {
    const std::string field =
        finding.field.starts_with("answers.") ? "q-" + finding.field.substr(8) : finding.field;
    if (errors.has(field)) continue;
    errors.add(field,
               services.catalogue.text(language, application_message_key(input, finding.field)));
  }
  return errors;
}

void fill_application(Dictionary& body, const Services& services, Language language,
                      const core::ApplicationInput& input, const core::ServiceType& type,
                      const FormErrors& errors) {
  body.SetValue("CONTACT_NAME", input.contact_name);
  body.SetValue("EMAIL", input.email);
  body.SetValue("PHONE", input.phone);
  body.SetValue("ORGANISATION", input.organisation);
  body.SetValue("STAFF_SIZE", input.staff_size > 0 ? std::to_string(input.staff_size) : "");
  body.SetValue("DEVELOPMENT", input.development);
  for (int month = 1; month <= 12; ++month) {
    Dictionary* item = body.AddSectionDictionary("MONTH");
    item->SetIntValue("N", month);
    item->SetValue(
        "LABEL", services.catalogue.text(language, "applications.month." + std::to_string(month)));
    if (std::find(input.preferred_months.begin(), input.preferred_months.end(), month) !=
        input.preferred_months.end()) {
      item->ShowSection("CHECKED");
    }
  }
  // The questions as the registration form shows them: the same markup and field names.
  core::EventInput questions;
  questions.questions = core::service_questions(type, content_language(language));
  fill_registrant(body, {input.contact_name, input.email, input.organisation, "", input.answers},
                  questions, errors);
}

std::string months_text(const Services& services, Language language,
                        const std::vector<int>& months) {
  std::string text;
  for (const int month : months) {
    if (!text.empty()) text += ", ";
    text += services.catalogue.text(language, "applications.month." + std::to_string(month));
  }
  return text;
}

std::string deadline_day_text(const core::RegistrationDeadline& deadline, Language language) {
  // The deadline's `at` is 00:00 of the next Helsinki day; an hour earlier is on the day itself.
  return text::format_date(deadline.at - std::chrono::hours(1), language);
}

std::string application_window_text(const Services& services, Language language,
                                    const core::ServiceType& type) {
  if (!type.deadline) return services.catalogue.text(language, "applications.window.always");
  const bool open = core::applications_open(type, store::utc_now_seconds());
  return services.catalogue.format(language,
                                   open ? "applications.window.open" : "applications.window.closed",
                                   {{"date", deadline_day_text(*type.deadline, language)}});
}

store::ApplicationMail application_mail(const Services& services, const core::ServiceType& type) {
  return [&services, type](const store::Application& application) {
    const Language language = page_language(application.language);
    const core::ApplicationInput& input = application.input;
    return std::optional{account_mail(
        services, language, "application_received", input.email, input.contact_name,
        {{"name", input.contact_name},
         {"service", core::service_name(type, application.language)},
         {"organisation", input.organisation},
         {"months", months_text(services, language, input.preferred_months)},
         {"link",
          absolute_url(services.site,
                       localised_path(language,
                                      type.code == core::kWorkshopService ? "/tyopajat" : "/"))}})};
  };
}

}  // namespace tori::web
