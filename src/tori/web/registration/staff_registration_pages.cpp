// SPDX-License-Identifier: AGPL-3.0-or-later
// The staff's view of an event's registrations: /toimitus/tapahtumat/{slug}/ilmoittautuneet (the
// figures, a table with filters by status and name, printable; every answer, health data
// included, shown here only), its CSV and XLSX downloads (each in the audit log), and the door's
// check-in page /toimitus/tapahtumat/{slug}/sisaankirjaus (search by name, mark present).
#include <algorithm>
#include <map>

#include <sstream>
#include "tori/store/store.hpp"

#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/registration/registration_export.hpp"
#include "tori/web/registration/registration_mail.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/render.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;
using Dictionary = ctemplate::TemplateDictionary;

// Whether `registration` is shown for the filters: a status ("" any) and a search.
bool matches(const store::Registration& registration, const std::string& status,
             const std::string& search) {
  if (!status.empty() && core::to_string(registration.status) != status) return false;
  return registrant_matches(registration, search);
}

std::string helsinki_time(store::UtcTime time, Language language) {
  return text::format_date_time(std::chrono::time_point_cast<std::chrono::seconds>(time), language);
}

// The event's capacity as a number, or "ei rajoitettu"; for separate capacities their sum.
std::string capacity_text(const Services& services, Language language, const core::Event& event) {
  std::optional<int> capacity = event.input.capacity;
  if (core::has_separate_capacities(event.input)) {
    capacity = services.store.registrations().seats(event.id).capacity;
  }
  return capacity ? std::to_string(*capacity)
                  : services.catalogue.text(language, "events.no_limit");
}

// The figures of the registrations already loaded: by status, and those marked present.
void fill_figures(Dictionary& body, const Services& services, Language language,
                  const core::Event& event, const std::vector<store::Registration>& all) {
  std::map<RegistrationStatus, long long> by_status;
  long long attended = 0;
  for (const store::Registration& registration : all) {
    ++by_status[registration.status];
    attended += registration.status == RegistrationStatus::kConfirmed &&
                registration.attended_at.has_value();
  }
  body.SetValue("FIGURES",
                services.catalogue.format(language, "registration.staff.figures",
                                          {{"confirmed", by_status[RegistrationStatus::kConfirmed]},
                                           {"capacity", capacity_text(services, language, event)},
                                           {"offered", by_status[RegistrationStatus::kOffered]},
                                           {"waiting", by_status[RegistrationStatus::kWaiting]},
                                           {"cancelled", by_status[RegistrationStatus::kCancelled]},
                                           {"attended", attended}}));
  if (!core::has_separate_capacities(event.input)) return;
  const store::SeatCount seats = services.store.registrations().seats(event.id);
  std::string ways;
  for (const auto& [mode, way] : {std::pair{core::Participation::kOnSite, seats.on_site},
                                  std::pair{core::Participation::kRemote, seats.remote}}) {
    if (!way) continue;
    ways += (ways.empty() ? "" : " ") +
            services.catalogue.format(
                language, "registration.staff.way_figures",
                {{"way", participation_label(services, language, mode)},
                 {"confirmed", static_cast<long long>(way->confirmed)},
                 {"capacity", way->capacity ? std::to_string(*way->capacity)
                                            : services.catalogue.text(language, "events.no_limit")},
                 {"offered", static_cast<long long>(way->offered)},
                 {"waiting", static_cast<long long>(way->waiting)}});
  }
  body.SetValueAndShowSection("TEXT", ways, "WAY_FIGURES");
}

void fill_row(Dictionary& row, const Services& services, Language language,
              const core::Event& event, const store::Registration& registration) {
  const core::RegistrantInput& who = registration.registrant;
  row.SetValue("NAME", who.name);
  row.SetValue("EMAIL", who.email);
  row.SetValue("ORGANISATION", who.organisation);
  row.SetValue("JOB_TITLE", who.title);
  row.SetValue("STATUS", services.catalogue.text(
                             language, "registration.staff.status." +
                                           std::string{core::to_string(registration.status)}));
  row.SetValue("REGISTERED", helsinki_time(registration.registered_at, language));
  if (core::participation_modes(event.input).size() > 1) {
    row.SetValueAndShowSection(
        "TEXT", participation_label(services, language, core::participation_of(who, event.input)),
        "WAY");
  }
  if (registration.attended_at) row.ShowSection("ATTENDED");
  row.SetIntValue("ID", static_cast<long>(registration.id));
  if (registration.status == RegistrationStatus::kWaiting ||
      registration.status == RegistrationStatus::kOffered) {
    row.ShowSection("CAN_CONFIRM");
  }
  if (registration.status != RegistrationStatus::kCancelled) row.ShowSection("CAN_CANCEL");
  for (const core::EventQuestion& question : event.input.questions) {
    row.AddSectionDictionary("ANSWER_CELL")
        ->SetValue("ANSWER", answer_text(registration, question.id));
  }
}

http::Response table_page(const http::Request& request, const Services& services,
                          Language language) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  const core::Event& event = *staff.event;
  const std::string status = request.query_param("tila").value_or("");
  const std::string search = request.query_param("haku").value_or("");
  Page page(language, "registration_staff");
  page.meta.title = services.catalogue.format(language, "registration.staff.title",
                                              {{"event", event.input.title}});
  page.meta.path = "/toimitus/tapahtumat/" + event.slug + "/ilmoittautuneet";
  Dictionary& body = page.body();
  fill_event_heading(body, language, event);
  body.SetValue("SEARCH", search);
  body.SetValue("CSRF", staff.visitor.csrf_token);
  fill_notice(body, request, services, language);
  const auto all = services.store.registrations().of_event(event.id);
  fill_figures(body, services, language, event, all);
  for (const std::string_view option : {"confirmed", "waiting", "offered", "cancelled"}) {
    Dictionary* item = body.AddSectionDictionary("STATUS_OPTION");
    item->SetValue("VALUE", std::string{option});
    item->SetValue("LABEL", services.catalogue.text(
                                language, "registration.staff.status." + std::string{option}));
    if (status == option) item->ShowSection("SELECTED");
  }
  for (const core::EventQuestion& question : event.input.questions)
    body.SetValueAndShowSection("LABEL", question.label, "QUESTION_HEADING");
  if (core::participation_modes(event.input).size() > 1) body.ShowSection("WAYS");
  int shown = 0;
  for (const store::Registration& registration : all) {
    if (!matches(registration, status, search)) continue;
    fill_row(*body.AddSectionDictionary("ROW"), services, language, event, registration);
    ++shown;
  }
  body.SetValue("SHOWN", services.catalogue.format(language, "registration.staff.shown",
                                                   {{"count", static_cast<long long>(shown)}}));
  if (shown == 0) body.ShowSection("NONE");
  return render_form(services, page, staff.visitor);
}

// A staff move from the table: confirm someone from the line, or cancel; the person is mailed,
// the move is in the audit log.
http::Response post_move(const http::Request& request, const Services& services,
                         Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  std::int64_t id = 0;
  try {
    id = std::stoll(posted.form->get("id"));
  } catch (const std::exception&) {
    return error_page(services, language, 400);
  }
  const bool confirm = posted.form->get("action") == "confirm";
  const auto to = confirm ? RegistrationStatus::kConfirmed : RegistrationStatus::kCancelled;
  const std::string path = "/toimitus/tapahtumat/" + event->slug + "/ilmoittautuneet";
  if (!services.store.registrations().move(
          event->id, id, to,
          registration_mail(services, *event,
                            confirm ? "registration_confirmed" : "registration_cancelled"),
          offer_policy(services, *event), store::utc_now())) {
    return redirect_with(posted.visitor, language, with_notice(path, "unchanged"));
  }
  services.store.audit_log().record(
      staff_audit(services, request, *posted.visitor.account,
                  confirm ? "registration.confirm" : "registration.cancel", "event",
                  json_detail({{"slug", event->slug}, {"registration", std::to_string(id)}})),
      store::utc_now());
  mail_queued(services);
  return redirect_with(posted.visitor, language, with_notice(path, "saved"));
}

// The table as a download, recorded in the audit log with who took it and how many rows.
http::Response download(const http::Request& request, const Services& services, Language language,
                        bool xlsx) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  const core::Event& event = *staff.event;
  const auto all = services.store.registrations().of_event(event.id);
  services.store.audit_log().record(
      staff_audit(services, request, *staff.visitor.account, "registrations.export", "event",
                  json_detail({{"slug", event.slug},
                               {"format", xlsx ? "xlsx" : "csv"},
                               {"rows", std::to_string(all.size())}})),
      store::utc_now());
  http::Response response{.status = 200, .headers = {}, .body = {}};
  if (xlsx) {
    response.body = registrations_xlsx(event, all);
    response.headers.set("Content-Type",
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  } else {
    std::ostringstream csv;
    write_registrations_csv(event, all, csv);
    response.body = "\xEF\xBB\xBF" + csv.str();  // the BOM: spreadsheets then read UTF-8
    response.headers.set("Content-Type", "text/csv; charset=utf-8");
  }
  response.headers.set("Content-Disposition", "attachment; filename=\"" + event.slug +
                                                  "-ilmoittautuneet." + (xlsx ? "xlsx" : "csv") +
                                                  "\"");
  apply_visitor(response, staff.visitor);
  return response;
}

// A table of events under `heading_key`, each with its seats taken and the staff's links.
void fill_event_group(Dictionary& body, const Services& services, Language language,
                      std::string_view heading_key, const std::vector<core::Event>& events) {
  if (events.empty()) return;
  Dictionary* group = body.AddSectionDictionary("GROUP");
  group->SetValue("HEADING", services.catalogue.text(language, heading_key));
  std::vector<std::int64_t> ids;
  for (const core::Event& event : events)
    ids.push_back(event.id);
  auto seats_of = services.store.registrations().seats(ids);
  for (const core::Event& event : events) {
    const store::SeatCount& seats = seats_of[event.id];
    Dictionary* row = group->AddSectionDictionary("EVENT");
    row->SetValue("SLUG", event.slug);
    row->SetValue("TITLE", event.input.title);
    row->SetValue("LANG", std::string{core::to_string(event.input.language)});
    row->SetValue("TIME", event_time_text(language, event.input));
    row->SetValue("SEATS", std::to_string(seats.confirmed + seats.offered) +
                               (seats.capacity ? "/" + std::to_string(*seats.capacity) : ""));
    row->SetIntValue("WAITING", seats.waiting);
  }
}

http::Response events_page(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  Page page(language, "registration_staff_events");
  page.meta.title = services.catalogue.text(language, "registration.staff.events_title");
  page.meta.path = "/toimitus/tapahtumat";
  fill_notice(page.body(), request, services, language);  // after the event form's save
  const store::UtcTime now = store::utc_now();
  const auto upcoming = services.store.events().list(
      {.when = store::EventQuery::When::kUpcoming, .now = now, .limit = 200});
  const auto past = services.store.events().list(
      {.when = store::EventQuery::When::kPast, .now = now, .limit = 20});
  fill_event_group(page.body(), services, language, "registration.staff.upcoming", upcoming.items);
  fill_event_group(page.body(), services, language, "registration.staff.recent", past.items);
  if (upcoming.items.empty() && past.items.empty()) page.body().ShowSection("NONE");
  return render_form(services, page, visitor);
}

}  // namespace

StaffEvent staff_event(const http::Request& request, const Services& services, Language language) {
  StaffEvent result{identify(request, services), std::nullopt, std::nullopt};
  if (auto refusal =
          require_staff(request, services, language, result.visitor, core::Role::kEditor)) {
    result.refusal = std::move(*refusal);
    return result;
  }
  result.event = services.store.events().find_by_slug(request.param("slug"));
  if (!result.event) result.refusal = error_page(services, language, 404);
  return result;
}

bool registrant_matches(const store::Registration& registration, std::string_view search) {
  if (search.empty()) return true;
  const core::RegistrantInput& who = registration.registrant;
  return text::fold_case(who.name + " " + who.organisation + " " + who.email)
             .find(text::fold_case(search)) != std::string::npos;
}

void fill_event_heading(Dictionary& body, Language language, const core::Event& event) {
  body.SetValue("SLUG", event.slug);
  body.SetValue("EVENT_TITLE", event.input.title);
  body.SetValue("LANG", std::string{core::to_string(event.input.language)});
  body.SetValue("EVENT_TIME", event_time_text(language, event.input));
}

void add_staff_registration_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/tapahtumat", events_page);
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/ilmoittautuneet", table_page);
  add_localised(router, services, "POST", "/toimitus/tapahtumat/{slug}/ilmoittautuneet", post_move);
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/ilmoittautuneet.csv",
                [](const http::Request& request, const Services& s, Language language) {
                  return download(request, s, language, false);
                });
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/ilmoittautuneet.xlsx",
                [](const http::Request& request, const Services& s, Language language) {
                  return download(request, s, language, true);
                });
  add_check_in_routes(router, services);
  add_event_notice_routes(router, services);
}

}  // namespace tori::web
