// SPDX-License-Identifier: AGPL-3.0-or-later
// The revision page through its routes on a real SQLite store: an author saves twice, the editor
// sees who saved and what changed as <del>/<ins> word diffs; hostile text inert; who may look.
#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

using test_support::kPassword;
constexpr std::string_view kRecovery = "abcdefghjkmn";
constexpr std::string_view kPage = "/toimitus/kummit-uusille/versiot/";

using test_support::has;

class RevisionPagesTest : public ::testing::Test {
 protected:
  RevisionPagesTest() {
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    member_ = account("maija@example.fi", {});
    editor_ = account("eeva@example.fi", {core::Role::kEditor});
    site_.store().accounts().enable_totp(editor_, "JBSWY3DPEHPK3PXP",
                                         {auth::token_digest(std::string(kRecovery))},
                                         store::utc_now());
    // The author saves a draft, then changes a section and adds another.
    store::PracticeWrite write;
    write.input.external_id = "tori-kummit";
    write.input.title = "Kummit uusille";
    write.input.summary = "Kummi jokaiselle.";
    write.input.organisations = {"Kontiolahden kunta"};
    write.input.sections[0] = "Vaihtuvuus oli suurta.";
    write.input.keywords = {"perehdytys"};
    save(write);
    write.input.sections[0] = "Vaihtuvuus oli pientä. <script>alert(1)</script>";
    write.input.sections[1] = "Kummi & mentori.";
    save(write);
  }

  void save(const store::PracticeWrite& write) {
    const store::Actor author{.account_id = member_, .label = "Maija Meikäläinen"};
    const auto saved = site_.store().submissions().save(write, author, store::utc_now());
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(saved));
  }

  std::int64_t account(const std::string& email, std::vector<core::Role> roles) {
    const auto hash = auth::hash_password(kPassword, auth::PasswordCost::minimum());
    return *site_.store().accounts().create({.email = email,
                                             .name = email.substr(0, email.find('@')),
                                             .password_hash = hash,
                                             .roles = std::move(roles),
                                             .email_verified = true},
                                            std::nullopt, {}, store::utc_now());
  }

  void log_in(TestBrowser& browser, const std::string& email) {
    browser.get("/kirjaudu");
    auto response =
        browser.post("/kirjaudu", {{"email", email}, {"password", std::string(kPassword)}});
    ASSERT_EQ(response.status, 303);
    if (response.headers.get("Location")->starts_with("/kirjaudu/vahvistus")) {
      browser.get("/kirjaudu/vahvistus");
      ASSERT_EQ(browser.post("/kirjaudu/vahvistus", {{"code", std::string(kRecovery)}}).status,
                303);
    }
  }

  test_support::TestSite site_;
  http::Router router_;
  std::int64_t member_ = 0, editor_ = 0;
};

TEST_F(RevisionPagesTest, TheEditorSeesWhatChangedAndWhoChangedIt) {
  TestBrowser editor(router_, "198.51.100.20");
  log_in(editor, "eeva@example.fi");
  const auto page = editor.get(std::string(kPage) + "2");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "<h1>Versio 2: Kummit uusille</h1>"));
  EXPECT_TRUE(has(page, "Maija Meikäläinen"));
  EXPECT_TRUE(has(page, "Muutokset versioon 1 verrattuna"));
  EXPECT_TRUE(has(page, "<h3 id=\"revision-field-section-background\">Lähtötilanne ja tarve</h3>"));
  EXPECT_TRUE(has(page, "Vaihtuvuus oli <del>suurta</del><ins>pientä</ins>."));
  EXPECT_TRUE(has(page, "<ins>Kummi &amp; mentori.</ins>"));  // a section added
  // Hostile text is shown, escaped, never run.
  EXPECT_TRUE(has(page, "<ins> &lt;script&gt;alert(1)&lt;/script&gt;</ins>"));
  EXPECT_FALSE(has(page, "<script>alert(1)"));
  // The fields that did not change, in one line.
  EXPECT_TRUE(has(page, "Ennallaan: Otsikko, Tiivistelmä, "));
  EXPECT_FALSE(has(page, "revision-field-title"));
  EXPECT_TRUE(has(page, "href=\"/toimitus/kummit-uusille/versiot/1\" rel=\"prev\""));
  EXPECT_FALSE(has(page, "rel=\"next\""));
  EXPECT_TRUE(has(page, "href=\"/toimitus/kummit-uusille\""));

  const auto first = editor.get(std::string(kPage) + "1");  // everything added
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(has(first, "Ensimmäinen tallennettu versio"));
  EXPECT_TRUE(has(first, "<ins>Kummit uusille</ins>"));
  EXPECT_TRUE(has(first, "<ins>Vaihtuvuus oli suurta.</ins>"));
  EXPECT_TRUE(has(first, "Tyhjinä: Mitä tehtiin, Miten ja kenen kanssa"));
  const std::size_t legend_end = first.body.find("</p>", first.body.find("revision-legend"));
  EXPECT_EQ(first.body.find("<del>", legend_end), std::string::npos);  // nothing removed
  EXPECT_TRUE(has(first, "href=\"/toimitus/kummit-uusille/versiot/2\" rel=\"next\""));

  const auto swedish = editor.get("/sv" + std::string(kPage) + "2");
  ASSERT_EQ(swedish.status, 200);
  EXPECT_TRUE(has(swedish, "Ändringar jämfört med version 1"));
  EXPECT_TRUE(has(swedish, "href=\"/sv/toimitus/kummit-uusille/versiot/1\""));
  EXPECT_EQ(editor.get("/en" + std::string(kPage) + "2").status, 200);

  // The review page's history links each revision to its page.
  const auto review = editor.get("/toimitus/kummit-uusille");
  EXPECT_TRUE(has(review, "<a href=\"/toimitus/kummit-uusille/versiot/2\">2</a>"));
}

TEST_F(RevisionPagesTest, AnUnknownRevisionIsNotFound) {
  TestBrowser editor(router_, "198.51.100.20");
  log_in(editor, "eeva@example.fi");
  for (const char* revision : {"3", "0", "-1", "abc", "2x", "99999999999"}) {
    EXPECT_EQ(editor.get(std::string(kPage) + revision).status, 404) << revision;
  }
  EXPECT_EQ(editor.get("/toimitus/ei-ole/versiot/1").status, 404);
}

TEST_F(RevisionPagesTest, OnlyEditorsSeeRevisions) {
  TestBrowser anonymous(router_);
  const auto redirected = anonymous.get(std::string(kPage) + "2");
  EXPECT_EQ(redirected.status, 303);
  EXPECT_TRUE(redirected.headers.get("Location")->starts_with("/kirjaudu"));
  TestBrowser author(router_);
  log_in(author, "maija@example.fi");
  const auto refused = author.get(std::string(kPage) + "2");
  EXPECT_EQ(refused.status, 403);
  EXPECT_FALSE(has(refused, "suurta"));
}

}  // namespace
}  // namespace tori::web
