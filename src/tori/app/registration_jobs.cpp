// SPDX-License-Identifier: AGPL-3.0-or-later
// Offers that expired, changes of events and reminders, once (run_registration_jobs) and every
// minute.
#include "tori/app/registration_jobs.hpp"

#include <spdlog/spdlog.h>

#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/registration/registration_mail.hpp"

namespace tori::app {
namespace {

// The events not yet over, by id: the ones offers and reminders can concern.
web::EventsById events_not_over(store::Store& store, store::UtcTime now) {
  web::EventsById events;
  store::EventQuery query{.when = store::EventQuery::When::kUpcoming, .now = now, .limit = 500};
  for (;;) {
    const store::EventPage page = store.events().list(query);
    for (const core::Event& event : page.items)
      events.emplace(event.id, event);
    if (page.items.empty() || query.offset + static_cast<int>(page.items.size()) >= page.total) {
      return events;
    }
    query.offset += static_cast<int>(page.items.size());
  }
}

}  // namespace

RegistrationJobCounts run_registration_jobs(const web::Services& services,
                                            const std::vector<int>& reminder_hours,
                                            store::UtcTime now) {
  web::EventsById events = events_not_over(services.store, now);
  RegistrationJobCounts counts;
  store::RegistrationStore& registrations = services.store.registrations();
  const store::OfferPolicy offers{services.accounts->offer_valid_for,
                                  web::registration_mail(services, events)};
  counts.offers_expired = registrations.expire_offers(offers, now);
  counts.seats_offered = registrations.offer_open_seats(offers, now);
  counts.changes = registrations.send_change_notices(web::change_mail(services, events), now);
  counts.remote_links = registrations.send_remote_links(
      services.accounts->remote_link_before, web::remote_link_mail(services, events), now);
  counts.reminders = registrations.send_reminders(
      reminder_hours, web::reminder_mail(services, std::move(events)), now);
  if (counts.total() > 0) web::mail_queued(services);
  return counts;
}

RegistrationJobs::RegistrationJobs(const web::Services& services, std::vector<int> reminder_hours,
                                   std::chrono::milliseconds period)
    : PeriodicTask("registrations", period, [&services, hours = std::move(reminder_hours)] {
        const RegistrationJobCounts counts =
            run_registration_jobs(services, hours, store::utc_now());
        if (counts.total() > 0) {
          spdlog::info(
              "registrations: {} offers expired, {} seats offered, {} reminders, {} change "
              "notices, {} remote links",
              counts.offers_expired, counts.seats_offered, counts.reminders, counts.changes,
              counts.remote_links);
        }
      }) {}

}  // namespace tori::app
