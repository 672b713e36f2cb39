// SPDX-License-Identifier: AGPL-3.0-or-later
// Checking what a person proves: the password of an account, and a second-factor code (the
// authenticator app's current code, never one used before, or an unused recovery code).
//
//   if (!password_right(services, account.id, typed)) errors.add("password", …);
//   if (second_factor_accepted(services, account.id, "287 082")) …
#pragma once

#include <cstdint>
#include <string>

#include "tori/web/services.hpp"

namespace tori::web {

[[nodiscard]] bool password_right(const Services& services, std::int64_t account_id,
                                  const std::string& password);

// Uses the code up: an app code's time step is recorded, a recovery code marked used.
[[nodiscard]] bool second_factor_accepted(const Services& services, std::int64_t account_id,
                                          const std::string& code);

}  // namespace tori::web
