// SPDX-License-Identifier: AGPL-3.0-or-later
// Tori's configuration (DESIGN.md §9): flag > environment (TORI_ + upper-case key) >
// tori.toml in the data folder (or --config FILE) > default. Every key is listed once, in
// config.cpp, with its parser; an unknown key or a bad value is an error naming both.
//
//   auto config = load_config(flags, environment_from(environ));
//   if (!config) { std::cerr << config.error() << "\n"; return 2; }
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "tori/http/server.hpp"

namespace tori::app {

// The [smtp] table: where mail goes. No host: each message is written to DATA/mail as a file.
struct SmtpConfig {
  std::string host;
  unsigned short port = 587;  // 465 means TLS from the first byte (smtps)
  bool starttls = true;       // false only for a relay on this machine
  std::string username;       // empty: no AUTH
  std::string password;
  std::string from;  // the sender address; empty: "tori@" and the base URL's host
  // DKIM signing of every message when all three are set: d=, s= and an RSA key file (PEM).
  std::string dkim_domain;
  std::string dkim_selector;
  std::string dkim_key_file;
};

// Accounts: the [argon2] cost, the [session] times and the account rate limits in [limits].
struct AccountConfig {
  unsigned long long argon2_operations = 2;  // "argon2.operations"
  unsigned argon2_memory_kib = 64 * 1024;    // "argon2.memory_kib"
  unsigned session_idle_minutes = 120;       // "session.idle_minutes"
  unsigned session_max_days = 14;            // "session.max_days"
  unsigned login_per_ip = 20;                // "limits.login_per_ip": per 10 minutes
  unsigned login_per_account = 10;           // "limits.login_per_account": per 15 minutes
  unsigned signup_per_ip = 10;               // "limits.signup_per_ip": per hour
  unsigned reset_per_ip = 10;                // "limits.reset_per_ip": per hour
  unsigned mail_per_recipient = 5;           // "limits.mail_per_recipient": per hour
  unsigned registration_per_ip = 20;         // "limits.registration_per_ip": per hour
  unsigned newsletter_per_minute = 120;      // "limits.newsletter_per_minute": mails queued
  unsigned offer_hours = 24;  // "events.offer_hours": a freed seat held for the first in line
  // "events.reminder_hours": reminders this many hours before an event ("168, 24"; "" for none)
  std::vector<int> reminder_hours = {168, 24};
  unsigned remote_link_hours = 2;  // "events.remote_link_hours": the meeting link mailed before
};

// The [retention] table: how many days what is kept only for a while is kept (the daily purge
// of `tori serve` and `tori privacy purge`; the privacy notice states the defaults).
struct RetentionConfig {
  unsigned unverified_days = 7;  // "retention.unverified_days": sign-ups never verified
  unsigned tokens_days = 7;      // "retention.tokens_days": one-time links after use or expiry
  unsigned mail_days = 30;       // "retention.mail_days": outbox messages sent or given up
  unsigned audit_ip_days = 365;  // "retention.audit_ip_days": the IP hash of audit entries
  unsigned answers_days = 30;  // "retention.answers_days": registrations' answers, after the event
  unsigned registrations_days = 730;  // "retention.registrations_days": registrations, after it
};

struct Config {
  std::filesystem::path data = "var";  // the data folder (key "data")
  std::string base_url = "http://localhost:8080";
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;
  unsigned threads = 0;                      // 0: one per core
  std::string database;                      // empty: SQLite in the data folder
  std::vector<std::string> trusted_proxies;  // addresses or networks
  std::vector<std::string> metrics_allow;    // who may read /metrics besides loopback
  std::string log_level = "info";            // trace, debug, info, warn, error, off
  bool access_log = true;
  http::Limits limits;  // the [limits] table
  // The [cache] table: whole pages for anonymous GET/HEAD in memory, emptied on every write.
  bool page_cache = true;       // "cache.pages"
  unsigned page_cache_mb = 64;  // "cache.page_cache_mb": its bound in MiB
  SmtpConfig smtp;
  AccountConfig accounts;
  RetentionConfig retention;
  // Uploads on the practice form, in [limits]: the largest image and PDF attachment in MiB.
  unsigned image_mb = 10;   // "limits.image_mb"
  unsigned pdf_mb = 20;     // "limits.pdf_mb"
  unsigned audio_mb = 200;  // "limits.audio_mb": an episode's audio uploaded by an editor
};

// Settings given as text, by key ("port", "limits.body_bytes"), e.g. from flags.
using Settings = std::map<std::string, std::string>;

// A loaded configuration or the one-line reason why not.
class ConfigResult {
 public:
  ConfigResult(Config config) : value_(std::move(config)) {}
  ConfigResult(std::string error) : value_(std::move(error)) {}
  [[nodiscard]] bool ok() const { return std::holds_alternative<Config>(value_); }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] const Config& value() const { return std::get<Config>(value_); }
  [[nodiscard]] const Config& operator*() const { return value(); }
  [[nodiscard]] const Config* operator->() const { return &value(); }
  [[nodiscard]] const std::string& error() const { return std::get<std::string>(value_); }

 private:
  std::variant<Config, std::string> value_;
};

// Builds the configuration from flags, the environment and the file. `config_file` is the
// --config flag: empty means DATA/tori.toml if it exists; a named file must exist.
[[nodiscard]] ConfigResult load_config(const Settings& flags, const Settings& environment,
                                       const std::filesystem::path& config_file = {});

// The TORI_* variables of an environ-style array as settings ("TORI_LIMITS_BODY_BYTES" →
// "limits.body_bytes"); variables that name no key are ignored.
[[nodiscard]] Settings settings_from_environment(char** environment);

// Every key, for documentation and tests.
[[nodiscard]] std::vector<std::string> config_keys();

}  // namespace tori::app
