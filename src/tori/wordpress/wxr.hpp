// SPDX-License-Identifier: AGPL-3.0-or-later
// WordPress export files (WXR 1.0–1.2, an RSS 2.0 document) read with libxml2, safely.
//
//   auto read = read_wxr(bytes);
//   if (auto* error = std::get_if<WxrError>(&read)) … error->line, error->message
//   for (const WxrItem& item : std::get<WxrFile>(read).items) … item.post_type == "post"
//
// The file is hostile input: it is parsed with XML_PARSE_NONET and without XML_PARSE_NOENT,
// XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR, and a file with a DOCTYPE is refused whole (WordPress
// never writes one), so no entity is expanded and no external file or URL is read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tori::wordpress {

// The largest file read_wxr takes (bytes).
inline constexpr std::size_t kMaxWxrBytes = 256 * 1024 * 1024;

// A category, tag or other term of an item: <category domain="post_tag" nicename="…">Name</…>.
struct WxrTerm {
  std::string domain;    // "category", "post_tag", "language" (Polylang), …
  std::string nicename;  // the term's slug
  std::string name;
  friend bool operator==(const WxrTerm&, const WxrTerm&) = default;
};

// One <item>: a post, a page, an attachment or anything else WordPress stores as a post.
struct WxrItem {
  long line = 0;  // of the <item> start tag
  std::string title;
  std::string link;  // the old address: "https://vanha.example.fi/2019/05/otsikko/"
  std::int64_t post_id = 0;
  std::string post_name;      // the old slug, possibly %-encoded
  std::string post_type;      // "post", "page", "attachment", "nav_menu_item", …
  std::string status;         // "publish", "future", "draft", "pending", "private", …
  std::string post_date_gmt;  // "2019-05-14 09:30:00"; "0000-00-00 00:00:00" for drafts
  std::string creator;        // dc:creator, an author's login
  std::string content;        // content:encoded (HTML)
  std::string excerpt;        // excerpt:encoded
  std::vector<WxrTerm> terms;
  std::string attachment_url;     // attachments: wp:attachment_url
  std::string attached_file;      // attachments: the _wp_attached_file meta ("2019/05/kuva.jpg")
  std::string image_alt;          // attachments: the _wp_attachment_image_alt meta
  std::int64_t thumbnail_id = 0;  // the featured image's attachment (_thumbnail_id meta)
};

struct WxrAuthor {
  std::string login;
  std::string display_name;
};

struct WxrFile {
  std::string site_url;  // the channel's <link>
  std::string language;  // the channel's <language>: "fi", "sv-SE", … (may be empty)
  std::vector<WxrAuthor> authors;
  std::vector<WxrItem> items;  // in file order
};

struct WxrError {
  long line = 0;  // 0 when the file has no line to blame (too large, empty)
  std::string message;
};

// Reads a WXR file's channel: its authors and items. An error (not XML, a DOCTYPE, no
// <channel>, an item without a numeric wp:post_id) refuses the whole file.
[[nodiscard]] std::variant<WxrFile, WxrError> read_wxr(std::string_view bytes);

}  // namespace tori::wordpress
