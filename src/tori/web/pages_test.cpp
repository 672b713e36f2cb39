// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the fixed pages in every language: status, lang, title, frame links, navigation,
// routes, and that no e-mail address is shown as page text.
#include "tori/web/pages.hpp"

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/core/finland.hpp"
#include "tori/http/router.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
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
  // Published practices "Teko 1"… "Teko <count>" (Teko N on N May 2022) by `organisations` in
  // turn, all in Tampere with the theme työhyvinvointi.
  void seed(int count, const std::vector<std::string>& organisations) {
    std::vector<store::PracticeWrite> writes;
    const core::Finland& finland = core::testing::real_finland();
    for (int i = 1; i <= count; ++i) {
      store::PracticeWrite write;
      write.create_terms = true;
      write.input.external_id = "p" + std::to_string(i);
      write.input.title = "Teko " + std::to_string(i);
      write.input.summary = "Yhteenveto.";
      write.input.organisations = {
          organisations[static_cast<std::size_t>(i) % organisations.size()]};
      write.input.themes = {"työhyvinvointi"};
      write.input.sections[0] = "Lähtökohta.";
      write.input.state = core::PracticeState::kPublished;
      using namespace std::chrono;
      write.input.published_at =
          sys_days{2022y / May / std::chrono::day{static_cast<unsigned>(i)}} + hours{9};
      write.municipality = core::municipality_ref(*finland.municipality_by_code("837"));
      write.region = core::region_ref(*finland.region_by_slug("pirkanmaa"));
      writes.push_back(write);
    }
    for (const store::SaveResult& result : site_.store().practices().save_many(writes)) {
      EXPECT_TRUE(std::holds_alternative<store::WriteResult>(result));
    }
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
  EXPECT_THAT(privacy.body, HasSubstr("uppdaterades senast 4.12.2026"));
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

TEST_F(PagesTest, FrontPageCountsAreLiveAndPluralCorrect) {
  seed(1, {"Tampereen kaupunki"});
  EXPECT_THAT(render(kPages[0], Language::kFi).body, HasSubstr(">1 teko 1 organisaatiolta<"));
  EXPECT_THAT(render(kPages[0], Language::kSv).body, HasSubstr(">1 insats från 1 organisation<"));
  EXPECT_THAT(render(kPages[0], Language::kEn).body, HasSubstr(">1 practice from 1 organisation<"));
}

TEST_F(PagesTest, FrontPageCountsMessageGroupsDigits) {
  const struct {
    Language language;
    long long practices;
    long long organisations;
    std::string text;
  } cases[] = {
      {Language::kFi, 1055, 140, "1\u00A0055 tekoa 140 organisaatiolta"},
      {Language::kFi, 2, 1, "2 tekoa 1 organisaatiolta"},
      {Language::kSv, 1055, 140, "1\u00A0055 insatser från 140 organisationer"},
      {Language::kSv, 1, 2, "1 insats från 2 organisationer"},
      {Language::kEn, 1055, 140, "1,055 practices from 140 organisations"},
      {Language::kEn, 2, 1, "2 practices from 1 organisation"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(
        site_.catalogue().format(c.language, "front.live.counts",
                                 {{"practices", c.practices}, {"organisations", c.organisations}}),
        c.text);
  }
}

TEST_F(PagesTest, FrontPageShowsTheSixNewestThemesAndRegions) {
  seed(8, {"Tampereen kaupunki", "Ylöjärven kaupunki", "Pirkanmaan hyvinvointialue"});
  const std::string html = render(kPages[0], Language::kFi).body;
  EXPECT_THAT(html, HasSubstr(">8 tekoa 3 organisaatiolta<"));
  for (int i = 3; i <= 8; ++i)
    EXPECT_THAT(html, HasSubstr(">Teko " + std::to_string(i) + "</a>"));
  EXPECT_THAT(html, Not(HasSubstr(">Teko 2</a>")));
  EXPECT_LT(html.find(">Teko 8</a>"), html.find(">Teko 7</a>"));  // newest first
  EXPECT_THAT(html, HasSubstr("<time datetime=\"2022-05-08T12:00:00+03:00\">8.5.2022</time>"));
  EXPECT_TRUE(std::regex_search(
      html,
      std::regex(
          R"(<a href="/teot\?theme=[a-z-]+">työhyvinvointi <span class="term-links__count">\(8\)</span></a>)")));
  EXPECT_THAT(html, HasSubstr("<a href=\"/alueet/pirkanmaa\">Pirkanmaa <span"));
  EXPECT_THAT(html, HasSubstr("href=\"/alueet\""));
  const std::string sv = render(kPages[0], Language::kSv).body;
  EXPECT_THAT(sv, HasSubstr("<a href=\"/sv/alueet/pirkanmaa\">Birkaland <span"));
  EXPECT_THAT(sv, HasSubstr(">arbetshälsa <span"));
}

TEST_F(PagesTest, EmptyFrontPageHasNoCountsOrLists) {
  const std::string html = render(kPages[0], Language::kFi).body;
  EXPECT_THAT(html, Not(HasSubstr("front-counts")));
  EXPECT_THAT(html, Not(HasSubstr("front-newest")));
  // The search box is there even before anything is published: it leads to /haku.
  EXPECT_THAT(html, HasSubstr("<form class=\"search-form\" action=\"/haku\""));
}

}  // namespace
}  // namespace tori::web
