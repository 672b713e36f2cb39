// SPDX-License-Identifier: AGPL-3.0-or-later
// Applications for the programme's services (data/sql/0012_applications.sql): the service types
// with their deadlines and questions, an organisation's application stored once per form with its
// confirmation mail in the same transaction, the editors' decisions, the event a workshop was
// scheduled as, and the summaries published afterwards.
//
//   auto result = store.applications().apply(request, mail_for, now);  // kReceived, kResubmitted
//   store.applications().set_status(id, core::ApplicationStatus::kAccepted, now);
//   store.applications().link_event(id, saved.id, now);                // accepted → scheduled
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/application.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct Application {
  std::int64_t id = 0;
  std::string type_code;
  core::ApplicationInput input;
  std::optional<std::int64_t> account_id;
  core::ApplicationStatus status = core::ApplicationStatus::kReceived;
  core::ContentLanguage language = core::ContentLanguage::kFi;  // of the form; of later mail
  std::optional<std::int64_t> event_id;                         // scheduled as this event
  std::string summary;                      // plain text, published by the editors
  std::vector<std::string> practice_slugs;  // practices the workshop produced, in order
  std::optional<UtcTime> summary_published_at;
  UtcTime received_at{};
  UtcTime updated_at{};
};

struct ApplicationRequest {
  std::string type_code;
  core::ApplicationInput input;  // REQUIRES: validate_application found nothing
  std::optional<std::int64_t> account_id;
  // Of the one-time key of the form it was sent from; empty: none. The same form sent again
  // stores nothing and mails nothing.
  std::string submission_digest{};
  core::ContentLanguage language = core::ContentLanguage::kFi;
};

enum class ApplyOutcome { kReceived, kResubmitted, kNoSuchType };

struct ApplyResult {
  ApplyOutcome outcome = ApplyOutcome::kNoSuchType;
  std::optional<Application> application;  // as stored (none: kNoSuchType)
};

// The mail to queue with a new application (none: no mail).
using ApplicationMail = std::function<std::optional<OutgoingMail>(const Application&)>;

// Thread-safe; methods throw Error when the database fails.
class ApplicationStore {
 public:
  virtual ~ApplicationStore() = default;
  // Every service type with its questions, in the programme's order.
  [[nodiscard]] virtual std::vector<core::ServiceType> types() = 0;
  [[nodiscard]] virtual std::optional<core::ServiceType> type(std::string_view code) = 0;
  // Sets the type's last day ("2027-03-31"; none: no deadline); false when there is no such
  // type. REQUIRES: core::deadline_of_day(*date) is not empty. Logs a "service_type" change.
  virtual bool set_deadline(std::string_view code, const std::optional<std::string>& date,
                            UtcTime now) = 0;
  // Stores the application as received with its mail, unless the same form (its digest) was
  // stored already: then nothing changes and nothing is mailed.
  virtual ApplyResult apply(const ApplicationRequest& request, const ApplicationMail& mail_for,
                            UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<Application> find(std::int64_t id) = 0;
  // Applications, newest first; with `status`, only those.
  [[nodiscard]] virtual std::vector<Application> list(
      std::optional<core::ApplicationStatus> status) = 0;
  // Moves the application when core::may_change_status allows it; false otherwise.
  virtual bool set_status(std::int64_t id, core::ApplicationStatus to, UtcTime now) = 0;
  // An accepted application scheduled as event `event_id`: linked, and now scheduled. False
  // unless it is accepted.
  virtual bool link_event(std::int64_t id, std::int64_t event_id, UtcTime now) = 0;
  // Publishes (or replaces) the summary of a scheduled or done application with the practices
  // it produced, and marks it done; false otherwise. Logs an "application" change (public).
  virtual bool publish_summary(std::int64_t id, const std::string& summary,
                               const std::vector<std::string>& practice_slugs, UtcTime now) = 0;
  // Applications with a published summary, latest published first.
  [[nodiscard]] virtual std::vector<Application> published() = 0;
  // Applications whose contact address is `email` (core::email_key), oldest first.
  [[nodiscard]] virtual std::vector<Application> by_email(std::string_view email) = 0;
  // Deletes the applications of `email` (answers and practice links with them); how many.
  // Published summaries go too: they name the organisation the person applied for.
  virtual std::int64_t erase_by_email(std::string_view email, UtcTime now) = 0;
};

}  // namespace tori::store
