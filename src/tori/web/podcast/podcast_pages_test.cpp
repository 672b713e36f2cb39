// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the podcast pages over a temporary store: the list with its kind links, the episode
// page (player, download link, duration, description, practices, transcript), the practice's
// page naming its episodes, scheduled episodes (404 for visitors and their audio too, a preview
// for editors), the RSS feed (enclosures, durations, guids, absolute addresses; also written for
// rss_check.py), the audio in byte ranges, and the sitemap.
#include "tori/web/podcast/podcast_pages.hpp"

#include <cstdlib>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/http/file_body.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/podcast/podcast_rss.hpp"
#include "tori/web/sitemap.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

core::TimePoint episode_at(std::string_view rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

core::EpisodeInput podcast_episode(std::string slug, std::string_view published) {
  core::EpisodeInput input;
  input.slug = std::move(slug);
  input.title = "Torikahvit: " + input.slug;
  input.description = "Vieraina **kaksi** kehittäjää & juontaja.";
  input.published_at = episode_at(published);
  input.audio_file = input.slug + ".mp3";
  input.audio_type = "audio/mpeg";
  input.audio_bytes = 10;
  input.duration_seconds = 1745;
  input.transcript = "## Alku\n\nSanna Hyyrönen: Tervetuloa Torikahveille.";
  return input;
}

class PodcastPagesTest : public ::testing::Test {
 protected:
  PodcastPagesTest() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    store::PracticeWrite write;
    write.input.external_id = "p-1";
    write.input.title = "Hyvä arki";
    write.input.summary = "Yhteenveto.";
    write.input.organisations = {"Kontiolahden kunta"};
    write.input.themes = {"työhyvinvointi"};
    write.input.sections[0] = "Lähtökohta.";
    write.input.state = core::PracticeState::kPublished;
    write.input.published_at = episode_at("2018-05-02T09:00:00+03:00");
    (void)site_.store().practices().save(write);
    core::EpisodeInput first = podcast_episode("torikahvit-1", "2019-03-12T07:00:00+02:00");
    first.episode_number = 1;
    first.season_number = 1;
    first.practices = {"hyva-arki"};
    save(first);
    core::EpisodeInput webinar = podcast_episode("etajohtaminen", "2020-06-16T10:00:00+03:00");
    webinar.kind = core::EpisodeKind::kWebinar;
    webinar.audio_file = "etajohtaminen.ogg";
    webinar.audio_type = "audio/ogg";
    webinar.duration_seconds = 4920;
    webinar.recording_url = "https://tallenteet.example.fi/etajohtaminen";
    save(webinar);
    save(podcast_episode("tuleva", "2099-01-01T09:00:00+02:00"));
    site_.uploads().folder.write("torikahvit-1.mp3", "0123456789");
    site_.uploads().folder.write("tuleva.mp3", "0123456789");
  }
  void save(const core::EpisodeInput& input) {
    ASSERT_EQ(site_.store().episodes().save(input, store::utc_now()).outcome,
              store::EpisodeSaveOutcome::kCreated);
  }
  http::Response get(const std::string& target) { return visitor_.get(target); }
  // A GET with a Range field (TestBrowser sends no such fields), answered as the handler does:
  // the audio's bytes still in the file (FileBody), not in memory.
  http::Response get_range(const std::string& target, const std::string& range) {
    http::Request request;
    request.method = "GET";
    request.target = target;
    request.path = target;
    request.headers.set("Range", range);
    const http::Router::Match match = router_.match("GET", request.path);
    if (!match.handler) return http::Response::text(404, "");
    request.path_params = match.params;
    return (*match.handler)(request);
  }
  // The part `range` asks for, read from the response's file.
  std::string part_of(const std::string& target, const std::string& range) {
    http::Response response = get_range(target, range);
    EXPECT_EQ(response.status, 206);
    EXPECT_TRUE(response.file.has_value() && response.body.empty());
    EXPECT_TRUE(http::load_file_body(response));
    return response.body;
  }
  test_support::TestSite site_;
  http::Router router_;
  TestBrowser visitor_{router_};
};

TEST_F(PodcastPagesTest, ListsPublishedEpisodesNewestFirstByKind) {
  const http::Response list = get("/podcast");
  ASSERT_EQ(list.status, 200);
  const std::string& html = list.body;
  EXPECT_THAT(html, HasSubstr("2 jaksoa"));
  EXPECT_LT(html.find("/podcast/etajohtaminen"), html.find("/podcast/torikahvit-1"));
  EXPECT_THAT(html, Not(HasSubstr("/podcast/tuleva"))) << "scheduled";
  EXPECT_THAT(html, HasSubstr("<time datetime=\"PT1745S\">29 min</time>"));
  EXPECT_THAT(html, HasSubstr("<time datetime=\"PT4920S\">1 h 22 min</time>"));
  EXPECT_THAT(html, HasSubstr("type=\"application/rss+xml\""));
  const std::string webinars = get("/podcast?tyyppi=webinar").body;
  EXPECT_THAT(webinars, HasSubstr("1 jakso"));
  EXPECT_THAT(webinars, Not(HasSubstr("/podcast/torikahvit-1\"")));
  EXPECT_THAT(webinars, HasSubstr("aria-current=\"page\">Webinaarit</a>"));
  EXPECT_EQ(get("/podcast?tyyppi=video").status, 400);
  EXPECT_THAT(get("/en/podcast").body, HasSubstr("2 episodes"));
}

TEST_F(PodcastPagesTest, ShowsTheEpisodeWithItsPlayerPracticesAndTranscript) {
  const http::Response page = get("/podcast/torikahvit-1");
  ASSERT_EQ(page.status, 200);
  const std::string& html = page.body;
  EXPECT_THAT(html, HasSubstr("<h1>Torikahvit: torikahvit-1</h1>"));
  EXPECT_THAT(html, HasSubstr("<audio controls preload=\"none\" src=\"/media/torikahvit-1.mp3\">"));
  EXPECT_THAT(html, HasSubstr("Lataa äänitiedosto (MP3, 0,0 Mt)"));
  EXPECT_THAT(html, HasSubstr("Kausi 1, jakso 1"));
  EXPECT_THAT(html, HasSubstr("<time datetime=\"2019-03-12T07:00:00+02:00\">12.3.2019</time>"));
  EXPECT_THAT(html, HasSubstr("<time datetime=\"PT1745S\">29 min</time>"));
  EXPECT_THAT(html, HasSubstr("Vieraina <strong>kaksi</strong> kehittäjää &amp; juontaja."));
  EXPECT_THAT(html, HasSubstr("<a href=\"/teot/hyva-arki\">Hyvä arki</a>"));
  EXPECT_THAT(html, HasSubstr("<h2 id=\"transcript-heading\""));
  EXPECT_THAT(html, HasSubstr("<h3>Alku</h3>"));
  EXPECT_THAT(html, HasSubstr("Sanna Hyyrönen: Tervetuloa Torikahveille."));
  EXPECT_THAT(get("/podcast/etajohtaminen").body,
              HasSubstr("href=\"https://tallenteet.example.fi/etajohtaminen\""));
  EXPECT_EQ(get("/podcast/ei-ole").status, 404);
}

TEST_F(PodcastPagesTest, ThePracticesPageNamesThePublishedEpisodesThatDiscussIt) {
  core::EpisodeInput later = podcast_episode("myohemmin", "2099-01-01T09:00:00+02:00");
  later.practices = {"hyva-arki"};
  save(later);
  const http::Response page = get("/teot/hyva-arki");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Kehittämistekoa käsitellään jaksossa <a "
                                   "href=\"/podcast/torikahvit-1\">Torikahvit: torikahvit-1</a>"));
  EXPECT_THAT(page.body, Not(HasSubstr("/podcast/myohemmin"))) << "scheduled";
}

TEST_F(PodcastPagesTest, AScheduledEpisodeIsHiddenFromVisitorsAndPreviewedForEditors) {
  EXPECT_EQ(get("/podcast/tuleva").status, 404);
  EXPECT_EQ(get("/media/tuleva.mp3").status, 404);
  EXPECT_THAT(get("/podcast.rss").body, Not(HasSubstr("tuleva")));
  test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const http::Response preview = editor.get("/podcast/tuleva");
  EXPECT_EQ(preview.status, 200);
  EXPECT_THAT(preview.body, HasSubstr("Ajastettu julkaistavaksi 1.1.2099 klo 9.00"));
  EXPECT_EQ(preview.headers.get("Cache-Control").value_or(""), "private, no-store");
}

TEST_F(PodcastPagesTest, TheFeedCarriesEnclosuresDurationsAndStableGuids) {
  const http::Response feed = get("/podcast.rss");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.headers.get("Content-Type").value_or(""), "application/rss+xml; charset=utf-8");
  const std::string& xml = feed.body;
  EXPECT_THAT(xml, HasSubstr("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""));
  EXPECT_THAT(xml,
              HasSubstr("<atom:link href=\"https://tori.example.fi/podcast.rss\" rel=\"self\""));
  EXPECT_THAT(xml, HasSubstr("<enclosure url=\"https://tori.example.fi/media/torikahvit-1.mp3\""
                             " length=\"10\" type=\"audio/mpeg\"/>"));
  EXPECT_THAT(xml, HasSubstr("<guid isPermaLink=\"false\">tori-episode-torikahvit-1</guid>"));
  EXPECT_THAT(xml, HasSubstr("<itunes:duration>1745</itunes:duration>"));
  EXPECT_THAT(xml, HasSubstr("<itunes:episode>1</itunes:episode>"));
  EXPECT_THAT(xml, HasSubstr("<pubDate>Tue, 12 Mar 2019 05:00:00 +0000</pubDate>"));
  EXPECT_THAT(xml, HasSubstr("<link>https://tori.example.fi/podcast/torikahvit-1</link>"));
  EXPECT_THAT(xml, HasSubstr("<itunes:image href=\"https://tori.example.fi/static/images/"
                             "podcast-cover.png\"/>"));
  EXPECT_THAT(xml, HasSubstr("<itunes:explicit>false</itunes:explicit>"));
  EXPECT_LT(xml.find("etajohtaminen"), xml.find("torikahvit-1")) << "newest first";
  EXPECT_THAT(get("/sv/podcast.rss").body,
              HasSubstr("<link>https://tori.example.fi/sv/podcast/torikahvit-1</link>"));
  EXPECT_EQ(format_rfc822(episode_at("2024-02-29T23:59:59Z")), "Thu, 29 Feb 2024 23:59:59 +0000");
}

TEST_F(PodcastPagesTest, ServesThePublishedAudioInByteRanges) {
  const http::Response whole = get("/media/torikahvit-1.mp3");
  ASSERT_EQ(whole.status, 200);
  EXPECT_EQ(whole.body, "0123456789");
  EXPECT_EQ(whole.headers.get("Content-Type").value_or(""), "audio/mpeg");
  EXPECT_EQ(whole.headers.get("Accept-Ranges").value_or(""), "bytes");
  EXPECT_EQ(get_range("/media/torikahvit-1.mp3", "bytes=2-5").headers.get("Content-Range"),
            "bytes 2-5/10");
  EXPECT_EQ(part_of("/media/torikahvit-1.mp3", "bytes=2-5"), "2345");
  EXPECT_EQ(part_of("/media/torikahvit-1.mp3", "bytes=-3"), "789");
  EXPECT_EQ(part_of("/media/torikahvit-1.mp3", "bytes=0-"), "0123456789");
  const http::Response beyond = get_range("/media/torikahvit-1.mp3", "bytes=20-");
  EXPECT_EQ(beyond.status, 416);
  EXPECT_FALSE(beyond.file.has_value());
  EXPECT_EQ(get_range("/media/tuleva.mp3", "bytes=0-1").status, 404);
  EXPECT_EQ(get("/media/etajohtaminen.ogg").status, 404) << "no file written";
}

TEST_F(PodcastPagesTest, TheSitemapListsThePodcastAndPublishedEpisodes) {
  const std::string xml = sitemap_xml(site_.services(), 0, 1000).value_or("");
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/podcast</loc>"));
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/podcast/torikahvit-1</loc>"));
  EXPECT_THAT(xml, HasSubstr("<loc>https://tori.example.fi/en/podcast/etajohtaminen</loc>"));
  EXPECT_THAT(xml, Not(HasSubstr("/podcast/tuleva")));
}

// Writes the feed for rss_check.py (Python's feedparser), which runs this test with
// TORI_RSS_SAMPLE set to a folder; skipped otherwise.
TEST_F(PodcastPagesTest, WritesTheFeedForThePythonCheck) {
  const char* folder = std::getenv("TORI_RSS_SAMPLE");
  if (folder == nullptr) GTEST_SKIP() << "TORI_RSS_SAMPLE not set";
  std::ofstream(std::string(folder) + "/podcast.rss", std::ios::binary) << get("/podcast.rss").body;
}

}  // namespace
}  // namespace tori::web
