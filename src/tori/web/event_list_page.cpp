// SPDX-License-Identifier: AGPL-3.0-or-later
// /tapahtumat: upcoming (soonest first) or past (latest first) events with filters, a page at a
// time; and the iCalendar feed /tapahtumat.ics of upcoming and last year's events.
#include <optional>
#include <set>
#include <string>

#include "tori/calendar/calendar.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/directory_pages_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/event_list_filters.hpp"
#include "tori/web/event_pages.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

void fill_cards(Dictionary& body, const Services& services, Language language,
                const std::vector<core::Event>& events, core::TimePoint now) {
  if (events.empty()) {
    body.ShowSection("NO_EVENTS");
    return;
  }
  Dictionary* list = body.AddSectionDictionary("HAS_EVENTS");
  for (const core::Event& event : events) {
    Dictionary* card = list->AddSectionDictionary("EVENT");
    card->SetValue("URL", localised_path(language, "/tapahtumat/" + event.slug));
    card->SetValue("TITLE", event.input.title);
    card->SetValue("LANG", std::string{core::to_string(event.input.language)});
    card->SetValue("LEAD", event.input.lead);
    card->SetValue("KIND", event_kind_label(services, language, event.input.kind));
    card->SetValue("TIME", event_time_text(language, event.input));
    card->SetValue("DATETIME", text::format_rfc3339_helsinki(event.input.starts_at));
    card->SetValue("PLACE", event_place_text(services, language, event.input));
    card->SetValue("REGISTRATION", registration_text(services, language, event, now));
    if (event.cancelled()) card->ShowSection("CANCELLED");
  }
}

http::Response event_list_page(const http::Request& request, const Services& services,
                               Language language) {
  const core::TimePoint now = store::utc_now_seconds();
  const std::optional<EventFilters> filters = parse_event_filters(request, services);
  const std::optional<int> number = parse_page_number(request);
  if (!filters || !number) return error_page(services, language, 400);
  store::EventQuery query = event_query(*filters, services, store::UtcTime{now});
  query.limit = kDirectoryPageSize;
  query.offset = (*number - 1) * kDirectoryPageSize;
  const store::EventPage found = services.store.events().list(query);
  const int pages = page_count(found.total);
  if (*number > std::max(pages, 1)) return error_page(services, language, 404);

  Page page(language, "events");
  page.meta.title = services.catalogue.text(
      language, filters->past ? "events.list.past_title" : "events.list.title");
  page.meta.description = services.catalogue.text(language, "events.list.description");
  page.meta.path = "/tapahtumat";
  page.meta.nav = NavItem::kEvents;
  page.meta.indexable = *number == 1 && filters->is_default();
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("COUNT",
                services.catalogue.format(language, "events.list.count",
                                          {{"count", static_cast<long long>(found.total)}}));
  fill_event_filter_form(body, services, language, *filters, store::UtcTime{now});
  fill_cards(body, services, language, found.items, now);
  fill_pagination(body, services, language, "/tapahtumat" + filters->query_string(), *number,
                  pages);
  body.SetValue("FEED_URL", localised_path(language, "/tapahtumat.ics"));
  return render_page(services, page);
}

// Upcoming events and those that ended within the last year, of one kind or all.
http::Response event_feed(const http::Request& request, const Services& services,
                          Language language) {
  const auto kind_text = request.query_param("kind");
  const auto kind = kind_text ? core::parse_event_kind(*kind_text) : std::nullopt;
  if (kind_text && !kind) return error_page(services, language, 400);
  const store::UtcTime now = store::utc_now();
  store::EventQuery query;
  query.when = store::EventQuery::When::kAll;
  query.kind = kind;
  query.limit = 10000;
  std::vector<core::Event> events;
  for (core::Event& event : services.store.events().list(query).items) {
    if (event.input.ends_at + std::chrono::days(365) >= now) events.push_back(std::move(event));
  }
  http::Response response = ics_response(services, language, events,
                                         services.catalogue.text(language, "events.feed.name"));
  response.headers.set("Cache-Control", "public, max-age=300");
  return response;
}

}  // namespace

std::string event_ics(const Services& services, Language language,
                      const std::vector<core::Event>& events, std::string name) {
  calendar::IcsOptions options{
      .site_url = services.site.base_url,
      .name = std::move(name),
      .now = store::utc_now_seconds(),
      .events_path = localised_path(language, "/tapahtumat"),
      .remote_label = services.catalogue.text(language, "events.remote_only")};
  return calendar::ics_calendar(events, options);
}

http::Response ics_response(const Services& services, Language language,
                            const std::vector<core::Event>& events, std::string name) {
  http::Response response{
      .status = 200, .headers = {}, .body = event_ics(services, language, events, std::move(name))};
  response.headers.set("Content-Type", "text/calendar; charset=utf-8");
  return response;
}

void add_event_list_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/tapahtumat", event_list_page);
  add_localised(router, services, "GET", "/tapahtumat.ics", event_feed);
}

}  // namespace tori::web
