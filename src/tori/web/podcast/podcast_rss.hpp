// SPDX-License-Identifier: AGPL-3.0-or-later
// RSS 2.0 with the iTunes podcast tags, as podcast apps read it: a plain writer, no I/O.
//
//   PodcastChannel channel{.title = "Torikahvit", .link = page_url, .self_url = feed_url, …};
//   channel.items.push_back({.guid = "tori-episode-torikahvit-1", .enclosure_url = …, …});
//   std::string xml = write_podcast_rss(channel);  // served as application/rss+xml
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tori/text/time_format.hpp"

namespace tori::web {

struct PodcastItem {
  std::string guid;  // stable, not a URL (isPermaLink="false")
  std::string title;
  std::string link;  // the episode's page, absolute
  std::string description_html;
  std::string summary;        // plain text for itunes:summary
  std::string enclosure_url;  // the audio, absolute
  std::int64_t enclosure_bytes = 0;
  std::string enclosure_type;
  std::int64_t duration_seconds = 0;
  std::optional<int> episode;
  std::optional<int> season;
  std::string episode_type = "full";  // full, trailer or bonus
  text::TimePoint published{};
};

struct PodcastChannel {
  std::string title;
  std::string link;      // the podcast's page, absolute
  std::string self_url;  // the feed itself, absolute
  std::string description;
  std::string language;  // fi, sv or en
  std::string author;
  std::string owner_name;
  std::string image_url;  // a square picture of 1400–3000 px, absolute
  std::string category;   // an Apple Podcasts category ("Education")
  std::string copyright;
  std::vector<PodcastItem> items;  // newest first
};

// The feed as an XML document in UTF-8: RSS 2.0 with the itunes and atom namespaces;
// every text escaped for XML, pubDate in RFC 822 (UTC), itunes:duration in seconds,
// itunes:explicit false. REQUIRES: valid UTF-8.
[[nodiscard]] std::string write_podcast_rss(const PodcastChannel& channel);

// "Tue, 12 Mar 2019 05:00:00 +0000" (RFC 822 with a four-digit year, as RSS 2.0 uses it).
[[nodiscard]] std::string format_rfc822(text::TimePoint time);

}  // namespace tori::web
