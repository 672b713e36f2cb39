// SPDX-License-Identifier: AGPL-3.0-or-later
// What the account pages need besides the store: the site key, the password cost, session
// times, where mail comes from, the rate limits and their limiter.
//
//   AccountSettings settings{.secret_key = key, .mail_from = {"Tekojen tori", "tori@kunta.fi"},
//                            .rate_limiter = &limiter};
//   services.accounts = &settings;
#pragma once

#include <chrono>
#include <functional>

#include "tori/auth/password.hpp"
#include "tori/auth/secret_key.hpp"
#include "tori/auth/session_policy.hpp"
#include "tori/http/rate_limiter.hpp"
#include "tori/mail/message.hpp"

namespace tori::web {

// How often each kind of attempt may be made (the configuration's [limits]).
struct AccountRateLimits {
  http::RateLimit login_per_ip{20, std::chrono::minutes(10)};
  http::RateLimit login_per_account{10, std::chrono::minutes(15)};
  http::RateLimit signup_per_ip{10, std::chrono::hours(1)};
  http::RateLimit reset_per_ip{10, std::chrono::hours(1)};
  http::RateLimit form_per_ip{30, std::chrono::minutes(10)};       // other public forms
  http::RateLimit registration_per_ip{20, std::chrono::hours(1)};  // event registrations
  int mail_per_recipient_per_hour = 5;  // account mail to one address, whatever the form
};

struct AccountSettings {
  auth::SecretKey secret_key = auth::SecretKey::generate();
  auth::PasswordCost password_cost = auth::PasswordCost::interactive();
  auth::SessionPolicy session_policy{};
  std::chrono::seconds verify_link_lifetime = std::chrono::hours(72);
  std::chrono::seconds reset_link_lifetime = std::chrono::hours(1);
  std::chrono::seconds set_password_link_lifetime = std::chrono::hours(72);
  // Events: how long a freed seat is held for the first in line ([events] offer_hours).
  std::chrono::seconds offer_valid_for = std::chrono::hours(24);
  // How long before a remote event starts its meeting link is mailed to the confirmed.
  std::chrono::seconds remote_link_before = std::chrono::hours(2);
  // The public vote: a form sent sooner than this after it was served came from a script.
  std::chrono::seconds vote_form_min_age{3};
  mail::Address mail_from{"Tekojen tori", "tori@localhost"};
  AccountRateLimits limits{};
  http::RateLimiter* rate_limiter = nullptr;  // required; shared by every request
  std::function<void()> mail_queued{};        // wakes the delivery worker; may be empty
  // Cookies get Secure when the site is served over TLS (base_url https) or the request came
  // through a trusted proxy that says so.
  bool secure_cookies = false;
};

}  // namespace tori::web
