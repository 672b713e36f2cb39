// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the fixed pages in every language: status, lang, title, frame links, navigation,
// routes, and that no e-mail address is shown as page text.
#include "tori/web/pages.hpp"

#include <regex>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/http/router.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using PageHandler = http::Response (*)(const http::Request&, const Services&, Language);

struct PageCase {
  PageHandler handler;
  std::string path;       // Finnish path
  std::string title_key;  // the page's title in the catalogue
};

const PageCase kPages[] = {
    {front_page, "/", "front.title"},
    {about_page, "/tietoa", "about.title"},
    {accessibility_page, "/saavutettavuus", "a11y.title"},
    {privacy_page, "/tietosuoja", "privacy.title"},
};

class PagesTest : public ::testing::Test {
 protected:
  // Calls the page's handler as its route in `language` would.
  http::Response render(const PageCase& page, Language language) {
    const std::string path = localised_path(language, page.path);
    return page.handler(test_support::get_request(path), site_.services(), language);
  }
  std::string text(Language language, const std::string& key) {
    return site_.catalogue().text(language, key);
  }

  test_support::TestSite site_;
};

TEST_F(PagesTest, EveryPageInEveryLanguageHasItsFrame) {
  for (const PageCase& page : kPages) {
    for (Language language : text::kLanguages) {
      const std::string code(text::language_code(language));
      SCOPED_TRACE(page.path + " " + code);
      const http::Response response = render(page, language);
      EXPECT_EQ(response.status, 200);
      EXPECT_EQ(response.headers.get("Content-Language"), code);
      EXPECT_THAT(std::string(response.headers.get("Content-Type").value_or("")),
                  HasSubstr("text/html"));
      const std::string& html = response.body;
      EXPECT_TRUE(html.starts_with("<!doctype html>\n<html lang=\"" + code + "\">"));
      EXPECT_THAT(
          html, HasSubstr("<title>" + text(language, page.title_key) + " – Tekojen tori</title>"));
      const std::string url = "https://tori.example.fi" + localised_path(language, page.path);
      EXPECT_THAT(html, HasSubstr("<link rel=\"canonical\" href=\"" + url + "\">"));
      EXPECT_THAT(html, HasSubstr("hreflang=\"x-default\" href=\"https://tori.example.fi" +
                                  page.path + "\""));
      EXPECT_THAT(html, HasSubstr("<link rel=\"stylesheet\" href=\"/static/css/tori.css\">"));
      EXPECT_THAT(html, HasSubstr("<a class=\"skip-link\" href=\"#main\">"));
      EXPECT_THAT(html, HasSubstr("<main id=\"main\""));
      EXPECT_THAT(html, HasSubstr("href=\"" + localised_path(language, "/saavutettavuus") + "\""));
      EXPECT_THAT(html, Not(HasSubstr("[[")));
      EXPECT_THAT(html, Not(HasSubstr("noindex")));
    }
  }
}

TEST_F(PagesTest, LanguageSwitchLeadsToTheSamePageInEachLanguage) {
  const http::Response response = render(kPages[1], Language::kSv);
  EXPECT_THAT(response.body,
              HasSubstr("<a href=\"/tietoa\" hreflang=\"fi\" lang=\"fi\">Suomi</a>"));
  EXPECT_THAT(response.body, HasSubstr("<a href=\"/sv/tietoa\" hreflang=\"sv\" lang=\"sv\" "
                                       "aria-current=\"true\">Svenska</a>"));
  EXPECT_THAT(response.body,
              HasSubstr("<a href=\"/en/tietoa\" hreflang=\"en\" lang=\"en\">English</a>"));
}

TEST_F(PagesTest, NavigationMarksTheCurrentSection) {
  const http::Response about = render(kPages[1], Language::kEn);
  EXPECT_THAT(about.body, HasSubstr("<a href=\"/en/tietoa\" aria-current=\"page\">About</a>"));
  EXPECT_THAT(about.body, HasSubstr("<a href=\"/en/teot\">Practices</a>"));
  const http::Response front = render(kPages[0], Language::kFi);
  EXPECT_THAT(front.body, HasSubstr("href=\"/\" lang=\"fi\" aria-current=\"page\">Tekojen tori<"));
  EXPECT_THAT(front.body, Not(HasSubstr("aria-current=\"page\">Tietoa<")));
}

TEST_F(PagesTest, StatementsCarryTheirDatesAndAuthorities) {
  const http::Response fi = render(kPages[2], Language::kFi);
  EXPECT_THAT(fi.body, HasSubstr("osittain saavutettavuusvaatimusten mukainen"));
  EXPECT_THAT(fi.body, HasSubstr("Seloste on laadittu 1.12.2026"));
  EXPECT_THAT(fi.body, HasSubstr("Liikenne- ja viestintävirasto Traficom"));
  EXPECT_THAT(fi.body, HasSubstr("https://www.saavutettavuusvaatimukset.fi/"));
  EXPECT_THAT(fi.body, HasSubstr("verkkopalvelua (tori.example.fi)"));
  const http::Response en = render(kPages[2], Language::kEn);
  EXPECT_THAT(en.body, HasSubstr("prepared on 1 December 2026"));
  const http::Response privacy = render(kPages[3], Language::kSv);
  EXPECT_THAT(privacy.body, HasSubstr("dataombudsmannens byrå"));
  EXPECT_THAT(privacy.body, HasSubstr("uppdaterades senast 1.12.2026"));
}

TEST_F(PagesTest, NoEmailAddressIsShownAsPageText) {
  const std::regex mailto_link(R"(href="mailto:[^"]*")");
  for (const PageCase& page : kPages) {
    for (Language language : text::kLanguages) {
      SCOPED_TRACE(page.path + " " + std::string(text::language_code(language)));
      const std::string html = render(page, language).body;
      EXPECT_THAT(std::regex_replace(html, mailto_link, ""), Not(HasSubstr("@")));
    }
  }
}

TEST_F(PagesTest, RoutesServeEveryPageInEveryLanguage) {
  http::Router router;
  add_page_routes(router, site_.services());
  for (const PageCase& page : kPages) {
    for (Language language : text::kLanguages) {
      const std::string path = localised_path(language, page.path);
      SCOPED_TRACE(path);
      for (const char* method : {"GET", "HEAD"}) {
        http::Router::Match match = router.match(method, path);
        ASSERT_NE(match.handler, nullptr);
        http::Request request = test_support::get_request(path);
        const http::Response response = (*match.handler)(request);
        EXPECT_EQ(response.status, 200);
        EXPECT_THAT(response.body,
                    HasSubstr("<html lang=\"" + std::string(text::language_code(language))));
      }
    }
  }
  EXPECT_FALSE(router.match("POST", "/tietoa").allow.empty());
}

}  // namespace
}  // namespace tori::web
