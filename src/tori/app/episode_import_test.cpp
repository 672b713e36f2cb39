// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of importing episodes on a real SQLite store: the audio copied into uploads under its
// hash with its type and length, the same lines again changing nothing, each refused line with
// its reason, the demo's episodes with their made tones, and the daily purge keeping the audio.
#include "tori/app/episode_import.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tori/app/daily_purge.hpp"
#include "tori/store/sqlite/sqlite_store.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::app {
namespace {

std::string episode_line(std::string_view slug, std::string_view audio,
                         std::string_view extra = "") {
  return R"({"slug": ")" + std::string(slug) +
         R"(", "title": "Jakso", "description": "Kuvaus.", "published_at": )"
         R"("2019-03-12T07:00:00+02:00", "audio": ")" +
         std::string(audio) + R"(", "duration": 1742, "transcript": "Teksti.")" +
         std::string(extra) + "}\n";
}

class EpisodeImportTest : public ::testing::Test {
 protected:
  EpisodeImportTest()
      : store_(store::open_sqlite(dir_.path() / "tori.sqlite",
                                  std::filesystem::path{TORI_SOURCE_DATA_DIR} / "sql")),
        uploads_(dir_.path() / "uploads") {
    (void)store_->health().migrate();
    std::filesystem::create_directories(dir_.path() / "audio");
    std::ofstream(dir_.path() / "audio" / "jakso-1.MP3", std::ios::binary) << "ID3 ääni";
    std::ofstream(dir_.path() / "audio" / "jakso.flac", std::ios::binary) << "fLaC";
  }
  ImportReport import_text(const std::string& lines) {
    std::istringstream in(lines);
    const std::filesystem::path folder = dir_.path() / "audio";
    return import_episodes(
        in, store_->episodes(),
        [&folder](core::EpisodeLine& line) { return audio_from_folder(folder, line); }, uploads_,
        store::utc_now());
  }
  tori::testing::TempDir dir_;
  std::unique_ptr<store::SqlStore> store_;
  store::UploadFolder uploads_;
};

TEST_F(EpisodeImportTest, CopiesTheAudioAndStoresTheEpisode) {
  const ImportReport report =
      import_text(episode_line("jakso-1", "jakso-1.MP3", R"(, "episode": 1)"));
  ASSERT_TRUE(report.ok()) << report.errors.front();
  EXPECT_EQ(report.created, 1U);
  const auto episode = store_->episodes().find_by_slug("jakso-1");
  ASSERT_TRUE(episode.has_value());
  EXPECT_EQ(episode->input.audio_type, "audio/mpeg");
  EXPECT_EQ(episode->input.audio_bytes, 10);
  EXPECT_EQ(episode->input.duration_seconds, 1742);
  EXPECT_TRUE(episode->input.audio_file.starts_with("e"));
  EXPECT_TRUE(episode->input.audio_file.ends_with(".mp3"));
  EXPECT_EQ(uploads_.read(episode->input.audio_file), "ID3 ääni");
  EXPECT_EQ(import_text(episode_line("jakso-1", "jakso-1.MP3", R"(, "episode": 1)")).unchanged, 1U);
}

TEST_F(EpisodeImportTest, RefusesLinesWithTheirReasons) {
  const ImportReport report =
      import_text(episode_line("a", "ei-ole.mp3") + episode_line("b", "jakso.flac") +
                  episode_line("c", "../audio/jakso-1.MP3") +
                  episode_line("d", "jakso-1.MP3", R"(, "practices": ["ei-ole"])") +
                  episode_line("e", "jakso-1.MP3", R"(, "language": "de")") + "{}\n");
  ASSERT_EQ(report.errors.size(), 6U);
  EXPECT_EQ(report.errors[0], "line 1: cannot read the audio 'ei-ole.mp3'");
  EXPECT_EQ(report.errors[1],
            "line 2: audio 'jakso.flac' is not .mp3, .m4a, .ogg, .oga, .opus or .wav");
  EXPECT_EQ(report.errors[2], "line 3: cannot read the audio '../audio/jakso-1.MP3'");
  EXPECT_EQ(report.errors[3], "line 4: no practice has the slug 'ei-ole'");
  EXPECT_EQ(report.errors[4], "line 5: language: language must be fi, sv or en");
  EXPECT_EQ(report.errors[5], "line 6: field 'slug' is required");
  EXPECT_TRUE(store_->episodes().all().empty());
}

TEST_F(EpisodeImportTest, LoadsTheDemosEpisodesWithMadeTones) {
  CommandContext context;
  context.config.data = dir_.path();
  context.assets = TORI_SOURCE_DATA_DIR;
  ASSERT_EQ(load_demo_episodes(context, *store_, true), kExitOk);
  const auto episodes = store_->episodes().all();
  ASSERT_EQ(episodes.size(), 3U);
  for (const core::Episode& episode : episodes) {
    EXPECT_EQ(episode.input.audio_type, "audio/wav");
    EXPECT_EQ(uploads_.read(episode.input.audio_file).value_or("").substr(0, 4), "RIFF");
    EXPECT_TRUE(episode.input.practices.empty()) << "no practices in this database";
  }
  EXPECT_NE(episodes[0].input.audio_file, episodes[1].input.audio_file);
  ASSERT_EQ(load_demo_episodes(context, *store_, false), kExitOk);
  EXPECT_EQ(store_->episodes().all().size(), 3U) << "the same again";
}

TEST_F(EpisodeImportTest, TheDailyPurgeKeepsTheAudio) {
  ASSERT_TRUE(import_text(episode_line("jakso-1", "jakso-1.MP3")).ok());
  const std::string audio = store_->episodes().find_by_slug("jakso-1")->input.audio_file;
  uploads_.write("orpo.mp3", "x");
  const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(48);
  for (const std::string& name : {audio, std::string("orpo.mp3")})
    std::filesystem::last_write_time(uploads_.path() / name, old);
  PurgeSettings settings = purge_settings(Config{});
  settings.uploads = &uploads_;
  EXPECT_EQ(purge_once(*store_, settings, store::utc_now()).uploads, 1);
  EXPECT_TRUE(uploads_.read(audio).has_value());
  EXPECT_FALSE(uploads_.read("orpo.mp3").has_value());
}

}  // namespace
}  // namespace tori::app
