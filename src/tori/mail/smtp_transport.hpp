// SPDX-License-Identifier: AGPL-3.0-or-later
// Sending over SMTP with libcurl: STARTTLS or implicit TLS, optional login, bounded time.
//
//   SmtpTransport smtp({.host = "smtp.example.fi", .port = 587,
//                       .username = "tori", .password = secret,
//                       .from = "noreply@tori.example.fi"});
//   SendResult result = smtp.send(mail);  // 5xx → permanent; 4xx, network, timeout → temporary
#pragma once

#include <chrono>
#include <string>

#include "tori/mail/transport.hpp"

namespace tori::mail {

struct SmtpSettings {
  enum class Tls {
    kNone,      // plain SMTP: tests and a relay on localhost only
    kStartTls,  // smtp:// and STARTTLS required (port 587)
    kImplicit,  // smtps:// (port 465)
  };
  std::string host;
  unsigned short port = 587;
  Tls tls = Tls::kStartTls;
  std::string username;  // empty: no AUTH
  std::string password;
  std::string from;  // the envelope sender (MAIL FROM), e.g. "noreply@tori.example.fi"
  std::chrono::seconds timeout{30};  // the most a connection or a whole transaction may take
};

// One SMTP transaction per send (a new connection each time). Thread-safe: each send uses its
// own curl handle.
class SmtpTransport : public Transport {
 public:
  explicit SmtpTransport(SmtpSettings settings);
  // ok, or the failure: `error` holds curl's message and the server's last reply code
  // ("RCPT failed: 550 (SMTP 550)"); permanent exactly when that code is 5xx.
  [[nodiscard]] SendResult send(const store::QueuedMail& mail) override;

 private:
  SmtpSettings settings_;
};

}  // namespace tori::mail
