// SPDX-License-Identifier: AGPL-3.0-or-later
// Everything Tori stores about one account, as the JSON a person downloads from my account
// (GDPR articles 15 and 20): the same document `tori privacy export` prints for the address.
//
//   std::string json = account_data_json(services, account);
#pragma once

#include <string>

#include "tori/core/account.hpp"
#include "tori/store/store.hpp"

namespace tori::web {

// personal_data_json (personal_data_json.hpp) of store.privacy().find_by_email(account.email):
// the account, its memberships, the practices naming the address as contact person, the
// person's audit entries and the number of queued messages.
[[nodiscard]] std::string account_data_json(const Services& services, const core::Account& account);

}  // namespace tori::web
