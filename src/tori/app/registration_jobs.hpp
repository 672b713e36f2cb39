// SPDX-License-Identifier: AGPL-3.0-or-later
// The registrations' timed work, run by `tori serve` every minute: offers of freed seats left
// unanswered pass to the next in line, seats a raised capacity added are offered, changes and
// meeting links are mailed, and reminders go before events. The clock is a parameter,
// so tests move it.
//
//   RegistrationJobCounts done = run_registration_jobs(services, {168, 24}, store::utc_now());
//   RegistrationJobs jobs(services, {168, 24});  // a thread; the destructor stops it
//   jobs.start();
#pragma once

#include <chrono>
#include <vector>

#include "tori/app/periodic_task.hpp"
#include "tori/store/utc_time.hpp"
#include "tori/web/services.hpp"

namespace tori::app {

struct RegistrationJobCounts {
  int offers_expired = 0;
  int seats_offered = 0;  // free seats offered to those in line (a raised capacity, a move)
  int reminders = 0;
  int changes = 0;       // registrants mailed an event's new time or place
  int remote_links = 0;  // the confirmed mailed the meeting link shortly before
  [[nodiscard]] int total() const {
    return offers_expired + seats_offered + reminders + changes + remote_links;
  }
};

// Expires the offers due at `now` (their seats offered on, with mail), offers seats otherwise
// free to those in line (RegistrationStore::offer_open_seats), mails the changes of
// events' times and places (RegistrationStore::send_change_notices) and the reminders due
// ([events] reminder_hours). REQUIRES: services.accounts. Throws store::Error when the database
// fails.
RegistrationJobCounts run_registration_jobs(const web::Services& services,
                                            const std::vector<int>& reminder_hours,
                                            store::UtcTime now);

// run_registration_jobs(utc_now()) on a thread of its own every `period`; a failure is logged
// and the next run comes on schedule. `services` must outlive the object.
class RegistrationJobs : public PeriodicTask {
 public:
  RegistrationJobs(const web::Services& services, std::vector<int> reminder_hours,
                   std::chrono::milliseconds period = std::chrono::minutes(1));
};

}  // namespace tori::app
