// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of EpisodeStore on both backends: an episode saved and read back with its practices and
// an "episode" change; the same episode again saving nothing; an unknown practice saving
// nothing; the published listing by kind, newest first, scheduled ones hidden; the audio files'
// owner and the referenced files; the episodes of a practice; a removed episode gone.
#include <gtest/gtest.h>

#include <algorithm>

#include "tori/store/episode_store.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using practice_testing::utc;
using test_support::kNow;

core::EpisodeInput episode(std::string slug, core::TimePoint published_at) {
  core::EpisodeInput input;
  input.slug = std::move(slug);
  input.title = "Torikahvit: " + input.slug;
  input.description = "Keskustelu kehittämisestä.";
  input.published_at = published_at;
  input.audio_file = input.slug + ".mp3";
  input.audio_type = "audio/mpeg";
  input.audio_bytes = 4000;
  input.duration_seconds = 1520;
  input.transcript = "Juontaja: Tervetuloa.";
  return input;
}

class EpisodeStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    ASSERT_TRUE(std::holds_alternative<WriteResult>(
        store_->practices().save(practice_testing::make_write("r-1", "Hyvä arki"))));
  }
  EpisodeStore& episodes() { return store_->episodes(); }
  void saved(const core::EpisodeInput& input) {
    const EpisodeSaved result = episodes().save(input, kNow);
    ASSERT_TRUE(result.outcome == EpisodeSaveOutcome::kCreated ||
                result.outcome == EpisodeSaveOutcome::kUpdated)
        << result.unknown;
  }
};
INSTANTIATE_BACKENDS(EpisodeStoreTest);

TEST_P(EpisodeStoreTest, SavedAndReadBackWithItsPractices) {
  core::EpisodeInput input = episode("torikahvit-1", utc(2019, 5, 2, 6));
  input.episode_number = 1;
  input.season_number = 1;
  input.practices = {"hyva-arki"};
  input.kind = core::EpisodeKind::kWebinar;
  input.recording_url = "https://video.example.fi/1";
  const std::int64_t logged = store_->change_log().last_position();
  const EpisodeSaved result = episodes().save(input, kNow);
  ASSERT_EQ(result.outcome, EpisodeSaveOutcome::kCreated);
  const auto stored = episodes().find_by_slug("torikahvit-1");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->id, result.id);
  EXPECT_EQ(stored->input, input);
  ASSERT_EQ(stored->practices.size(), 1U);
  EXPECT_EQ(stored->practices[0], (core::EpisodePractice{"hyva-arki", "Hyvä arki"}));
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "episode");
  EXPECT_EQ(changes[0].action, ChangeAction::kCreated);
  EXPECT_FALSE(episodes().find_by_slug("muu").has_value());
}

TEST_P(EpisodeStoreTest, TheSameEpisodeAgainSavesNothingAndAChangeUpdates) {
  core::EpisodeInput input = episode("a", utc(2024, 1, 5));
  saved(input);
  const std::int64_t logged = store_->change_log().last_position();
  EXPECT_EQ(episodes().save(input, kNow).outcome, EpisodeSaveOutcome::kUnchanged);
  EXPECT_EQ(store_->change_log().last_position(), logged);
  input.title = "Uusi otsikko";
  input.episode_number = 7;
  EXPECT_EQ(episodes().save(input, kNow).outcome, EpisodeSaveOutcome::kUpdated);
  EXPECT_EQ(episodes().find_by_slug("a")->input, input);
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].action, ChangeAction::kUpdated);
}

TEST_P(EpisodeStoreTest, AnUnknownPracticeSavesNothing) {
  core::EpisodeInput input = episode("b", utc(2024, 1, 5));
  input.practices = {"hyva-arki", "ei-ole"};
  const EpisodeSaved result = episodes().save(input, kNow);
  EXPECT_EQ(result.outcome, EpisodeSaveOutcome::kUnknownPractice);
  EXPECT_EQ(result.unknown, "ei-ole");
  EXPECT_FALSE(episodes().find_by_slug("b").has_value());
}

TEST_P(EpisodeStoreTest, ListsThePublishedNewestFirstByKind) {
  saved(episode("vanha", utc(2019, 5, 2)));
  saved(episode("uusi", utc(2024, 3, 1)));
  core::EpisodeInput webinar = episode("webinaari", utc(2023, 1, 1));
  webinar.kind = core::EpisodeKind::kWebinar;
  saved(webinar);
  saved(episode("ajastettu", utc(2099, 1, 1)));
  std::vector<std::string> slugs;
  for (const core::Episode& e : episodes().published({.now = kNow}))
    slugs.push_back(e.input.slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"uusi", "webinaari", "vanha"}));
  const auto webinars = episodes().published({.kind = core::EpisodeKind::kWebinar, .now = kNow});
  ASSERT_EQ(webinars.size(), 1U);
  EXPECT_EQ(webinars[0].input.slug, "webinaari");
  EXPECT_EQ(episodes().published({.now = kNow, .limit = 1}).size(), 1U);
  EXPECT_TRUE(episodes().find_by_slug("ajastettu").has_value()) << "found, not yet published";
  EXPECT_EQ(episodes().all().size(), 4U);
}

TEST_P(EpisodeStoreTest, KnowsItsAudioFilesAndThePracticesEpisodes) {
  core::EpisodeInput first = episode("eka", utc(2020, 1, 1));
  first.practices = {"hyva-arki"};
  saved(first);
  core::EpisodeInput later = episode("myohempi", utc(2099, 1, 1));
  later.practices = {"hyva-arki"};
  later.audio_type = "audio/ogg";
  later.audio_file = "myohempi.ogg";
  saved(later);
  const auto owner = episodes().audio_owner("eka.mp3");
  ASSERT_TRUE(owner.has_value());
  EXPECT_EQ(owner->slug, "eka");
  EXPECT_EQ(owner->type, "audio/mpeg");
  EXPECT_LE(owner->published_at, kNow);
  EXPECT_GT(episodes().audio_owner("myohempi.ogg")->published_at, kNow);
  EXPECT_FALSE(episodes().audio_owner("").has_value());
  EXPECT_FALSE(episodes().audio_owner("muu.mp3").has_value());
  std::vector<std::string> files = episodes().referenced_files();
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files, (std::vector<std::string>{"eka.mp3", "myohempi.ogg"}));
  EXPECT_EQ(episodes().for_practice("hyva-arki", kNow),
            (std::vector<PracticeEpisode>{{"eka", "Torikahvit: eka"}}));
}

TEST_P(EpisodeStoreTest, ARemovedEpisodeLeavesNothingBehind) {
  core::EpisodeInput input = episode("poistuva", utc(2020, 1, 1));
  input.practices = {"hyva-arki"};
  saved(input);
  saved(episode("jaava", utc(2020, 2, 1)));
  const std::int64_t logged = store_->change_log().last_position();
  EXPECT_TRUE(episodes().remove("poistuva"));
  EXPECT_FALSE(episodes().find_by_slug("poistuva").has_value());
  EXPECT_FALSE(episodes().audio_owner("poistuva.mp3").has_value());
  EXPECT_EQ(episodes().referenced_files(), std::vector<std::string>{"jaava.mp3"});
  EXPECT_TRUE(episodes().for_practice("hyva-arki", kNow).empty());
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "episode");
  EXPECT_EQ(changes[0].action, ChangeAction::kDeleted);
  EXPECT_FALSE(episodes().remove("poistuva"));
  EXPECT_EQ(episodes().all().size(), 1U);
}

}  // namespace
}  // namespace tori::store
