// SPDX-License-Identifier: AGPL-3.0-or-later
// Accounts and one-time tokens on SQLite; sessions and two-factor secrets are in
// account_sessions.cpp.
#include "tori/store/sqlite/account_store.hpp"

#include <algorithm>
#include <array>
#include <functional>

#include "tori/core/email.hpp"
#include "tori/store/sqlite/mail_outbox.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kAccountColumns =
    "SELECT id, email, name, language, password_hash IS NOT NULL, email_verified_at,"
    " totp_secret IS NOT NULL, created_at FROM accounts ";
constexpr std::string_view kSelectRoles = "SELECT role FROM account_roles WHERE account_id = ?1";

core::TimePoint to_seconds(UtcTime time) {
  return std::chrono::floor<std::chrono::seconds>(time);
}

core::Account read_account(const Statement& row) {
  core::Account account;
  account.id = row.column_int64(0);
  account.email = row.column_text(1);
  account.name = row.column_text(2);
  account.language =
      core::parse_content_language(row.column_text(3)).value_or(core::ContentLanguage::kFi);
  account.password_set = row.column_int64(4) != 0;
  if (!row.column_is_null(5)) {
    account.email_verified_at = to_seconds(parse_utc(row.column_text(5)).value_or(UtcTime{}));
  }
  account.totp_enabled = row.column_int64(6) != 0;
  account.created_at = to_seconds(parse_utc(row.column_text(7)).value_or(UtcTime{}));
  return account;
}

void read_roles(Connection& connection, core::Account& account) {
  Statement rows = connection.prepare(kSelectRoles);
  rows.bind_int64(1, account.id);
  while (rows.step()) {
    if (auto role = core::parse_role(rows.column_text(0))) account.roles.push_back(*role);
  }
  std::sort(account.roles.begin(), account.roles.end());
}

std::optional<core::Account> find_where(Database& database, std::string_view where,
                                        const std::function<void(Statement&)>& bind) {
  Transaction transaction{database, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  std::optional<core::Account> account;
  {
    Statement row = connection.prepare(std::string(kAccountColumns) + std::string(where));
    bind(row);
    if (!row.step()) return std::nullopt;
    account = read_account(row);
  }
  read_roles(connection, *account);
  return account;
}

constexpr std::string_view kDeleteRoles = "DELETE FROM account_roles WHERE account_id = ?1";
constexpr std::string_view kInsertRole =
    "INSERT INTO account_roles (account_id, role) VALUES (?1, ?2)";

void write_roles(Transaction& transaction, std::int64_t id, const std::vector<core::Role>& roles) {
  transaction.connection().prepare(kDeleteRoles).bind_int64(1, id).run();
  std::vector<core::Role> unique = roles;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  for (core::Role role : unique) {
    transaction.connection()
        .prepare(kInsertRole)
        .bind_int64(1, id)
        .bind_text(2, to_string(role))
        .run();
  }
}

constexpr std::string_view kInsertToken =
    "INSERT INTO account_tokens (digest, account_id, purpose, new_email, created_at, expires_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

void insert_token(Transaction& transaction, std::int64_t account_id, const TokenGrant& grant,
                  UtcTime now) {
  Statement insert = transaction.connection().prepare(kInsertToken);
  insert.bind_text(1, grant.digest)
      .bind_int64(2, account_id)
      .bind_text(3, token_purpose_code(grant.purpose))
      .bind_text(5, format_utc(now))
      .bind_text(6, format_utc(grant.expires_at));
  if (grant.purpose == TokenPurpose::kChangeEmail) {
    insert.bind_text(4, grant.new_email);
  } else {
    insert.bind_null(4);
  }
  insert.run();
}

}  // namespace

std::string_view token_purpose_code(TokenPurpose purpose) {
  switch (purpose) {
    case TokenPurpose::kVerifyEmail:
      return "verify_email";
    case TokenPurpose::kResetPassword:
      return "reset_password";
    case TokenPurpose::kSetPassword:
      return "set_password";
    case TokenPurpose::kChangeEmail:
      return "change_email";
  }
  return "";
}

SqliteAccountStore::SqliteAccountStore(Database& database) : database_(database) {}

constexpr std::string_view kInsertAccount =
    "INSERT INTO accounts (email, email_key, name, language, password_hash, email_verified_at,"
    " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
    " ON CONFLICT (email_key) DO NOTHING RETURNING id";

std::optional<std::int64_t> SqliteAccountStore::create(const NewAccount& account,
                                                       const std::optional<TokenGrant>& grant,
                                                       const std::vector<OutgoingMail>& mail,
                                                       UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::int64_t id = 0;
  {
    Statement insert = transaction.connection().prepare(kInsertAccount);
    insert.bind_text(1, core::trim_email(account.email))
        .bind_text(2, core::email_key(account.email))
        .bind_text(3, account.name)
        .bind_text(4, core::to_string(account.language))
        .bind_text(7, format_utc(now));
    if (account.password_hash.empty())
      insert.bind_null(5);
    else
      insert.bind_text(5, account.password_hash);
    if (account.email_verified)
      insert.bind_text(6, format_utc(now));
    else
      insert.bind_null(6);
    if (!insert.step()) return std::nullopt;  // the address has an account
    id = insert.column_int64(0);
  }
  write_roles(transaction, id, account.roles);
  if (grant) insert_token(transaction, id, *grant, now);
  for (const OutgoingMail& message : mail)
    queue_mail(transaction, message, now);
  transaction.commit();
  return id;
}

std::optional<core::Account> SqliteAccountStore::find(std::int64_t id) {
  return find_where(database_, "WHERE id = ?1", [id](Statement& row) { row.bind_int64(1, id); });
}

std::optional<core::Account> SqliteAccountStore::find_by_email(std::string_view email) {
  const std::string key = core::email_key(email);
  return find_where(database_, "WHERE email_key = ?1",
                    [&key](Statement& row) { row.bind_text(1, key); });
}

constexpr std::string_view kSelectPassword = "SELECT password_hash FROM accounts WHERE id = ?1";

std::optional<std::string> SqliteAccountStore::password_hash(std::int64_t id) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(kSelectPassword);
  row.bind_int64(1, id);
  if (!row.step() || row.column_is_null(0)) return std::nullopt;
  return row.column_text(0);
}

constexpr std::string_view kUpdatePassword =
    "UPDATE accounts SET password_hash = ?2, updated_at = ?3 WHERE id = ?1";

void SqliteAccountStore::rehash_password(std::int64_t id, const std::string& password_hash,
                                         UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection()
      .prepare(kUpdatePassword)
      .bind_int64(1, id)
      .bind_text(2, password_hash)
      .bind_text(3, format_utc(now))
      .run();
  transaction.commit();
}

void SqliteAccountStore::change_password(std::int64_t id, const std::string& password_hash,
                                         std::string_view keep_session, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection()
      .prepare(kUpdatePassword)
      .bind_int64(1, id)
      .bind_text(2, password_hash)
      .bind_text(3, format_utc(now))
      .run();
  end_sessions(transaction, id, keep_session);
  transaction.commit();
}

constexpr std::string_view kUpdateProfile =
    "UPDATE accounts SET name = ?2, language = ?3, updated_at = ?4 WHERE id = ?1";

void SqliteAccountStore::set_name_and_language(std::int64_t id, std::string_view name,
                                               core::ContentLanguage language, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection()
      .prepare(kUpdateProfile)
      .bind_int64(1, id)
      .bind_text(2, name)
      .bind_text(3, core::to_string(language))
      .bind_text(4, format_utc(now))
      .run();
  transaction.commit();
}

void SqliteAccountStore::set_roles(std::int64_t id, const std::vector<core::Role>& roles,
                                   UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  write_roles(transaction, id, roles);
  transaction.commit();
}

constexpr std::string_view kDeleteAccount = "DELETE FROM accounts WHERE id = ?1";

void SqliteAccountStore::remove(std::int64_t id) {
  Transaction transaction{database_, TransactionKind::kWrite};
  transaction.connection().prepare(kDeleteAccount).bind_int64(1, id).run();
  transaction.commit();
}

constexpr std::string_view kPurgeUnverified =
    "DELETE FROM accounts WHERE email_verified_at IS NULL AND created_at < ?1"
    " RETURNING id";

std::int64_t SqliteAccountStore::purge_unverified(UtcTime before) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::int64_t removed = 0;
  {
    Statement purge = transaction.connection().prepare(kPurgeUnverified);
    purge.bind_text(1, format_utc(before));
    while (purge.step())
      ++removed;
  }
  transaction.commit();
  return removed;
}

void SqliteAccountStore::add_token(std::int64_t account_id, const TokenGrant& grant,
                                   const std::vector<OutgoingMail>& mail, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  insert_token(transaction, account_id, grant, now);
  for (const OutgoingMail& message : mail)
    queue_mail(transaction, message, now);
  transaction.commit();
}

}  // namespace tori::store::sqlite
