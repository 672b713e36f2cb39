// SPDX-License-Identifier: AGPL-3.0-or-later
// One-time tokens on SQLite: looking one up, and using it together with its effect (verify the
// address, set the password, change the address) in one transaction.
#include "tori/core/email.hpp"
#include "tori/store/sqlite/account_store.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kSelectToken =
    "SELECT account_id, new_email FROM account_tokens"
    " WHERE digest = ?1 AND purpose = ?2 AND used_at IS NULL AND expires_at > ?3";

std::optional<TokenMatch> read_token(Connection& connection, std::string_view digest,
                                     TokenPurpose purpose, UtcTime now) {
  Statement row = connection.prepare(kSelectToken);
  row.bind_text(1, digest).bind_text(2, token_purpose_code(purpose)).bind_text(3, format_utc(now));
  if (!row.step()) return std::nullopt;
  return TokenMatch{row.column_int64(0), purpose,
                    row.column_is_null(1) ? std::string() : row.column_text(1)};
}

constexpr std::string_view kUseToken = "UPDATE account_tokens SET used_at = ?2 WHERE digest = ?1";
constexpr std::string_view kVerify =
    "UPDATE accounts SET email_verified_at = coalesce(email_verified_at, ?2), updated_at = ?2"
    " WHERE id = ?1";
constexpr std::string_view kSetPassword =
    "UPDATE accounts SET password_hash = ?2, updated_at = ?3,"
    " email_verified_at = coalesce(email_verified_at, ?3) WHERE id = ?1";
constexpr std::string_view kSelectKeyOwner = "SELECT id FROM accounts WHERE email_key = ?1";
constexpr std::string_view kSetEmail =
    "UPDATE accounts SET email = ?2, email_key = ?3, email_verified_at = ?4, updated_at = ?4"
    " WHERE id = ?1";
constexpr std::string_view kEndSessions =
    "DELETE FROM sessions WHERE account_id = ?1 AND digest <> ?2";
constexpr std::string_view kDropTokens =
    "DELETE FROM account_tokens WHERE account_id = ?1 AND purpose = ?2 AND digest <> ?3";

}  // namespace

std::optional<TokenMatch> use_token(Transaction& transaction, std::string_view digest,
                                    TokenPurpose purpose, UtcTime now) {
  std::optional<TokenMatch> match = read_token(transaction.connection(), digest, purpose, now);
  if (match) {
    transaction.connection()
        .prepare(kUseToken)
        .bind_text(1, digest)
        .bind_text(2, format_utc(now))
        .run();
  }
  return match;
}

void end_sessions(Transaction& transaction, std::int64_t account_id, std::string_view keep) {
  transaction.connection().prepare(kEndSessions).bind_int64(1, account_id).bind_text(2, keep).run();
}

std::optional<TokenMatch> SqliteAccountStore::peek_token(std::string_view digest,
                                                         TokenPurpose purpose, UtcTime now) {
  Lease connection = database_.acquire();
  return read_token(*connection, digest, purpose, now);
}

std::optional<std::int64_t> SqliteAccountStore::verify_email(std::string_view digest, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const auto match = use_token(transaction, digest, TokenPurpose::kVerifyEmail, now);
  if (!match) return std::nullopt;
  transaction.connection()
      .prepare(kVerify)
      .bind_int64(1, match->account_id)
      .bind_text(2, format_utc(now))
      .run();
  transaction.commit();
  return match->account_id;
}

std::optional<std::int64_t> SqliteAccountStore::reset_password(std::string_view digest,
                                                               const std::string& password_hash,
                                                               UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  auto match = use_token(transaction, digest, TokenPurpose::kResetPassword, now);
  if (!match) match = use_token(transaction, digest, TokenPurpose::kSetPassword, now);
  if (!match) return std::nullopt;
  transaction.connection()
      .prepare(kSetPassword)
      .bind_int64(1, match->account_id)
      .bind_text(2, password_hash)
      .bind_text(3, format_utc(now))
      .run();
  end_sessions(transaction, match->account_id, "");
  // Other reset links sent before this one stop working too.
  transaction.connection()
      .prepare(kDropTokens)
      .bind_int64(1, match->account_id)
      .bind_text(2, token_purpose_code(TokenPurpose::kResetPassword))
      .bind_text(3, digest)
      .run();
  transaction.commit();
  return match->account_id;
}

EmailChange SqliteAccountStore::change_email(std::string_view digest, std::string_view keep_session,
                                             UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  const auto match = use_token(transaction, digest, TokenPurpose::kChangeEmail, now);
  if (!match || match->new_email.empty()) return EmailChange::kInvalidToken;
  const std::string key = core::email_key(match->new_email);
  {
    Statement owner = transaction.connection().prepare(kSelectKeyOwner);
    owner.bind_text(1, key);
    if (owner.step() && owner.column_int64(0) != match->account_id) {
      return EmailChange::kAddressTaken;  // rolled back: the token stays unused
    }
  }
  transaction.connection()
      .prepare(kSetEmail)
      .bind_int64(1, match->account_id)
      .bind_text(2, core::trim_email(match->new_email))
      .bind_text(3, key)
      .bind_text(4, format_utc(now))
      .run();
  end_sessions(transaction, match->account_id, keep_session);
  transaction.commit();
  return EmailChange::kChanged;
}

}  // namespace tori::store::sqlite
