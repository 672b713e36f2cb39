// SPDX-License-Identifier: AGPL-3.0-or-later
// The development networks' part of the privacy look-up and erasure (privacy_store.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "tori/store/privacy_store.hpp"
#include "tori/store/sqlite/connection.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// The leaders and forwards naming `key` (core::email_key), and what `account` wrote to networks.
[[nodiscard]] NetworkMentions read_network_mentions(Connection& connection, const std::string& key,
                                                    std::optional<std::int64_t> account);

// Blanks the leaders' addresses of `key` (a "network" change at `now` each network) and removes
// its lines from forwards' address lists; with `account`, blanks the author of its ideas and
// comments and the message of its join requests and deletes its supports. REQUIRES: the account
// is not deleted yet (its rows are found by its id).
void erase_network_data(Transaction& transaction, const std::string& key,
                        std::optional<std::int64_t> account, UtcTime now, ErasureReport& report);

}  // namespace tori::store::sqlite
