// SPDX-License-Identifier: AGPL-3.0-or-later
// Accounts on SQLite: account_store.cpp (accounts and tokens), account_sessions.cpp (sessions
// and two-factor secrets).
#pragma once

#include "tori/store/account_store.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {

class SqliteAccountStore final : public AccountStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0004.
  explicit SqliteAccountStore(Database& database);

  std::optional<std::int64_t> create(const NewAccount& account,
                                     const std::optional<TokenGrant>& grant,
                                     const std::vector<OutgoingMail>& mail, UtcTime now) override;
  std::optional<core::Account> find(std::int64_t id) override;
  std::optional<core::Account> find_by_email(std::string_view email) override;
  std::optional<std::string> password_hash(std::int64_t id) override;
  void rehash_password(std::int64_t id, const std::string& password_hash, UtcTime now) override;
  void change_password(std::int64_t id, const std::string& password_hash,
                       std::string_view keep_session, UtcTime now) override;
  void set_name_and_language(std::int64_t id, std::string_view name, core::ContentLanguage language,
                             UtcTime now) override;
  void set_roles(std::int64_t id, const std::vector<core::Role>& roles, UtcTime now) override;
  void remove(std::int64_t id) override;
  std::int64_t purge_unverified(UtcTime before) override;

  void add_token(std::int64_t account_id, const TokenGrant& grant,
                 const std::vector<OutgoingMail>& mail, UtcTime now) override;
  std::optional<TokenMatch> peek_token(std::string_view digest, TokenPurpose purpose,
                                       UtcTime now) override;
  std::optional<std::int64_t> verify_email(std::string_view digest, UtcTime now) override;
  std::optional<std::int64_t> reset_password(std::string_view digest,
                                             const std::string& password_hash,
                                             UtcTime now) override;
  EmailChange change_email(std::string_view digest, std::string_view keep_session,
                           UtcTime now) override;

  void create_session(std::string_view digest, std::int64_t account_id, bool second_factor_done,
                      UtcTime now) override;
  std::optional<SessionRecord> find_session(std::string_view digest) override;
  void touch_session(std::string_view digest, UtcTime now) override;
  void replace_session(std::string_view old_digest, std::string_view new_digest,
                       bool second_factor_done, UtcTime now) override;
  void delete_session(std::string_view digest) override;
  std::int64_t purge_sessions(UtcTime idle_before, UtcTime created_before) override;

  void enable_totp(std::int64_t id, std::string_view secret,
                   const std::vector<std::string>& recovery_digests, UtcTime now) override;
  void disable_totp(std::int64_t id, UtcTime now) override;
  std::optional<std::string> totp_secret(std::int64_t id) override;
  bool claim_totp_step(std::int64_t id, std::int64_t step) override;
  bool use_recovery_code(std::int64_t id, std::string_view digest, UtcTime now) override;
  int recovery_codes_left(std::int64_t id) override;

 private:
  Database& database_;
};

// "verify_email", "reset_password", "set_password", "change_email".
[[nodiscard]] std::string_view token_purpose_code(TokenPurpose purpose);

// Uses a token inside `transaction`: marks it used when it has `purpose`, is unused and
// unexpired at `now`; returns what it stood for, or nothing.
[[nodiscard]] std::optional<TokenMatch> use_token(Transaction& transaction, std::string_view digest,
                                                  TokenPurpose purpose, UtcTime now);

// Ends every session of the account except `keep` ("" ends all), inside `transaction`.
void end_sessions(Transaction& transaction, std::int64_t account_id, std::string_view keep);

}  // namespace tori::store::sqlite
