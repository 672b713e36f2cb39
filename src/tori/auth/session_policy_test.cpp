// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of session expiry, last-seen writes, the secret key and CSRF tokens.
#include "tori/auth/session_policy.hpp"

#include <gtest/gtest.h>

#include "tori/auth/token.hpp"

namespace tori::auth {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

const Clock::time_point kStart = Clock::time_point{std::chrono::seconds(1'700'000'000)};

TEST(SessionPolicy, EndsWhenIdleOrTooOld) {
  const SessionPolicy policy;  // idle 2 h, at most 14 days
  struct Case {
    const char* what;
    Clock::duration last_seen_after_start;
    Clock::duration now_after_start;
    SessionState state;
  };
  const Case cases[] = {
      {"just signed in", {}, {}, SessionState::kActive},
      {"idle 1 h 59 min", {}, minutes(119), SessionState::kActive},
      {"idle 2 h", {}, hours(2), SessionState::kIdle},
      {"busy for 13 days", hours(24 * 13), hours(24 * 13) + minutes(1), SessionState::kActive},
      {"busy at 14 days", hours(24 * 14) - minutes(1), hours(24 * 14), SessionState::kTooOld},
      {"idle and too old", {}, hours(24 * 30), SessionState::kTooOld},
      {"last seen in the future", hours(5), hours(1), SessionState::kActive},
  };
  for (const Case& c : cases) {
    const SessionTimes times{kStart, kStart + c.last_seen_after_start};
    EXPECT_EQ(session_state(times, kStart + c.now_after_start, policy), c.state) << c.what;
  }
}

TEST(SessionPolicy, TouchesAtMostEveryFiveMinutes) {
  const SessionPolicy policy;
  const SessionTimes times{kStart, kStart};
  EXPECT_FALSE(should_touch(times, kStart + minutes(4), policy));
  EXPECT_TRUE(should_touch(times, kStart + minutes(5), policy));
}

TEST(SecretKey, RoundTripsAsHexAndRefusesAnythingElse) {
  const SecretKey key = SecretKey::generate();
  EXPECT_EQ(key.hex().size(), 64u);
  const std::optional<SecretKey> again = SecretKey::from_hex(" " + key.hex() + "\n");
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->bytes(), key.bytes());
  for (const std::string& bad : {std::string(), key.hex().substr(1), key.hex() + "00",
                                 std::string(64, 'g'), std::string(64, ' ')}) {
    EXPECT_FALSE(SecretKey::from_hex(bad).has_value()) << bad;
  }
  EXPECT_NE(SecretKey::generate().hex(), key.hex());
}

TEST(Csrf, TokenBelongsToOneSessionAndOneKey) {
  const SecretKey key = SecretKey::generate();
  const std::string session = token_digest(new_token());
  const std::string other_session = token_digest(new_token());
  const std::string token = csrf_token(key, session);
  EXPECT_EQ(token, csrf_token(key, session));  // stable for the session
  EXPECT_TRUE(csrf_token_valid(key, session, token));
  EXPECT_FALSE(csrf_token_valid(key, other_session, token));
  EXPECT_FALSE(csrf_token_valid(SecretKey::generate(), session, token));
  EXPECT_FALSE(csrf_token_valid(key, session, ""));
  EXPECT_FALSE(csrf_token_valid(key, session, token.substr(1)));
  EXPECT_FALSE(csrf_token_valid(key, "", csrf_token(key, "")));  // no session, no token
  EXPECT_NE(token, keyed_hash(key, session));                    // its own context
}

}  // namespace
}  // namespace tori::auth
