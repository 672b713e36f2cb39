// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the retention purge: the settings [retention] and [session] give, one purge on a real
// SQLite store, and the daily thread (runs at start, again each period, stops at once).
#include "tori/app/daily_purge.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::app {
namespace {

using namespace std::chrono_literals;

class DailyPurgeTest : public ::testing::Test {
 protected:
  DailyPurgeTest()
      : store_(store::open_sqlite(dir_.path() / "tori.sqlite",
                                  std::filesystem::path{TORI_SOURCE_DATA_DIR} / "sql")) {
    (void)store_->health().migrate();
  }
  // An unverified sign-up made `age` ago, with a session last seen then.
  void old_sign_up(const std::string& email, std::chrono::hours age) {
    const store::UtcTime then = store::utc_now() - age;
    const auto id = store_->accounts().create({.email = email}, std::nullopt, {}, then);
    store_->accounts().create_session("session-" + email, id.value_or(0), true, then);
  }
  bool exists(const std::string& email) {
    return store_->accounts().find_by_email(email).has_value();
  }
  tori::testing::TempDir dir_;
  std::unique_ptr<store::SqlStore> store_;
};

TEST_F(DailyPurgeTest, SettingsComeFromRetentionAndSessionKeys) {
  Config config;
  config.retention = {.unverified_days = 2,
                      .tokens_days = 3,
                      .mail_days = 4,
                      .audit_ip_days = 5,
                      .answers_days = 6,
                      .registrations_days = 7};
  config.accounts.session_idle_minutes = 30;
  config.accounts.session_max_days = 6;
  const PurgeSettings settings = purge_settings(config);
  EXPECT_EQ(settings.retention.unverified_accounts, 48h);
  EXPECT_EQ(settings.retention.used_tokens, 72h);
  EXPECT_EQ(settings.retention.sent_mail, 96h);
  EXPECT_EQ(settings.retention.audit_ip_hashes, 120h);
  EXPECT_EQ(settings.retention.registration_answers, 144h);
  EXPECT_EQ(settings.retention.registrations, 168h);
  EXPECT_EQ(settings.session_idle, 30min);
  EXPECT_EQ(settings.session_max, 144h);
  const PurgeSettings defaults = purge_settings(Config{});
  EXPECT_EQ(defaults.retention.unverified_accounts, 7 * 24h);
  EXPECT_EQ(defaults.retention.audit_ip_hashes, 365 * 24h);
}

TEST_F(DailyPurgeTest, OncePurgesAccountsAndSessions) {
  old_sign_up("old@example.fi", 8 * 24h);
  old_sign_up("new@example.fi", 3h);  // its session is idle longer than 120 minutes
  const PurgeCounts counts = purge_once(*store_, purge_settings(Config{}), store::utc_now());
  EXPECT_EQ(counts.retention.accounts, 1);
  EXPECT_EQ(counts.sessions, 1);  // the old account's went with it
  EXPECT_FALSE(exists("old@example.fi"));
  EXPECT_TRUE(exists("new@example.fi"));
  EXPECT_FALSE(store_->accounts().find_session("session-new@example.fi"));
}

TEST_F(DailyPurgeTest, ThreadPurgesAtStartAndEachPeriodAndStopsPromptly) {
  old_sign_up("old@example.fi", 8 * 24h);
  DailyPurge purge(*store_, purge_settings(Config{}), 50ms);
  purge.start();
  for (int wait = 0; wait < 200 && purge.passes() < 3; ++wait)
    std::this_thread::sleep_for(10ms);
  EXPECT_GE(purge.passes(), 3);
  EXPECT_FALSE(exists("old@example.fi"));
  DailyPurge daily(*store_, purge_settings(Config{}));  // the real period
  daily.start();
  for (int wait = 0; wait < 200 && daily.passes() < 1; ++wait)
    std::this_thread::sleep_for(10ms);
  EXPECT_EQ(daily.passes(), 1);
  const auto before = std::chrono::steady_clock::now();
  daily.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - before, 1s);
}

TEST_F(DailyPurgeTest, AFailedPurgeIsLoggedAndTheThreadGoesOn) {
  DailyPurge purge(*store_, purge_settings(Config{}), 20ms);
  {
    // A database that fails every statement: the table the purge deletes from is gone.
    store::sqlite::Lease connection = store_->database().acquire();
    connection->execute("DROP TABLE mail_outbox");
  }
  purge.start();
  for (int wait = 0; wait < 200 && purge.passes() < 2; ++wait)
    std::this_thread::sleep_for(10ms);
  EXPECT_GE(purge.passes(), 2);  // the first failure did not end the thread
  purge.stop();
}

}  // namespace
}  // namespace tori::app
