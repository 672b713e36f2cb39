// SPDX-License-Identifier: AGPL-3.0-or-later
// write_podcast_rss: an RSS 2.0 podcast feed built as text, each value escaped for XML.
#include "tori/web/podcast/podcast_rss.hpp"

#include <chrono>
#include <cstdio>

#include "tori/web/atom.hpp"  // xml_escape

namespace tori::web {
namespace {

std::string rss_attribute(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + xml_escape(value) + "\"";
}

void write_item(std::string& xml, const PodcastItem& item) {
  xml += "<item>\n";
  xml_element(xml, "title", item.title);
  xml_element(xml, "link", item.link);
  xml_element(xml, "guid", item.guid, " isPermaLink=\"false\"");
  xml_element(xml, "pubDate", format_rfc822(item.published));
  xml_element(xml, "description", item.description_html);
  xml += "<enclosure" + rss_attribute("url", item.enclosure_url) +
         rss_attribute("length", std::to_string(item.enclosure_bytes)) +
         rss_attribute("type", item.enclosure_type) + "/>\n";
  xml_element(xml, "itunes:title", item.title);
  xml_element(xml, "itunes:summary", item.summary);
  xml_element(xml, "itunes:duration", std::to_string(item.duration_seconds));
  if (item.episode) xml_element(xml, "itunes:episode", std::to_string(*item.episode));
  if (item.season) xml_element(xml, "itunes:season", std::to_string(*item.season));
  xml_element(xml, "itunes:episodeType", item.episode_type);
  xml_element(xml, "itunes:explicit", "false");
  xml += "</item>\n";
}

void write_channel_head(std::string& xml, const PodcastChannel& channel) {
  xml_element(xml, "title", channel.title);
  xml_element(xml, "link", channel.link);
  xml += "<atom:link" + rss_attribute("href", channel.self_url) +
         " rel=\"self\" type=\"application/rss+xml\"/>\n";
  xml_element(xml, "description", channel.description);
  xml_element(xml, "language", channel.language);
  xml_element(xml, "copyright", channel.copyright);
  if (!channel.items.empty())
    xml_element(xml, "lastBuildDate", format_rfc822(channel.items.front().published));
  xml += "<image>\n";
  xml_element(xml, "url", channel.image_url);
  xml_element(xml, "title", channel.title);
  xml_element(xml, "link", channel.link);
  xml += "</image>\n";
  xml_element(xml, "itunes:author", channel.author);
  xml_element(xml, "itunes:summary", channel.description);
  xml += "<itunes:owner>\n";
  xml_element(xml, "itunes:name", channel.owner_name);
  xml += "</itunes:owner>\n";
  xml += "<itunes:image" + rss_attribute("href", channel.image_url) + "/>\n";
  xml += "<itunes:category" + rss_attribute("text", channel.category) + "/>\n";
  xml_element(xml, "itunes:explicit", "false");
  xml_element(xml, "itunes:type", "episodic");
}

}  // namespace

std::string format_rfc822(text::TimePoint time) {
  using namespace std::chrono;
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto day = floor<days>(time);
  const year_month_day date{day};
  const hh_mm_ss clock{floor<seconds>(time - day)};
  char text[48];
  std::snprintf(text, sizeof text, "%s, %02u %s %04d %02lld:%02lld:%02lld +0000",
                kDays[weekday{day}.c_encoding()], static_cast<unsigned>(date.day()),
                kMonths[static_cast<unsigned>(date.month()) - 1], static_cast<int>(date.year()),
                static_cast<long long>(clock.hours().count()),
                static_cast<long long>(clock.minutes().count()),
                static_cast<long long>(clock.seconds().count()));
  return text;
}

std::string write_podcast_rss(const PodcastChannel& channel) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml +=
      "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
      " xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n";
  write_channel_head(xml, channel);
  for (const PodcastItem& item : channel.items)
    write_item(xml, item);
  xml += "</channel>\n</rss>\n";
  return xml;
}

}  // namespace tori::web
