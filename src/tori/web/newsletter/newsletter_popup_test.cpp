// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the newsletter pop-up through the routes, on a real SQLite store and the product's
// templates: the closed dialog on public pages (fi and sv) with no CSRF token and no cookie, so
// the shared page cache may keep them; none on /uutiskirje, its thank-you page or the account
// pages; the pop-up's fields posted with the token of /uutiskirje subscribe to every topic in the
// page's language; and the privacy notice's newsletter section.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/core/subscriber.hpp"
#include "tori/http/page_cache.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kPopupMarker = "id=\"newsletter-popup\"";

class NewsletterPopupTest : public ::testing::Test {
 protected:
  NewsletterPopupTest() { add_page_routes(router_, site_.services()); }

  // What the pop-up's form posts: the address, the page's language, every topic, the empty
  // honeypot, and the token its script took from `token_page`.
  http::Response post_as_popup(TestBrowser& browser, const std::string& token_page,
                               const std::string& email, const std::string& language) {
    (void)browser.get(token_page);
    test_support::Fields fields{{"email", email}, {"language", language}, {"website", ""}};
    for (const std::string_view topic : core::kNewsletterTopics)
      fields.emplace_back("topics", std::string{topic});
    return browser.post(token_page, fields);
  }

  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(NewsletterPopupTest, PublicPagesCarryTheClosedDialogWithoutATokenOrACookie) {
  for (const std::string path : {"/", "/teot", "/tietosuoja", "/tapahtumat"}) {
    TestBrowser browser(router_);
    const auto page = browser.get(path);
    ASSERT_EQ(page.status, 200) << path;
    EXPECT_THAT(page.body, HasSubstr("<dialog id=\"newsletter-popup\"")) << path;
    EXPECT_THAT(page.body, Not(HasSubstr("<dialog id=\"newsletter-popup\" open"))) << path;
    EXPECT_THAT(page.body, HasSubstr("aria-labelledby=\"newsletter-popup-title\"")) << path;
    EXPECT_THAT(page.body, HasSubstr(">Jätä yhteystietosi…</h2>")) << path;
    EXPECT_THAT(page.body, HasSubstr("action=\"/uutiskirje\"")) << path;
    EXPECT_THAT(page.body, HasSubstr("<input type=\"hidden\" name=\"csrf\">")) << path;
    EXPECT_THAT(page.body, HasSubstr("name=\"topics\" value=\"networks\"")) << path;
    EXPECT_THAT(page.body, HasSubstr("data-delay=\"20\"")) << path;
    EXPECT_THAT(page.body, HasSubstr("src=\"/static/js/newsletter-popup.js\"")) << path;
    EXPECT_FALSE(page.headers.contains("Set-Cookie")) << path;
    EXPECT_TRUE(http::PageCache::storable(page)) << path << ": a public page stays cacheable";
  }
}

TEST_F(NewsletterPopupTest, TheSwedishDialogIsInSwedishAndPostsTheSwedishForm) {
  TestBrowser browser(router_);
  const auto page = browser.get("/sv/teot");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr(">Lämna dina kontaktuppgifter…</h2>"));
  EXPECT_THAT(page.body, HasSubstr("action=\"/sv/uutiskirje\""));
  EXPECT_THAT(page.body, HasSubstr("name=\"language\" value=\"sv\""));
  EXPECT_THAT(page.body, HasSubstr(">Nej tack</button>"));
}

TEST_F(NewsletterPopupTest, NoDialogOnTheSubscribePageItsAnswerOrTheAccountPages) {
  TestBrowser browser(router_);
  for (const std::string path :
       {"/uutiskirje", "/uutiskirje/kiitos", "/kirjaudu", "/rekisteroidy", "/sv/uutiskirje"}) {
    const auto page = browser.get(path);
    EXPECT_THAT(page.body, Not(HasSubstr(kPopupMarker))) << path << " (" << page.status << ")";
  }
  // The subscribe page has the script, which remembers a subscription made with its form.
  EXPECT_THAT(browser.get("/uutiskirje").body,
              HasSubstr("<script src=\"/static/js/newsletter-popup.js\" defer>"));
}

TEST_F(NewsletterPopupTest, ThePopupsFieldsSubscribeToEveryTopicInThePagesLanguage) {
  TestBrowser browser(router_);
  const auto answer = post_as_popup(browser, "/sv/uutiskirje", "lena@kommun.fi", "sv");
  EXPECT_EQ(answer.status, 303);
  EXPECT_EQ(answer.headers.get("Location").value_or(""), "/sv/uutiskirje/kiitos");
  const auto subscriber = site_.store().subscribers().find_by_email("lena@kommun.fi");
  ASSERT_TRUE(subscriber);
  EXPECT_EQ(subscriber->language, "sv");
  EXPECT_EQ(subscriber->topics.size(), core::kNewsletterTopics.size());
  EXPECT_EQ(test_support::mail_to(site_.store(), "lena@kommun.fi").size(), 1U);

  TestBrowser forger(router_);
  (void)forger.get("/");  // a public page gives no token: the post without one is refused
  const auto refused = forger.post("/uutiskirje", {{"email", "x@kunta.fi"}, {"topics", "news"}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_FALSE(site_.store().subscribers().find_by_email("x@kunta.fi"));
}

TEST_F(NewsletterPopupTest, ThePrivacyNoticeDescribesTheNewsletterRegister) {
  TestBrowser browser(router_);
  const auto fi = browser.get("/tietosuoja");
  EXPECT_THAT(fi.body, HasSubstr("Uutiskirjeen tilaajarekisteri"));
  EXPECT_THAT(fi.body, HasSubstr("hyväksymäsi suostumustekstin version"));
  EXPECT_THAT(fi.body, HasSubstr("seitsemän päivää"));
  EXPECT_THAT(fi.body, HasSubstr("yhdellä painalluksella"));
  EXPECT_THAT(fi.body, HasSubstr("(localStorage)"));
  const auto sv = browser.get("/sv/tietosuoja");
  EXPECT_THAT(sv.body, HasSubstr("Registret över prenumeranter på nyhetsbrevet"));
  EXPECT_THAT(sv.body, HasSubstr("NEJ TACK"));
  const auto en = browser.get("/en/tietosuoja");
  EXPECT_THAT(en.body, HasSubstr("The newsletter&#39;s register of subscribers"));
  EXPECT_THAT(en.body, HasSubstr("no cookie is used for it"));
}

}  // namespace
}  // namespace tori::web
