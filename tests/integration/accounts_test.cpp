// SPDX-License-Identifier: AGPL-3.0-or-later
// The real `tori` program with accounts: `tori user add` and its set-password link, and the
// sign-up mail delivered over a real SMTP conversation (aiosmtpd) or written as a .eml file.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <thread>

#include "raw_client.hpp"
#include "server_process.hpp"
#include "tori/mail/smtp_test_server.hpp"

namespace tori::testing {
namespace {

using namespace std::chrono_literals;

const std::string kFastHashes = "[argon2]\noperations = 1\nmemory_kib = 8\n";

// Cookie header value from a response's Set-Cookie (one cookie: the form cookie).
std::string cookie_of(const HttpResponse& response) {
  const std::string set = response.header("set-cookie");
  return set.substr(0, set.find(';'));
}

std::string csrf_of(const std::string& html) {
  std::smatch match;
  std::regex_search(html, match, std::regex("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\""));
  return match.size() > 1 ? match[1].str() : "";
}

std::optional<HttpResponse> post_form(unsigned short port, std::string_view path,
                                      const std::string& cookie, const std::string& body) {
  const std::string headers = "Cookie: " + cookie +
                              "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                              "Content-Length: " +
                              std::to_string(body.size()) + "\r\n\r\n" + body;
  RawClient client(port);
  client.send("POST " + std::string(path) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" +
              headers);
  return client.read_response();
}

// Signs up maija@example.fi through the real server; returns the POST's response.
std::optional<HttpResponse> sign_up(unsigned short port) {
  auto form = try_get(port, "/rekisteroidy");
  if (!form || form->status != 200) return std::nullopt;
  return post_form(port, "/rekisteroidy", cookie_of(*form),
                   "csrf=" + csrf_of(form->body) +
                       "&email=maija%40example.fi&name=Maija&password=pitka+salasana+1"
                       "&password_again=pitka+salasana+1");
}

TEST(Accounts, UserAddPrintsAOneTimeSetPasswordLink) {
  TempDir data;
  const auto added = run_tori({"user", "add", "--email", "admin@example.fi", "--role", "admin",
                               "--data", data.path().string()});
  EXPECT_EQ(added.exit_code, 0) << added.err;
  std::smatch link;
  ASSERT_TRUE(std::regex_search(added.out, link, std::regex("/salasana/([A-Za-z0-9_-]{43})")))
      << added.out;
  ServerProcess server({.data = data.path(), .toml = kFastHashes});
  const auto page = try_get(server.port(), link[0].str());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  const auto bad = run_tori({"user", "add", "--email", "admin@example.fi", "--role", "boss",
                             "--data", data.path().string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("boss"), std::string::npos);
}

TEST(Accounts, SignUpMailGoesOverSmtp) {
  mail::SmtpTestServer smtp;
  ServerProcess server(
      {.toml = kFastHashes + "[smtp]\nhost = \"127.0.0.1\"\nport = " + std::to_string(smtp.port()) +
               "\nstarttls = false\nfrom = \"tori@example.fi\"\n"});
  const auto response = sign_up(server.port());
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 303);
  ASSERT_TRUE(smtp.wait_for(1, 20s)) << server.log();
  const mail::ReceivedMail received = smtp.messages()[0];
  EXPECT_EQ(received.mail_from, "tori@example.fi");
  EXPECT_EQ(received.recipients, std::vector<std::string>{"maija@example.fi"});
  EXPECT_TRUE(std::regex_search(received.data, std::regex("Subject:[^\r\n]*=\\?(UTF|utf)-8\\?")))
      << received.data;  // encoded Finnish
  EXPECT_NE(received.data.find("multipart/alternative"), std::string::npos);
  EXPECT_NE(received.data.find("/vahvista/"), std::string::npos);
}

TEST(Accounts, WithoutSmtpMailIsWrittenAsEmlFiles) {
  ServerProcess server({.toml = kFastHashes});
  const auto response = sign_up(server.port());
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 303);
  const std::filesystem::path folder = server.data() / "mail";
  std::vector<std::filesystem::path> files;
  for (int wait = 0; wait < 100 && files.empty(); ++wait) {
    std::this_thread::sleep_for(100ms);
    if (!std::filesystem::exists(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() == ".eml") files.push_back(entry.path());
    }
  }
  ASSERT_EQ(files.size(), 1U) << server.log();
  EXPECT_NE(server.log().find("mail"), std::string::npos);
}

}  // namespace
}  // namespace tori::testing
