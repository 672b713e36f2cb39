// SPDX-License-Identifier: AGPL-3.0-or-later
// Podcast and webinar episodes: in public /podcast, /podcast/{slug} and the feed /podcast.rss;
// for editors /toimitus/podcast.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "tori/core/episode.hpp"
#include "tori/http/router.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// In all three languages (/sv/podcast, /en/podcast, …).
void add_podcast_routes(http::Router& router, const Services& services);

// The episode's address in `language` ("/podcast/{slug}", "/sv/podcast/{slug}").
[[nodiscard]] std::string episode_path(text::Language language, std::string_view slug);

// The channel's square picture (data/static/images/podcast-cover.png, 1400×1400 px).
inline constexpr std::string_view kPodcastCover = "images/podcast-cover.png";

// Part of add_podcast_routes: the editors' /toimitus/podcast, …/uusi and …/{jakso}/muokkaa
// (episode_editor.cpp).
void add_episode_editor_routes(http::Router& router, const Services& services);

// Part of add_podcast_routes: /podcast.rss (podcast_feed.cpp).
void add_podcast_feed_route(http::Router& router, const Services& services);

// Part of add_podcast_routes: /podcast/{slug} (podcast_episode_page.cpp).
void add_podcast_episode_route(http::Router& router, const Services& services);

// "29 min", "1 h 2 min", "45 s": a duration as the pages show it.
[[nodiscard]] std::string duration_words(std::int64_t seconds);

}  // namespace tori::web
