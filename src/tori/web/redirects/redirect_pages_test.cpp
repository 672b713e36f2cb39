// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of redirects on the site over a real SQLite store: an unknown address with a rule gets
// 301 with an absolute Location, one without is counted and gets the 404 page; the front page
// answers "/?p=N" rules; editors add (errors 422 with the text kept, loops refused), delete,
// import CSV all or nothing with line numbers, and dismiss counted addresses; every change is
// audited; visitors and contributors are refused.
#include "tori/web/redirects/redirect_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/http/path.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kEditorEmail = "toimittaja@tori.fi";

class RedirectPagesTest : public ::testing::Test {
 protected:
  RedirectPagesTest() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    test_support::add_person(site_.store(), kEditorEmail, {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  // A request as the server hands it over: the target split and normalised.
  static http::Request request_for(std::string method, std::string_view target) {
    const std::optional<http::Target> normal = http::normalise_target(target);
    http::Request request = test_support::get_request(normal->path);
    request.method = std::move(method);
    request.target = std::string(target);
    request.query = normal->query;
    return request;
  }
  http::Response visit(std::string_view target, std::string method = "GET") {
    return not_found_response(site_.services(), request_for(std::move(method), target));
  }
  store::RedirectStore& redirects() { return site_.store().redirects(); }
  std::vector<std::string> audit_actions() {
    std::vector<std::string> actions;
    for (const auto& entry : site_.store().audit_log().newest(50, 0)) {
      if (entry.object_type == "redirect" || entry.object_type == "not_found") {
        actions.push_back(entry.action);
      }
    }
    return actions;
  }
  TestBrowser editor() {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, kEditorEmail));
    return browser;
  }

  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(RedirectPagesTest, AnOldAddressGets301WithAnAbsoluteLocation) {
  ASSERT_TRUE(
      redirects().save({"/2019/05/vanha-juttu/", "/teot/päivä", ""}, {}, store::utc_now()).saved());
  ASSERT_TRUE(redirects()
                  .save({"/sivu.php?id=4", "https://example.fi/x", ""}, {}, store::utc_now())
                  .saved());
  ASSERT_TRUE(redirects().save({"/vanha", "/uusi?a=1", ""}, {}, store::utc_now()).saved());
  http::Response moved = visit("/2019/05/vanha-juttu/");
  EXPECT_EQ(moved.status, 301);
  EXPECT_EQ(moved.headers.get("Location"), "https://tori.example.fi/teot/p%C3%A4iv%C3%A4");
  EXPECT_EQ(visit("/2019/05/vanha-juttu", "HEAD").status, 301);
  EXPECT_EQ(visit("/sivu.php?id=4").headers.get("Location"), "https://example.fi/x");
  // A query no rule names falls back to the path's own rule.
  EXPECT_EQ(visit("/vanha?utm_source=uutiskirje").headers.get("Location"),
            "https://tori.example.fi/uusi?a=1");
  EXPECT_EQ(visit("/2019/05/vanha-juttu", "POST").status, 404);
  EXPECT_TRUE(redirects().not_found(10).empty());  // redirects are not counted
}

TEST_F(RedirectPagesTest, AnUnknownAddressIsCountedAndGetsThe404Page) {
  http::Response missing = visit("/ei-ole/");
  EXPECT_EQ(missing.status, 404);
  EXPECT_THAT(missing.body, HasSubstr("<html"));
  visit("/ei-ole");
  visit("/sivu.php?id=5");
  visit("/ei-ole", "POST");  // only GET and HEAD are counted
  const std::vector<store::NotFoundHit> hits = redirects().not_found(10);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].path, "/ei-ole");
  EXPECT_EQ(hits[0].hits, 2);
  EXPECT_EQ(hits[1].path, "/sivu.php?id=5");
  EXPECT_FALSE(redirects().count_not_found(std::string(400, 'x'), store::utc_now(), {}));
}

TEST_F(RedirectPagesTest, RequestKeysEqualTheNormalFormOfOldAddresses) {
  for (std::string_view target : {"/2019/05/vanha-juttu/", "/p%C3%A4iv%c3%a4", "/a//b/./c/../d",
                                  "/sivu.php?id=4", "/haku?q=%c3%a4+x", "/a%20b/"}) {
    const http::Request request = request_for("GET", target);
    EXPECT_EQ(core::redirect_key(request.path, request.query),
              core::normalise_old_address(target).value)
        << target;
  }
}

TEST_F(RedirectPagesTest, TheFrontPageAnswersQueryRules) {
  ASSERT_TRUE(redirects().save({"/?p=123", "/teot/hyva", ""}, {}, store::utc_now()).saved());
  TestBrowser visitor(router_);
  const http::Response moved = visitor.get("/?p=123");
  EXPECT_EQ(moved.status, 301);
  EXPECT_EQ(moved.headers.get("Location"), "https://tori.example.fi/teot/hyva");
  EXPECT_EQ(visitor.get("/?p=124").status, 200);
}

TEST_F(RedirectPagesTest, EditorsAddAndDeleteRules) {
  TestBrowser browser = editor();
  http::Response page = browser.get("/toimitus/ohjaukset");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Ohjauksia ei ole vielä."));
  http::Response saved =
      browser.post("/toimitus/ohjaukset",
                   {{"old_path", "/2019/05/juttu/"}, {"target", "/teot/x"}, {"note", "WP"}});
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.headers.get("Location"), "/toimitus/ohjaukset?ilmoitus=saved");
  page = browser.get("/toimitus/ohjaukset?ilmoitus=saved");
  EXPECT_THAT(page.body, HasSubstr("Ohjaus on tallennettu."));
  EXPECT_THAT(page.body, HasSubstr("/2019/05/juttu"));
  const std::int64_t id = redirects().list().at(0).id;
  EXPECT_EQ(browser.post("/toimitus/ohjaukset/" + std::to_string(id) + "/poista", {}).status, 303);
  EXPECT_TRUE(redirects().list().empty());
  EXPECT_EQ(browser.post("/toimitus/ohjaukset/" + std::to_string(id) + "/poista", {}).status, 404);
  EXPECT_THAT(audit_actions(), ::testing::ElementsAre("redirect.delete", "redirect.create"));
}

TEST_F(RedirectPagesTest, BadRulesAndLoopsAreShownAgainWithTheTextKept) {
  TestBrowser browser = editor();
  browser.get("/toimitus/ohjaukset");
  http::Response bad = browser.post(
      "/toimitus/ohjaukset", {{"old_path", "vanha-sivu"}, {"target", "ftp://x"}, {"note", ""}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("value=\"vanha-sivu\""));
  EXPECT_THAT(bad.body, HasSubstr("value=\"ftp://x\""));
  EXPECT_THAT(bad.body, HasSubstr("id=\"redirect-old_path-error\""));
  EXPECT_THAT(bad.body, HasSubstr("id=\"redirect-target-error\""));
  ASSERT_TRUE(redirects().save({"/a", "/b", ""}, {}, store::utc_now()).saved());
  http::Response loop =
      browser.post("/toimitus/ohjaukset", {{"old_path", "/b"}, {"target", "/a"}, {"note", ""}});
  EXPECT_EQ(loop.status, 422);
  EXPECT_THAT(loop.body, HasSubstr("takaisin vanhaan osoitteeseen"));
  EXPECT_EQ(redirects().list().size(), 1U);
  EXPECT_TRUE(audit_actions().empty());
}

TEST_F(RedirectPagesTest, CsvImportIsAllOrNothingWithLineNumbers) {
  TestBrowser browser = editor();
  browser.get("/toimitus/ohjaukset");
  const std::string bad_csv = "old,target,note\n/a,/b,\nvanha,/c,\n/b,/a,\n/d\n";
  http::Response refused = browser.post_multipart("/toimitus/ohjaukset/tuonti", {},
                                                  {{"csv", "ohjaukset.csv", "text/csv", bad_csv}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Rivi 3: "));
  EXPECT_THAT(refused.body, HasSubstr("Rivi 5: "));
  EXPECT_THAT(refused.body, Not(HasSubstr("Rivi 2: ")));
  EXPECT_TRUE(redirects().list().empty());
  // Well formed but a loop on line 3: still nothing saved.
  refused = browser.post_multipart("/toimitus/ohjaukset/tuonti", {},
                                   {{"csv", "o.csv", "text/csv", "old,target\n/a,/b\n/b,/a\n"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Rivi 3: Uusi osoite johtaa"));
  EXPECT_TRUE(redirects().list().empty());
  EXPECT_EQ(browser.post_multipart("/toimitus/ohjaukset/tuonti", {}, {}).status, 422);
  const http::Response imported =
      browser.post_multipart("/toimitus/ohjaukset/tuonti", {},
                             {{"csv", "o.csv", "text/csv",
                               "old,target,note\r\n/a/,/b,eka\r\n/c,https://example.fi/,\r\n"}});
  EXPECT_EQ(imported.status, 303);
  EXPECT_EQ(redirects().list().size(), 2U);
  EXPECT_THAT(audit_actions(), ::testing::ElementsAre("redirect.import"));
}

TEST_F(RedirectPagesTest, EditorsSeeAndDismissNotFoundAddresses) {
  visit("/vanha-sivu");
  visit("/vanha-sivu");
  visit("/toinen");
  TestBrowser browser = editor();
  http::Response list = browser.get("/toimitus/ohjaukset/puuttuvat");
  ASSERT_EQ(list.status, 200);
  const auto first = list.body.find("/vanha-sivu");
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(first, list.body.find("<td>/toinen"));
  EXPECT_THAT(list.body, HasSubstr("/toimitus/ohjaukset?vanha=%2Fvanha-sivu#redirect-target"));
  EXPECT_THAT(browser.get("/toimitus/ohjaukset?vanha=%2Fvanha-sivu").body,
              HasSubstr("value=\"/vanha-sivu\""));
  EXPECT_EQ(browser.post("/toimitus/ohjaukset/puuttuvat/poista", {{"path", "/toinen"}}).status,
            303);
  ASSERT_EQ(redirects().not_found(10).size(), 1U);
  EXPECT_THAT(audit_actions(), ::testing::ElementsAre("not_found.dismiss"));
}

TEST_F(RedirectPagesTest, VisitorsAndContributorsAreRefused) {
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/toimitus/ohjaukset").status, 303);
  EXPECT_EQ(visitor.get("/toimitus/ohjaukset/puuttuvat").status, 303);
  TestBrowser contributor(router_);
  ASSERT_TRUE(test_support::log_in(contributor, "kayttaja@kunta.fi"));
  EXPECT_EQ(contributor.get("/toimitus/ohjaukset").status, 403);
  EXPECT_EQ(contributor.get("/en/toimitus/ohjaukset/puuttuvat").status, 403);
  EXPECT_EQ(contributor.post("/toimitus/ohjaukset", {{"old_path", "/a"}, {"target", "/b"}}).status,
            403);
  EXPECT_EQ(contributor
                .post_multipart("/toimitus/ohjaukset/tuonti", {},
                                {{"csv", "o.csv", "text/csv", "old,target\n/a,/b\n"}})
                .status,
            403);
  EXPECT_EQ(contributor.post("/toimitus/ohjaukset/puuttuvat/poista", {{"path", "/a"}}).status, 403);
  EXPECT_TRUE(redirects().list().empty());
  // Without the CSRF token even an editor is refused.
  TestBrowser browser = editor();
  EXPECT_EQ(
      browser.post("/toimitus/ohjaukset", {{"old_path", "/a"}, {"target", "/b"}}, false).status,
      403);
}

}  // namespace
}  // namespace tori::web
