// SPDX-License-Identifier: AGPL-3.0-or-later
// /podcast.rss: the published episodes as an RSS 2.0 podcast feed with the iTunes tags, the
// channel's texts from the catalogue and every address absolute (from base_url).
#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/podcast/podcast_pages.hpp"
#include "tori/web/podcast/podcast_rss.hpp"
#include "tori/web/practice_media_view.hpp"

namespace tori::web {
namespace {

// How many episodes the feed carries (apps read the whole feed; 112 episodes is a small one).
constexpr int kFeedEpisodes = 500;
constexpr std::size_t kItunesSummaryLength = 4000;

PodcastItem episode_item(const Services& services, Language language,
                         const core::Episode& episode) {
  const core::EpisodeInput& input = episode.input;
  return PodcastItem{
      .guid = "tori-episode-" + input.slug,
      .title = input.title,
      .link = absolute_url(services.site, episode_path(language, input.slug)),
      .description_html = text::markdown_to_html(input.description, 2),
      .summary = text::markdown_to_text(input.description, kItunesSummaryLength),
      .enclosure_url = absolute_url(services.site, media_url(input.audio_file)),
      .enclosure_bytes = input.audio_bytes,
      .enclosure_type = input.audio_type,
      .duration_seconds = input.duration_seconds,
      .episode = input.episode_number,
      .season = input.season_number,
      .episode_type = "full",
      .published = input.published_at,
  };
}

http::Response podcast_feed(const http::Request&, const Services& services, Language language) {
  const auto message = [&](std::string_view key) { return services.catalogue.text(language, key); };
  PodcastChannel channel{
      .title = message("podcast.feed.title"),
      .link = absolute_url(services.site, localised_path(language, "/podcast")),
      .self_url = absolute_url(services.site, localised_path(language, "/podcast.rss")),
      .description = message("podcast.feed.description"),
      .language = std::string(text::language_code(language)),
      .author = message("podcast.feed.author"),
      .owner_name = message("podcast.feed.author"),
      .image_url = absolute_url(services.site, "/static/" + std::string(kPodcastCover)),
      .category = "Government",
      .copyright = message("podcast.feed.copyright"),
      .items = {},
  };
  for (const core::Episode& episode :
       services.store.episodes().published({.now = store::utc_now(), .limit = kFeedEpisodes}))
    channel.items.push_back(episode_item(services, language, episode));
  http::Response response{.status = 200, .headers = {}, .body = write_podcast_rss(channel)};
  response.headers.set("Content-Type", "application/rss+xml; charset=utf-8");
  response.headers.set("Cache-Control", "public, max-age=300");
  return response;
}

}  // namespace

void add_podcast_feed_route(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/podcast.rss", podcast_feed);
}

}  // namespace tori::web
