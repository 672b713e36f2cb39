// SPDX-License-Identifier: AGPL-3.0-or-later
// Session expiry, last-seen writes and CSRF tokens.
#include "tori/auth/session_policy.hpp"

#include "tori/auth/token.hpp"

namespace tori::auth {
namespace {

constexpr std::string_view kCsrfContext = "tori csrf v1\n";  // another use of the key differs

}  // namespace

SessionState session_state(const SessionTimes& times, Clock::time_point now,
                           const SessionPolicy& policy) {
  if (now - times.created >= policy.max_lifetime) return SessionState::kTooOld;
  if (now > times.last_seen && now - times.last_seen >= policy.idle_timeout)
    return SessionState::kIdle;
  return SessionState::kActive;
}

bool should_touch(const SessionTimes& times, Clock::time_point now, const SessionPolicy& policy) {
  return now - times.last_seen >= policy.touch_every;
}

std::string csrf_token(const SecretKey& key, std::string_view session_digest) {
  return keyed_hash(key, std::string(kCsrfContext) + std::string(session_digest));
}

bool csrf_token_valid(const SecretKey& key, std::string_view session_digest,
                      std::string_view given) {
  return !session_digest.empty() && same_secret(csrf_token(key, session_digest), given);
}

}  // namespace tori::auth
