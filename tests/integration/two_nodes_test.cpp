// SPDX-License-Identifier: AGPL-3.0-or-later
// Two `tori serve` nodes on one PostgreSQL behind nginx, as deploy/ sets them up: an editor
// publishes through one node and a visitor finds it through the other (page, API, search);
// the session works on both; both delivery workers send each mail exactly once; the database
// stopped and started, both recover without a restart; one node killed, nginx keeps answering.
#include <liboath/oath.h>
#include <signal.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <memory>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "nginx_process.hpp"
#include "server_process.hpp"
#include "tori/mail/smtp_test_server.hpp"
#include "tori/store/postgres/pg_test_server.hpp"
#include "tori/text/escape.hpp"
#include "web_client.hpp"

namespace tori::testing {
namespace {

using namespace std::chrono_literals;
using store::postgres::PgTestServer;

constexpr std::size_t kSignUps = 20;
const std::string kEditorEmail = "eeva.editori@example.fi";
const std::string kEditorPassword = "toimittajan salasana 678";

// The first draft among the demo practices: not public until an editor publishes it.
struct Draft {
  std::string slug, title;
};

Draft first_demo_draft() {
  std::ifstream in(std::string(TORI_SOURCE_DIR) + "/data/demo/practices.jsonl");
  const std::regex slug("\"slug\": \"([^\"]+)\""), title("\"title\": \"([^\"]+)\"");
  for (std::string line; std::getline(in, line);) {
    std::smatch slug_match, title_match;
    if (line.find("\"state\": \"draft\"") != std::string::npos &&
        std::regex_search(line, slug_match, slug) && std::regex_search(line, title_match, title)) {
      return {slug_match[1].str(), title_match[1].str()};
    }
  }
  return {};
}

// The current code of a base32 TOTP secret (RFC 6238 defaults, as authenticator apps).
std::string totp_now(const std::string& secret) {
  EXPECT_EQ(oath_init(), OATH_OK);
  char* key = nullptr;
  size_t key_length = 0;
  EXPECT_EQ(oath_base32_decode(secret.c_str(), secret.size(), &key, &key_length), OATH_OK);
  char code[7] = {};
  EXPECT_EQ(oath_totp_generate(key, key_length, std::time(nullptr), 30, 0, 6, code), OATH_OK);
  free(key);
  return code;
}

int status_of(const std::optional<HttpResponse>& response) {
  return response ? response->status : 0;
}

// Polls `check` every 100 ms until it holds or `limit` passes.
template <typename Check>
bool eventually(Check check, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!check()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(100ms);
  }
  return true;
}

// Deploy's layout: one shared folder (secret key, synonyms, uploads) loaded with the demo, each
// node its own data folder with links to it and the same tori.toml; nginx in front.
class TwoNodes : public ::testing::Test {
 protected:
  void SetUp() override {
    TORI_SKIP_WITHOUT_POSTGRES();
    TORI_SKIP_WITHOUT_NGINX();
    database_ = std::make_unique<PgTestServer>();
    uri_ = database_->create_database("tori");
    const auto demo = run_tori({"demo", "--data", shared_.path().string(), "--database", uri_});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    ASSERT_NO_FATAL_FAILURE(make_shared_files());
    const std::string toml =
        "trusted_proxies = [\"127.0.0.1\"]\n[argon2]\noperations = 1\n"
        "memory_kib = 8\n[limits]\nsignup_per_ip = 100\n[smtp]\nhost = "
        "\"127.0.0.1\"\nport = " +
        std::to_string(smtp_.port()) + "\nstarttls = false\nfrom = \"tori@example.fi\"\n";
    for (auto* node : {&node_a_, &node_b_})
      *node = start_node(toml);
    nginx_ = std::make_unique<NginxProcess>(
        std::vector<unsigned short>{node_a_->port(), node_b_->port()});
  }

  // What the operator makes before the first node starts (deploy/README.md).
  void make_shared_files() {
    std::random_device random;
    std::ostringstream key;
    for (int i = 0; i < 8; ++i)
      key << std::hex << std::setw(8) << std::setfill('0') << random();
    std::ofstream(shared_.path() / "secret.key") << key.str() << "\n";
    std::filesystem::copy_file(std::string(TORI_SOURCE_DIR) + "/data/search/synonyms.txt",
                               shared_.path() / "synonyms.txt");
    std::filesystem::create_directories(shared_.path() / "uploads");
  }

  std::unique_ptr<ServerProcess> start_node(const std::string& toml) {
    const std::filesystem::path data = folders_.path() / std::to_string(++nodes_);
    std::filesystem::create_directories(data);
    for (const char* shared : {"secret.key", "synonyms.txt", "uploads"}) {
      std::filesystem::create_symlink(shared_.path() / shared, data / shared);
    }
    return std::make_unique<ServerProcess>(
        ServerProcess::Options{.data = data, .extra_args = {"--database", uri_}, .toml = toml});
  }

  // `tori user add` for an editor, the password set and two-factor sign-in enabled, all
  // through node A; the client then holds a signed-in editor session.
  void sign_in_editor(WebClient& editor) {
    const auto added = run_tori({"user", "add", "--email", kEditorEmail, "--role", "editor",
                                 "--data", shared_.path().string(), "--database", uri_});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    std::smatch link;
    ASSERT_TRUE(std::regex_search(added.out, link, std::regex("/salasana/[A-Za-z0-9_-]+")));
    const unsigned short a = node_a_->port();
    ASSERT_EQ(status_of(editor.get(a, link[0].str())), 200);
    ASSERT_EQ(status_of(editor.post(
                  a, link[0].str(),
                  {{"password", kEditorPassword}, {"password_again", kEditorPassword}})),
              303);
    ASSERT_EQ(status_of(editor.get(a, "/kirjaudu")), 200);
    ASSERT_EQ(status_of(editor.post(
                  a, "/kirjaudu",
                  {{"email", kEditorEmail}, {"password", kEditorPassword}, {"seuraava", "/"}})),
              303);
    const auto setup = editor.get(a, "/omat-tiedot/kaksivaiheinen");
    ASSERT_EQ(status_of(setup), 200);
    const std::string secret = text_between(setup->body, "name=\"secret\" value=\"", "\"");
    const std::string tag = text_between(setup->body, "name=\"secret_tag\" value=\"", "\"");
    ASSERT_FALSE(secret.empty()) << setup->body;
    const auto enabled =
        editor.post(a, "/omat-tiedot/kaksivaiheinen",
                    {{"secret", secret}, {"secret_tag", tag}, {"code", totp_now(secret)}});
    ASSERT_EQ(status_of(enabled), 200) << (enabled ? enabled->body : "");
    ASSERT_EQ(status_of(editor.get(a, "/toimitus")), 200) << "a staff page after two-factor";
  }

  // The practice's page, its API record and a search for its title, through node B.
  bool found_on_b(const Draft& draft) {
    const unsigned short b = node_b_->port();
    const auto page = try_get(b, "/teot/" + draft.slug);
    const auto api = try_get(b, "/api/v1/practices/" + draft.slug);
    const auto search = try_get(b, "/haku?q=" + text::url_encode_component(draft.title));
    return status_of(page) == 200 && status_of(api) == 200 && status_of(search) == 200 &&
           api->body.find("\"" + draft.slug + "\"") != std::string::npos &&
           search->body.find("/teot/" + draft.slug + "\"") != std::string::npos;
  }

  // `count` sign-ups, alternately through node A and node B; each queues one mail.
  std::set<std::string> sign_up(std::size_t count) {
    std::set<std::string> recipients;
    for (std::size_t i = 0; i < count; ++i) {
      const unsigned short port = (i % 2 == 0 ? node_a_ : node_b_)->port();
      const std::string email = "kayttaja" + std::to_string(i) + "@example.fi";
      WebClient visitor;
      EXPECT_EQ(status_of(visitor.get(port, "/rekisteroidy")), 200);
      EXPECT_EQ(status_of(visitor.post(port, "/rekisteroidy",
                                       {{"email", email},
                                        {"name", "Käyttäjä " + std::to_string(i)},
                                        {"password", "pitkä salasana 12345"},
                                        {"password_again", "pitkä salasana 12345"}})),
                303)
          << email;
      recipients.insert(email);
    }
    return recipients;
  }

  TempDir shared_, folders_;
  int nodes_ = 0;
  std::unique_ptr<PgTestServer> database_;
  std::string uri_;
  mail::SmtpTestServer smtp_;
  std::unique_ptr<ServerProcess> node_a_, node_b_;
  std::unique_ptr<NginxProcess> nginx_;
};

TEST_F(TwoNodes, ShareOneDatabaseBehindNginx) {
  const Draft draft = first_demo_draft();
  ASSERT_FALSE(draft.slug.empty()) << "no draft among the demo practices";
  const unsigned short a = node_a_->port(), b = node_b_->port(), front = nginx_->port();
  EXPECT_EQ(status_of(try_get(b, "/teot/" + draft.slug)), 404) << "a draft is not public";

  WebClient editor;
  ASSERT_NO_FATAL_FAILURE(sign_in_editor(editor));
  ASSERT_EQ(status_of(editor.get(a, "/toimitus/" + draft.slug)), 200);
  ASSERT_EQ(status_of(editor.post(a, "/toimitus/" + draft.slug, {{"action", "publish"}})), 303);
  // Node B builds its search index at start; on a loaded 2-core machine that can take a while.
  EXPECT_TRUE(eventually([&] { return found_on_b(draft); }, 90s))
      << "published through node A, not found through node B\n"
      << node_b_->log();

  for (const unsigned short port : {a, b, front, front}) {
    EXPECT_EQ(status_of(editor.get(port, "/toimitus")), 200) << "the session on port " << port;
  }

  const std::set<std::string> recipients = sign_up(kSignUps);
  EXPECT_TRUE(smtp_.wait_for(kSignUps, 60s)) << node_a_->log() << node_b_->log();
  std::this_thread::sleep_for(2s);  // time for a second, wrong delivery to arrive
  std::multiset<std::string> delivered;
  for (const mail::ReceivedMail& mail : smtp_.messages()) {
    delivered.insert(mail.recipients.begin(), mail.recipients.end());
  }
  EXPECT_EQ(delivered, std::multiset<std::string>(recipients.begin(), recipients.end()))
      << "each mail exactly once";

  database_->pause();
  for (const unsigned short port : {a, b}) {
    EXPECT_TRUE(eventually([&] { return status_of(try_get(port, "/readyz")) == 503; }, 15s))
        << "readyz on port " << port << " with the database stopped";
  }
  const auto unavailable = editor.get(front, "/toimitus");
  EXPECT_EQ(status_of(unavailable), 503);
  EXPECT_EQ(unavailable ? unavailable->header("retry-after") : "", "10");
  EXPECT_NE(unavailable ? unavailable->body.find("<html") : std::string::npos, std::string::npos)
      << "a page, not a bare error";
  database_->resume();
  for (const unsigned short port : {a, b}) {
    EXPECT_TRUE(eventually([&] { return status_of(editor.get(port, "/toimitus")) == 200; }, 30s))
        << "node on port " << port << " did not recover";
    EXPECT_EQ(status_of(try_get(port, "/readyz")), 200);
  }

  ASSERT_EQ(status_of(editor.get(a, "/omat-tiedot")), 200);  // a form token made by node A
  EXPECT_EQ(status_of(editor.post(b, "/kirjaudu/ulos", {})), 303) << "accepted by node B";
  EXPECT_NE(status_of(editor.get(a, "/toimitus")), 200) << "signed out on node A as well";

  EXPECT_EQ(node_a_->stop(SIGKILL), 128 + SIGKILL);
  for (int i = 0; i < 6; ++i) {
    const auto page = try_get(front, "/teot/" + draft.slug);
    EXPECT_EQ(status_of(page), 200) << "request " << i << " with node A killed\n" << nginx_->log();
  }
  EXPECT_EQ(status_of(try_get(b, "/readyz")), 200);
}

}  // namespace
}  // namespace tori::testing
