// SPDX-License-Identifier: AGPL-3.0-or-later
// People: accounts with their roles, one-time tokens, sessions, two-factor secrets and
// recovery codes, memberships. Secrets arrive here already digested (auth::token_digest);
// every action that sends mail hands its message in, to be queued in the same transaction.
//
//   auto created = store.accounts().create(account, grant, {verification_mail}, utc_now());
//   if (!created) { /* address taken: answer exactly as if it were not */ }
//   auto session = store.accounts().find_session(auth::token_digest(cookie));
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/account.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// (Every member has an initializer, so designated initializers may name only some.)
struct NewAccount {
  std::string email{};  // as typed (trimmed); the key is derived from it
  std::string name{};
  core::ContentLanguage language = core::ContentLanguage::kFi;
  std::string password_hash{};  // argon2id; empty: none yet (`tori user add`)
  std::vector<core::Role> roles{};
  bool email_verified = false;
};

enum class TokenPurpose { kVerifyEmail, kResetPassword, kSetPassword, kChangeEmail };

// A one-time token to store: its digest (the token itself goes only into the mail).
struct TokenGrant {
  std::string digest;
  TokenPurpose purpose = TokenPurpose::kVerifyEmail;
  UtcTime expires_at{};
  std::string new_email;  // kChangeEmail only
};

// What a valid (unused, unexpired) token stands for.
struct TokenMatch {
  std::int64_t account_id = 0;
  TokenPurpose purpose = TokenPurpose::kVerifyEmail;
  std::string new_email;
};

struct SessionRecord {
  std::int64_t account_id = 0;
  bool second_factor_done = false;
  UtcTime created_at{};
  UtcTime last_seen_at{};
};

enum class EmailChange { kChanged, kInvalidToken, kAddressTaken };

// Thread-safe. Methods throw Error when the database fails.
class AccountStore {
 public:
  virtual ~AccountStore() = default;

  // Creates an account with `grant` (when given) and queues `mail`, in one transaction.
  // Nothing (and nothing written) when the address already has an account.
  [[nodiscard]] virtual std::optional<std::int64_t> create(const NewAccount& account,
                                                           const std::optional<TokenGrant>& grant,
                                                           const std::vector<OutgoingMail>& mail,
                                                           UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<core::Account> find(std::int64_t id) = 0;
  [[nodiscard]] virtual std::optional<core::Account> find_by_email(std::string_view email) = 0;
  // The argon2id string; nothing when no password is set or no such account.
  [[nodiscard]] virtual std::optional<std::string> password_hash(std::int64_t id) = 0;
  // A new hash for the same password (the configured cost changed).
  virtual void rehash_password(std::int64_t id, const std::string& password_hash, UtcTime now) = 0;
  // Changes the password and ends every session of the account except `keep_session`.
  virtual void change_password(std::int64_t id, const std::string& password_hash,
                               std::string_view keep_session, UtcTime now) = 0;
  virtual void set_name_and_language(std::int64_t id, std::string_view name,
                                     core::ContentLanguage language, UtcTime now) = 0;
  virtual void set_roles(std::int64_t id, const std::vector<core::Role>& roles, UtcTime now) = 0;
  // Deletes the account and everything that hangs on it (sessions, tokens, memberships).
  virtual void remove(std::int64_t id) = 0;
  // Accounts never verified and created before `before` are removed; returns how many.
  virtual std::int64_t purge_unverified(UtcTime before) = 0;

  // Stores a token and queues `mail` in one transaction.
  virtual void add_token(std::int64_t account_id, const TokenGrant& grant,
                         const std::vector<OutgoingMail>& mail, UtcTime now) = 0;
  // The token's meaning when it is unused and unexpired (for the page a mail link opens).
  [[nodiscard]] virtual std::optional<TokenMatch> peek_token(std::string_view digest,
                                                             TokenPurpose purpose, UtcTime now) = 0;
  // Uses a verification token: the address counts as verified. Nothing when invalid.
  [[nodiscard]] virtual std::optional<std::int64_t> verify_email(std::string_view digest,
                                                                 UtcTime now) = 0;
  // Uses a reset or set-password token: sets the password (the address counts as verified,
  // as the link came by mail) and ends every session. Nothing when invalid.
  [[nodiscard]] virtual std::optional<std::int64_t> reset_password(std::string_view digest,
                                                                   const std::string& password_hash,
                                                                   UtcTime now) = 0;
  // Uses a change-of-address token; the change ends every session of the account but
  // `keep_session` (the one confirming it), in the same transaction.
  [[nodiscard]] virtual EmailChange change_email(std::string_view digest,
                                                 std::string_view keep_session, UtcTime now) = 0;

  // Sessions, keyed by the digest of the cookie's token.
  virtual void create_session(std::string_view digest, std::int64_t account_id,
                              bool second_factor_done, UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<SessionRecord> find_session(std::string_view digest) = 0;
  virtual void touch_session(std::string_view digest, UtcTime now) = 0;
  // Replaces a session by a new id (login's second step: the id changes with the privilege).
  virtual void replace_session(std::string_view old_digest, std::string_view new_digest,
                               bool second_factor_done, UtcTime now) = 0;
  virtual void delete_session(std::string_view digest) = 0;
  // Removes sessions last seen before `idle_before` or created before `created_before`.
  virtual std::int64_t purge_sessions(UtcTime idle_before, UtcTime created_before) = 0;

  // Two-factor sign-in: the secret and the recovery codes' digests, replacing any before (the
  // last accepted time step is kept when the secret is the same: new recovery codes).
  virtual void enable_totp(std::int64_t id, std::string_view secret,
                           const std::vector<std::string>& recovery_digests, UtcTime now) = 0;
  virtual void disable_totp(std::int64_t id, UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<std::string> totp_secret(std::int64_t id) = 0;
  // Records an accepted time step; false when it (or a later one) was used before.
  [[nodiscard]] virtual bool claim_totp_step(std::int64_t id, std::int64_t step) = 0;
  // Uses a recovery code once; false when unknown or used.
  [[nodiscard]] virtual bool use_recovery_code(std::int64_t id, std::string_view digest,
                                               UtcTime now) = 0;
  [[nodiscard]] virtual int recovery_codes_left(std::int64_t id) = 0;
};

}  // namespace tori::store
