// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the public editable pages through the routes on a real SQLite store: a page in three
// languages with its alternates, the Finnish version with a note (noindex) where a language is
// not written, 404 for none, the editable "tietoa" in place of the fixed page, e-mail addresses
// hidden, the navigation's pages in order and language, and the sitemap's languages.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/sitemap.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using text::Language;

class PublicSitePageTest : public ::testing::Test {
 protected:
  PublicSitePageTest() { add_page_routes(router_, site_.services()); }
  void save(std::string slug, std::optional<int> position, core::SitePageVersion fi,
            core::SitePageVersion sv = {}, core::SitePageVersion en = {}) {
    core::SitePageInput input{.slug = std::move(slug), .nav_position = position};
    input.versions = {std::move(fi), std::move(sv), std::move(en)};
    (void)site_.store().pages().save(input, std::nullopt, store::utc_now());
  }
  http::Response get(const std::string& path) {
    return test_support::TestBrowser(router_).get(path);
  }
  // The main navigation of a page's HTML.
  static std::string navigation(const std::string& html) {
    const auto start = html.find("<nav class=\"main-nav\"");
    return html.substr(start, html.find("</nav>", start) - start);
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(PublicSitePageTest, APageInThreeLanguages) {
  save("palvelut", std::nullopt, {"Palvelut työpaikoille", "## Työpajat\n\nMaksuttomia."},
       {"Tjänster", "## Verkstäder\n\nAvgiftsfria."}, {"Services", "## Workshops\n\nFree."});
  const auto fi = get("/palvelut");
  ASSERT_EQ(fi.status, 200);
  EXPECT_THAT(fi.body, HasSubstr("<html lang=\"fi\""));
  EXPECT_THAT(fi.body, HasSubstr("<h1>Palvelut työpaikoille</h1>"));
  EXPECT_THAT(fi.body, HasSubstr("<h2>Työpajat</h2>"));
  EXPECT_THAT(fi.body, HasSubstr("<title>Palvelut työpaikoille"));
  EXPECT_THAT(fi.body, HasSubstr("hreflang=\"sv\" href=\"https://tori.example.fi/sv/palvelut\""));
  EXPECT_THAT(fi.body, HasSubstr("hreflang=\"en\" href=\"https://tori.example.fi/en/palvelut\""));
  EXPECT_THAT(fi.body, Not(HasSubstr("noindex")));
  const auto sv = get("/sv/palvelut");
  ASSERT_EQ(sv.status, 200);
  EXPECT_THAT(sv.body, HasSubstr("<html lang=\"sv\""));
  EXPECT_THAT(sv.body, HasSubstr("<h1>Tjänster</h1>"));
  EXPECT_THAT(sv.body, HasSubstr("<h2>Verkstäder</h2>"));
  const auto en = get("/en/palvelut");
  ASSERT_EQ(en.status, 200);
  EXPECT_THAT(en.body, HasSubstr("<h1>Services</h1>"));
  EXPECT_THAT(en.body, Not(HasSubstr("not been translated")));
  EXPECT_EQ(get("/ei-ole").status, 404);
  EXPECT_EQ(get("/sv/ei-ole").status, 404);
}

TEST_F(PublicSitePageTest, AMissingLanguageShowsTheFinnishWithANote) {
  save("yhteystiedot", std::nullopt,
       {"Yhteystiedot", "Kirjoita osoitteeseen tori@example.fi. <script>alert(1)</script>"});
  const auto en = get("/en/yhteystiedot");
  ASSERT_EQ(en.status, 200);
  EXPECT_THAT(en.body, HasSubstr("<html lang=\"en\""));
  EXPECT_THAT(en.body, HasSubstr("not been translated into English yet"));
  EXPECT_THAT(en.body, HasSubstr("<article class=\"prose site-page\" lang=\"fi\">"));
  EXPECT_THAT(en.body, HasSubstr("<h1>Yhteystiedot</h1>"));
  EXPECT_THAT(en.body, HasSubstr("noindex"));
  const std::string article = en.body.substr(en.body.find("<article"));
  EXPECT_THAT(article, HasSubstr("tori[a]example.fi"));
  EXPECT_THAT(article.substr(0, article.find("</article>")), Not(HasSubstr("@")));
  EXPECT_THAT(en.body, Not(HasSubstr("<script>alert")));
}

TEST_F(PublicSitePageTest, AnEditableAboutPageReplacesTheFixedOne) {
  const auto fixed = get("/tietoa");
  ASSERT_EQ(fixed.status, 200);
  EXPECT_THAT(fixed.body, HasSubstr("about-timeline"));
  save("tietoa", 1, {"Tietoa ohjelmasta", "Ohjelma tukee kuntia."}, {"Om programmet", "Stöd."});
  const auto fi = get("/tietoa");
  EXPECT_THAT(fi.body, HasSubstr("<h1>Tietoa ohjelmasta</h1>"));
  EXPECT_THAT(fi.body, Not(HasSubstr("about-timeline")));
  EXPECT_THAT(navigation(fi.body), HasSubstr("href=\"/tietoa\" aria-current=\"page\""));
  EXPECT_THAT(get("/sv/tietoa").body, HasSubstr("<h1>Om programmet</h1>"));
  EXPECT_THAT(get("/en/tietoa").body, HasSubstr("not been translated"));
}

TEST_F(PublicSitePageTest, TheNavigationShowsMarkedPagesInOrderAndLanguage) {
  save("yhteystiedot", 2, {"Yhteystiedot", "Osoite."}, {"Kontakt", "Adress."});
  save("palvelut", 1, {"Palvelut työpaikoille", "Palvelut."});
  save("luonnos", std::nullopt, {"Luonnossivu", "Ei valikossa."});
  save("tietoa", 3, {"Tietoa ohjelmasta", "Ohjelma."});
  const std::string fi = navigation(get("/").body);
  EXPECT_THAT(fi, HasSubstr("<li><a href=\"/palvelut\">Palvelut työpaikoille</a></li>\n"
                            "<li><a href=\"/yhteystiedot\">Yhteystiedot</a></li>"));
  EXPECT_THAT(fi, Not(HasSubstr("Luonnossivu")));
  EXPECT_THAT(fi, Not(HasSubstr("Tietoa ohjelmasta"))) << "the fixed item leads there";
  const std::string sv = navigation(get("/sv/teot").body);
  EXPECT_THAT(sv, HasSubstr("<a href=\"/sv/palvelut\" lang=\"fi\">Palvelut työpaikoille</a>"));
  EXPECT_THAT(sv, HasSubstr("<a href=\"/sv/yhteystiedot\">Kontakt</a>"));
  EXPECT_THAT(navigation(get("/en/yhteystiedot").body),
              HasSubstr("<a href=\"/en/yhteystiedot\" lang=\"fi\" aria-current=\"page\">"));
  // An editor's change shows at once.
  save("palvelut", std::nullopt, {"Palvelut työpaikoille", "Palvelut."});
  EXPECT_THAT(navigation(get("/").body), Not(HasSubstr("/palvelut")));
}

TEST_F(PublicSitePageTest, TheSitemapListsEachWrittenLanguage) {
  save("palvelut", std::nullopt, {"Palvelut", "P."}, {}, {"Services", "S."});
  const std::string xml = *sitemap_xml(site_.services(), 0, 50000);
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/palvelut</loc>"));
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/en/palvelut</loc>"));
  EXPECT_THAT(xml, Not(HasSubstr("<loc>https://tori.example.fi/sv/palvelut</loc>")));
  EXPECT_THAT(xml, Not(HasSubstr("hreflang=\"sv\" href=\"https://tori.example.fi/sv/palvelut\"")));
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/sv/tietoa</loc>")) << "the fixed page";
}

}  // namespace
}  // namespace tori::web
