// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the PrivacyStore through the Store interface (a real SQLite file per case): finding
// everything about an address without case, erasing an account, a practice contact or both
// while another person's data stays, and the retention purge at the edges of each period.
#include "tori/store/privacy_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;

using test_support::kNow;
constexpr auto kDay = std::chrono::hours(24);

// A migrated store in its own folder, with helpers to put people's data into it.
struct World {
  explicit World(test_support::Backend backend)
      : store(test_support::open_migrated_store(backend, dir)) {}
  std::int64_t account(const std::string& email, UtcTime at = kNow, bool verified = true) {
    NewAccount account{.email = email,
                       .name = "Nimi " + email,
                       .password_hash = "h",
                       .roles = {core::Role::kEditor},
                       .email_verified = verified};
    return store->accounts().create(account, std::nullopt, {}, at).value_or(0);
  }
  // A practice of "Kontiolahden kunta" whose contact person has `email`; its id.
  std::int64_t practice(const std::string& id, const std::string& email) {
    PracticeWrite write = practice_testing::make_write(id, "Teko " + id);
    write.input.contact = {"Henkilö " + id, "Kehittäjä", email, "+358 40 000 0000"};
    const SaveResult saved = store->practices().save(write);
    return std::get<WriteResult>(saved).id;
  }
  void membership(std::int64_t account_id, const std::string& organisation_slug) {
    sqlite::Lease connection = store->database().acquire();
    connection
        ->prepare(
            "INSERT INTO memberships (account_id, organisation_id, role, state, message,"
            " requested_at) SELECT ?1, id, 'member', 'approved', 'Hei', ?3"
            " FROM organisations WHERE slug = ?2")
        .bind_int64(1, account_id)
        .bind_text(2, organisation_slug)
        .bind_text(3, format_utc(kNow))
        .run();
  }
  void action(const std::string& actor, std::optional<std::int64_t> account_id, UtcTime at) {
    store->audit_log().record({.actor_account_id = account_id,
                               .actor = actor,
                               .action = "practice.publish",
                               .object_type = "practice",
                               .object_id = "1",
                               .ip_hash = "hash-of-ip"},
                              at);
  }
  // Rows of `table` matching `where` (test SQL with no parameters).
  std::int64_t count(const std::string& table, const std::string& where) {
    sqlite::Lease connection = store->database().acquire();
    sqlite::Statement row =
        connection->prepare("SELECT count(*) FROM " + table + " WHERE " + where);
    return row.step() ? row.column_int64(0) : -1;
  }
  test_support::TempDir dir;
  std::unique_ptr<SqlStore> store;
};

// The backend of the test's parameter; skipped when PostgreSQL is not installed.
class PrivacyStoreTest : public ::testing::TestWithParam<test_support::Backend> {
 protected:
  void SetUp() override {
    if (!test_support::open_migrated_store(GetParam(), dir_)) GTEST_SKIP() << "no PostgreSQL";
  }
  test_support::TempDir dir_;
};
INSTANTIATE_BACKENDS(PrivacyStoreTest);

// Maija (account, practice contact or both, as asked) and Pekka (both, always), each with a
// session, a token, a membership, two audit entries and a queued message when an account.
struct People {
  People(World& world, bool maija_account, bool maija_contact) {
    // No contact address: never matched. Saving it creates the organisation of memberships.
    world.practice("nobody-1", "");
    if (maija_account) maija = add_person(world, "Maija.M@Example.fi");
    if (maija_contact) maija_practice = world.practice("maija-1", " maija.m@EXAMPLE.fi ");
    pekka = add_person(world, "pekka@example.fi");
    pekka_practice = world.practice("pekka-1", "pekka@example.fi");
  }
  static std::int64_t add_person(World& world, const std::string& email) {
    const std::int64_t id = world.account(email);
    world.membership(id, "kontiolahden-kunta");
    world.store->accounts().create_session("session-" + email, id, true, kNow);
    world.store->accounts().add_token(
        id, {"token-" + email, TokenPurpose::kResetPassword, kNow + 1h, ""}, {}, kNow);
    world.action(email, id, kNow);
    world.action("tori user add", std::nullopt, kNow);  // someone else's entry
    world.store->outbox().enqueue({email, "Subject: x\r\n\r\nx\r\n"}, kNow);
    return id;
  }
  std::optional<std::int64_t> maija;
  std::optional<std::int64_t> maija_practice;
  std::int64_t pekka = 0;
  std::int64_t pekka_practice = 0;
};

TEST_P(PrivacyStoreTest, FindsEverythingAboutAnAddressWithoutCase) {
  World world{GetParam()};
  const People people(world, true, true);
  world.action("maija.m@example.fi", std::nullopt, kNow);  // before the account had an id
  for (const char* asked : {"maija.m@example.fi", "MAIJA.M@EXAMPLE.FI", " Maija.M@Example.fi\t"}) {
    SCOPED_TRACE(asked);
    const PersonalData data = world.store->privacy().find_by_email(asked);
    ASSERT_TRUE(data.account);
    EXPECT_EQ(data.account->id, *people.maija);
    EXPECT_EQ(data.account->email, "Maija.M@Example.fi");
    EXPECT_EQ(data.account->roles, std::vector{core::Role::kEditor});
    ASSERT_EQ(data.memberships.size(), 1U);
    EXPECT_EQ(data.memberships[0].organisation_slug, "kontiolahden-kunta");
    EXPECT_EQ(data.memberships[0].organisation_name, "Kontiolahden kunta");
    EXPECT_EQ(data.memberships[0].state, core::MembershipState::kApproved);
    ASSERT_EQ(data.contacts.size(), 1U);
    EXPECT_EQ(data.contacts[0].practice_slug, "teko-maija-1");
    EXPECT_EQ(data.contacts[0].practice_title, "Teko maija-1");
    EXPECT_EQ(data.contacts[0].name, "Henkilö maija-1");
    EXPECT_EQ(data.contacts[0].title, "Kehittäjä");
    EXPECT_EQ(data.contacts[0].phone, "+358 40 000 0000");
    ASSERT_EQ(data.actions.size(), 2U);
    EXPECT_EQ(data.actions[0].actor, "Maija.M@Example.fi");
    EXPECT_EQ(data.actions[1].actor, "maija.m@example.fi");
    EXPECT_EQ(data.actions[0].at, kNow);
    EXPECT_EQ(data.queued_mail, 1);
  }
  const PersonalData nobody = world.store->privacy().find_by_email("nobody@example.fi");
  EXPECT_FALSE(nobody.account);
  EXPECT_TRUE(nobody.contacts.empty() && nobody.actions.empty() && nobody.memberships.empty());
  EXPECT_EQ(nobody.queued_mail, 0);
  EXPECT_TRUE(world.store->privacy().find_by_email("  ").contacts.empty());  // not "nobody-1"
}

struct ErasureCase {
  const char* name;
  bool maija_account;
  bool maija_contact;
  const char* erased;  // the address given to erase_by_email
  ErasureReport expected;
};

// Pekka's data after someone else's erasure: all there.
void expect_pekka_untouched(World& world, const People& people) {
  const PersonalData pekka = world.store->privacy().find_by_email("pekka@example.fi");
  ASSERT_TRUE(pekka.account);
  EXPECT_EQ(pekka.account->id, people.pekka);
  EXPECT_EQ(pekka.memberships.size(), 1U);
  ASSERT_EQ(pekka.contacts.size(), 1U);
  EXPECT_EQ(pekka.contacts[0].email, "pekka@example.fi");
  ASSERT_EQ(pekka.actions.size(), 1U);
  EXPECT_EQ(pekka.actions[0].ip_hash, "hash-of-ip");
  EXPECT_EQ(pekka.queued_mail, 1);
  EXPECT_TRUE(world.store->accounts().find_session("session-pekka@example.fi"));
  EXPECT_EQ(world.store->practices().find_by_id(people.pekka_practice)->revision, 1);
  EXPECT_EQ(world.count("audit_log", "actor = 'tori user add' AND ip_hash <> ''"),
            people.maija ? 2 : 1);
}

// Maija after her erasure: nothing found, her practice without its contact at a new revision
// with a change-log row, her audit entries anonymised.
void expect_maija_erased(World& world, const People& people, std::int64_t log_before) {
  const PersonalData maija = world.store->privacy().find_by_email("maija.m@example.fi");
  EXPECT_FALSE(maija.account);
  EXPECT_TRUE(maija.contacts.empty() && maija.actions.empty() && maija.memberships.empty());
  EXPECT_EQ(maija.queued_mail, 0);
  EXPECT_FALSE(world.store->accounts().find_session("session-Maija.M@Example.fi"));
  EXPECT_EQ(world.count("account_tokens", "digest = 'token-Maija.M@Example.fi'"), 0);
  EXPECT_EQ(world.count("memberships", "1 = 1"), 1);  // Pekka's
  if (people.maija) {
    EXPECT_EQ(world.count("audit_log", "actor = 'erased:" + std::to_string(*people.maija) +
                                           "' AND ip_hash = ''"),
              1);
  }
  const auto changes = world.store->change_log().read_after(log_before, 10);
  if (!people.maija_practice) {
    EXPECT_TRUE(changes.empty());
    return;
  }
  const auto practice = world.store->practices().find_by_id(*people.maija_practice);
  EXPECT_EQ(practice->contact, core::Contact{});
  EXPECT_EQ(practice->revision, 2);
  EXPECT_EQ(practice->updated_at, std::chrono::floor<std::chrono::seconds>(kNow));
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "practice");
  EXPECT_EQ(changes[0].object_id, *people.maija_practice);
  EXPECT_EQ(changes[0].action, ChangeAction::kUpdated);
}

TEST_P(PrivacyStoreTest, ErasesAnAccountAContactOrBothAndNothingOfAnotherPerson) {
  const ErasureCase cases[] = {
      {"only an account", true, false, "maija.m@example.fi", {true, 0, 1, 1}},
      {"only a practice contact", false, true, "maija.m@example.fi", {false, 1, 0, 0}},
      {"both, upper case", true, true, "MAIJA.M@EXAMPLE.FI", {true, 1, 1, 1}},
      {"both, as typed with space", true, true, " Maija.M@Example.fi ", {true, 1, 1, 1}},
      {"neither", false, false, "maija.m@example.fi", {false, 0, 0, 0}},
  };
  for (const ErasureCase& c : cases) {
    SCOPED_TRACE(c.name);
    World world{GetParam()};
    const People people(world, c.maija_account, c.maija_contact);
    const std::int64_t log_before = world.store->change_log().last_position();
    const ErasureReport report = world.store->privacy().erase_by_email(c.erased, kNow);
    EXPECT_EQ(report.account_removed, c.expected.account_removed);
    EXPECT_EQ(report.contacts_erased, c.expected.contacts_erased);
    EXPECT_EQ(report.audit_entries_anonymised, c.expected.audit_entries_anonymised);
    EXPECT_EQ(report.mail_removed, c.expected.mail_removed);
    expect_maija_erased(world, people, log_before);
    expect_pekka_untouched(world, people);
  }
}

TEST_P(PrivacyStoreTest, ErasureAnonymisesTheWorkflowHistory) {
  World world{GetParam()};
  const std::int64_t maija = world.account("maija@example.fi");
  const std::int64_t pekka = world.account("pekka@example.fi");
  PracticeWrite write = practice_testing::make_write("tori-9", "Luonnos");
  write.input.contact = {"Maija", "", "maija@example.fi", ""};
  write.input.state = core::PracticeState::kDraft;
  write.input.published_at.reset();
  const Actor by_maija{maija, "Maija", ""};
  const auto id = std::get<WriteResult>(world.store->submissions().save(write, by_maija, kNow)).id;
  world.store->submissions().apply(id, core::EditorialAction::kSubmit, by_maija, "", {}, kNow);
  world.store->submissions().apply(id, core::EditorialAction::kArchive, {pekka, "Pekka", ""},
                                   "Vanha", {}, kNow);
  world.store->privacy().erase_by_email("maija@example.fi", kNow);
  EXPECT_EQ(world.count("practice_revisions",
                        "actor = 'Maija' OR account_id IS NOT NULL AND"
                        " account_id <> " +
                            std::to_string(pekka)),
            0);
  EXPECT_EQ(world.count("editorial_messages", "actor = 'Maija'"), 0);
  EXPECT_EQ(world.count("editorial_messages", "actor = 'Pekka'"), 1);  // another person's stays
  EXPECT_EQ(world.count("practice_revisions", "content LIKE '%maija@example.fi%'"), 0);
  EXPECT_GE(world.count("practice_revisions", "actor = 'erased'"), 2);
}

TEST_P(PrivacyStoreTest, ErasingAnEmptyAddressChangesNothing) {
  World world{GetParam()};
  const People people(world, true, true);
  const std::int64_t log_before = world.store->change_log().last_position();
  const ErasureReport report = world.store->privacy().erase_by_email(" ", kNow);
  EXPECT_FALSE(report.account_removed);
  EXPECT_EQ(report.contacts_erased, 0);
  EXPECT_EQ(world.store->change_log().last_position(), log_before);
  EXPECT_TRUE(world.store->privacy().find_by_email("maija.m@example.fi").account);
  expect_pekka_untouched(world, people);
}

TEST_P(PrivacyStoreTest, AuditEntriesOfAnAddressWithoutAccountBecomeErased) {
  World world{GetParam()};
  world.action("Liisa@example.fi", std::nullopt, kNow);
  world.action("liisa@example.fi", 77, kNow);  // an account deleted before
  const ErasureReport report = world.store->privacy().erase_by_email("liisa@example.fi", kNow);
  EXPECT_EQ(report.audit_entries_anonymised, 2);
  EXPECT_EQ(world.count("audit_log", "actor = 'erased' AND ip_hash = ''"), 1);
  EXPECT_EQ(world.count("audit_log", "actor = 'erased:77' AND ip_hash = ''"), 1);
}

// One row of the purge table: something made at a time before kNow, and whether it stays.
struct PurgeCase {
  const char* name;
  std::function<void(World&)> make;
  const char* table;
  const char* where;  // selects the row made
  bool stays;
};

std::vector<PurgeCase> purge_cases() {
  const auto token = [](const char* digest, UtcTime expires, std::optional<UtcTime> used) {
    return [=](World& world) {
      const std::int64_t id = world.account(std::string(digest) + "@example.fi", kNow - 400 * kDay);
      world.store->accounts().add_token(id, {digest, TokenPurpose::kVerifyEmail, expires, ""}, {},
                                        kNow - 400 * kDay);
      if (used) (void)world.store->accounts().verify_email(digest, *used);
    };
  };
  const auto mail = [](const char* to, UtcTime queued, const char* outcome) {
    return [=](World& world) {
      const std::int64_t id = world.store->outbox().enqueue({to, "x"}, queued);
      if (std::string_view(outcome) == "sent") world.store->outbox().mark_sent(id, queued + 1h);
      if (std::string_view(outcome) == "failed") {
        world.store->outbox().mark_failed(id, "550", std::nullopt, queued + 1h);
      }
    };
  };
  const auto account = [](const char* email, UtcTime created, bool verified) {
    return [=](World& world) { world.account(email, created, verified); };
  };
  const auto action = [](const char* actor, UtcTime at) {
    return [=](World& world) { world.action(actor, std::nullopt, at); };
  };
  return {
      {"unverified, 8 days", account("a1@example.fi", kNow - 8 * kDay, false), "accounts",
       "email = 'a1@example.fi'", false},
      {"unverified, 6 days", account("a2@example.fi", kNow - 6 * kDay, false), "accounts",
       "email = 'a2@example.fi'", true},
      {"verified, 300 days", account("a3@example.fi", kNow - 300 * kDay, true), "accounts",
       "email = 'a3@example.fi'", true},
      {"token used 8 days ago", token("t1", kNow, kNow - 8 * kDay), "account_tokens",
       "digest = 't1'", false},
      {"token used 6 days ago", token("t2", kNow, kNow - 6 * kDay), "account_tokens",
       "digest = 't2'", true},
      {"token expired 8 days ago", token("t3", kNow - 8 * kDay, {}), "account_tokens",
       "digest = 't3'", false},
      {"token expired 6 days ago", token("t4", kNow - 6 * kDay, {}), "account_tokens",
       "digest = 't4'", true},
      {"token old but valid", token("t5", kNow + kDay, {}), "account_tokens", "digest = 't5'",
       true},
      {"mail sent 31 days ago", mail("m1@example.fi", kNow - 31 * kDay, "sent"), "mail_outbox",
       "recipient = 'm1@example.fi'", false},
      {"mail sent 29 days ago", mail("m2@example.fi", kNow - 29 * kDay, "sent"), "mail_outbox",
       "recipient = 'm2@example.fi'", true},
      {"mail failed 31 days ago", mail("m3@example.fi", kNow - 31 * kDay, "failed"), "mail_outbox",
       "recipient = 'm3@example.fi'", false},
      {"mail pending 31 days", mail("m4@example.fi", kNow - 31 * kDay, "pending"), "mail_outbox",
       "recipient = 'm4@example.fi'", true},
      {"audit IP 366 days", action("i1@example.fi", kNow - 366 * kDay), "audit_log",
       "actor = 'i1@example.fi' AND ip_hash <> ''", false},
      {"audit IP 364 days", action("i2@example.fi", kNow - 364 * kDay), "audit_log",
       "actor = 'i2@example.fi' AND ip_hash <> ''", true},
      {"audit entry itself stays", action("i3@example.fi", kNow - 900 * kDay), "audit_log",
       "actor = 'i3@example.fi'", true},
  };
}

TEST_P(PrivacyStoreTest, PurgeRemovesWhatThePolicyNoLongerKeeps) {
  World world{GetParam()};
  const std::vector<PurgeCase> cases = purge_cases();
  for (const PurgeCase& c : cases)
    c.make(world);
  const PurgeReport report = world.store->privacy().purge(RetentionPolicy{}, kNow);
  for (const PurgeCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(world.count(c.table, c.where), c.stays ? 1 : 0);
  }
  EXPECT_EQ(report.accounts, 1);
  EXPECT_EQ(report.tokens, 2);
  EXPECT_EQ(report.mail, 2);
  EXPECT_EQ(report.ip_hashes, 2);  // i1 and i3
  const PurgeReport again = world.store->privacy().purge(RetentionPolicy{}, kNow);
  EXPECT_EQ(again.accounts + again.tokens + again.mail + again.ip_hashes, 0);
}

TEST_P(PrivacyStoreTest, PurgeFollowsThePolicyGiven) {
  World world{GetParam()};
  for (const PurgeCase& c : purge_cases())
    c.make(world);
  const RetentionPolicy keep_long{.unverified_accounts = 10 * kDay,
                                  .used_tokens = 10 * kDay,
                                  .sent_mail = 40 * kDay,
                                  .audit_ip_hashes = 1000 * kDay};
  const PurgeReport report = world.store->privacy().purge(keep_long, kNow);
  EXPECT_EQ(report.accounts + report.tokens + report.mail + report.ip_hashes, 0);
  const RetentionPolicy keep_short{
      .unverified_accounts = kDay, .used_tokens = kDay, .sent_mail = kDay, .audit_ip_hashes = kDay};
  const PurgeReport shorter = world.store->privacy().purge(keep_short, kNow);
  EXPECT_EQ(shorter.accounts, 2);
  EXPECT_EQ(shorter.tokens, 4);
  EXPECT_EQ(shorter.mail, 3);
  EXPECT_EQ(shorter.ip_hashes, 3);
}

}  // namespace
}  // namespace tori::store
