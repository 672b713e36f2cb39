// SPDX-License-Identifier: AGPL-3.0-or-later
// Applications for the programme's services (in-house workshops, sparring, workplace visits,
// training for internal developers): a service type with its deadline and questions, what an
// organisation's application holds, its checks and the statuses editors move it through. No I/O.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/event.hpp"
#include "tori/core/practice.hpp"
#include "tori/core/registration.hpp"

namespace tori::core {

// A question of a service type's form, its label in fi, sv and en.
struct ServiceQuestion {
  std::string id;                     // [a-z0-9_-]{1,40}, unique within the type
  std::array<std::string, 3> labels;  // by ContentLanguage: fi, sv, en
  QuestionType type = QuestionType::kText;
  std::vector<std::string> choices;  // single and multi
  bool required = false;
  bool operator==(const ServiceQuestion&) const = default;
};

// A service organisations apply for ("tyopaja", "sparraus", …), editable by the editors.
struct ServiceType {
  std::string code;                  // the path part: /hakemus/{code}
  std::array<std::string, 3> names;  // by ContentLanguage
  // The last day of applications (the whole Helsinki day, DESIGN.md §4); none: no deadline.
  std::optional<RegistrationDeadline> deadline;
  std::vector<ServiceQuestion> questions;  // in form order
  bool operator==(const ServiceType&) const = default;
};

// The code of the in-house workshops ("Kekseliäät kehittäjät"), whose accepted applications are
// scheduled as events of kind workshop.
inline constexpr std::string_view kWorkshopService = "tyopaja";

[[nodiscard]] const std::string& service_name(const ServiceType& type, ContentLanguage language);
// The type's questions with their labels in `language`, as the registration form speaks them.
[[nodiscard]] std::vector<EventQuestion> service_questions(const ServiceType& type,
                                                           ContentLanguage language);
// Whether the type takes applications at `now`: before the end of its deadline's day.
[[nodiscard]] bool applications_open(const ServiceType& type, TimePoint now);
// The deadline of the Helsinki day `date` ("2027-03-31"); none when it is not a real YYYY-MM-DD.
[[nodiscard]] std::optional<RegistrationDeadline> deadline_of_day(std::string_view date);

// The instant of the Helsinki wall-clock time `time` ("09:30") on `date` ("2027-05-12"), as an
// editor schedules a workshop; none when either is malformed or the time does not exist that day.
[[nodiscard]] std::optional<TimePoint> helsinki_time_on(std::string_view date,
                                                        std::string_view time);

// received → accepted or declined; accepted → scheduled or declined; scheduled → done.
enum class ApplicationStatus { kReceived, kAccepted, kDeclined, kScheduled, kDone };

// "received", "accepted", "declined", "scheduled", "done" and back.
[[nodiscard]] std::string_view to_string(ApplicationStatus status);
[[nodiscard]] std::optional<ApplicationStatus> parse_application_status(std::string_view text);
// Whether an editor may move an application from `from` to `to`.
[[nodiscard]] bool may_change_status(ApplicationStatus from, ApplicationStatus to);

// What the application form gives.
struct ApplicationInput {
  std::string contact_name;
  std::string email;
  std::string phone;  // optional
  std::string organisation;
  int staff_size = 0;                 // the organisation's (or unit's) staff; 0: not given
  std::string development;            // what they want to develop
  std::vector<int> preferred_months;  // 1–12, each once, in calendar order
  std::vector<RegistrationAnswer> answers;
  bool operator==(const ApplicationInput&) const = default;
};

inline constexpr std::size_t kMaxDevelopmentLength = 4000;
// kMaxPhoneLength (40) is event.hpp's, shared with an event organiser's phone.
inline constexpr int kMaxStaffSize = 1000000;

// Every problem of `input` for `type`: contact name, a plausible e-mail and the organisation
// required (one line, ≤ 200); phone optional (≤ 40, digits, spaces and + - ( )); staff size
// 1–1000000; what to develop required (≤ 4000); months 1–12 each once; the type's questions as
// validate_registrant checks them. Fields: "contact_name", "email", "phone", "organisation",
// "staff_size", "development", "preferred_months", "answers.<question id>".
[[nodiscard]] std::vector<FieldError> validate_application(const ApplicationInput& input,
                                                           const ServiceType& type);

// A published summary of a held workshop: at most this long, and practice slugs linked.
inline constexpr std::size_t kMaxWorkshopSummaryLength = 4000;
inline constexpr std::size_t kMaxWorkshopPractices = 20;

}  // namespace tori::core
