// SPDX-License-Identifier: AGPL-3.0-or-later
// read_wxr on the fixture export, and hostile or broken files refused with their line.
#include "tori/wordpress/wxr.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace tori::wordpress {
namespace {

std::string fixture() {
  std::ifstream in(std::string(TORI_SOURCE_DATA_DIR) + "/../tests/fixtures/wordpress/export.xml",
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

WxrError error_of(std::string_view bytes) {
  auto read = read_wxr(bytes);
  if (auto* error = std::get_if<WxrError>(&read)) return *error;
  ADD_FAILURE() << "read";
  return {};
}

constexpr std::string_view kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
    "xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>\n";

TEST(Wxr, ReadsTheFixture) {
  auto read = read_wxr(fixture());
  ASSERT_TRUE(std::holds_alternative<WxrFile>(read)) << std::get<WxrError>(read).message;
  const WxrFile& file = std::get<WxrFile>(read);
  EXPECT_EQ(file.site_url, "https://vanha.example.fi");
  EXPECT_EQ(file.language, "fi");
  ASSERT_EQ(file.authors.size(), 1U);
  EXPECT_EQ(file.authors[0].login, "maija");
  EXPECT_EQ(file.authors[0].display_name, "Maija Meikäläinen");
  ASSERT_EQ(file.items.size(), 8U);
  const WxrItem& attachment = file.items[0];
  EXPECT_EQ(attachment.post_type, "attachment");
  EXPECT_EQ(attachment.post_id, 45);
  EXPECT_EQ(attachment.attachment_url,
            "https://vanha.example.fi/wp-content/uploads/2019/05/jarvi.png");
  EXPECT_EQ(attachment.attached_file, "2019/05/jarvi.png");
  EXPECT_EQ(attachment.image_alt, "Järvi ja laituri illalla");
  const WxrItem& post = file.items[1];
  EXPECT_EQ(post.title, "Kehittäjät kokoontuivat Tampereella");
  EXPECT_EQ(post.link, "https://vanha.example.fi/2019/05/kehittajat-kokoontuivat/");
  EXPECT_EQ(post.post_id, 123);
  EXPECT_EQ(post.post_name, "kehittajat-kokoontuivat");
  EXPECT_EQ(post.post_type, "post");
  EXPECT_EQ(post.status, "publish");
  EXPECT_EQ(post.post_date_gmt, "2019-05-14 09:30:00");
  EXPECT_EQ(post.creator, "maija");
  EXPECT_TRUE(post.content.starts_with("Yli sata kehittäjää")) << post.content;
  EXPECT_EQ(post.excerpt, "Yli sata kehittäjää kokoontui Tampereelle.");
  ASSERT_EQ(post.terms.size(), 3U);
  EXPECT_EQ(post.terms[1], (WxrTerm{"post_tag", "tyohyvinvointi", "Työhyvinvointi"}));
  EXPECT_EQ(post.thumbnail_id, 45);
  EXPECT_GT(post.line, 30);
  EXPECT_EQ(file.items[4].status, "draft");
  EXPECT_EQ(file.items[5].post_type, "page");
}

TEST(Wxr, BillionLaughsIsRefusedUnexpanded) {
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
  bomb += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
  for (int i = 2; i <= 9; ++i) {
    bomb += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j)
      bomb += "&lol" + std::to_string(i - 1) + ";";
    bomb += "\">\n";
  }
  bomb += "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>\n";
  const WxrError error = error_of(bomb);
  EXPECT_EQ(error.line, 2);
  EXPECT_NE(error.message.find("DOCTYPE"), std::string::npos) << error.message;
}

TEST(Wxr, ExternalEntityIsNotRead) {
  const WxrError error = error_of(
      "<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "
      "\"file:///etc/passwd\">]>\n<rss><channel><item><title>&xxe;</title><wp:post_id>1"
      "</wp:post_id></item></channel></rss>");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.message.find("root:"), std::string::npos);
}

// UTF-16 hides the DOCTYPE from the byte scan: libxml2 then sees it, expands nothing, loads
// nothing, and the DOCTYPE is refused after the parse.
TEST(Wxr, Utf16DoctypeIsRefusedToo) {
  const std::string ascii =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "
      "\"file:///etc/passwd\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>\n"
      "<rss><channel><item><title>&xxe;&b;</title><wp:post_id>1</wp:post_id></item></channel>"
      "</rss>";
  std::string utf16 = "\xFF\xFE";
  for (const char c : ascii) {
    utf16 += c;
    utf16 += '\0';
  }
  const WxrError error = error_of(utf16);
  EXPECT_EQ(error.message.find("root:"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("DOCTYPE"), std::string::npos) << error.message;
}

TEST(Wxr, UndeclaredEntityIsAnErrorWithItsLine) {
  const WxrError error =
      error_of(std::string(kHead) + "<item>\n<title>&xxe;</title></item></channel></rss>");
  EXPECT_EQ(error.line, 4);
  EXPECT_NE(error.message.find("xxe"), std::string::npos) << error.message;
}

TEST(Wxr, BrokenXmlGivesTheLine) {
  const WxrError error = error_of(std::string(kHead) + "<item>\n<title>x</titel>\n</item>");
  EXPECT_EQ(error.line, 4);
  EXPECT_FALSE(error.message.empty());
}

TEST(Wxr, AnItemWithoutPostIdIsRefused) {
  const WxrError error = error_of(std::string(kHead) +
                                  "<item><wp:post_id>1</wp:post_id></item>\n<item>\n<title>x"
                                  "</title><wp:post_id>x</wp:post_id></item></channel></rss>");
  EXPECT_EQ(error.line, 4);
  EXPECT_NE(error.message.find("post_id"), std::string::npos);
}

TEST(Wxr, NotAnExport) {
  EXPECT_EQ(error_of("").message, "the file is empty");
  EXPECT_NE(error_of("<html><body/></html>").message.find("<rss>"), std::string::npos);
  EXPECT_NE(error_of("<rss version=\"2.0\"/>").message.find("<channel>"), std::string::npos);
  EXPECT_NE(error_of("plain text").line, 0);
}

}  // namespace
}  // namespace tori::wordpress
