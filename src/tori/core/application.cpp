// SPDX-License-Identifier: AGPL-3.0-or-later
// Service types' deadlines and questions, application statuses, and the checks of an application.
#include "tori/core/application.hpp"

#include <algorithm>
#include <set>

#include "tori/core/enum_names.hpp"
#include "tori/core/field_checker.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

constexpr std::array<std::string_view, 5> kApplicationStatusNames = {
    "received", "accepted", "declined", "scheduled", "done"};

std::size_t language_index(ContentLanguage language) {
  return static_cast<std::size_t>(language);
}

bool phone_text(std::string_view phone) {
  return std::all_of(phone.begin(), phone.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')';
  });
}

void check_months(FieldChecker& check, const std::vector<int>& months) {
  std::set<int> seen;
  for (const int month : months) {
    if (month < 1 || month > 12 || !seen.insert(month).second) {
      check.add("preferred_months",
                "preferred_months: " + std::to_string(month) + " is not a month 1–12 given once");
      return;
    }
  }
}

// The contact's name, address and the answers, checked as a registrant's are.
void check_contact_and_answers(FieldChecker& check, const ApplicationInput& input,
                               const ServiceType& type) {
  EventInput form;
  form.questions = service_questions(type, ContentLanguage::kFi);
  const RegistrantInput as_registrant{input.contact_name, input.email, "", "", input.answers};
  for (FieldError& error : validate_registrant(as_registrant, form)) {
    if (error.field == "name") {
      error.field = "contact_name";
      error.message = "contact_name: " + error.message;
    }
    check.add(std::move(error.field), std::move(error.message));
  }
}

}  // namespace

const std::string& service_name(const ServiceType& type, ContentLanguage language) {
  const std::string& name = type.names.at(language_index(language));
  return name.empty() ? type.names[0] : name;
}

std::vector<EventQuestion> service_questions(const ServiceType& type, ContentLanguage language) {
  std::vector<EventQuestion> questions;
  for (const ServiceQuestion& question : type.questions) {
    const std::string& label = question.labels.at(language_index(language));
    questions.push_back({question.id, label.empty() ? question.labels[0] : label, question.type,
                         question.choices, question.required});
  }
  return questions;
}

bool applications_open(const ServiceType& type, TimePoint now) {
  return !type.deadline || now < type.deadline->at;
}

std::optional<RegistrationDeadline> deadline_of_day(std::string_view date) {
  const std::optional<TimePoint> end = text::end_of_helsinki_day(date);
  if (!end) return std::nullopt;
  return RegistrationDeadline{std::string{date}, *end};
}

std::optional<TimePoint> helsinki_time_on(std::string_view date, std::string_view time) {
  if (date.size() != 10 || time.size() != 5 || time[2] != ':') return std::nullopt;
  for (const std::string_view offset : {"+02:00", "+03:00"}) {
    const std::string text =
        std::string{date} + "T" + std::string{time} + ":00" + std::string{offset};
    const std::optional<TimePoint> at = text::parse_rfc3339(text);
    if (at && text::format_rfc3339_helsinki(*at) == text) return at;
  }
  return std::nullopt;
}

std::string_view to_string(ApplicationStatus status) {
  return enum_name(kApplicationStatusNames, status);
}

std::optional<ApplicationStatus> parse_application_status(std::string_view text) {
  return parse_enum_name<ApplicationStatus>(kApplicationStatusNames, text);
}

bool may_change_status(ApplicationStatus from, ApplicationStatus to) {
  using enum ApplicationStatus;
  switch (from) {
    case kReceived:
      return to == kAccepted || to == kDeclined;
    case kAccepted:
      return to == kScheduled || to == kDeclined;
    case kScheduled:
      return to == kDone;
    case kDeclined:
    case kDone:
      break;
  }
  return false;
}

std::vector<FieldError> validate_application(const ApplicationInput& input,
                                             const ServiceType& type) {
  FieldChecker check;
  check_contact_and_answers(check, input, type);
  check.text("organisation", input.organisation, {true, kMaxRegistrantTextLength, Lines::kOne});
  if (check.text("phone", input.phone, {false, kMaxPhoneLength, Lines::kOne}) &&
      !phone_text(input.phone)) {
    check.add("phone", "phone: only digits, spaces and + - ( )");
  }
  if (input.staff_size < 1 || input.staff_size > kMaxStaffSize) {
    check.add("staff_size", "staff_size must be 1–1000000");
  }
  check.text("development", input.development, {true, kMaxDevelopmentLength, Lines::kMany});
  check_months(check, input.preferred_months);
  std::vector<FieldError> errors = check.take();
  // Field order as the form shows them.
  constexpr std::array<std::string_view, 7> kOrder = {
      "contact_name", "email",       "phone",           "organisation",
      "staff_size",   "development", "preferred_months"};
  const auto rank = [&](const FieldError& error) {
    const auto at = std::find(kOrder.begin(), kOrder.end(), error.field);
    return static_cast<std::size_t>(at - kOrder.begin());
  };
  std::stable_sort(errors.begin(), errors.end(),
                   [&](const FieldError& a, const FieldError& b) { return rank(a) < rank(b); });
  return errors;
}

}  // namespace tori::core
