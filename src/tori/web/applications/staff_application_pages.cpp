// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' applications: /toimitus/hakemukset (a table with a status filter, and each
// service's last day of applications, editable) and /toimitus/hakemukset/{id} (the application,
// and the forms of what may be done with it now). The moves themselves: application_decisions.cpp.
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/render.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {

// The moves of application_decisions.cpp.
http::Response post_application_decision(const http::Request& request, const Services& services,
                                         Language language);

namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string received_text(const store::Application& application, Language language) {
  return text::format_date_time(
      std::chrono::time_point_cast<std::chrono::seconds>(application.received_at), language);
}

std::string status_label(const Services& services, Language language,
                         core::ApplicationStatus status) {
  return services.catalogue.text(language,
                                 "applications.status." + std::string{core::to_string(status)});
}

std::string type_name(const std::vector<core::ServiceType>& types, const std::string& code,
                      Language language) {
  for (const core::ServiceType& type : types) {
    if (type.code == code) return core::service_name(type, content_language(language));
  }
  return code;
}

void fill_deadlines(Dictionary& body, const Services& services, Language language,
                    const std::vector<core::ServiceType>& types) {
  for (const core::ServiceType& type : types) {
    Dictionary* item = body.AddSectionDictionary("TYPE");
    item->SetValue("CODE", type.code);
    item->SetValue("NAME", core::service_name(type, content_language(language)));
    item->SetValue("DEADLINE", type.deadline ? type.deadline->date : "");
    item->SetValue("WINDOW", application_window_text(services, language, type));
  }
}

http::Response applications_table(const http::Request& request, const Services& services,
                                  Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const std::string status = request.query_param("tila").value_or("");
  Page page(language, "application_staff");
  page.meta.title = services.catalogue.text(language, "applications.staff.title");
  page.meta.path = "/toimitus/hakemukset";
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  fill_notice(body, request, services, language);
  const auto types = services.store.applications().types();
  for (const std::string_view option : {"received", "accepted", "declined", "scheduled", "done"}) {
    Dictionary* item = body.AddSectionDictionary("STATUS_OPTION");
    item->SetValue("VALUE", std::string{option});
    item->SetValue("LABEL",
                   status_label(services, language, *core::parse_application_status(option)));
    if (status == option) item->ShowSection("SELECTED");
  }
  const auto rows = services.store.applications().list(core::parse_application_status(status));
  for (const store::Application& application : rows) {
    Dictionary* row = body.AddSectionDictionary("ROW");
    row->SetIntValue("ID", static_cast<long>(application.id));
    row->SetValue("RECEIVED", received_text(application, language));
    row->SetValue("SERVICE", type_name(types, application.type_code, language));
    row->SetValue("ORGANISATION", application.input.organisation);
    row->SetValue("CONTACT", application.input.contact_name);
    row->SetValue("STATUS", status_label(services, language, application.status));
  }
  if (rows.empty()) body.ShowSection("NONE");
  fill_deadlines(body, services, language, types);
  return render_form(services, page, visitor);
}

// A service's last day changed (an empty date: no deadline), in the audit log.
http::Response post_deadline(const http::Request& request, const Services& services,
                             Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const std::string code = posted.form->get("code");
  const std::string date = posted.form->get("deadline");
  const std::string path = "/toimitus/hakemukset";
  if (!date.empty() && !core::deadline_of_day(date)) {
    return redirect_with(posted.visitor, language, with_notice(path, "invalid_date"));
  }
  const std::optional<std::string> deadline =
      date.empty() ? std::nullopt : std::optional<std::string>{date};
  if (!services.store.applications().set_deadline(code, deadline, store::utc_now())) {
    return error_page(services, language, 404);
  }
  services.store.audit_log().record(
      staff_audit(services, request, *posted.visitor.account, "service_type.deadline",
                  "service_type", json_detail({{"code", code}, {"deadline", date}})),
      store::utc_now());
  return redirect_with(posted.visitor, language, with_notice(path, "saved"));
}

void fill_answers(Dictionary& body, const store::Application& application,
                  const core::ServiceType& type, Language language) {
  for (const core::EventQuestion& question :
       core::service_questions(type, content_language(language))) {
    std::string answer;
    for (const core::RegistrationAnswer& given : application.input.answers) {
      if (given.question_id != question.id) continue;
      for (const std::string& value : given.values)
        answer += (answer.empty() ? "" : ", ") + value;
    }
    Dictionary* item = body.AddSectionDictionary("ANSWER");
    item->SetValue("LABEL", question.label);
    item->SetValue("VALUE", answer);
  }
}

// The forms of the moves the application's status allows.
void fill_actions(Dictionary& body, const store::Application& application) {
  using enum core::ApplicationStatus;
  const bool workshop = application.type_code == core::kWorkshopService;
  if (core::may_change_status(application.status, kAccepted)) body.ShowSection("CAN_ACCEPT");
  if (core::may_change_status(application.status, kDeclined)) body.ShowSection("CAN_DECLINE");
  if (workshop && application.status == kAccepted) body.ShowSection("CAN_SCHEDULE");
  if (application.status == kScheduled || application.status == kDone) {
    Dictionary* summary = body.AddSectionDictionary("CAN_SUMMARISE");
    summary->SetValue("SUMMARY", application.summary);
    std::string slugs;
    for (const std::string& slug : application.practice_slugs)
      slugs += (slugs.empty() ? "" : "\n") + slug;
    summary->SetValue("PRACTICES", slugs);
  }
}

http::Response application_page(const http::Request& request, const Services& services,
                                Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  std::optional<store::Application> application;
  try {
    application = services.store.applications().find(std::stoll(std::string{request.param("id")}));
  } catch (const std::exception&) {
  }
  if (!application) return error_page(services, language, 404);
  const auto type = services.store.applications().type(application->type_code);
  if (!type) return error_page(services, language, 404);
  Page page(language, "application_staff_one");
  page.meta.title = services.catalogue.format(language, "applications.staff.one_title",
                                              {{"organisation", application->input.organisation}});
  page.meta.path = "/toimitus/hakemukset/" + std::to_string(application->id);
  Dictionary& body = page.body();
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetIntValue("ID", static_cast<long>(application->id));
  fill_notice(body, request, services, language);
  const core::ApplicationInput& input = application->input;
  body.SetValue("SERVICE", core::service_name(*type, content_language(language)));
  body.SetValue("ORGANISATION", input.organisation);
  body.SetIntValue("STAFF_SIZE", input.staff_size);
  body.SetValue("CONTACT_NAME", input.contact_name);
  body.SetValue("EMAIL", input.email);
  body.SetValue("PHONE", input.phone);
  body.SetValue("DEVELOPMENT", input.development);
  body.SetValue("MONTHS", months_text(services, language, input.preferred_months));
  body.SetValue("RECEIVED", received_text(*application, language));
  body.SetValue("STATUS", status_label(services, language, application->status));
  fill_answers(body, *application, *type, language);
  if (application->event_id) {
    if (const auto event = services.store.events().find_by_id(*application->event_id)) {
      body.SetValue("EVENT_SLUG", event->slug);
      body.SetValueAndShowSection("EVENT_TITLE", event->input.title, "HAS_EVENT");
    }
  }
  fill_actions(body, *application);
  return render_form(services, page, visitor);
}

}  // namespace

void add_staff_application_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/hakemukset", applications_table);
  add_localised(router, services, "POST", "/toimitus/hakemukset", post_deadline);
  add_localised(router, services, "GET", "/toimitus/hakemukset/{id}", application_page);
  add_localised(router, services, "POST", "/toimitus/hakemukset/{id}", post_application_decision);
}

}  // namespace tori::web
