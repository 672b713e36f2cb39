// SPDX-License-Identifier: AGPL-3.0-or-later
// When a signed-in session ends: after a time without requests (idle) or at its maximum age,
// whichever comes first; and how often its last-seen time is written (not on every request).
// Also the CSRF token of a session: a keyed hash of its id, so no table keeps it.
//
//   SessionPolicy policy;                               // [session] in the configuration
//   if (session_state(times, now, policy) != SessionState::kActive) …   // log in again
//   if (should_touch(times, now, policy)) store.touch(id, now);
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "tori/auth/secret_key.hpp"

namespace tori::auth {

using Clock = std::chrono::system_clock;

struct SessionPolicy {
  std::chrono::seconds idle_timeout = std::chrono::hours(2);
  std::chrono::seconds max_lifetime = std::chrono::hours(24 * 14);
  std::chrono::seconds touch_every =
      std::chrono::minutes(5);  // last-seen writes at most this often
};

struct SessionTimes {
  Clock::time_point created;
  Clock::time_point last_seen;
};

enum class SessionState { kActive, kIdle, kTooOld };

// The state of a session at `now` (a last-seen time in the future counts as now).
[[nodiscard]] SessionState session_state(const SessionTimes& times, Clock::time_point now,
                                         const SessionPolicy& policy);

// Whether the session's last-seen time is old enough to be written again.
[[nodiscard]] bool should_touch(const SessionTimes& times, Clock::time_point now,
                                const SessionPolicy& policy);

// The CSRF token of the session whose token digest is `session_digest` (token.hpp): the same
// for the session's whole life, different for every session, not computable without `key`.
[[nodiscard]] std::string csrf_token(const SecretKey& key, std::string_view session_digest);

// Whether a form's token is the session's, compared in constant time.
[[nodiscard]] bool csrf_token_valid(const SecretKey& key, std::string_view session_digest,
                                    std::string_view given);

}  // namespace tori::auth
