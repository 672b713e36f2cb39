// SPDX-License-Identifier: AGPL-3.0-or-later
// What `tori serve` builds for accounts and mail: the site key in DATA/secret.key (made on
// first start, mode 0600), the account settings from the configuration, the rate limiter, and
// the mail delivery worker (SMTP when [smtp] host is set, else .eml files in DATA/mail).
//
//   Accounts accounts(config, store);       // throws std::runtime_error (unreadable key, …)
//   services.accounts = &accounts.settings();
//   accounts.start_mail();                  // the worker's thread; stopped by the destructor
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "tori/app/config.hpp"
#include "tori/auth/secret_key.hpp"
#include "tori/http/rate_limiter.hpp"
#include "tori/mail/delivery_worker.hpp"
#include "tori/mail/dkim.hpp"
#include "tori/mail/transport.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/settings.hpp"

namespace tori::app {

// The key in `file`, or a new one written there (0600) when the file is absent. Throws
// std::runtime_error naming the file when it cannot be read, holds no key or cannot be written.
[[nodiscard]] auth::SecretKey load_or_create_secret_key(const std::filesystem::path& file);

// The account settings a configuration gives (cost, session times, limits, sender).
[[nodiscard]] web::AccountSettings account_settings(const Config& config,
                                                    const auth::SecretKey& key);

// The DKIM key [smtp] dkim_* name, read from its file; nothing when they are not all set.
// Throws std::runtime_error naming the file when it cannot be read.
[[nodiscard]] std::optional<mail::DkimKey> dkim_key(const Config& config);

// The transport [smtp] names: SMTP to its host, or .eml files in DATA/mail without one.
[[nodiscard]] std::unique_ptr<mail::Transport> mail_transport(const Config& config);

class Accounts {
 public:
  Accounts(const Config& config, store::Store& store);
  Accounts(const Accounts&) = delete;
  Accounts& operator=(const Accounts&) = delete;
  ~Accounts();
  [[nodiscard]] const web::AccountSettings& settings() const { return settings_; }
  void start_mail();

 private:
  http::RateLimiter limiter_;
  web::AccountSettings settings_;
  std::unique_ptr<mail::Transport> transport_;
  std::unique_ptr<mail::DkimSigner> dkim_signer_;    // when [smtp] dkim_* are set
  std::unique_ptr<mail::Transport> dkim_transport_;  // signs, then hands to transport_
  std::unique_ptr<mail::DeliveryWorker> worker_;
};

}  // namespace tori::app
