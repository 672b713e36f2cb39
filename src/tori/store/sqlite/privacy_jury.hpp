// SPDX-License-Identifier: AGPL-3.0-or-later
// The jury part of the privacy look-up and erasure (privacy_store.cpp), by an address's key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tori/store/privacy_store.hpp"
#include "tori/store/sqlite/connection.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

// The juries naming `key` (core::email_key), newest campaign first, with the account's reviews.
[[nodiscard]] std::vector<JuryMention> read_jury_mentions(Connection& connection,
                                                          const std::string& key,
                                                          std::optional<std::int64_t> account);

// Blanks the jurors' addresses of `key` and deletes the invitations to it.
void erase_jury_addresses(Transaction& transaction, const std::string& key, ErasureReport& report);

}  // namespace tori::store::sqlite
