// SPDX-License-Identifier: AGPL-3.0-or-later
// /podcast: the published episodes newest first, all or of one kind (?tyyppi=podcast|webinar),
// with the feed's address; and the shared helpers of the podcast pages.
#include <string>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/podcast/podcast_pages.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// The length of a card's description.
constexpr std::size_t kEpisodeCardLength = 240;

// ?tyyppi=podcast|webinar; nothing for all, an error for anything else.
struct KindFilter {
  bool valid = true;
  std::optional<core::EpisodeKind> kind;
};

KindFilter parse_kind_filter(const http::Request& request) {
  const auto value = request.query_param("tyyppi");
  if (!value || value->empty()) return {};
  const auto kind = core::parse_episode_kind(*value);
  return {kind.has_value(), kind};
}

void fill_kind_links(Dictionary& body, const Services& services, Language language,
                     std::optional<core::EpisodeKind> current) {
  const std::string base = localised_path(language, "/podcast");
  struct Choice {
    std::optional<core::EpisodeKind> kind;
    const char* label;
    std::string url;
  };
  const Choice choices[] = {
      {std::nullopt, "podcast.filter.all", base},
      {core::EpisodeKind::kPodcast, "podcast.filter.podcasts", base + "?tyyppi=podcast"},
      {core::EpisodeKind::kWebinar, "podcast.filter.webinars", base + "?tyyppi=webinar"},
  };
  for (const Choice& choice : choices) {
    Dictionary* link = body.AddSectionDictionary("KIND_LINK");
    link->SetValue("URL", choice.url);
    link->SetValue("LABEL", services.catalogue.text(language, choice.label));
    if (choice.kind == current) link->ShowSection("CURRENT");
  }
}

void fill_episode_cards(Dictionary& body, const Services& services, Language language,
                        const std::vector<core::Episode>& episodes) {
  if (episodes.empty()) {
    body.ShowSection("NO_EPISODES");
    return;
  }
  Dictionary* list = body.AddSectionDictionary("HAS_EPISODES");
  for (const core::Episode& episode : episodes) {
    const core::EpisodeInput& input = episode.input;
    Dictionary* card = list->AddSectionDictionary("EPISODE");
    card->SetValue("URL", episode_path(language, input.slug));
    card->SetValue("TITLE", input.title);
    card->SetValue("LANG", input.language);
    card->SetValue("KIND",
                   services.catalogue.text(
                       language, "podcast.kind." + std::string(episode_kind_name(input.kind))));
    card->SetValue("DATE", text::format_date(input.published_at, language));
    card->SetValue("DATETIME", text::format_rfc3339_helsinki(input.published_at));
    card->SetValue("DURATION", duration_words(input.duration_seconds));
    card->SetValue("DURATION_ISO", "PT" + std::to_string(input.duration_seconds) + "S");
    card->SetValue("SUMMARY", text::markdown_to_text(input.description, kEpisodeCardLength));
  }
}

http::Response podcast_list_page(const http::Request& request, const Services& services,
                                 Language language) {
  const KindFilter filter = parse_kind_filter(request);
  if (!filter.valid) return error_page(services, language, 400);
  const auto episodes =
      services.store.episodes().published({.kind = filter.kind, .now = store::utc_now()});
  Page page(language, "podcast_list");
  page.meta.title = services.catalogue.text(language, "podcast.list.title");
  page.meta.description = services.catalogue.text(language, "podcast.list.description");
  page.meta.path = "/podcast";
  page.meta.nav = NavItem::kNews;
  page.meta.indexable = !filter.kind.has_value();
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("COUNT",
                services.catalogue.format(language, "podcast.list.count",
                                          {{"count", static_cast<long long>(episodes.size())}}));
  fill_kind_links(body, services, language, filter.kind);
  fill_episode_cards(body, services, language, episodes);
  body.SetValue("FEED_URL", absolute_url(services.site, "/podcast.rss"));
  Dictionary* head = page.frame().AddIncludeDictionary("HEAD_EXTRA");
  head->SetFilename(Renderer::template_key(language, "podcast_head"));
  head->SetValue("FEED_TITLE", services.catalogue.text(language, "podcast.feed.title"));
  head->SetValue("FEED_URL", absolute_url(services.site, localised_path(language, "/podcast.rss")));
  return render_page(services, page);
}

}  // namespace

std::string episode_path(Language language, std::string_view slug) {
  return localised_path(language, "/podcast/" + std::string(slug));
}

std::string duration_words(std::int64_t seconds) {
  if (seconds < 60) return std::to_string(std::max<std::int64_t>(seconds, 0)) + " s";
  const std::int64_t minutes = (seconds + 30) / 60;
  if (minutes < 60) return std::to_string(minutes) + " min";
  const std::string hours = std::to_string(minutes / 60) + " h";
  return minutes % 60 == 0 ? hours : hours + " " + std::to_string(minutes % 60) + " min";
}

void add_podcast_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/podcast", podcast_list_page);
  add_podcast_feed_route(router, services);
  add_podcast_episode_route(router, services);
  add_episode_editor_routes(router, services);
}

}  // namespace tori::web
