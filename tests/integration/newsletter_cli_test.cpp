// SPDX-License-Identifier: AGPL-3.0-or-later
// The newsletter through the real server and the command line: two people subscribe (one with a
// name a spreadsheet would run as a formula), one confirms from the mailed link and unsubscribes
// with the welcome mail's one-click URL (no cookie, no CSRF token); `tori export subscribers`
// lists both with their states; `tori privacy export` shows a subscription and `erase` deletes it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

bool has_text(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::optional<HttpResponse> newsletter_exchange(unsigned short port, const std::string& request) {
  RawClient client(port);
  if (!client.send(request)) return std::nullopt;
  return client.read_response(std::chrono::seconds(30));
}

std::optional<HttpResponse> newsletter_post(unsigned short port, const std::string& path,
                                            const std::string& cookie, const std::string& body) {
  return newsletter_exchange(
      port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" +
                (cookie.empty() ? "" : "Cookie: " + cookie + "\r\n") +
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

// A page's form cookie and CSRF token.
std::pair<std::string, std::string> newsletter_form_of(unsigned short port,
                                                       const std::string& path) {
  const auto page = newsletter_exchange(
      port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  if (!page || page->status != 200) return {};
  std::string cookie;
  for (const std::string& set : page->set_cookies) {
    if (set.starts_with("tori_form=")) cookie = set.substr(0, set.find(';'));
  }
  const std::string needle = "name=\"csrf\" value=\"";
  const auto at = page->body.find(needle);
  if (at == std::string::npos) return {};
  const auto start = at + needle.size();
  return {cookie, page->body.substr(start, page->body.find('"', start) - start)};
}

// The .eml files mailed to `recipient`, soft line breaks undone, once there are `count`.
std::vector<std::string> newsletter_mail(const std::filesystem::path& folder,
                                         const std::string& recipient, std::size_t count) {
  std::vector<std::string> found;
  for (int wait = 0; wait < 300 && found.size() < count; ++wait) {
    found.clear();
    if (std::filesystem::exists(folder)) {
      for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::string text(std::istreambuf_iterator<char>(in), {});
        for (auto at = text.find("=\r\n"); at != std::string::npos; at = text.find("=\r\n"))
          text.erase(at, 3);
        if (has_text(text, "<" + recipient + ">")) found.push_back(text);
      }
    }
    if (found.size() < count) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return found;
}

// The path of the first link "https://…<prefix>TOKEN" in `text`.
std::string newsletter_link(const std::string& text, const std::string& prefix) {
  const auto at = text.find(prefix);
  if (at == std::string::npos) return "";
  auto end = at + prefix.size();
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               text[end] == '-' || text[end] == '_'))
    ++end;
  return text.substr(at, end - at);
}

TEST(NewsletterCli, SubscribeConfirmUnsubscribeExportAndErase) {
  TempDir folder;
  const std::filesystem::path data = folder / "data";
  std::filesystem::create_directories(data);
  ServerProcess server({.data = data});
  const unsigned short port = server.port();
  for (const std::string who : {"maija", "pekka"}) {
    const auto [cookie, csrf] = newsletter_form_of(port, "/uutiskirje");
    ASSERT_FALSE(csrf.empty()) << server.log();
    const std::string name = who == "maija" ? "Maija" : "%3DHYPERLINK(1)";
    const auto sent =
        newsletter_post(port, "/uutiskirje", cookie,
                        "csrf=" + csrf + "&email=" + who + "%40kunta.fi&name=" + name +
                            "&organisation=&language=fi&topics=news&topics=events&website=");
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->status, 303) << sent->body;
  }
  const auto confirmation = newsletter_mail(data / "mail", "maija@kunta.fi", 1);
  ASSERT_EQ(confirmation.size(), 1U) << server.log();
  const std::string confirm = newsletter_link(confirmation[0], "/uutiskirje/vahvista/");
  ASSERT_FALSE(confirm.empty());
  const auto [cookie, csrf] = newsletter_form_of(port, confirm);
  ASSERT_FALSE(csrf.empty());
  const auto confirmed = newsletter_post(port, confirm, cookie, "csrf=" + csrf);
  ASSERT_TRUE(confirmed);
  EXPECT_EQ(confirmed->status, 200);

  const auto both = newsletter_mail(data / "mail", "maija@kunta.fi", 2);
  ASSERT_EQ(both.size(), 2U);
  const std::string& welcome =
      has_text(both[0], "List-Unsubscribe-Post: List-Unsubscribe=One-Click") ? both[0] : both[1];
  EXPECT_TRUE(has_text(welcome, "List-Unsubscribe-Post: List-Unsubscribe=One-Click")) << welcome;
  const std::string one_click = newsletter_link(welcome, "/uutiskirje/peru/");
  ASSERT_FALSE(one_click.empty()) << welcome;
  EXPECT_TRUE(has_text(welcome, "<http://") || has_text(welcome, "<https://")) << "absolute";
  const auto left = newsletter_post(port, one_click, "", "List-Unsubscribe=One-Click");
  ASSERT_TRUE(left);
  EXPECT_EQ(left->status, 200) << left->body;

  const CommandResult exported = run_tori({"export", "subscribers", "--data", data.string()});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_TRUE(
      exported.out.starts_with("email,state,language,consented_at,name,organisation,"
                               "topics,created_at,confirmed_at,unsubscribed_at\r\n"))
      << exported.out;
  EXPECT_TRUE(has_text(exported.out, "\r\nmaija@kunta.fi,unsubscribed,fi,")) << exported.out;
  EXPECT_TRUE(has_text(exported.out, "\r\npekka@kunta.fi,pending,fi,")) << exported.out;
  EXPECT_TRUE(has_text(exported.out, ",'=HYPERLINK(1),,news;events,")) << exported.out;

  const CommandResult shown =
      run_tori({"privacy", "export", "--email", "Pekka@Kunta.fi", "--data", data.string()});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_TRUE(has_text(shown.out, R"("newsletter":{"email":"pekka@kunta.fi")")) << shown.out;
  EXPECT_TRUE(has_text(shown.out, R"("state":"pending")")) << shown.out;
  const CommandResult erased =
      run_tori({"privacy", "erase", "--email", "pekka@kunta.fi", "--yes", "--data", data.string()});
  ASSERT_EQ(erased.exit_code, 0) << erased.err;
  EXPECT_TRUE(has_text(erased.out, "newsletter subscription deleted")) << erased.out;
  const CommandResult after = run_tori({"export", "subscribers", "--data", data.string()});
  EXPECT_FALSE(has_text(after.out, "pekka@kunta.fi")) << after.out;
  EXPECT_TRUE(has_text(after.out, "maija@kunta.fi")) << after.out;
}

}  // namespace
}  // namespace tori::testing
