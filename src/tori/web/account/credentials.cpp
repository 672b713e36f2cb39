// SPDX-License-Identifier: AGPL-3.0-or-later
// Password and second-factor checks against the account store.
#include "tori/web/account/credentials.hpp"

#include <chrono>

#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/auth/totp.hpp"
#include "tori/store/store.hpp"

namespace tori::web {

bool password_right(const Services& services, std::int64_t account_id,
                    const std::string& password) {
  const auto stored = services.store.accounts().password_hash(account_id);
  return stored && auth::verify_password(password, *stored);
}

bool second_factor_accepted(const Services& services, std::int64_t account_id,
                            const std::string& code) {
  store::AccountStore& accounts = services.store.accounts();
  const auto secret = accounts.totp_secret(account_id);
  if (!secret) return false;
  if (auto step = auth::verify_totp(*secret, code, std::chrono::system_clock::now())) {
    return accounts.claim_totp_step(account_id, static_cast<std::int64_t>(*step));
  }
  const std::string recovery = auth::normalise_recovery_code(code);
  return recovery.size() == 12 &&
         accounts.use_recovery_code(account_id, auth::token_digest(recovery), store::utc_now());
}

}  // namespace tori::web
