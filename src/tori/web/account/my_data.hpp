// SPDX-License-Identifier: AGPL-3.0-or-later
// Everything Tori stores about one account, as the JSON a person downloads from my account
// (GDPR article 15 and 20) and `tori privacy export` prints.
//
//   std::string json = account_data_json(store, account);
#pragma once

#include <string>

#include "tori/core/account.hpp"
#include "tori/store/store.hpp"

namespace tori::web {

// {"account": {"email", "name", "language", "created_at", "email_verified_at", "roles",
//  "two_factor"}, "generated_by"} with times in RFC 3339 (Helsinki offset).
[[nodiscard]] std::string account_data_json(store::Store& store, const core::Account& account);

}  // namespace tori::web
