// SPDX-License-Identifier: AGPL-3.0-or-later
// Past newsletters in (data/demo/newsletters.jsonl) for `tori demo`, stored as sent so that the
// public archive /uutiskirje/arkisto has them; and the periodic task that sends the issues an
// editor started, a batch at a time.
#pragma once

#include <istream>

#include "tori/app/command.hpp"
#include "tori/app/periodic_task.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/store/store.hpp"
#include "tori/web/services.hpp"

namespace tori::app {

// Reads JSON lines (core::parse_newsletter_line); a bad line is reported ("line N: reason") and
// the others go on. Each issue is stored as sent at its sent_at with no recipients.
[[nodiscard]] ImportReport import_past_newsletters(std::istream& in,
                                                   store::NewsletterStore& newsletters);

// The demo's past newsletters; skipped when `if_empty` and the archive has issues. Exit code.
[[nodiscard]] int load_demo_newsletters(const CommandContext& context, store::Store& store,
                                        bool if_empty);

// Every `period`, queues up to `per_minute` × period mails of the issues being sent
// (web::dispatch_newsletters): the throttle that keeps a large list from flooding the relay.
class NewsletterDispatcher : public PeriodicTask {
 public:
  NewsletterDispatcher(const web::Services& services, unsigned per_minute,
                       std::chrono::seconds period = std::chrono::seconds(10));
};

}  // namespace tori::app
