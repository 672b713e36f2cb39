// SPDX-License-Identifier: AGPL-3.0-or-later
// Test support: a real SMTP server (smtp_test_server.py, aiosmtpd) on 127.0.0.1 for one test,
// and what it received. Library tori_mail_testing, built only with the tests.
//
//   SmtpTestServer server;  // started and accepting connections, or it threw
//   SmtpTransport smtp({.host = "127.0.0.1", .port = server.port(), .tls =
//   SmtpSettings::Tls::kNone,
//                       .from = "noreply@tori.example.fi"});
//   ASSERT_TRUE(server.wait_for(1, std::chrono::seconds(5)));
//   EXPECT_EQ(server.messages()[0].recipients, std::vector<std::string>{"maija@example.fi"});
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "tori/testing/temp_dir.hpp"

namespace tori::mail {

// One message as the server took it.
struct ReceivedMail {
  std::string mail_from;                // the envelope sender
  std::vector<std::string> recipients;  // the accepted RCPT TO addresses
  std::string data;                     // the DATA bytes: CRLF line ends, dots unstuffed
};

// Recipients whose local part starts with "temp-fail" are refused with 451, "perm-fail" with 550.
class SmtpTestServer {
 public:
  // Starts /usr/bin/python3 smtp_test_server.py on a free port and waits (at most 15 s) until it
  // accepts connections; throws std::runtime_error naming the reason when it does not.
  SmtpTestServer();
  SmtpTestServer(const SmtpTestServer&) = delete;
  SmtpTestServer& operator=(const SmtpTestServer&) = delete;
  // SIGTERM, then waits for the process (SIGKILL after 5 s).
  ~SmtpTestServer();

  [[nodiscard]] unsigned short port() const { return port_; }
  // Every message received so far, in arrival order.
  [[nodiscard]] std::vector<ReceivedMail> messages() const;
  // Whether at least `count` messages arrived within `timeout`.
  [[nodiscard]] bool wait_for(std::size_t count, std::chrono::milliseconds timeout) const;

 private:
  void stop_process();

  testing::TempDir folder_;
  pid_t pid_ = -1;
  unsigned short port_ = 0;
};

}  // namespace tori::mail
