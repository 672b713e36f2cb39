// SPDX-License-Identifier: AGPL-3.0-or-later
// /tyopajat: what the in-house workshops are, whether applications are open and until when, the
// other services one may apply for, and the published summaries of held workshops with the
// practices they produced; and the front page's notice of the workshop applications.
#include <sstream>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

bool taking_applications(const core::ServiceType& type) {
  return core::applications_open(type, store::utc_now_seconds());
}

// The other services with their windows and form links.
void fill_other_services(Dictionary& body, const Services& services, Language language,
                         const std::vector<core::ServiceType>& types) {
  for (const core::ServiceType& type : types) {
    if (type.code == core::kWorkshopService) continue;
    Dictionary* item = body.AddSectionDictionary("SERVICE");
    item->SetValue("CODE", type.code);
    item->SetValue("NAME", core::service_name(type, content_language(language)));
    item->SetValue("WINDOW", application_window_text(services, language, type));
    if (taking_applications(type)) item->ShowSection("OPEN");
  }
}

// A held workshop's summary: the organisation, the day, the text, the practices (published ones).
void fill_summary(Dictionary& item, const Services& services, Language language,
                  const store::Application& application) {
  item.SetValue("ORGANISATION", application.input.organisation);
  std::istringstream lines(application.summary);  // a paragraph per line
  for (std::string line; std::getline(lines, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    item.AddSectionDictionary("PARAGRAPH")->SetValue("TEXT", line);
  }
  if (application.event_id) {
    if (const auto event = services.store.events().find_by_id(*application.event_id)) {
      item.SetValueAndShowSection("DATE", text::format_date(event->input.starts_at, language),
                                  "HAS_DATE");
    }
  }
  bool any = false;
  for (const std::string& slug : application.practice_slugs) {
    const auto practice = services.store.practices().find_by_slug(slug);
    if (!practice || practice->state != core::PracticeState::kPublished) continue;
    Dictionary* link = item.AddSectionDictionary("PRACTICE");
    link->SetValue("URL", localised_path(language, "/teot/" + practice->slug));
    link->SetValue("TITLE", practice->title);
    link->SetValue("LANG", std::string{core::to_string(practice->language)});
    any = true;
  }
  if (any) item.ShowSection("HAS_PRACTICES");
}

http::Response workshops_page(const http::Request&, const Services& services, Language language) {
  Page page(language, "workshops");
  page.meta.title = services.catalogue.text(language, "applications.workshops.title");
  page.meta.description = services.catalogue.text(language, "applications.workshops.lead");
  page.meta.path = "/tyopajat";
  page.meta.nav = NavItem::kEvents;
  Dictionary& body = page.body();
  const auto types = services.store.applications().types();
  for (const core::ServiceType& type : types) {
    if (type.code != core::kWorkshopService) continue;
    body.SetValue("WINDOW", application_window_text(services, language, type));
    body.ShowSection(taking_applications(type) ? "OPEN" : "CLOSED");
  }
  fill_other_services(body, services, language, types);
  const auto held = services.store.applications().published();
  for (const store::Application& application : held) {
    if (application.type_code != core::kWorkshopService) continue;
    fill_summary(*body.AddSectionDictionary("HELD"), services, language, application);
    body.ShowSection("HAS_HELD");
  }
  return render_page(services, page);
}

}  // namespace

void fill_workshop_notice(Dictionary& body, const Services& services, Language language) {
  const auto type = services.store.applications().type(core::kWorkshopService);
  if (!type) return;
  body.SetValueAndShowSection("WORKSHOPS_TEXT", application_window_text(services, language, *type),
                              "WORKSHOPS");
}

void add_workshops_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/tyopajat", workshops_page);
}

}  // namespace tori::web
