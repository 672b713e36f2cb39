// SPDX-License-Identifier: AGPL-3.0-or-later
// The configuration keys, their parsers, and the layering of flags, environment and tori.toml.
#include "tori/app/config.hpp"

#include "tori/store/postgres/pg_store.hpp"

#include <arpa/inet.h>
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <optional>

namespace tori::app {
namespace {

using Error = std::optional<std::string>;  // nothing: the value was taken
using Setter = std::function<Error(Config&, const std::string&)>;

template <typename Number>
std::optional<Number> parse_number(const std::string& text) {
  Number value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return {};
  return value;
}

template <typename Number>
Setter number(Number Config::*field, Number low, Number high) {
  return [=](Config& config, const std::string& text) -> Error {
    auto value = parse_number<Number>(text);
    if (!value || *value < low || *value > high) {
      return "must be a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    }
    config.*field = *value;
    return {};
  };
}

Setter limit_bytes(std::size_t http::Limits::*field) {
  return [=](Config& config, const std::string& text) -> Error {
    auto value = parse_number<std::size_t>(text);
    if (!value || *value < 1 || *value > (std::size_t{1} << 34)) {
      return "must be a whole number of bytes from 1 to 17179869184";
    }
    config.limits.*field = *value;
    return {};
  };
}

Setter limit_seconds(std::chrono::milliseconds http::Limits::*field) {
  return [=](Config& config, const std::string& text) -> Error {
    auto value = parse_number<double>(text);
    if (!value || *value <= 0 || *value > 86400)
      return "must be seconds, above 0 and at most 86400";
    config.limits.*field = std::chrono::milliseconds(static_cast<long long>(*value * 1000));
    return {};
  };
}

Setter text(std::string Config::*field, std::function<bool(const std::string&)> valid,
            const char* requirement) {
  return [=](Config& config, const std::string& value) -> Error {
    if (!valid(value)) return std::string(requirement);
    config.*field = value;
    return {};
  };
}

Setter boolean(bool Config::*field) {
  return [=](Config& config, const std::string& value) -> Error {
    if (value != "true" && value != "false") return "must be true or false";
    config.*field = value == "true";
    return {};
  };
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string item = text.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    start = comma + 1;
  }
  return items;
}

Setter list(std::vector<std::string> Config::*field) {
  return [=](Config& config, const std::string& value) -> Error {
    config.*field = split_list(value);
    return {};
  };
}

bool is_base_url(const std::string& url) {
  bool scheme = url.starts_with("http://") || url.starts_with("https://");
  return scheme && url.size() > 8 && !url.ends_with("/") &&
         url.find_first_of(" \t\r\n\"'<>") == std::string::npos;
}

// Empty (SQLite in the data folder) or a PostgreSQL address.
bool database_location(const std::string& value) {
  return value.empty() || store::is_postgres_uri(value);
}

bool is_ip_address(const std::string& text) {
  unsigned char buffer[16];
  return inet_pton(AF_INET, text.c_str(), buffer) == 1 ||
         inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

// A setter for a field reached through `field` (nested tables), a whole number in [low, high].
template <typename Number>
Setter number_at(std::function<Number&(Config&)> field, Number low, Number high) {
  return [=](Config& config, const std::string& text) -> Error {
    auto value = parse_number<Number>(text);
    if (!value || *value < low || *value > high) {
      return "must be a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    }
    field(config) = *value;
    return {};
  };
}

Setter text_at(std::function<std::string&(Config&)> field) {
  return [=](Config& config, const std::string& text) -> Error {
    if (text.find_first_of("\r\n") != std::string::npos) return "must be one line";
    field(config) = text;
    return {};
  };
}

// A comma-separated list of at most five whole numbers of hours from 1 to 2160 (90 days).
Setter hours_list_at(std::function<std::vector<int>&(Config&)> field) {
  return [=](Config& config, const std::string& text) -> Error {
    std::vector<int> hours;
    for (const std::string& item : split_list(text)) {
      auto value = parse_number<int>(item);
      if (!value || *value < 1 || *value > 2160) return "must list whole hours from 1 to 2160";
      hours.push_back(*value);
    }
    if (hours.size() > 5) return "must list at most 5 times";
    field(config) = hours;
    return {};
  };
}

struct Key {
  const char* name;
  Setter set;
};

// Every key of tori.toml, in the order of DESIGN.md §9; nested tables as "table.key".
const std::vector<Key>& keys() {
  static const std::vector<Key> kKeys = {
      {"data",
       [](Config& c, const std::string& v) -> Error {
         if (v.empty()) return "must not be empty";
         c.data = v;
         return {};
       }},
      {"base_url", text(&Config::base_url, is_base_url,
                        "must be an absolute http(s) URL without a trailing slash")},
      {"bind", text(&Config::bind, is_ip_address, "must be an IPv4 or IPv6 address")},
      {"port", number<unsigned short>(&Config::port, 0, 65535)},
      {"threads", number<unsigned>(&Config::threads, 0, 256)},
      {"database", text(&Config::database, database_location,
                        "must be empty (SQLite in the data folder) or a postgresql:// address")},
      {"trusted_proxies", list(&Config::trusted_proxies)},
      {"metrics_allow", list(&Config::metrics_allow)},
      {"log_level",
       text(
           &Config::log_level,
           [](const std::string& v) {
             for (const char* level : {"trace", "debug", "info", "warn", "error", "off"}) {
               if (v == level) return true;
             }
             return false;
           },
           "must be one of trace, debug, info, warn, error, off")},
      {"access_log", boolean(&Config::access_log)},
      {"limits.header_bytes", limit_bytes(&http::Limits::header_bytes)},
      {"limits.body_bytes", limit_bytes(&http::Limits::body_bytes)},
      {"limits.header_timeout", limit_seconds(&http::Limits::header_timeout)},
      {"limits.idle_timeout", limit_seconds(&http::Limits::idle_timeout)},
      {"limits.body_grace", limit_seconds(&http::Limits::body_grace)},
      {"limits.min_body_rate", limit_bytes(&http::Limits::min_body_bytes_per_second)},
      {"limits.write_timeout", limit_seconds(&http::Limits::write_timeout)},
      {"limits.shutdown_timeout", limit_seconds(&http::Limits::shutdown_timeout)},
      {"cache.pages", boolean(&Config::page_cache)},
      {"cache.page_cache_mb", number<unsigned>(&Config::page_cache_mb, 1, 65536)},
      {"smtp.host", text_at([](Config& c) -> std::string& { return c.smtp.host; })},
      {"smtp.port", number_at<unsigned short>(
                        [](Config& c) -> unsigned short& { return c.smtp.port; }, 1, 65535)},
      {"smtp.starttls",
       [](Config& c, const std::string& v) -> Error {
         if (v != "true" && v != "false") return "must be true or false";
         c.smtp.starttls = v == "true";
         return {};
       }},
      {"smtp.username", text_at([](Config& c) -> std::string& { return c.smtp.username; })},
      {"smtp.password", text_at([](Config& c) -> std::string& { return c.smtp.password; })},
      {"smtp.from", text_at([](Config& c) -> std::string& { return c.smtp.from; })},
      {"smtp.dkim_domain", text_at([](Config& c) -> std::string& { return c.smtp.dkim_domain; })},
      {"smtp.dkim_selector",
       text_at([](Config& c) -> std::string& { return c.smtp.dkim_selector; })},
      {"smtp.dkim_key_file",
       text_at([](Config& c) -> std::string& { return c.smtp.dkim_key_file; })},
      {"argon2.operations",
       number_at<unsigned long long>(
           [](Config& c) -> unsigned long long& { return c.accounts.argon2_operations; }, 1, 10)},
      {"argon2.memory_kib",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.argon2_memory_kib; }, 8,
                           4 * 1024 * 1024)},
      {"session.idle_minutes",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.session_idle_minutes; },
                           1, 7 * 24 * 60)},
      {"session.max_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.session_max_days; }, 1,
                           365)},
      {"limits.login_per_ip",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.login_per_ip; }, 1,
                           1000000)},
      {"limits.login_per_account",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.login_per_account; }, 1,
                           1000000)},
      {"limits.signup_per_ip",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.signup_per_ip; }, 1,
                           1000000)},
      {"limits.reset_per_ip",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.reset_per_ip; }, 1,
                           1000000)},
      {"limits.mail_per_recipient",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.mail_per_recipient; }, 1,
                           1000000)},
      {"limits.newsletter_per_minute",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.newsletter_per_minute; },
                           1, 1000000)},
      {"limits.registration_per_ip",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.registration_per_ip; }, 1,
                           1000000)},
      {"events.offer_hours",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.offer_hours; }, 1,
                           24 * 30)},
      {"events.reminder_hours",
       hours_list_at([](Config& c) -> std::vector<int>& { return c.accounts.reminder_hours; })},
      {"events.remote_link_hours",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.accounts.remote_link_hours; }, 1,
                           24 * 7)},
      {"limits.image_mb",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.image_mb; }, 1, 200)},
      {"limits.pdf_mb",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.pdf_mb; }, 1, 500)},
      {"limits.audio_mb",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.audio_mb; }, 1, 2000)},
      {"retention.unverified_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.retention.unverified_days; }, 1,
                           3650)},
      {"retention.tokens_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.retention.tokens_days; }, 1,
                           3650)},
      {"retention.mail_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.retention.mail_days; }, 1, 3650)},
      {"retention.answers_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.retention.answers_days; }, 1,
                           3650)},
      {"retention.registrations_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.retention.registrations_days; }, 1,
                           3650)},
      {"retention.audit_ip_days",
       number_at<unsigned>([](Config& c) -> unsigned& { return c.retention.audit_ip_days; }, 1,
                           3650)},
  };
  return kKeys;
}

const Key* find_key(const std::string& name) {
  for (const Key& key : keys()) {
    if (name == key.name) return &key;
  }
  return nullptr;
}

std::string environment_name(const std::string& key) {
  std::string name = "TORI_";
  for (char c : key)
    name += c == '.' ? '_' : static_cast<char>(std::toupper(c));
  return name;
}

}  // namespace

namespace {

// Flattens a TOML table into "table.key" → text; an unsupported value type is an error.
Error flatten_toml(const toml::table& table, const std::string& prefix, Settings& out) {
  for (const auto& [name, node] : table) {
    std::string key = prefix + std::string(name.str());
    if (const auto* nested = node.as_table()) {
      if (auto error = flatten_toml(*nested, key + ".", out)) return error;
    } else if (const auto* array = node.as_array()) {
      std::string joined;
      for (const auto& item : *array) {
        auto value = item.is_integer() ? std::optional{std::to_string(*item.value<long long>())}
                                       : item.value<std::string>();
        if (!value) return key + ": must be a list of strings or whole numbers";
        joined += (joined.empty() ? "" : ",") + *value;
      }
      out[key] = joined;
    } else if (auto string = node.value_exact<std::string>()) {
      out[key] = *string;
    } else if (auto boolean = node.value_exact<bool>()) {
      out[key] = *boolean ? "true" : "false";
    } else if (auto integer = node.value_exact<int64_t>()) {
      out[key] = std::to_string(*integer);
    } else if (auto real = node.value_exact<double>()) {
      out[key] = std::to_string(*real);
    } else {
      return key + ": unsupported value type";
    }
  }
  return {};
}

Error read_toml(const std::filesystem::path& file, Settings& out) {
  try {
    toml::table table = toml::parse_file(file.string());
    if (auto error = flatten_toml(table, "", out)) return file.string() + ": " + *error;
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    return file.string() + ":" + std::to_string(where.line) + ": " +
           std::string(error.description());
  }
  return {};
}

// Applies settings from one source; `label` turns a key into how the user wrote it.
Error apply(Config& config, const Settings& settings,
            const std::function<std::string(const std::string&)>& label) {
  for (const auto& [name, value] : settings) {
    const Key* key = find_key(name);
    if (!key) return label(name) + ": unknown setting";
    if (auto error = key->set(config, value)) return label(name) + ": " + *error;
  }
  return {};
}

std::filesystem::path data_folder(const Settings& flags, const Settings& environment,
                                  const Settings& file) {
  for (const Settings* source : {&flags, &environment, &file}) {
    if (auto found = source->find("data"); found != source->end()) return found->second;
  }
  return Config{}.data;
}

}  // namespace

ConfigResult load_config(const Settings& flags, const Settings& environment,
                         const std::filesystem::path& config_file) {
  Settings file_settings;
  std::filesystem::path file = config_file;
  if (file.empty()) {
    file = data_folder(flags, environment, {}) / "tori.toml";
    std::error_code ignored;
    if (!std::filesystem::exists(file, ignored)) file.clear();
  } else if (!std::filesystem::is_regular_file(file)) {
    return std::string("--config: no such file: ") + file.string();
  }
  if (!file.empty()) {
    if (auto error = read_toml(file, file_settings)) return *error;
  }
  Config config;
  std::string file_name = file.string();
  if (auto error = apply(config, file_settings,
                         [&](const std::string& key) { return file_name + ": " + key; })) {
    return *error;
  }
  if (auto error = apply(config, environment, environment_name)) return *error;
  if (auto error = apply(config, flags, [](const std::string& key) { return "--" + key; })) {
    return *error;
  }
  config.data = data_folder(flags, environment, file_settings);
  return config;
}

Settings settings_from_environment(char** environment) {
  Settings settings;
  for (char** entry = environment; entry && *entry; ++entry) {
    std::string_view variable = *entry;
    std::size_t equals = variable.find('=');
    if (equals == std::string_view::npos || !variable.starts_with("TORI_")) continue;
    std::string_view name = variable.substr(0, equals);
    for (const Key& key : keys()) {
      if (environment_name(key.name) == name) {
        settings[key.name] = std::string(variable.substr(equals + 1));
      }
    }
  }
  return settings;
}

std::vector<std::string> config_keys() {
  std::vector<std::string> names;
  for (const Key& key : keys())
    names.emplace_back(key.name);
  return names;
}

}  // namespace tori::app
