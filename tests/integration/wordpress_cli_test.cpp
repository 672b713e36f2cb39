// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import wordpress FILE.xml --uploads DIR` as a user runs it on the fixture export: the
// summary, a second run that changes nothing, and the served site: the article with its
// cleaned body and picture, the old addresses answered with 301, the imported page.
#include <gtest/gtest.h>

#include <regex>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

const std::string kFixtures = std::string(TORI_SOURCE_DIR) + "/tests/fixtures/wordpress";

CommandResult import_wordpress(const TempDir& folder, const std::string& file,
                               bool with_uploads = true) {
  std::vector<std::string> args = {"import", "wordpress", file};
  if (with_uploads) args.insert(args.end(), {"--uploads", kFixtures + "/uploads"});
  args.insert(args.end(), {"--data", (folder / "data").string()});
  return run_tori(args);
}

bool has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

void expect_summary(const CommandResult& first) {
  ASSERT_EQ(first.exit_code, 0) << first.err << first.out;
  EXPECT_TRUE(has(first.out, "posts: 3 created, 0 updated, 0 unchanged")) << first.out;
  EXPECT_TRUE(has(first.out, "pages: 1 created, 0 updated, 0 unchanged")) << first.out;
  EXPECT_TRUE(has(first.out, "pictures: 1 imported, 1 left out")) << first.out;
  EXPECT_TRUE(has(first.out, "puuttuu.jpg: no such file in the uploads folder")) << first.out;
  EXPECT_TRUE(has(first.out, "redirects: 7 created, 0 updated")) << first.out;
  EXPECT_TRUE(has(first.out, "skipped: 3")) << first.out;
  EXPECT_TRUE(has(first.out, "\"Keskeneräinen luonnos\": status draft")) << first.out;
  EXPECT_TRUE(has(first.out, "page 21 \"Uutiset\": slug: ")) << first.out;
}

void expect_article(unsigned short port) {
  const auto page = try_get(port, "/uutiset/kehittajat-kokoontuivat");
  ASSERT_TRUE(page.has_value());
  ASSERT_EQ(page->status, 200);
  EXPECT_TRUE(has(page->body, "<strong>toukokuussa</strong>")) << page->body;
  EXPECT_TRUE(has(page->body, "Mitä opimme?"));
  EXPECT_TRUE(has(page->body, "href=\"https://example.fi/ohjelma\""));
  EXPECT_TRUE(has(page->body, "Maija Meikäläinen"));
  EXPECT_TRUE(has(page->body, "Näkymä kokouspaikalta"));
  EXPECT_FALSE(has(page->body, "alert(\"vanha\")"));
  EXPECT_FALSE(has(page->body, "onclick"));
  std::smatch picture;
  ASSERT_TRUE(
      std::regex_search(page->body, picture, std::regex("/media/w[0-9a-f]{16}(-t)?\\.webp")))
      << page->body;
  const auto image = try_get(port, picture[0].str());
  ASSERT_TRUE(image.has_value());
  EXPECT_EQ(image->status, 200);
  EXPECT_EQ(image->header("content-type"), "image/webp");
  const auto hostile = try_get(port, "/uutiset/hakuaika");
  ASSERT_EQ(hostile->status, 200);
  EXPECT_FALSE(has(hostile->body, "href=\"javascript")) << hostile->body;
  EXPECT_TRUE(has(hostile->body, "<strong>**</strong>")) << hostile->body;
}

void expect_redirects(unsigned short port) {
  const auto moved = try_get(port, "/2019/05/kehittajat-kokoontuivat/");
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(moved->status, 301);
  EXPECT_TRUE(moved->header("location").ends_with("/uutiset/kehittajat-kokoontuivat"))
      << moved->header("location");
  EXPECT_TRUE(
      try_get(port, "/?p=140")->header("location").ends_with("/uutiset/aani-kuuluu-podcast-alkaa"));
  EXPECT_TRUE(try_get(port, "/?page_id=20")->header("location").ends_with("/yhteistyokumppanit"));
  EXPECT_EQ(try_get(port, "/kumppanit/")->status, 301);
  const auto page = try_get(port, "/yhteistyokumppanit");
  EXPECT_EQ(page->status, 200);
  EXPECT_TRUE(has(page->body, "Äänekoski"));
}

TEST(WordpressCli, ImportsTheExportOnceAndServesIt) {
  TempDir folder;
  expect_summary(import_wordpress(folder, kFixtures + "/export.xml"));
  const CommandResult again = import_wordpress(folder, kFixtures + "/export.xml");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(has(again.out, "posts: 0 created, 0 updated, 3 unchanged")) << again.out;
  EXPECT_TRUE(has(again.out, "pages: 0 created, 0 updated, 1 unchanged")) << again.out;
  EXPECT_TRUE(has(again.out, "redirects: 0 created, 7 updated")) << again.out;
  ServerProcess server(ServerProcess::Options{.data = folder / "data"});
  expect_article(server.port());
  expect_redirects(server.port());
}

TEST(WordpressCli, ABrokenFileImportsNothing) {
  TempDir folder;
  folder.write("bad.xml",
               "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\" "
               "xmlns:content=\"http://purl.org/rss/1.0/modules/content/"
               "\"><channel>\n<item><title>A</title><wp:post_id>1</wp:post_id><wp:post_type>post"
               "</wp:post_type><wp:status>publish</wp:status><wp:post_date_gmt>2020-01-01 "
               "10:00:00</wp:post_date_gmt><content:encoded>x</content:encoded></item>\n"
               "<item><title>B</title></titel></item></channel></rss>\n");
  const CommandResult bad = import_wordpress(folder, (folder / "bad.xml").string());
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_TRUE(has(bad.err, "bad.xml: line 4: ")) << bad.err;
  EXPECT_TRUE(has(bad.err, "nothing was imported")) << bad.err;
  const CommandResult no_pictures =
      import_wordpress(folder, kFixtures + "/export.xml", /*with_uploads=*/false);
  ASSERT_EQ(no_pictures.exit_code, 0) << no_pictures.err;
  EXPECT_TRUE(has(no_pictures.out, "pictures: 0 imported, 3 left out")) << no_pictures.out;
  EXPECT_TRUE(has(no_pictures.out, "no --uploads folder was given")) << no_pictures.out;
}

}  // namespace
}  // namespace tori::testing
