// SPDX-License-Identifier: AGPL-3.0-or-later
// Atom 1.0 feeds (RFC 4287) of the site's news and practices: a plain writer, no I/O.
//
//   AtomFeed feed{.id = url, .title = "Uutiset – Tekojen tori", .self_url = url + ".atom", …};
//   feed.entries.push_back({.id = article_url, .title = title, .url = article_url, …});
//   std::string xml = write_atom(feed);  // served as application/atom+xml
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tori/http/message.hpp"
#include "tori/text/time_format.hpp"

namespace tori::web {

struct AtomEntry {
  std::string id;  // an absolute URL that never changes (the entry's page)
  std::string title;
  std::string url;  // the entry's page
  std::string summary;
  std::string content_html;  // safe HTML (rendered Markdown); "" for none
  std::string author;        // "" leaves it to the feed's author
  std::string language;      // xml:lang of the entry when it differs from the feed's; "" same
  text::TimePoint published{};
  text::TimePoint updated{};
  std::vector<std::pair<std::string, std::string>> categories;  // term (slug), label
};

struct AtomFeed {
  std::string id;  // the feed's page, absolute
  std::string title;
  std::string subtitle;
  std::string self_url;       // the feed itself, absolute
  std::string page_url;       // the HTML page it follows, absolute
  std::string author;         // the feed's author (each entry needs one; RFC 4287 4.1.1)
  std::string language;       // fi, sv or en
  text::TimePoint updated{};  // the newest entry's update (or any fixed moment for an empty feed)
  std::vector<AtomEntry> entries;
};

// `text` escaped for XML text and attribute values (text::escape_html's entities are XML's
// too), the C0 controls XML 1.0 forbids dropped first (the RSS writer uses it too).
[[nodiscard]] std::string xml_escape(std::string_view text);
// Appends <name attributes>escaped value</name> and a line break; `attributes` (" type=\"text\"")
// are written as given.
void xml_element(std::string& xml, std::string_view name, std::string_view value,
                 std::string_view attributes = "");

// The feed as an XML document in UTF-8; every text escaped for XML, characters XML 1.0 does not
// allow dropped, times RFC 3339 in UTC. REQUIRES: valid UTF-8.
[[nodiscard]] std::string write_atom(const AtomFeed& feed);

// The feed as a response: 200, application/atom+xml, public for five minutes.
[[nodiscard]] http::Response atom_response(const AtomFeed& feed);

// What the feed's `updated` should be: the newest of the entries' updates, else `fallback`.
[[nodiscard]] text::TimePoint newest_update(const std::vector<AtomEntry>& entries,
                                            text::TimePoint fallback);

}  // namespace tori::web
