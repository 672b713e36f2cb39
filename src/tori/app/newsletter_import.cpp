// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's past newsletters stored as sent, and the periodic dispatch of issues being sent.
#include "tori/app/newsletter_import.hpp"

#include <algorithm>
#include <iostream>

#include <spdlog/spdlog.h>

#include "tori/app/import_lines.hpp"
#include "tori/core/newsletter_jsonl.hpp"
#include "tori/web/newsletter/newsletter_content.hpp"

namespace tori::app {

ImportReport import_past_newsletters(std::istream& in, store::NewsletterStore& newsletters) {
  ImportReport report;
  for_each_import_line<core::PastNewsletter>(
      in, report, &core::parse_newsletter_line,
      [&](const std::string& label, core::PastNewsletter&& issue) {
        if (const auto errors = core::validate_newsletter_input(issue.input); !errors.empty()) {
          report.errors.push_back(label + ": " + errors.front().field + ": " +
                                  errors.front().message);
          return;
        }
        const auto saved =
            newsletters.save_sent(issue.input, web::written_content(issue.input), issue.sent_at);
        if (!count_saved(report, saved.outcome))
          report.errors.push_back(label + ": '" + issue.input.slug + "' is a draft or being sent");
      });
  return report;
}

int load_demo_newsletters(const CommandContext& context, store::Store& store, bool if_empty) {
  if (if_empty && !store.newsletters().archive().empty()) {
    std::cout << "demo: the database has newsletters already; no newsletters added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "newsletters.jsonl";
  auto in = open_demo_file(path);
  if (!in) return kExitFailed;
  ImportReport report = import_past_newsletters(*in, store.newsletters());
  for (auto& error : report.errors)
    error = path.string() + ": " + error;
  return print_import_report(report, "newsletters: ");
}

NewsletterDispatcher::NewsletterDispatcher(const web::Services& services, unsigned per_minute,
                                           std::chrono::seconds period)
    : PeriodicTask("newsletters", period, [&services, per_minute, period] {
        const auto batch = std::max<long long>(1, per_minute * period.count() / 60);
        const auto pass =
            web::dispatch_newsletters(services, static_cast<int>(batch), store::utc_now());
        if (pass.queued + pass.skipped > 0) {
          spdlog::info("newsletters: {} queued, {} skipped, {} issues sent", pass.queued,
                       pass.skipped, pass.finished);
        }
      }) {}

}  // namespace tori::app
