// SPDX-License-Identifier: AGPL-3.0-or-later
// /tapahtumat/{slug}: one event with its facts, description, series and schema.org Event
// JSON-LD; /tapahtumat/{slug}/kalenteri.ics, the event for a calendar app.
#include <boost/json/object.hpp>

#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/event_pages.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/json_ld.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_registration.hpp"
#include "tori/web/page.hpp"
#include "tori/web/render.hpp"

namespace tori::web {

namespace {

using Dictionary = ctemplate::TemplateDictionary;

core::TimePoint now_seconds() {
  return store::utc_now_seconds();
}

std::string_view attendance_mode(const core::EventInput& event) {
  if (!event.place) return "https://schema.org/OnlineEventAttendanceMode";
  return event.remote ? "https://schema.org/MixedEventAttendanceMode"
                      : "https://schema.org/OfflineEventAttendanceMode";
}

// schema.org Event: what search engines show of an event.
std::string event_json_ld(const Services& services, Language language, const core::Event& stored,
                          const std::string& url) {
  const core::EventInput& event = stored.input;
  boost::json::object doc{{"@context", "https://schema.org"},
                          {"@type", "Event"},
                          {"name", event.title},
                          {"url", url},
                          {"startDate", text::format_rfc3339_helsinki(event.starts_at)},
                          {"endDate", text::format_rfc3339_helsinki(event.ends_at)},
                          {"eventStatus", stored.cancelled() ? "https://schema.org/EventCancelled"
                                                             : "https://schema.org/EventScheduled"},
                          {"eventAttendanceMode", attendance_mode(event)},
                          {"inLanguage", core::to_string(event.language)},
                          {"organizer",
                           {{"@type", "Organization"},
                            {"name", services.catalogue.text(language, "site.name")},
                            {"url", services.site.base_url}}}};
  if (!event.lead.empty()) doc["description"] = event.lead;
  boost::json::array locations;
  if (event.place) {
    locations.push_back({{"@type", "Place"},
                         {"name", event.place->name},
                         {"address",
                          {{"@type", "PostalAddress"},
                           {"streetAddress", event.place->address},
                           {"addressLocality", event.place->municipality},
                           {"addressCountry", "FI"}}}});
  }
  if (event.remote || !event.place)
    locations.push_back({{"@type", "VirtualLocation"}, {"url", url}});
  doc["location"] = locations.size() == 1 ? locations[0] : boost::json::value(locations);
  return script_safe_json(doc);
}

void fill_place(Dictionary& body, const Services& services, Language language,
                const core::EventInput& event) {
  body.SetValue("PLACE", event_place_text(services, language, event));
  if (event.place) {
    Dictionary* place = body.AddSectionDictionary("HAS_ADDRESS");
    place->SetValue("ADDRESS", event.place->address);
    std::string query = event.place->address;  // the town once, though addresses often name it
    if (query.find(event.place->municipality) == std::string::npos) {
      query += ", " + event.place->municipality;
    }
    place->SetValue("MAP_URL", "https://www.openstreetmap.org/search?query=" +
                                   text::url_encode_component(query));
  }
  if (event.remote) body.ShowSection("REMOTE");
  if (event.place && !event.place->accessibility.empty()) {
    body.SetValueAndShowSection("TEXT", event.place->accessibility, "ACCESSIBILITY");
  }
}

// Audience, organiser, image and programme, each only when given.
void fill_details(Dictionary& body, Language language, const core::EventInput& event) {
  if (!event.audience.empty()) body.SetValueAndShowSection("TEXT", event.audience, "AUDIENCE");
  if (event.organiser) {
    Dictionary* organiser = body.AddSectionDictionary("ORGANISER");
    organiser->SetValue("NAME", event.organiser->name);
    if (!event.organiser->email.empty()) {
      organiser->SetValueAndShowSection("EMAIL", event.organiser->email, "HAS_EMAIL");
    }
    if (!event.organiser->phone.empty()) {
      organiser->SetValueAndShowSection("PHONE", event.organiser->phone, "HAS_PHONE");
    }
  }
  if (event.image) {
    Dictionary* image = body.AddSectionDictionary("IMAGE");
    image->SetValue("PATH", event.image->path);
    image->SetValue("ALT", event.image->alt);
  }
  if (event.programme.empty()) return;
  Dictionary* programme = body.AddSectionDictionary("PROGRAMME");
  for (const core::ProgrammeItem& item : event.programme) {
    Dictionary* row = programme->AddSectionDictionary("ITEM");
    row->SetValue("TIME", programme_time_text(language, event, item.starts_at));
    row->SetValue("DATETIME", text::format_rfc3339_helsinki(item.starts_at));
    row->SetValue("TITLE", item.title);
    if (!item.speakers.empty()) row->SetValueAndShowSection("NAMES", item.speakers, "SPEAKERS");
  }
}

void fill_series(Dictionary& body, const Services& services, Language language,
                 const core::Event& event) {
  if (event.input.series.empty()) return;
  Dictionary* series = body.AddSectionDictionary("SERIES");
  series->SetValue("NAME", event.input.series);
  for (const core::Event& other : services.store.events().in_series(event.input.series)) {
    Dictionary* item = series->AddSectionDictionary("SERIES_EVENT");
    item->SetValue("TIME", event_time_text(language, other.input));
    item->SetValue("PLACE", event_place_text(services, language, other.input));
    if (other.id == event.id) {
      item->ShowSection("CURRENT");
    } else {
      item->SetValueAndShowSection("URL", localised_path(language, "/tapahtumat/" + other.slug),
                                   "LINK");
    }
  }
}

void fill_facts(Dictionary& body, const Services& services, Language language,
                const core::Event& stored) {
  const core::EventInput& event = stored.input;
  if (stored.cancelled()) {
    Dictionary* cancelled = body.AddSectionDictionary("CANCELLED");
    if (!stored.cancellation_note.empty()) {
      cancelled->SetValueAndShowSection("TEXT", stored.cancellation_note, "NOTE");
    }
  }
  body.SetValue("TITLE", event.title);
  body.SetValue("LANG", std::string{core::to_string(event.language)});
  body.SetValue("LEAD", event.lead);
  body.SetValue("KIND", event_kind_label(services, language, event.kind));
  body.SetValue("TIME", event_time_text(language, event));
  body.SetValue("DATETIME", text::format_rfc3339_helsinki(event.starts_at));
  const core::TimePoint now = now_seconds();
  body.SetValue("REGISTRATION", registration_text(services, language, stored, now));
  if (core::registration_open(stored, now)) body.ShowSection("REGISTER");
  if (const auto gate = meeting_registration_gate(services, stored); gate.members_only) {
    Dictionary* members_only = body.AddSectionDictionary("MEMBERS_ONLY");
    members_only->SetValue("TEXT", services.catalogue.format(language, "events.members_only",
                                                             {{"network", gate.network_name}}));
    members_only->SetValue("NETWORK_URL",
                           localised_path(language, "/verkostot/" + gate.network_slug));
  }
  body.SetValue("DESCRIPTION", text::markdown_to_html(event.description));
}

// "40 osallistujaa", with ", 12 paikkaa jäljellä" when `left` is shown; "ei rajoitettu" without
// a limit.
std::string seats_text(const Services& services, Language language, std::optional<int> capacity,
                       std::optional<int> left, bool show_left) {
  if (!capacity) return services.catalogue.text(language, "events.no_limit");
  std::string text = services.catalogue.format(language, "events.capacity",
                                               {{"count", static_cast<long long>(*capacity)}});
  if (!show_left) return text;
  return text + ", " +
         services.catalogue.format(language, "events.seats_left",
                                   {{"count", static_cast<long long>(left.value_or(0))}});
}

// The seats: the capacity and, until the event is over, how many are left; for an event with
// separate capacities each way's ("Paikan päällä: …; etänä: …"). Nothing without a limit.
void fill_capacity(Dictionary& body, const Services& services, Language language,
                   const core::Event& event) {
  const core::EventInput& input = event.input;
  const bool separate = core::has_separate_capacities(input);
  if (!separate && !input.capacity) return;
  const bool show_left = !event.cancelled() && now_seconds() < input.ends_at;
  const store::SeatCount seats =
      show_left ? services.store.registrations().seats(event.id) : store::SeatCount{};
  if (!separate) {
    body.SetValueAndShowSection(
        "CAPACITY", seats_text(services, language, input.capacity, seats.left(), show_left),
        "HAS_CAPACITY");
    return;
  }
  std::string text;
  for (const core::Participation mode : core::participation_modes(input)) {
    const auto& way = mode == core::Participation::kOnSite ? seats.on_site : seats.remote;
    if (!text.empty()) text += "; ";
    text += participation_label(services, language, mode) + ": " +
            seats_text(services, language, core::seat_limit(input, mode),
                       way ? way->left() : std::nullopt, show_left);
  }
  body.SetValueAndShowSection("CAPACITY", text, "HAS_CAPACITY");
}

http::Response event_page(const http::Request& request, const Services& services,
                          Language language) {
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  Page page(language, "event");
  page.meta.title = event->input.title;
  page.meta.description = event->input.lead;
  page.meta.path = "/tapahtumat/" + event->slug;
  page.meta.nav = NavItem::kEvents;
  Dictionary& body = page.body();
  body.SetValue("SLUG", event->slug);
  fill_facts(body, services, language, *event);
  fill_capacity(body, services, language, *event);
  fill_place(body, services, language, event->input);
  fill_details(body, language, event->input);
  fill_series(body, services, language, *event);
  body.SetValue("CALENDAR_URL",
                localised_path(language, "/tapahtumat/" + event->slug + "/kalenteri.ics"));
  Dictionary* head = page.frame().AddIncludeDictionary("HEAD_EXTRA");
  head->SetFilename(Renderer::template_key(language, "event_head"));
  head->SetValue("JSON_LD", event_json_ld(services, language, *event,
                                          absolute_url(services.site,
                                                       localised_path(language, page.meta.path))));
  return render_page(services, page);
}

http::Response event_calendar_file(const http::Request& request, const Services& services,
                                   Language language) {
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  http::Response response = ics_response(services, language, {*event}, event->input.title);
  response.headers.set("Content-Disposition", "attachment; filename=\"" + event->slug + ".ics\"");
  return response;
}

}  // namespace

void add_event_routes(http::Router& router, const Services& services) {
  add_event_list_routes(router, services);
  add_localised(router, services, "GET", "/tapahtumat/{slug}", event_page);
  add_localised(router, services, "GET", "/tapahtumat/{slug}/kalenteri.ics", event_calendar_file);
}

}  // namespace tori::web
