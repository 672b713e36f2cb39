// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing registration rows (registrations, registration_answers) on a connection.
// Internal to SqlRegistrationStore.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/registration_store.hpp"
#include "tori/store/sqlite/connection.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// The registrations `where` selects ("WHERE r.event_id = ?1 ORDER BY …", its parameters bound
// by `bind`), each with its answers.
[[nodiscard]] std::vector<Registration> load_registrations(
    Connection& connection, std::string_view where, const std::function<void(Statement&)>& bind);

[[nodiscard]] std::optional<Registration> load_registration(Connection& connection,
                                                            std::int64_t id);

// Replaces the registration's answers.
void write_answers(Connection& connection, std::int64_t registration_id,
                   const std::vector<core::RegistrationAnswer>& answers);

// Whether the event exists and the staff cancelled it.
[[nodiscard]] bool event_cancelled(Connection& connection, std::int64_t event_id);

// Queues the mail of `mail_for` for registration `id` as it stands now (none: nothing).
void queue_registration_mail(Transaction& transaction, const RegistrationMail& mail_for,
                             std::int64_t id, UtcTime now);

// The seats or the state of an event changed: its page and the API's list change with them.
void seats_changed(Transaction& transaction, std::int64_t event_id);

}  // namespace tori::store::sqlite
