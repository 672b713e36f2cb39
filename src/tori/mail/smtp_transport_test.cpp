// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of SmtpTransport against a real SMTP server on loopback (SmtpTestServer, aiosmtpd).
#include "tori/mail/smtp_transport.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tori/mail/message.hpp"
#include "tori/mail/smtp_test_server.hpp"

namespace tori::mail {
namespace {

using namespace std::chrono_literals;

SmtpSettings plain_settings(unsigned short port) {
  SmtpSettings settings;
  settings.host = "127.0.0.1";
  settings.port = port;
  settings.tls = SmtpSettings::Tls::kNone;
  settings.from = "noreply@tori.example.fi";
  settings.timeout = 5s;
  return settings;
}

std::string sample_message() {
  MailContent content;
  content.from = {"Tori", "noreply@tori.example.fi"};
  content.to = {"Maija Meikäläinen", "maija@example.fi"};
  content.subject = "Vahvista sähköpostiosoitteesi";
  // Lines starting with a dot are dot-stuffed on the wire and must arrive unchanged.
  content.text = "Hei!\n.\n..piste\n.alku\nÄäkköset ja = merkki.\n";
  content.html = "<p>Hei!</p>\n.\n";
  return build_message(content, std::chrono::system_clock::now());
}

store::QueuedMail queued(std::string recipient, std::string message) {
  return {.id = 1, .recipient = std::move(recipient), .message = std::move(message), .attempts = 0};
}

// A loopback socket bound to a free port; listening or not.
class LoopbackSocket {
 public:
  explicit LoopbackSocket(bool listening) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    EXPECT_EQ(::bind(fd_, reinterpret_cast<sockaddr*>(&address), size), 0);
    EXPECT_EQ(::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size), 0);
    port_ = ntohs(address.sin_port);
    if (listening) {
      EXPECT_EQ(::listen(fd_, 4), 0);
    }
  }
  ~LoopbackSocket() { ::close(fd_); }
  [[nodiscard]] unsigned short port() const { return port_; }

 private:
  int fd_;
  unsigned short port_ = 0;
};

TEST(SmtpTransport, MessageArrivesByteForByte) {
  SmtpTestServer server;
  SmtpTransport smtp(plain_settings(server.port()));
  const std::string message = sample_message();
  const SendResult result = smtp.send(queued("maija@example.fi", message));
  ASSERT_TRUE(result.ok) << result.error;
  ASSERT_TRUE(server.wait_for(1, 5s));
  const std::vector<ReceivedMail> received = server.messages();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].mail_from, "noreply@tori.example.fi");
  EXPECT_EQ(received[0].recipients, std::vector<std::string>{"maija@example.fi"});
  EXPECT_EQ(received[0].data, message);
}

TEST(SmtpTransport, RepliesDecideTemporaryOrPermanent) {
  SmtpTestServer server;
  SmtpTransport smtp(plain_settings(server.port()));
  struct Case {
    const char* recipient;
    bool permanent;
    const char* code;
  };
  const Case cases[] = {
      {"temp-fail@example.fi", false, "SMTP 451"},
      {"perm-fail@example.fi", true, "SMTP 550"},
  };
  for (const Case& c : cases) {
    const SendResult result = smtp.send(queued(c.recipient, sample_message()));
    EXPECT_FALSE(result.ok) << c.recipient;
    EXPECT_EQ(result.permanent, c.permanent) << c.recipient;
    EXPECT_NE(result.error.find(c.code), std::string::npos) << result.error;
  }
  EXPECT_TRUE(server.messages().empty());
}

TEST(SmtpTransport, ClosedPortIsAQuickTemporaryFailure) {
  LoopbackSocket closed(false);  // bound, not listening: connections are refused
  SmtpTransport smtp(plain_settings(closed.port()));
  const auto start = std::chrono::steady_clock::now();
  const SendResult result = smtp.send(queued("maija@example.fi", sample_message()));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(result.permanent);
  EXPECT_FALSE(result.error.empty());
}

TEST(SmtpTransport, SilentServerTimesOutAsTemporaryFailure) {
  LoopbackSocket silent(true);  // accepts (in the kernel) and never greets
  SmtpSettings settings = plain_settings(silent.port());
  settings.timeout = 1s;
  SmtpTransport smtp(settings);
  const auto start = std::chrono::steady_clock::now();
  const SendResult result = smtp.send(queued("maija@example.fi", sample_message()));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 4s);
  EXPECT_FALSE(result.ok);
  EXPECT_FALSE(result.permanent);
  EXPECT_NE(result.error.find("curl 28"), std::string::npos) << result.error;  // timeout
}

TEST(SmtpTransport, LineBreakInRecipientIsRefusedBeforeConnecting) {
  LoopbackSocket closed(false);
  SmtpTransport smtp(plain_settings(closed.port()));
  const SendResult result = smtp.send(queued("a@example.fi>\r\nRCPT TO:<b@example.fi", "x\r\n"));
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(result.permanent);
}

}  // namespace
}  // namespace tori::mail
