// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' episode pages through the routes on a real SQLite store: only editors get
// in; an editor publishes an episode with its audio (named by its bytes, served once published,
// linked to a practice, audited); a form with errors comes back 422 with the text and the
// uploaded audio kept, so a second post without the file saves it; audio is checked by content
// and size; editing keeps the address and the audio; a scheduled episode waits for its time; an
// unknown practice stores nothing; an episode is deleted only once the editor ticks the box.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/media/sniff.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/submission/practice_media.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

std::string field_value(const Fields& fields, std::string_view name) {
  for (const auto& [key, value] : fields) {
    if (key == name) return value;
  }
  return "";
}

void set_field(Fields& fields, std::string_view name, std::string value) {
  for (auto& [key, old] : fields) {
    if (key == name) old = std::move(value);
  }
}

class EpisodeEditorTest : public ::testing::Test {
 protected:
  EpisodeEditorTest() {
    add_account_routes(router_, site_.services());
    add_page_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());  // /media/{file}
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
    store::PracticeWrite write;
    write.input.external_id = "p-1";
    write.input.title = "Hyvä arki";
    write.input.summary = "Yhteenveto.";
    write.input.organisations = {"Kontiolahden kunta"};
    write.input.themes = {"työhyvinvointi"};
    write.input.sections[0] = "Lähtökohta.";
    write.input.state = core::PracticeState::kPublished;
    write.input.published_at = *text::parse_rfc3339("2018-05-02T09:00:00+03:00");
    (void)site_.store().practices().save(write);
  }
  static Fields episode(std::string slug, std::string date = "12.3.2024") {
    return {{"slug", std::move(slug)},
            {"kind", "podcast"},
            {"title", "Torikahvit: hyvä arki"},
            {"description", "Vieraana **Sanna** Kontiolahdelta."},
            {"date", std::move(date)},
            {"time", "9.00"},
            {"duration", "25:20"},
            {"episode_number", "3"},
            {"season_number", ""},
            {"transcript", "Sanna: Tervetuloa Torikahveille.\r\n\r\nJuontaja: Kiitos."},
            {"language", "fi"},
            {"practices", "hyva-arki"},
            {"recording_url", ""},
            {"action", "save"}};
  }
  static std::string wav_bytes() {
    return std::string("RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00", 20) + std::string(64, 'x');
  }
  static TestBrowser::File audio(std::string bytes = wav_bytes()) {
    return {"audio", "jakso.wav", "audio/wav", std::move(bytes)};
  }
  TestBrowser editor() {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, "toimittaja@tori.fi"));
    (void)browser.get("/toimitus/podcast/uusi");
    return browser;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(EpisodeEditorTest, OnlyEditorsGetIn) {
  EXPECT_EQ(TestBrowser(router_).get("/toimitus/podcast").status, 303);
  TestBrowser member(router_);
  ASSERT_TRUE(test_support::log_in(member, "kayttaja@kunta.fi"));
  EXPECT_EQ(member.get("/toimitus/podcast/uusi").status, 403);
  EXPECT_EQ(member.post_multipart("/toimitus/podcast/uusi", episode("x"), {audio()}).status, 403);
  EXPECT_TRUE(site_.store().episodes().all().empty());
  EXPECT_TRUE(site_.uploads().folder.list().empty());
}

TEST_F(EpisodeEditorTest, AnEditorPublishesAnEpisodeWithItsAudio) {
  TestBrowser browser = editor();
  const auto saved =
      browser.post_multipart("/toimitus/podcast/uusi", episode("hyva-arki-jakso"), {audio()});
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(saved.headers.get("Location"), "/toimitus/podcast?ilmoitus=episode_saved");
  const auto stored = site_.store().episodes().find_by_slug("hyva-arki-jakso");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->input.audio_type, "audio/wav");
  EXPECT_EQ(stored->input.audio_bytes, static_cast<std::int64_t>(wav_bytes().size()));
  EXPECT_EQ(stored->input.audio_file, core::episode_audio_name(wav_bytes(), ".wav"));
  EXPECT_EQ(stored->input.duration_seconds, 1520);
  EXPECT_EQ(stored->input.episode_number, 3);
  EXPECT_FALSE(stored->input.season_number);
  EXPECT_EQ(stored->input.published_at, *text::parse_rfc3339("2024-03-12T07:00:00Z"));
  EXPECT_EQ(stored->input.transcript, "Sanna: Tervetuloa Torikahveille.\n\nJuontaja: Kiitos.");
  ASSERT_EQ(stored->practices.size(), 1U);
  EXPECT_EQ(stored->practices[0].slug, "hyva-arki");
  EXPECT_EQ(site_.store().audit_log().newest(1, 0).at(0).action, "episode.create");

  const auto list = browser.get("/toimitus/podcast?ilmoitus=episode_saved");
  EXPECT_THAT(list.body, HasSubstr("Jakso on tallennettu."));
  EXPECT_THAT(browser.get("/toimitus/podcast?ilmoitus=olematon").body,
              Not(HasSubstr("notice--success")));
  EXPECT_THAT(list.body, HasSubstr("/toimitus/podcast/hyva-arki-jakso/muokkaa"));
  EXPECT_THAT(list.body, HasSubstr("25 min"));

  TestBrowser visitor(router_);
  const auto page = visitor.get("/podcast/hyva-arki-jakso");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<strong>Sanna</strong>"));
  const auto served = visitor.get("/media/" + stored->input.audio_file);
  EXPECT_EQ(served.status, 200);
  EXPECT_EQ(served.body, wav_bytes());
  EXPECT_EQ(served.headers.get("Content-Type"), "audio/wav");
  EXPECT_THAT(visitor.get("/teot/hyva-arki").body, HasSubstr("/podcast/hyva-arki-jakso"));
}

TEST_F(EpisodeEditorTest, ErrorsKeepTheTextAndTheUploadedAudio) {
  TestBrowser browser = editor();
  Fields fields = episode("Ei kelpaa", "31.2.2024");
  set_field(fields, "title", "");
  set_field(fields, "duration", "25 min");
  set_field(fields, "episode_number", "nolla");
  const auto page = browser.post_multipart("/toimitus/podcast/uusi", fields, {audio()});
  EXPECT_EQ(page.status, 422);
  for (const char* id : {"episode-slug-error", "episode-title-error", "episode-date-error",
                         "episode-duration-error", "episode-episode_number-error"})
    EXPECT_THAT(page.body, HasSubstr(std::string("id=\"") + id + "\"")) << id;
  EXPECT_THAT(page.body, Not(HasSubstr("id=\"episode-audio-error\"")));
  EXPECT_THAT(page.body, HasSubstr("Vieraana **Sanna** Kontiolahdelta."));
  const std::string kept = core::episode_audio_name(wav_bytes(), ".wav");
  EXPECT_THAT(page.body, HasSubstr("name=\"audio_file\" value=\"" + kept + "\""));
  EXPECT_TRUE(site_.store().episodes().all().empty());

  Fields fixed = episode("korjattu");
  fixed.emplace_back("audio_file", kept);
  EXPECT_EQ(browser.post_multipart("/toimitus/podcast/uusi", fixed, {}).status, 303);
  const auto stored = site_.store().episodes().find_by_slug("korjattu");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->input.audio_file, kept);
  EXPECT_EQ(stored->input.audio_type, "audio/wav");
}

TEST_F(EpisodeEditorTest, AudioIsCheckedByContentAndSize) {
  TestBrowser browser = editor();
  const auto missing = browser.post_multipart("/toimitus/podcast/uusi", episode("a"), {});
  EXPECT_EQ(missing.status, 422);
  EXPECT_THAT(missing.body, HasSubstr("Valitse jaksolle äänitiedosto."));

  const auto hostile = browser.post_multipart(
      "/toimitus/podcast/uusi", episode("b"),
      {{"audio", "jakso.mp3", "audio/mpeg", "<?php system($_GET['c']); ?>"}});
  EXPECT_EQ(hostile.status, 422);
  EXPECT_THAT(hostile.body, HasSubstr("Tiedosto ei ole MP3-, M4A-, Ogg- tai WAV-äänitiedosto."));

  site_.uploads().folder.write("kuva.webp", "RIFF\x24\x00\x00\x00WEBPVP8 ");
  Fields forged = episode("c");
  forged.emplace_back("audio_file", "kuva.webp");  // not an episode audio's name: ignored
  EXPECT_THAT(browser.post_multipart("/toimitus/podcast/uusi", forged, {}).body,
              HasSubstr("id=\"episode-audio-error\""));

  site_.uploads().max_audio_bytes = 32;
  const auto big = browser.post_multipart("/toimitus/podcast/uusi", episode("d"), {audio()});
  EXPECT_EQ(big.status, 422);
  EXPECT_THAT(big.body, HasSubstr("Äänitiedosto on liian suuri."));
  EXPECT_TRUE(site_.store().episodes().all().empty());
  EXPECT_EQ(site_.uploads().folder.list(), std::vector<std::string>{"kuva.webp"});
}

TEST_F(EpisodeEditorTest, EditingKeepsTheAddressAndTheAudio) {
  TestBrowser browser = editor();
  ASSERT_EQ(browser.post_multipart("/toimitus/podcast/uusi", episode("jakso"), {audio()}).status,
            303);
  const auto form = browser.get("/sv/toimitus/podcast/jakso/muokkaa");
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"25:20\""));
  EXPECT_THAT(form.body, HasSubstr("value=\"12.03.2024\""));
  EXPECT_THAT(form.body, HasSubstr("Sparad ljudfil"));

  Fields edit = episode("muu-osoite");
  set_field(edit, "title", "Torikahvit: hyvä arki (korjattu)");
  set_field(edit, "kind", "webinar");
  set_field(edit, "recording_url", "https://tallenteet.example.fi/hyva-arki");
  EXPECT_EQ(browser.post_multipart("/toimitus/podcast/jakso/muokkaa", edit, {}).status, 303);
  const auto edited = site_.store().episodes().find_by_slug("jakso");
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->input.title, "Torikahvit: hyvä arki (korjattu)");
  EXPECT_EQ(edited->input.kind, core::EpisodeKind::kWebinar);
  EXPECT_EQ(edited->input.audio_file, core::episode_audio_name(wav_bytes(), ".wav"));
  EXPECT_FALSE(site_.store().episodes().find_by_slug("muu-osoite"));
  EXPECT_EQ(site_.store().audit_log().newest(1, 0).at(0).action, "episode.update");
  EXPECT_EQ(browser.get("/toimitus/podcast/ei-ole/muokkaa").status, 404);
}

TEST_F(EpisodeEditorTest, AScheduledEpisodeAndItsAudioWaitForTheirTime) {
  TestBrowser browser = editor();
  ASSERT_EQ(
      browser.post_multipart("/toimitus/podcast/uusi", episode("tuleva", "1.1.2099"), {audio()})
          .status,
      303);
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/podcast/tuleva").status, 404);
  const std::string audio_path = "/media/" + core::episode_audio_name(wav_bytes(), ".wav");
  EXPECT_EQ(visitor.get(audio_path).status, 404);
  EXPECT_THAT(browser.get("/toimitus/podcast").body, HasSubstr("ajastettu"));
  // The editor hears it in the preview, never from a shared cache.
  EXPECT_EQ(browser.get("/podcast/tuleva").status, 200);
  const auto heard = browser.get(audio_path);
  EXPECT_EQ(heard.status, 200);
  EXPECT_EQ(heard.headers.get("Cache-Control"), "private, no-store");
}

TEST_F(EpisodeEditorTest, AnUnknownPracticeOrATakenAddressStoresNothing) {
  TestBrowser browser = editor();
  Fields unknown = episode("tuntematon");
  set_field(unknown, "practices", "hyva-arki, ei-ole-tekoa");
  const auto refused = browser.post_multipart("/toimitus/podcast/uusi", unknown, {audio()});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Tällä osoitteella ei löydy tekoa: ei-ole-tekoa"));
  EXPECT_THAT(refused.body, HasSubstr("value=\"hyva-arki, ei-ole-tekoa\""));
  EXPECT_TRUE(site_.store().episodes().all().empty());

  ASSERT_EQ(browser.post_multipart("/toimitus/podcast/uusi", episode("jakso"), {audio()}).status,
            303);
  const auto taken = browser.post_multipart("/toimitus/podcast/uusi", episode("jakso"), {audio()});
  EXPECT_EQ(taken.status, 422);
  EXPECT_THAT(taken.body, HasSubstr("Tällä osoitteella on jo jakso."));
  EXPECT_EQ(field_value(episode("jakso"), "title"),
            site_.store().episodes().find_by_slug("jakso")->input.title);
}

TEST_F(EpisodeEditorTest, AnEpisodeIsDeletedOnlyOnceTheEditorConfirms) {
  TestBrowser browser = editor();
  ASSERT_EQ(browser.post_multipart("/toimitus/podcast/uusi", episode("poistuva"), {audio()}).status,
            303);
  EXPECT_THAT(browser.get("/en/toimitus/podcast/poistuva/muokkaa").body,
              HasSubstr("action=\"/en/toimitus/podcast/poistuva/poista\""));
  const auto unconfirmed = browser.post("/toimitus/podcast/poistuva/poista", {});
  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_THAT(unconfirmed.body, HasSubstr("id=\"episode-delete-error\""));
  ASSERT_TRUE(site_.store().episodes().find_by_slug("poistuva"));

  const std::string audio_path = "/media/" + core::episode_audio_name(wav_bytes(), ".wav");
  const auto deleted = browser.post("/toimitus/podcast/poistuva/poista", {{"confirm", "1"}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(deleted.headers.get("Location"), "/toimitus/podcast?ilmoitus=episode_deleted");
  EXPECT_THAT(browser.get("/toimitus/podcast?ilmoitus=episode_deleted").body,
              HasSubstr("Jakso on poistettu."));
  EXPECT_FALSE(site_.store().episodes().find_by_slug("poistuva"));
  EXPECT_EQ(site_.store().audit_log().newest(1, 0).at(0).action, "episode.delete");
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/podcast/poistuva").status, 404);
  EXPECT_EQ(visitor.get(audio_path).status, 404);
  EXPECT_THAT(visitor.get("/podcast.rss").body, Not(HasSubstr("poistuva")));
}

}  // namespace
}  // namespace tori::web
