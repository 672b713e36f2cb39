// SPDX-License-Identifier: AGPL-3.0-or-later
// /podcast/{slug}: one episode with its player and download link, duration, description, linked
// practices and the full transcript; a scheduled one only for editors, as a preview.
#include <cstdio>
#include <string>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/podcast/podcast_pages.hpp"
#include "tori/web/practice_media_view.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::size_t kEpisodeDescriptionLength = 200;

// "MP3", "M4A", "Ogg", "WAV": what the download link says the file is.
std::string audio_format_name(std::string_view type) {
  if (type == "audio/mpeg") return "MP3";
  if (type == "audio/mp4") return "M4A";
  if (type == "audio/ogg") return "Ogg";
  if (type == "audio/wav") return "WAV";
  return std::string(type);
}

// "12,3 Mt" / "12.3 MB": the size in megabytes with one decimal, Finnish and Swedish with a
// comma. The unit comes from the catalogue.
std::string megabytes(std::int64_t bytes, Language language) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / 1e6);
  std::string value = text;
  if (language != Language::kEn) {
    if (const auto dot = value.find('.'); dot != std::string::npos) value[dot] = ',';
  }
  return value;
}

void fill_episode_numbers(Dictionary& body, const Services& services, Language language,
                          const core::EpisodeInput& input) {
  if (input.episode_number && input.season_number) {
    body.SetValueAndShowSection(
        "NUMBERS",
        services.catalogue.format(language, "podcast.episode.season_episode",
                                  {{"season", static_cast<long long>(*input.season_number)},
                                   {"episode", static_cast<long long>(*input.episode_number)}}),
        "HAS_NUMBERS");
  } else if (input.episode_number) {
    body.SetValueAndShowSection(
        "NUMBERS",
        services.catalogue.format(language, "podcast.episode.number",
                                  {{"episode", static_cast<long long>(*input.episode_number)}}),
        "HAS_NUMBERS");
  }
}

void fill_episode_audio(Dictionary& body, const Services& services, Language language,
                        const core::EpisodeInput& input) {
  body.SetValue("AUDIO_URL", media_url(input.audio_file));
  body.SetValue("AUDIO_TYPE", input.audio_type);
  body.SetValue("DOWNLOAD_TEXT",
                services.catalogue.format(language, "podcast.episode.download",
                                          {{"format", audio_format_name(input.audio_type)},
                                           {"size", megabytes(input.audio_bytes, language)}}));
  if (!input.recording_url.empty())
    body.SetValueAndShowSection("RECORDING_URL", input.recording_url, "HAS_RECORDING");
}

void fill_episode_body(Dictionary& body, const Services& services, Language language,
                       const core::Episode& episode, bool scheduled) {
  const core::EpisodeInput& input = episode.input;
  body.SetValue("TITLE", input.title);
  body.SetValue("LANG", input.language);
  body.SetValue("KIND",
                services.catalogue.text(
                    language, "podcast.kind." + std::string(episode_kind_name(input.kind))));
  body.SetValue("DATE", text::format_date(input.published_at, language));
  body.SetValue("DATETIME", text::format_rfc3339_helsinki(input.published_at));
  body.SetValue("DURATION", duration_words(input.duration_seconds));
  body.SetValue("DURATION_ISO", "PT" + std::to_string(input.duration_seconds) + "S");
  if (scheduled) {
    body.AddSectionDictionary("SCHEDULED")
        ->SetValue("SCHEDULED_TEXT",
                   services.catalogue.format(
                       language, "podcast.episode.scheduled",
                       {{"when", text::format_date_time(input.published_at, language)}}));
  }
  fill_episode_numbers(body, services, language, input);
  fill_episode_audio(body, services, language, input);
  body.SetValue("DESCRIPTION", text::markdown_to_html(input.description, 2));
  body.SetValue("TRANSCRIPT", text::markdown_to_html(input.transcript, 3));
  for (const core::EpisodePractice& practice : episode.practices) {
    Dictionary* item = body.AddSectionDictionary("PRACTICE");
    item->SetValue("URL", localised_path(language, "/teot/" + practice.slug));
    item->SetValue("TITLE", practice.title);
  }
  if (!episode.practices.empty()) body.ShowSection("HAS_PRACTICES");
  body.SetValue("BACK_URL", localised_path(language, "/podcast"));
}

http::Response episode_page(const http::Request& request, const Services& services,
                            Language language) {
  const auto episode = services.store.episodes().find_by_slug(request.param("slug"));
  if (!episode) return error_page(services, language, 404);
  const bool scheduled = !episode->published_at(store::utc_now_seconds());
  if (scheduled && !may_preview_scheduled(request, services))
    return error_page(services, language, 404);
  Page page(language, "podcast_episode");
  page.meta.title = episode->input.title;
  page.meta.description =
      text::markdown_to_text(episode->input.description, kEpisodeDescriptionLength);
  page.meta.path = "/podcast/" + episode->input.slug;
  page.meta.nav = NavItem::kNews;
  page.meta.indexable = !scheduled;
  fill_episode_body(page.body(), services, language, *episode, scheduled);
  Dictionary* head = page.frame().AddIncludeDictionary("HEAD_EXTRA");
  head->SetFilename(Renderer::template_key(language, "podcast_head"));
  head->SetValue("FEED_TITLE", services.catalogue.text(language, "podcast.feed.title"));
  head->SetValue("FEED_URL", absolute_url(services.site, localised_path(language, "/podcast.rss")));
  http::Response response = render_page(services, page);
  if (scheduled) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_podcast_episode_route(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/podcast/{slug}", episode_page);
}

}  // namespace tori::web
