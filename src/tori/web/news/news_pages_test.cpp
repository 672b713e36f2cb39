// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the news pages over a temporary store: the list newest first with its keyword and
// year filters and their refusals, the article page (pictures, credits, keywords, related
// events, share links, sharing cards), scheduled articles (404 for visitors, a preview for
// editors), keyword pages, the Atom feeds (also written for atom_check.py) and the pictures.
#include "tori/web/news/news_pages.hpp"

#include <cstdlib>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/sitemap.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

core::TimePoint news_at(std::string_view rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

core::ArticleInput news_article(std::string slug, std::string_view published,
                                std::vector<std::string> keywords) {
  core::ArticleInput input;
  input.slug = std::move(slug);
  input.title = "Otsikko " + input.slug;
  input.lead = "Ingressi " + input.slug + ".";
  input.body = "## Väliotsikko\n\nTekstiä & **lihavointia**.";
  input.published_at = news_at(published);
  input.author = "Elina Saarivirta";
  input.keywords = std::move(keywords);
  return input;
}

class NewsPagesTest : public ::testing::Test {
 protected:
  NewsPagesTest() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    core::EventInput gala;
    gala.external_id = "ev-9";
    gala.kind = core::EventKind::kGala;
    gala.title = "Tekojen gaala 2025";
    gala.starts_at = news_at("2025-11-20T12:00:00+02:00");
    gala.ends_at = gala.starts_at + std::chrono::hours(5);
    (void)site_.store().events().save(gala, store::utc_now());
    core::ArticleInput winners =
        news_article("gaala-2025", "2025-11-21T09:00:00+02:00", {"Gaala", "Kekseliäät kehittäjät"});
    winners.images = {{"uutiskuva.webp", "uutiskuva-t.webp", 1200, 630, "Voittajat lavalla.",
                       "Palkitut gaalan lavalla.", "Kuva: Olli Pajunen", "Lava"}};
    winners.credit_line = "Teksti ja kuvat: Olli Pajunen";
    winners.related_events = {"ev-9"};
    save(winners);
    save(news_article("avattiin", "2016-02-10T09:00:00+02:00", {"Tori"}));
    core::ArticleInput swedish = news_article("pa-svenska", "2019-12-31T23:30:00Z", {"Tori"});
    swedish.language = "sv";
    save(swedish);
    save(news_article("tuleva", "2099-01-01T09:00:00+02:00", {"Gaala"}));
    site_.uploads().folder.write("uutiskuva.webp", "RIFFkuva");
    site_.uploads().folder.write("ajastettu.webp", "RIFFkuva");
  }
  void save(const core::ArticleInput& input) {
    ASSERT_EQ(site_.store().news().save(input, store::utc_now()).outcome,
              store::ArticleSaveOutcome::kCreated);
  }
  http::Response get(const std::string& target) { return visitor_.get(target); }
  test_support::TestSite site_;
  http::Router router_;
  TestBrowser visitor_{router_};
};

TEST_F(NewsPagesTest, ListsPublishedArticlesNewestFirst) {
  const http::Response list = get("/uutiset");
  ASSERT_EQ(list.status, 200);
  const std::string& html = list.body;
  EXPECT_THAT(html, HasSubstr("3 uutista"));
  EXPECT_LT(html.find("/uutiset/gaala-2025"), html.find("/uutiset/pa-svenska"));
  EXPECT_LT(html.find("/uutiset/pa-svenska"), html.find("/uutiset/avattiin"));
  EXPECT_THAT(html, Not(HasSubstr("/uutiset/tuleva"))) << "scheduled";
  EXPECT_THAT(html, HasSubstr("<option value=\"gaala\">Gaala (1)</option>"));
  EXPECT_THAT(html, HasSubstr("<option value=\"2020\">2020 (1)</option>")) << "Helsinki year";
  EXPECT_THAT(html, HasSubstr("src=\"/media/uutiskuva-t.webp\""));
  EXPECT_THAT(html, HasSubstr("href=\"/uutiset.atom\""));
}

TEST_F(NewsPagesTest, FiltersByKeywordAndYearAndRefusesMalformedOnes) {
  const std::string tori = get("/uutiset?asiasana=tori").body;
  EXPECT_THAT(tori, HasSubstr("2 uutista"));
  EXPECT_THAT(tori, Not(HasSubstr("/uutiset/gaala-2025\"")));
  const std::string year = get("/uutiset?vuosi=2020").body;
  EXPECT_THAT(year, HasSubstr("1 uutinen"));
  EXPECT_THAT(year, HasSubstr("/uutiset/pa-svenska"));
  EXPECT_THAT(get("/uutiset?asiasana=tori&vuosi=2025").body, HasSubstr("Ei uutisia"));
  EXPECT_EQ(get("/uutiset?asiasana=%3Cscript%3E").status, 400);
  EXPECT_EQ(get("/uutiset?vuosi=20x0").status, 400);
  EXPECT_EQ(get("/uutiset?vuosi=99999").status, 400);
  EXPECT_EQ(get("/uutiset?page=3").status, 404);
}

TEST_F(NewsPagesTest, ShowsTheArticleWithItsPicturesKeywordsEventsAndCards) {
  const http::Response page = get("/uutiset/gaala-2025");
  ASSERT_EQ(page.status, 200);
  const std::string& html = page.body;
  EXPECT_THAT(html, HasSubstr("<h1>Otsikko gaala-2025</h1>"));
  EXPECT_THAT(html,
              HasSubstr("<time datetime=\"2025-11-21T09:00:00+02:00\">21.11.2025 klo 9.00</time>"));
  EXPECT_THAT(html, HasSubstr("<img src=\"/media/uutiskuva.webp\" alt=\"Voittajat lavalla.\" "
                              "width=\"1200\" height=\"630\">"));
  EXPECT_THAT(html, HasSubstr("Palkitut gaalan lavalla. <span class=\"news-article__credit\">Kuva: "
                              "Olli Pajunen</span>"));
  EXPECT_THAT(html, HasSubstr("Teksti ja kuvat: Olli Pajunen"));
  EXPECT_THAT(html, HasSubstr("<h2>Väliotsikko</h2>"));
  EXPECT_THAT(html, HasSubstr("Tekstiä &amp; <strong>lihavointia</strong>"));
  EXPECT_THAT(html, HasSubstr("href=\"/asiasanat/kekseliaat-kehittajat\""));
  EXPECT_THAT(html, HasSubstr("href=\"/tapahtumat/tekojen-gaala-2025\""));
  EXPECT_THAT(html, HasSubstr("https://www.linkedin.com/sharing/share-offsite/?url="));
  EXPECT_THAT(
      html,
      HasSubstr(
          "<meta property=\"og:image\" content=\"https://tori.example.fi/media/uutiskuva.webp\">"));
  EXPECT_THAT(html, HasSubstr("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
  EXPECT_THAT(html,
              HasSubstr("<meta property=\"og:description\" content=\"Ingressi gaala-2025.\">"));
  EXPECT_EQ(get("/uutiset/ei-ole").status, 404);
  EXPECT_THAT(get("/uutiset/avattiin").body,
              HasSubstr("<meta name=\"twitter:card\" content=\"summary\">"));
}

TEST_F(NewsPagesTest, AnArticleInSwedishKeepsItsLanguageOnAFinnishPage) {
  const std::string html = get("/uutiset/pa-svenska").body;
  EXPECT_THAT(html, HasSubstr("<article class=\"news-article\" lang=\"sv\">"));
  EXPECT_THAT(get("/sv/uutiset").body, HasSubstr("3 nyheter"));
  EXPECT_THAT(get("/en/uutiset/gaala-2025").body, HasSubstr("href=\"/en/asiasanat/gaala\""));
}

TEST_F(NewsPagesTest, AScheduledArticleIsAPreviewForEditorsOnly) {
  EXPECT_EQ(get("/uutiset/tuleva").status, 404);
  test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const http::Response preview = editor.get("/uutiset/tuleva");
  EXPECT_EQ(preview.status, 200);
  EXPECT_THAT(preview.body, HasSubstr("Ajastettu julkaistavaksi 1.1.2099 klo 9.00"));
  EXPECT_THAT(preview.body, HasSubstr("noindex"));
  EXPECT_EQ(preview.headers.get("Cache-Control").value_or(""), "private, no-store");
}

TEST_F(NewsPagesTest, KeywordPagesListTheirNewsAndHaveAFeed) {
  const http::Response page = get("/asiasanat/tori");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Asiasana: Tori</h1>"));
  EXPECT_THAT(page.body, HasSubstr("2 uutista"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/asiasanat/tori.atom\""));
  EXPECT_EQ(get("/asiasanat/ei-ole").status, 404);
  EXPECT_EQ(get("/asiasanat/Tori").status, 404);
  const http::Response feed = get("/asiasanat/gaala.atom");
  ASSERT_EQ(feed.status, 200);
  EXPECT_THAT(feed.body, HasSubstr("<title type=\"text\">Uutiset: Gaala – Tekojen tori</title>"));
  EXPECT_THAT(feed.body, HasSubstr("/uutiset/gaala-2025"));
  EXPECT_THAT(feed.body, Not(HasSubstr("/uutiset/tuleva")));
}

TEST_F(NewsPagesTest, TheAtomFeedCarriesThePublishedArticles) {
  const http::Response feed = get("/uutiset.atom");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.headers.get("Content-Type").value_or(""), "application/atom+xml; charset=utf-8");
  EXPECT_THAT(feed.body, HasSubstr("<id>https://tori.example.fi/uutiset/gaala-2025</id>"));
  EXPECT_THAT(
      feed.body,
      HasSubstr("<category term=\"kekseliaat-kehittajat\" label=\"Kekseliäät kehittäjät\"/>"));
  EXPECT_THAT(feed.body, Not(HasSubstr("tuleva")));
  EXPECT_THAT(get("/sv/uutiset.atom").body,
              HasSubstr("href=\"https://tori.example.fi/sv/uutiset/gaala-2025\""));
}

TEST_F(NewsPagesTest, TheSitemapListsPublishedArticlesAndKeywords) {
  const std::string xml = sitemap_xml(site_.services(), 0, 1000).value_or("");
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/uutiset</loc>"));
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/uutiset/gaala-2025</loc>"));
  EXPECT_THAT(xml,
              HasSubstr("<loc>https://tori.example.fi/sv/asiasanat/kekseliaat-kehittajat</loc>"));
  EXPECT_THAT(xml, Not(HasSubstr("/uutiset/tuleva")));
}

// Writes the feeds for atom_check.py (Python's feedparser), which runs this test with
// TORI_ATOM_SAMPLE set to a folder; skipped otherwise.
TEST_F(NewsPagesTest, WritesFeedsForThePythonCheck) {
  const char* folder = std::getenv("TORI_ATOM_SAMPLE");
  if (folder == nullptr) GTEST_SKIP() << "TORI_ATOM_SAMPLE not set";
  std::ofstream(std::string(folder) + "/uutiset.atom", std::ios::binary)
      << get("/uutiset.atom").body;
  std::ofstream(std::string(folder) + "/gaala.atom", std::ios::binary)
      << get("/en/asiasanat/gaala.atom").body;
}

TEST_F(NewsPagesTest, ServesAPublishedArticlesPictureOnly) {
  const http::Response picture = get("/media/uutiskuva.webp");
  EXPECT_EQ(picture.status, 200);
  EXPECT_EQ(picture.headers.get("Content-Type").value_or(""), "image/webp");
  core::ArticleInput later = news_article("ajastettu", "2099-01-01T09:00:00+02:00", {});
  later.images = {{"ajastettu.webp", "", 10, 10, "Kuva", "", "", ""}};
  save(later);
  EXPECT_EQ(get("/media/ajastettu.webp").status, 404);
  EXPECT_EQ(get("/media/ei-ole.webp").status, 404);
}

}  // namespace
}  // namespace tori::web
