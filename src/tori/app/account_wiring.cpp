// SPDX-License-Identifier: AGPL-3.0-or-later
// The site key file, account settings from the configuration, and the mail worker.
#include "tori/app/account_wiring.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tori/mail/eml_transport.hpp"
#include "tori/mail/smtp_transport.hpp"

namespace tori::app {
namespace {

void write_key(const std::filesystem::path& file, const std::string& text) {
  const std::filesystem::path temporary = file.string() + ".new";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot write " + temporary.string());
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                       ::fsync(fd) == 0;
  ::close(fd);
  if (!written || ::rename(temporary.c_str(), file.c_str()) != 0) {
    throw std::runtime_error("cannot write " + file.string());
  }
}

// "tori@" and the host of the base URL ("https://tori.example.fi:8443" → "tori.example.fi").
std::string default_sender(const std::string& base_url) {
  std::string host = base_url.substr(base_url.find("://") + 3);
  host = host.substr(0, host.find_first_of(":/"));
  if (host.find('.') == std::string::npos) host = "localhost.localdomain";
  return "tori@" + host;
}

}  // namespace

auth::SecretKey load_or_create_secret_key(const std::filesystem::path& file) {
  if (!std::filesystem::exists(file)) {
    if (std::filesystem::is_symlink(file)) {  // a node's link to a shared key not there (yet)
      throw std::runtime_error(file.string() + " links to " +
                               std::filesystem::read_symlink(file).string() +
                               ", which does not exist; create the shared key first "
                               "(deploy/README.md), a node does not replace the link");
    }
    const auth::SecretKey key = auth::SecretKey::generate();
    write_key(file, key.hex() + "\n");
    return key;
  }
  std::ifstream in{file};
  std::stringstream text;
  text << in.rdbuf();
  if (!in) throw std::runtime_error("cannot read " + file.string());
  auto key = auth::SecretKey::from_hex(text.str());
  if (!key) throw std::runtime_error(file.string() + ": not a key (64 hexadecimal digits)");
  return *key;
}

web::AccountSettings account_settings(const Config& config, const auth::SecretKey& key) {
  const AccountConfig& accounts = config.accounts;
  web::AccountSettings settings;
  settings.secret_key = key;
  settings.password_cost = {accounts.argon2_operations,
                            std::size_t{accounts.argon2_memory_kib} * 1024};
  settings.session_policy.idle_timeout = std::chrono::minutes(accounts.session_idle_minutes);
  settings.session_policy.max_lifetime = std::chrono::hours(24 * accounts.session_max_days);
  settings.mail_from = {"Tekojen tori", config.smtp.from.empty() ? default_sender(config.base_url)
                                                                 : config.smtp.from};
  const auto count = [](unsigned n) { return static_cast<int>(n); };
  settings.limits.login_per_ip = {count(accounts.login_per_ip), std::chrono::minutes(10)};
  settings.limits.login_per_account = {count(accounts.login_per_account), std::chrono::minutes(15)};
  settings.limits.signup_per_ip = {count(accounts.signup_per_ip), std::chrono::hours(1)};
  settings.limits.reset_per_ip = {count(accounts.reset_per_ip), std::chrono::hours(1)};
  settings.limits.mail_per_recipient_per_hour = count(accounts.mail_per_recipient);
  settings.limits.registration_per_ip = {count(accounts.registration_per_ip),
                                         std::chrono::hours(1)};
  settings.offer_valid_for = std::chrono::hours(accounts.offer_hours);
  settings.remote_link_before = std::chrono::hours(accounts.remote_link_hours);
  settings.secure_cookies = config.base_url.starts_with("https://");
  return settings;
}

std::unique_ptr<mail::Transport> mail_transport(const Config& config) {
  if (config.smtp.host.empty()) return std::make_unique<mail::EmlTransport>(config.data / "mail");
  mail::SmtpSettings smtp;
  smtp.host = config.smtp.host;
  smtp.port = config.smtp.port;
  smtp.tls = config.smtp.port == 465 ? mail::SmtpSettings::Tls::kImplicit
             : config.smtp.starttls  ? mail::SmtpSettings::Tls::kStartTls
                                     : mail::SmtpSettings::Tls::kNone;
  smtp.username = config.smtp.username;
  smtp.password = config.smtp.password;
  smtp.from = config.smtp.from.empty() ? default_sender(config.base_url) : config.smtp.from;
  return std::make_unique<mail::SmtpTransport>(smtp);
}

std::optional<mail::DkimKey> dkim_key(const Config& config) {
  const SmtpConfig& smtp = config.smtp;
  if (smtp.dkim_domain.empty() || smtp.dkim_selector.empty() || smtp.dkim_key_file.empty()) {
    return std::nullopt;
  }
  std::ifstream in{smtp.dkim_key_file};
  std::stringstream pem;
  pem << in.rdbuf();
  if (!in) throw std::runtime_error("cannot read the DKIM key " + smtp.dkim_key_file);
  return mail::DkimKey{smtp.dkim_domain, smtp.dkim_selector, pem.str()};
}

Accounts::Accounts(const Config& config, store::Store& store)
    : settings_(account_settings(config, load_or_create_secret_key(config.data / "secret.key"))),
      transport_(mail_transport(config)) {
  mail::Transport* outgoing = transport_.get();
  if (auto key = dkim_key(config)) {
    dkim_signer_ = std::make_unique<mail::DkimSigner>(std::move(*key));
    dkim_transport_ = std::make_unique<mail::DkimTransport>(*dkim_signer_, *transport_);
    outgoing = dkim_transport_.get();
  }
  worker_ =
      std::make_unique<mail::DeliveryWorker>(store.outbox(), *outgoing, mail::DeliveryOptions{});
  settings_.rate_limiter = &limiter_;
  settings_.mail_queued = [worker = worker_.get()] { worker->wake(); };
}

Accounts::~Accounts() {
  worker_->stop();
}

void Accounts::start_mail() {
  worker_->start();
}

}  // namespace tori::app
