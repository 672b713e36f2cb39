// SPDX-License-Identifier: AGPL-3.0-or-later
// Registrations on either SQL backend (data/sql/0009_registrations.sql).
#pragma once

#include "tori/store/registration_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

// Every change is a write transaction: one writer at a time on both backends, so counting the
// seats held and taking one is atomic however many register at once.
class SqlRegistrationStore final : public RegistrationStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0010.
  explicit SqlRegistrationStore(Database& database);
  RegisterResult register_for(const RegistrationRequest& request, const RegistrationMail& mail_for,
                              UtcTime now) override;
  std::optional<Registration> find_by_manage_digest(std::string_view digest) override;
  bool cancel(std::string_view manage_digest, const OfferPolicy& offers, UtcTime now) override;
  bool update_registrant(std::string_view manage_digest, const core::RegistrantInput& registrant,
                         UtcTime now) override;
  OfferAnswer accept_offer(std::string_view manage_digest, UtcTime now) override;
  int expire_offers(const OfferPolicy& offers, UtcTime now) override;
  int offer_open_seats(const OfferPolicy& offers, UtcTime now) override;  // registration_seats.cpp
  int send_reminders(const std::vector<int>& hours_before, const RegistrationMail& mail_for,
                     UtcTime now) override;
  bool move(std::int64_t event_id, std::int64_t id, core::RegistrationStatus to,
            const RegistrationMail& mail_for, const OfferPolicy& offers, UtcTime now) override;
  bool set_attended(std::int64_t event_id, std::int64_t id, bool present, UtcTime now) override;
  std::vector<Registration> of_event(std::int64_t event_id) override;
  SeatCount seats(std::int64_t event_id) override;
  std::map<std::int64_t, SeatCount> seats(const std::vector<std::int64_t>& event_ids) override;
  std::optional<int> cancel_event(std::int64_t event_id, std::string_view note,
                                  const RegistrationMail& mail_for, UtcTime now) override;
  int send_change_notices(const RegistrationMail& mail_for, UtcTime now) override;
  int send_remote_links(std::chrono::seconds before, const RegistrationMail& mail_for,
                        UtcTime now) override;
  int send_message(std::int64_t event_id, Audience audience, std::string_view subject,
                   std::string_view body, const RegistrationMail& mail_for, UtcTime now) override;
  std::vector<SentMessage> messages(std::int64_t event_id) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
