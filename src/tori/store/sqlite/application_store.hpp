// SPDX-License-Identifier: AGPL-3.0-or-later
// Applications for the programme's services on either SQL backend (data/sql/0012_applications.sql).
#pragma once

#include "tori/store/application_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class Transaction;

// Deletes the applications whose contact address has `key` (core::email_key; not empty) in
// `transaction`, logging an "application" change for each whose summary was public; how many.
std::int64_t delete_applications_of(Transaction& transaction, const std::string& key);

class SqlApplicationStore final : public ApplicationStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0012.
  explicit SqlApplicationStore(Database& database);
  std::vector<core::ServiceType> types() override;
  std::optional<core::ServiceType> type(std::string_view code) override;
  bool set_deadline(std::string_view code, const std::optional<std::string>& date,
                    UtcTime now) override;
  ApplyResult apply(const ApplicationRequest& request, const ApplicationMail& mail_for,
                    UtcTime now) override;
  std::optional<Application> find(std::int64_t id) override;
  std::vector<Application> list(std::optional<core::ApplicationStatus> status) override;
  bool set_status(std::int64_t id, core::ApplicationStatus to, UtcTime now) override;
  bool link_event(std::int64_t id, std::int64_t event_id, UtcTime now) override;
  bool publish_summary(std::int64_t id, const std::string& summary,
                       const std::vector<std::string>& practice_slugs, UtcTime now) override;
  std::vector<Application> published() override;
  std::vector<Application> by_email(std::string_view email) override;
  std::int64_t erase_by_email(std::string_view email, UtcTime now) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
