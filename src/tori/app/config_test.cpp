// SPDX-License-Identifier: AGPL-3.0-or-later
// Table-driven tests of the configuration loader: layering, every key's parser, bad values.
#include "tori/app/config.hpp"

#include <gtest/gtest.h>

#include "tori/testing/temp_dir.hpp"

namespace tori::app {
namespace {

namespace fs = std::filesystem;
using tori::testing::TempDir;

TEST(Config, DefaultsWithoutAnySource) {
  ConfigResult config = load_config({{"data", "/nonexistent/tori"}}, {});
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config->port, 8080);
  EXPECT_EQ(config->bind, "127.0.0.1");
  EXPECT_EQ(config->base_url, "http://localhost:8080");
  EXPECT_EQ(config->limits.header_bytes, 16u * 1024);
  EXPECT_EQ(config->limits.body_bytes, 1024u * 1024);
  EXPECT_EQ(config->limits.header_timeout, std::chrono::seconds(10));
  EXPECT_EQ(config->data, "/nonexistent/tori");
  EXPECT_TRUE(config->page_cache);
  EXPECT_EQ(config->page_cache_mb, 64u);
}

TEST(Config, CacheTableFromFileAndEnvironment) {
  TempDir folder;
  folder.write("tori.toml", "[cache]\npages = false\npage_cache_mb = 16\n");
  ConfigResult from_file = load_config({{"data", folder.path().string()}}, {});
  ASSERT_TRUE(from_file.ok()) << from_file.error();
  EXPECT_FALSE(from_file->page_cache);
  EXPECT_EQ(from_file->page_cache_mb, 16u);
  std::string pages = "TORI_CACHE_PAGES=true";
  std::string size = "TORI_CACHE_PAGE_CACHE_MB=128";
  char* environment[] = {pages.data(), size.data(), nullptr};
  ConfigResult from_environment =
      load_config({{"data", folder.path().string()}}, settings_from_environment(environment));
  ASSERT_TRUE(from_environment.ok()) << from_environment.error();
  EXPECT_TRUE(from_environment->page_cache);
  EXPECT_EQ(from_environment->page_cache_mb, 128u);
}

TEST(Config, RetentionTableFromFileAndEnvironment) {
  const RetentionConfig defaults = load_config({{"data", "/nonexistent/tori"}}, {})->retention;
  EXPECT_EQ(defaults.unverified_days, 7u);
  EXPECT_EQ(defaults.tokens_days, 7u);
  EXPECT_EQ(defaults.mail_days, 30u);
  EXPECT_EQ(defaults.audit_ip_days, 365u);
  TempDir folder;
  folder.write("tori.toml",
               "[retention]\nunverified_days = 3\ntokens_days = 2\nmail_days = 14\n"
               "audit_ip_days = 90\n");
  std::string mail = "TORI_RETENTION_MAIL_DAYS=60";
  char* environment[] = {mail.data(), nullptr};
  ConfigResult config =
      load_config({{"data", folder.path().string()}}, settings_from_environment(environment));
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config->retention.unverified_days, 3u);
  EXPECT_EQ(config->retention.tokens_days, 2u);
  EXPECT_EQ(config->retention.mail_days, 60u);  // the environment beats the file
  EXPECT_EQ(config->retention.audit_ip_days, 90u);
}

TEST(Config, AccountTablesFromFileAndEnvironment) {
  const Config defaults = *load_config({{"data", "/nonexistent/tori"}}, {});
  EXPECT_TRUE(defaults.smtp.host.empty());
  EXPECT_EQ(defaults.smtp.port, 587);
  EXPECT_TRUE(defaults.smtp.starttls);
  EXPECT_EQ(defaults.accounts.argon2_operations, 2u);
  EXPECT_EQ(defaults.accounts.session_idle_minutes, 120u);
  TempDir folder;
  folder.write("tori.toml",
               "[smtp]\nhost = \"smtp.example.fi\"\nport = 465\nstarttls = false\n"
               "from = \"tori@example.fi\"\ndkim_domain = \"example.fi\"\n"
               "dkim_selector = \"tori\"\ndkim_key_file = \"/etc/tori/dkim.pem\"\n"
               "[argon2]\noperations = 1\nmemory_kib = 8\n[session]\nidle_minutes = 30\n"
               "max_days = 7\n[limits]\nlogin_per_ip = 3\nmail_per_recipient = "
               "2\nnewsletter_per_minute = 30\naudio_mb = 500\n"
               "registration_per_ip = 4\n[events]\noffer_hours = 48\nreminder_hours = [72, 2]\n");
  std::string password = "TORI_SMTP_PASSWORD=salainen";
  char* environment[] = {password.data(), nullptr};
  ConfigResult config =
      load_config({{"data", folder.path().string()}}, settings_from_environment(environment));
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config->smtp.host, "smtp.example.fi");
  EXPECT_EQ(config->smtp.port, 465);
  EXPECT_FALSE(config->smtp.starttls);
  EXPECT_EQ(config->smtp.password, "salainen");
  EXPECT_EQ(config->smtp.dkim_key_file, "/etc/tori/dkim.pem");
  EXPECT_EQ(config->accounts.argon2_memory_kib, 8u);
  EXPECT_EQ(config->accounts.session_max_days, 7u);
  EXPECT_EQ(config->accounts.login_per_ip, 3u);
  EXPECT_EQ(config->accounts.mail_per_recipient, 2u);
  EXPECT_EQ(config->accounts.newsletter_per_minute, 30u);
  EXPECT_EQ(config->audio_mb, 500u);
  EXPECT_EQ(config->accounts.registration_per_ip, 4u);
  EXPECT_EQ(config->accounts.offer_hours, 48u);
  EXPECT_EQ(config->accounts.reminder_hours, (std::vector<int>{72, 2}));
  EXPECT_EQ(defaults.accounts.reminder_hours, (std::vector<int>{168, 24}));
  TempDir bad;
  bad.write("tori.toml", "[argon2]\nmemory_kib = 1\n");
  EXPECT_FALSE(load_config({{"data", bad.path().string()}}, {}).ok());
}

TEST(Config, FlagBeatsEnvironmentBeatsFileBeatsDefault) {
  TempDir folder;
  folder.write("tori.toml",
               "port = 8001\nbind = \"0.0.0.0\"\nbase_url = \"https://tori.example.fi\"\n"
               "trusted_proxies = [\"10.0.0.1\", \"10.0.0.0/8\"]\n"
               "[limits]\nbody_bytes = 2048\nheader_timeout = 2.5\n");
  Settings flags{{"data", folder.path().string()}, {"port", "8003"}};
  Settings environment{{"port", "8002"}, {"bind", "127.0.0.2"}};
  ConfigResult config = load_config(flags, environment);
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config->port, 8003);                           // flag
  EXPECT_EQ(config->bind, "127.0.0.2");                    // environment
  EXPECT_EQ(config->base_url, "https://tori.example.fi");  // file
  EXPECT_EQ(config->limits.body_bytes, 2048u);
  EXPECT_EQ(config->limits.header_timeout, std::chrono::milliseconds(2500));
  EXPECT_EQ(config->trusted_proxies, (std::vector<std::string>{"10.0.0.1", "10.0.0.0/8"}));
  EXPECT_EQ(config->threads, 0u);  // default
}

TEST(Config, ExplicitConfigFile) {
  TempDir folder;
  folder.write("other.toml", "port = 9000\n");
  ConfigResult config = load_config({}, {}, folder.path() / "other.toml");
  ASSERT_TRUE(config.ok()) << config.error();
  EXPECT_EQ(config->port, 9000);
  ConfigResult missing = load_config({}, {}, folder.path() / "missing.toml");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("no such file"), std::string::npos);
}

TEST(Config, BadValuesNameTheSourceAndKey) {
  struct Case {
    const char* name;
    Settings flags;
    Settings environment;
    const char* toml;      // written as tori.toml when not empty
    const char* expected;  // a part of the message
  };
  const Case cases[] = {
      {"port not a number", {{"port", "http"}}, {}, "", "--port: must be a whole number"},
      {"port too big", {{"port", "70000"}}, {}, "", "--port: must be a whole number"},
      {"negative threads", {{"threads", "-1"}}, {}, "", "--threads"},
      {"bind not an address", {{"bind", "localhost"}}, {}, "", "--bind: must be an IPv4"},
      {"base url relative", {}, {{"base_url", "/tori"}}, "", "TORI_BASE_URL: must be"},
      {"base url trailing slash", {}, {{"base_url", "https://x.fi/"}}, "", "TORI_BASE_URL"},
      {"environment limit", {}, {{"limits.body_bytes", "lots"}}, "", "TORI_LIMITS_BODY_BYTES"},
      {"zero timeout", {}, {}, "[limits]\nheader_timeout = 0\n", "limits.header_timeout"},
      {"unknown key", {}, {}, "prot = 80\n", "prot: unknown setting"},
      {"unknown limit", {}, {}, "[limits]\nbodybytes = 1\n", "limits.bodybytes: unknown"},
      {"toml syntax", {}, {}, "port = = 1\n", "tori.toml:1:"},
      {"wrong type", {}, {}, "trusted_proxies = [1.5, 2]\n", "must be a list of strings"},
      {"reminder not hours",
       {},
       {},
       "[events]\nreminder_hours = [24, 0]\n",
       "events.reminder_hours: must list whole hours"},
      {"bad log level", {}, {{"log_level", "loud"}}, "", "TORI_LOG_LEVEL"},
      {"bad boolean", {}, {}, "access_log = \"yes\"\n", "access_log: must be true or false"},
      {"bad cache switch", {}, {{"cache.pages", "off"}}, "", "TORI_CACHE_PAGES: must be true"},
      {"zero cache size", {}, {}, "[cache]\npage_cache_mb = 0\n", "cache.page_cache_mb"},
      {"zero retention", {}, {}, "[retention]\nmail_days = 0\n", "retention.mail_days: must be"},
      {"retention not a number",
       {},
       {{"retention.audit_ip_days", "year"}},
       "",
       "TORI_RETENTION_AUDIT_IP_DAYS: must be a whole number"},
      {"unknown retention",
       {},
       {},
       "[retention]\nsessions_days = 3\n",
       "retention.sessions_days: unknown"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir folder;
    if (*c.toml) folder.write("tori.toml", c.toml);
    Settings flags = c.flags;
    flags["data"] = folder.path().string();
    ConfigResult config = load_config(flags, c.environment);
    ASSERT_FALSE(config.ok());
    EXPECT_NE(config.error().find(c.expected), std::string::npos) << config.error();
  }
}

TEST(Config, EnvironmentVariablesMapToKeys) {
  std::string port = "TORI_PORT=9090";
  std::string limit = "TORI_LIMITS_BODY_BYTES=10";
  std::string other = "HOME=/root";
  std::string unknown = "TORI_NOTHING=1";
  char* environment[] = {port.data(), limit.data(), other.data(), unknown.data(), nullptr};
  Settings settings = settings_from_environment(environment);
  EXPECT_EQ(settings, (Settings{{"port", "9090"}, {"limits.body_bytes", "10"}}));
}

TEST(Config, EveryKeyHasAnEnvironmentName) {
  auto keys = config_keys();
  EXPECT_GE(keys.size(), 15u);
  EXPECT_NE(std::find(keys.begin(), keys.end(), "trusted_proxies"), keys.end());
  for (const char* key :
       {"retention.unverified_days", "retention.tokens_days", "retention.mail_days",
        "retention.audit_ip_days", "limits.registration_per_ip", "events.offer_hours",
        "events.reminder_hours", "events.remote_link_hours"}) {
    EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << key;
  }
}

}  // namespace
}  // namespace tori::app
