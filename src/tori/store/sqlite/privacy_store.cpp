// SPDX-License-Identifier: AGPL-3.0-or-later
// Everyone known by an e-mail address on SQLite: the look-up, the erasure in one transaction,
// and the retention purge.
#include "tori/store/sqlite/privacy_store.hpp"

#include "tori/core/email.hpp"
#include "tori/store/sqlite/account_store.hpp"
#include "tori/store/sqlite/application_store.hpp"
#include "tori/store/sqlite/audit_log.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/privacy_jury.hpp"
#include "tori/store/sqlite/privacy_networks.hpp"
#include "tori/store/sqlite/registration_rows.hpp"
#include "tori/store/sqlite/subscriber_store.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

// Addresses stored as typed (contact_email, actor) are compared with core::email_key through
// lower(trim(x, ' \t\r\n')): trimmed of space, tab, CR and LF, ASCII lower case
// (SQLite's lower() folds ASCII only, as email_key does; PostgreSQL's folds all letters, which
// differs only for addresses with non-ASCII letters).

core::TimePoint to_seconds(UtcTime time) {
  return std::chrono::floor<std::chrono::seconds>(time);
}

core::TimePoint time_column(const Statement& row, int column) {
  return to_seconds(parse_utc(row.column_text(column)).value_or(UtcTime{}));
}

constexpr std::string_view kSelectAccountId = "SELECT id FROM accounts WHERE email_key = ?1";

std::optional<std::int64_t> account_id(Connection& connection, const std::string& key) {
  Statement row = connection.prepare(kSelectAccountId);
  row.bind_text(1, key);
  if (!row.step()) return std::nullopt;
  return row.column_int64(0);
}

constexpr std::string_view kSelectMemberships =
    "SELECT m.organisation_id, o.slug, o.name, m.role, m.state, m.message, m.requested_at"
    " FROM memberships m JOIN organisations o ON o.id = m.organisation_id"
    " WHERE m.account_id = ?1 ORDER BY o.name COLLATE fi, o.id";

std::vector<core::Membership> read_memberships(Connection& connection, std::int64_t account) {
  Statement rows = connection.prepare(kSelectMemberships);
  rows.bind_int64(1, account);
  std::vector<core::Membership> memberships;
  while (rows.step()) {
    core::Membership membership;
    membership.account_id = account;
    membership.organisation_id = rows.column_int64(0);
    membership.organisation_slug = rows.column_text(1);
    membership.organisation_name = rows.column_text(2);
    membership.role =
        core::parse_membership_role(rows.column_text(3)).value_or(core::MembershipRole::kMember);
    membership.state =
        core::parse_membership_state(rows.column_text(4)).value_or(core::MembershipState::kPending);
    membership.message = rows.column_text(5);
    membership.requested_at = time_column(rows, 6);
    memberships.push_back(std::move(membership));
  }
  return memberships;
}

constexpr std::string_view kSelectContacts =
    "SELECT slug, title, contact_name, contact_title, contact_email, contact_phone"
    " FROM practices WHERE lower(trim(contact_email, ' \t\r\n')) = ?1 ORDER BY slug";

std::vector<ContactMention> read_contacts(Connection& connection, const std::string& key) {
  Statement rows = connection.prepare(kSelectContacts);
  rows.bind_text(1, key);
  std::vector<ContactMention> contacts;
  while (rows.step()) {
    contacts.push_back({rows.column_text(0), rows.column_text(1), rows.column_text(2),
                        rows.column_text(3), rows.column_text(4), rows.column_text(5)});
  }
  return contacts;
}

// The actor's entries: those naming the address, and those of its account (which may name an
// address it had before).
constexpr std::string_view kSelectActions =
    "SELECT id, at, actor_account_id, actor, action, object_type, object_id, detail, ip_hash"
    " FROM audit_log WHERE lower(trim(actor, ' \t\r\n')) = ?1 OR actor_account_id = ?2"
    " ORDER BY id";

std::vector<AuditEntry> read_actions(Connection& connection, const std::string& key,
                                     std::optional<std::int64_t> account) {
  Statement rows = connection.prepare(kSelectActions);
  rows.bind_text(1, key);
  if (account) rows.bind_int64(2, *account);  // else NULL: matches nothing
  std::vector<AuditEntry> entries;
  while (rows.step())
    entries.push_back(read_audit_entry(rows));
  return entries;
}

// The address's registrations (or its account's), with their events' slugs and titles.
std::vector<RegistrationMention> read_registrations(Connection& connection, const std::string& key,
                                                    std::optional<std::int64_t> account) {
  std::vector<RegistrationMention> mentions;
  for (Registration& registration : load_registrations(
           connection, "WHERE r.email_key = ?1 OR r.account_id = ?2 ORDER BY r.registered_at, r.id",
           [&](Statement& rows) {
             rows.bind_text(1, key);
             if (account) rows.bind_int64(2, *account);  // else NULL: nothing
           })) {
    Statement event = connection.prepare("SELECT slug, title FROM events WHERE id = ?1");
    event.bind_int64(1, registration.event_id);
    RegistrationMention mention;
    if (event.step()) mention = {event.column_text(0), event.column_text(1), {}};
    mention.registration = std::move(registration);
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

constexpr std::string_view kCountMail = "SELECT count(*) FROM mail_outbox WHERE recipient_key = ?1";

std::int64_t count_mail(Connection& connection, const std::string& key) {
  Statement count = connection.prepare(kCountMail);
  count.bind_text(1, key);
  return count.step() ? count.column_int64(0) : 0;
}

constexpr std::string_view kDeleteRegistrations =
    "DELETE FROM registrations WHERE email_key = ?1 OR account_id = ?2 RETURNING id";

// Seats they held are not offered on: staff move people by hand after an erasure.
std::int64_t delete_registrations(Transaction& transaction, const std::string& key,
                                  std::optional<std::int64_t> account) {
  Statement remove = transaction.connection().prepare(kDeleteRegistrations);
  remove.bind_text(1, key);
  if (account) remove.bind_int64(2, *account);
  return remove.run_counting();
}

constexpr std::string_view kDeleteAccount = "DELETE FROM accounts WHERE id = ?1";

constexpr std::string_view kBlankContacts =
    "UPDATE practices SET contact_name = '', contact_title = '', contact_email = '',"
    " contact_phone = '', revision = revision + 1, updated_at = ?2"
    " WHERE lower(trim(contact_email, ' \t\r\n')) = ?1 RETURNING id";

// Blanks the contact person of every practice naming the address, each a new revision with its
// change-log row (so the search index and the page cache follow); returns how many.
std::int64_t blank_contacts(Transaction& transaction, const std::string& key, UtcTime now) {
  std::vector<std::int64_t> ids;
  {
    Statement update = transaction.connection().prepare(kBlankContacts);
    update.bind_text(1, key).bind_text(2, format_utc(now));
    while (update.step())
      ids.push_back(update.column_int64(0));
  }
  for (std::int64_t id : ids)
    append_change(transaction, "practice", id, ChangeAction::kUpdated);
  return static_cast<std::int64_t>(ids.size());
}

// The audit log is otherwise append-only: this erasure and the retention purge's blanking of
// old IP hashes (kBlankIpHashes) are the only UPDATEs it ever gets. The entries stay (what was
// done, when, to what); who did it becomes "erased:<account id>" ("erased" without an account).
constexpr std::string_view kAnonymiseActions =
    "UPDATE audit_log SET ip_hash = '', actor = CASE WHEN actor_account_id IS NULL"
    " THEN 'erased' ELSE 'erased:' || actor_account_id END"
    " WHERE lower(trim(actor, ' \t\r\n')) = ?1 OR actor_account_id = ?2 RETURNING id";

std::int64_t anonymise_actions(Transaction& transaction, const std::string& key,
                               std::optional<std::int64_t> account) {
  Statement update = transaction.connection().prepare(kAnonymiseActions);
  update.bind_text(1, key);
  if (account) update.bind_int64(2, *account);
  return update.run_counting();
}

// The workflow's history keeps what was saved and said, not by whom: the person's revisions and
// messages lose their name, and old revisions naming the address as contact lose the contact.
constexpr std::string_view kAnonymiseRevisions =
    "UPDATE practice_revisions SET actor = 'erased', account_id = NULL WHERE account_id = ?1";
constexpr std::string_view kAnonymiseMessages =
    "UPDATE editorial_messages SET actor = 'erased', account_id = NULL WHERE account_id = ?1";
constexpr DialectSql kBlankRevisionContacts = {
    "UPDATE practice_revisions SET content = json_set(content, '$.contact', json_object())"
    " WHERE lower(trim(json_extract(content, '$.contact.email'), ' \t\r\n')) = ?1",
    "UPDATE practice_revisions SET content = jsonb_set(CAST(content AS jsonb), '{contact}',"
    " '{}')::text WHERE lower(trim(CAST(content AS jsonb) #>> '{contact,email}', ' \t\r\n'))"
    " = ?1"};

void anonymise_history(Transaction& transaction, const std::string& key,
                       std::optional<std::int64_t> account) {
  Connection& connection = transaction.connection();
  if (account) {
    connection.prepare(kAnonymiseRevisions).bind_int64(1, *account).run();
    connection.prepare(kAnonymiseMessages).bind_int64(1, *account).run();
  }
  connection.prepare(kBlankRevisionContacts).bind_text(1, key).run();
}

constexpr std::string_view kDeleteMail =
    "DELETE FROM mail_outbox WHERE recipient_key = ?1 RETURNING id";

std::int64_t delete_mail(Transaction& transaction, const std::string& key) {
  Statement remove = transaction.connection().prepare(kDeleteMail);
  remove.bind_text(1, key);
  return remove.run_counting();
}

}  // namespace

SqlitePrivacyStore::SqlitePrivacyStore(Database& database) : database_(database) {}

PersonalData SqlitePrivacyStore::find_by_email(std::string_view email) {
  const std::string key = core::email_key(email);
  PersonalData data;
  if (key.empty()) return data;  // else every practice without a contact would match
  // The account through the account store (its columns and roles are read in one place).
  data.account = SqliteAccountStore{database_}.find_by_email(key);
  data.applications = SqlApplicationStore{database_}.by_email(key);
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  std::optional<std::int64_t> account;
  if (data.account) account = data.account->id;
  if (account) data.memberships = read_memberships(connection, *account);
  data.contacts = read_contacts(connection, key);
  data.actions = read_actions(connection, key, account);
  data.queued_mail = count_mail(connection, key);
  data.registrations = read_registrations(connection, key, account);
  data.jury = read_jury_mentions(connection, key, account);
  data.networks = read_network_mentions(connection, key, account);
  data.subscriber = read_subscriber(connection, key);
  return data;
}

ErasureReport SqlitePrivacyStore::erase_by_email(std::string_view email, UtcTime now) {
  const std::string key = core::email_key(email);
  ErasureReport report;
  if (key.empty()) return report;
  Transaction transaction{database_, TransactionKind::kWrite};
  const std::optional<std::int64_t> account = account_id(transaction.connection(), key);
  // Before the account goes: its entries are found by its id too.
  report.audit_entries_anonymised = anonymise_actions(transaction, key, account);
  report.registrations_removed = delete_registrations(transaction, key, account);
  report.applications_removed = delete_applications_of(transaction, key);
  erase_jury_addresses(transaction, key, report);
  erase_network_data(transaction, key, account, now, report);
  report.subscriber_removed = erase_subscriber(transaction, key);
  anonymise_history(transaction, key, account);
  if (account) {
    // Sessions, tokens, memberships, roles and recovery codes go with it (ON DELETE CASCADE).
    transaction.connection().prepare(kDeleteAccount).bind_int64(1, *account).run();
    report.account_removed = true;
  }
  report.contacts_erased = blank_contacts(transaction, key, now);
  report.mail_removed = delete_mail(transaction, key);
  transaction.commit();
  return report;
}

constexpr std::string_view kPurgeTokens =
    "DELETE FROM account_tokens WHERE used_at < ?1 OR expires_at < ?1 RETURNING digest";
constexpr std::string_view kPurgeMail =
    "DELETE FROM mail_outbox WHERE state IN ('sent', 'failed')"
    " AND coalesce(sent_at, created_at) < ?1 RETURNING id";
constexpr std::string_view kPurgeAnswers =
    "DELETE FROM registration_answers WHERE registration_id IN (SELECT r.id FROM registrations r"
    " JOIN events e ON e.id = r.event_id WHERE e.ends_at < ?1) RETURNING registration_id";
constexpr std::string_view kPurgeRegistrations =
    "DELETE FROM registrations WHERE event_id IN (SELECT id FROM events WHERE ends_at < ?1)"
    " RETURNING id";
// See kAnonymiseActions: the other UPDATE the audit log gets.
constexpr std::string_view kBlankIpHashes =
    "UPDATE audit_log SET ip_hash = '' WHERE at < ?1 AND ip_hash <> '' RETURNING id";

PurgeReport SqlitePrivacyStore::purge(const RetentionPolicy& policy, UtcTime now) {
  PurgeReport report;
  // Unverified sign-ups: the account store's own rule, in its own transaction.
  report.accounts =
      SqliteAccountStore{database_}.purge_unverified(now - policy.unverified_accounts);
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto run = [&connection](std::string_view sql, UtcTime before) {
    Statement statement = connection.prepare(sql);
    statement.bind_text(1, format_utc(before));
    return statement.run_counting();
  };
  report.tokens = run(kPurgeTokens, now - policy.used_tokens);
  report.mail = run(kPurgeMail, now - policy.sent_mail);
  report.ip_hashes = run(kBlankIpHashes, now - policy.audit_ip_hashes);
  report.answers = run(kPurgeAnswers, now - policy.registration_answers);
  report.registrations = run(kPurgeRegistrations, now - policy.registrations);
  report.unconfirmed_subscribers =
      purge_unconfirmed_subscribers(connection, now - policy.unverified_accounts);
  report.unsubscribed_subscribers =
      purge_unsubscribed_subscribers(connection, now - policy.unsubscribed);
  report.subscriber_ip_hashes =
      blank_subscriber_ip_hashes(connection, now - policy.audit_ip_hashes);
  transaction.commit();
  return report;
}

}  // namespace tori::store::sqlite
