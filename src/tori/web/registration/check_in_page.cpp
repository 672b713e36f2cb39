// SPDX-License-Identifier: AGPL-3.0-or-later
// The door's check-in page /toimitus/tapahtumat/{slug}/sisaankirjaus: the confirmed found by a
// part of their name or organisation, each with one large button that marks them present (or
// undoes it), and how many are present so far. Plain forms: it works on a phone without
// JavaScript.
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/render.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;
using Dictionary = ctemplate::TemplateDictionary;

std::string check_in_path(const core::Event& event) {
  return "/toimitus/tapahtumat/" + event.slug + "/sisaankirjaus";
}

http::Response check_in_page(const http::Request& request, const Services& services,
                             Language language, const Visitor& visitor, const core::Event& event) {
  const std::string search = request.query_param("haku").value_or("");
  Page page(language, "registration_check_in");
  page.meta.title = services.catalogue.format(language, "registration.check_in.title",
                                              {{"event", event.input.title}});
  page.meta.path = check_in_path(event);
  Dictionary& body = page.body();
  fill_event_heading(body, language, event);
  body.SetValue("SEARCH", search);
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("ACTION",
                localised_path(language, check_in_path(event)) +
                    (search.empty() ? "" : "?haku=" + text::url_encode_component(search)));
  long long present = 0, confirmed = 0, shown = 0;
  for (const store::Registration& registration :
       services.store.registrations().of_event(event.id)) {
    if (registration.status != RegistrationStatus::kConfirmed) continue;
    ++confirmed;
    if (registration.attended_at) ++present;
    if (!registrant_matches(registration, search)) continue;
    ++shown;
    Dictionary* row = body.AddSectionDictionary("PERSON");
    row->SetValue("NAME", registration.registrant.name);
    row->SetValue("ORGANISATION", registration.registrant.organisation);
    row->SetIntValue("ID", static_cast<long>(registration.id));
    row->ShowSection(registration.attended_at ? "PRESENT" : "ABSENT");
  }
  body.SetValue("COUNT",
                services.catalogue.format(language, "registration.check_in.count",
                                          {{"present", present}, {"confirmed", confirmed}}));
  if (shown == 0) body.ShowSection("NONE");
  fill_notice(body, request, services, language);
  return render_form(services, page, visitor);
}

http::Response get_check_in(const http::Request& request, const Services& services,
                            Language language) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  return check_in_page(request, services, language, staff.visitor, *staff.event);
}

http::Response post_check_in(const http::Request& request, const Services& services,
                             Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  const http::Form& form = *posted.form;
  std::int64_t id = 0;
  try {
    id = std::stoll(form.get("id"));
  } catch (const std::exception&) {
    return error_page(services, language, 400);
  }
  const bool present = form.get("action") != "absent";
  if (!services.store.registrations().set_attended(event->id, id, present, store::utc_now())) {
    return error_page(services, language, 404);
  }
  std::string back = check_in_path(*event) + "?ilmoitus=" + (present ? "present" : "absent");
  if (const auto search = request.query_param("haku"))
    back += "&haku=" + text::url_encode_component(*search);
  return redirect_with(posted.visitor, language, back);
}

}  // namespace

void add_check_in_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/sisaankirjaus", get_check_in);
  add_localised(router, services, "POST", "/toimitus/tapahtumat/{slug}/sisaankirjaus",
                post_check_in);
}

}  // namespace tori::web
