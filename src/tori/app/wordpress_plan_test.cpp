// SPDX-License-Identifier: AGPL-3.0-or-later
// plan_wordpress_import on the fixture export: what each post and page becomes, what is
// skipped and why, and the redirects from the old addresses.
#include "tori/app/wordpress_plan.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "tori/testing/temp_dir.hpp"
#include "tori/text/time_format.hpp"

namespace tori::app {
namespace {

wordpress::WxrFile fixture_export() {
  std::ifstream in(std::string(TORI_SOURCE_DATA_DIR) + "/../tests/fixtures/wordpress/export.xml",
                   std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return std::get<wordpress::WxrFile>(wordpress::read_wxr(bytes));
}

TEST(WordpressPlan, PostsBecomeArticles) {
  const WordpressPlan plan = plan_wordpress_import(fixture_export());
  ASSERT_TRUE(plan.errors.empty()) << plan.errors.front();
  ASSERT_EQ(plan.articles.size(), 3U);
  const core::ArticleInput& first = plan.articles[0].input;
  EXPECT_EQ(first.slug, "kehittajat-kokoontuivat");
  EXPECT_EQ(first.title, "Kehittäjät kokoontuivat Tampereella");
  EXPECT_EQ(first.lead, "Yli sata kehittäjää kokoontui Tampereelle.");
  EXPECT_TRUE(
      first.body.starts_with("Yli sata kehittäjää kokoontui Tampereelle **toukokuussa**."
                             "\\\nPäivän aiheena oli työhyvinvointi.\n\n## Mitä opimme?"))
      << first.body;
  EXPECT_EQ(first.body.find("alert"), std::string::npos);
  EXPECT_EQ(first.author, "Maija Meikäläinen");
  EXPECT_EQ(first.keywords, (std::vector<std::string>{"Tapahtumat", "Työhyvinvointi"}));
  EXPECT_EQ(first.language, "fi");
  EXPECT_EQ(text::format_rfc3339_helsinki(first.published_at), "2019-05-14T12:30:00+03:00");
  ASSERT_EQ(plan.articles[0].pictures.size(), 2U);
  EXPECT_EQ(plan.articles[0].pictures[0].url,
            "https://vanha.example.fi/wp-content/uploads/2019/05/jarvi.png");
  EXPECT_EQ(plan.articles[0].pictures[0].alt, "Järvi ja laituri illalla");
  EXPECT_EQ(plan.articles[0].pictures[1].caption, "Näkymä kokouspaikalta");
  const core::ArticleInput& second = plan.articles[1].input;
  EXPECT_EQ(second.title, "Hakuaika päättyy & uusi alkaa");
  EXPECT_EQ(second.lead, "Hakuaika päättyy perjantaina. Hakemukset sähköisesti.");
  EXPECT_TRUE(second.body.starts_with("Kysymykset: tästä \\[x\\](javascript:alert(2)) **\\*\\***"))
      << second.body;
  EXPECT_EQ(second.author, "tuntematon");
  EXPECT_EQ(plan.articles[2].input.slug, "aani-kuuluu-podcast-alkaa");
}

TEST(WordpressPlan, PagesRedirectsAndSkipped) {
  const WordpressPlan plan = plan_wordpress_import(fixture_export());
  ASSERT_EQ(plan.pages.size(), 1U);
  EXPECT_EQ(plan.pages[0].slug, "yhteistyokumppanit");
  EXPECT_EQ(
      plan.pages[0].versions[0].body,
      "Ohjelmassa ovat mukana kunnat ja järjestöt.\n\n### Kunnat\n\n1. Tampere\n2. Äänekoski");
  std::vector<std::string> rules;
  for (const core::RedirectInput& rule : plan.redirects)
    rules.push_back(rule.old_path + " " + rule.target);
  EXPECT_EQ(rules, (std::vector<std::string>{
                       "/2019/05/kehittajat-kokoontuivat /uutiset/kehittajat-kokoontuivat",
                       "/?p=123 /uutiset/kehittajat-kokoontuivat",
                       "/2020/01/hakuaika /uutiset/hakuaika",
                       "/?p=130 /uutiset/hakuaika",
                       "/?p=140 /uutiset/aani-kuuluu-podcast-alkaa",
                       "/kumppanit /yhteistyokumppanit",
                       "/?page_id=20 /yhteistyokumppanit",
                   }));
  ASSERT_EQ(plan.skipped.size(), 3U);
  EXPECT_NE(plan.skipped[0].find("post 150 \"Keskeneräinen luonnos\": status draft"),
            std::string::npos);
  EXPECT_NE(plan.skipped[1].find("page 21 \"Uutiset\": slug: "), std::string::npos);
  EXPECT_NE(plan.skipped[2].find("nav_menu_item is not imported"), std::string::npos);
}

TEST(WordpressPlan, TheOldFrontPageIsNotRedirected) {
  wordpress::WxrFile file = fixture_export();
  file.items[5].link = "https://vanha.example.fi/";
  const WordpressPlan plan = plan_wordpress_import(file);
  ASSERT_EQ(plan.pages.size(), 1U);
  for (const core::RedirectInput& rule : plan.redirects)
    EXPECT_NE(rule.old_path, "/");
  EXPECT_EQ(plan.redirects.back().old_path, "/?page_id=20");
}

TEST(WordpressPlan, ARuleBrokenAnywhereIsAnError) {
  wordpress::WxrFile file = fixture_export();
  file.items[1].post_date_gmt = "0000-00-00 00:00:00";
  file.items[2].title = "";
  const WordpressPlan plan = plan_wordpress_import(file);
  ASSERT_EQ(plan.errors.size(), 2U);
  EXPECT_NE(plan.errors[0].find("post 123: wp:post_date_gmt is not a date"), std::string::npos);
  EXPECT_NE(plan.errors[1].find("post 130: title: "), std::string::npos) << plan.errors[1];
}

TEST(WordpressPictures, OnlyFilesInsideTheUploadsFolderAreRead) {
  const testing::TempDir temp;
  const std::filesystem::path uploads = temp / "uploads";
  std::filesystem::create_directories(uploads / "2019/05");
  std::filesystem::copy_file(
      std::string(TORI_SOURCE_DATA_DIR) + "/../tests/fixtures/wordpress/uploads/2019/05/jarvi.png",
      uploads / "2019/05/jarvi.png");
  temp.write("salainen.png", "not for the site");
  std::filesystem::create_symlink(temp / "salainen.png", uploads / "2019/05/linkki.png");
  const std::string site = "https://vanha.example.fi/wp-content/uploads/";
  std::vector<PlannedArticle> articles(1);
  articles[0].label = "post 1";
  articles[0].input.title = "Otsikko";
  for (const char* path : {"../salainen.png", "2019/%2e%2e/../salainen.png", "2019/05/linkki.png",
                           "/etc/passwd", "2019/05/jarvi-300x200.png", "2019/05/jarvi.png"})
    articles[0].pictures.push_back({site + path, "Kuva", ""});
  articles[0].pictures.push_back({"https://muualla.example/kuva.png", "Kuva", ""});
  const store::UploadFolder folder{temp / "site-uploads"};
  PictureReport report;
  read_wordpress_pictures(articles, uploads, folder, report);
  EXPECT_EQ(report.imported, 1U);
  ASSERT_EQ(report.missing.size(), 5U);
  EXPECT_NE(report.missing[0].find("salainen.png: not a file under /wp-content/uploads/"),
            std::string::npos)
      << report.missing[0];
  EXPECT_NE(report.missing[1].find(": not a file under"), std::string::npos);
  EXPECT_NE(report.missing[2].find("linkki.png: no such file in the uploads folder"),
            std::string::npos);
  EXPECT_NE(report.missing[4].find("muualla.example/kuva.png: not a file under"),
            std::string::npos);
  ASSERT_EQ(articles[0].input.images.size(), 1U);  // the resized copy and the original are one
  EXPECT_EQ(folder.list().size(), 2U);             // the display picture and its thumbnail
}

}  // namespace
}  // namespace tori::app
