// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the episode rules (a table of broken inputs, each naming its field), the audio types,
// format_duration, and the episodes exchange format: the demo's lines and each wrong shape.
#include "tori/core/episode.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <sstream>
#include <utility>

#include "tori/core/episode_jsonl.hpp"
#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

EpisodeInput valid_episode() {
  EpisodeInput input;
  input.slug = "torikahvit-1";
  input.title = "Torikahvit 1: Mistä kehittäminen alkaa?";
  input.description = "Keskustelu **kehittämisestä**.";
  input.published_at = TimePoint{std::chrono::seconds{1700000000}};
  input.audio_file = "e0123456789abcdef.mp3";
  input.audio_type = "audio/mpeg";
  input.audio_bytes = 1234567;
  input.duration_seconds = 1520;
  input.episode_number = 1;
  input.season_number = 1;
  input.transcript = "Juontaja: Tervetuloa Torikahveille.";
  input.practices = {"hyva-arki"};
  return input;
}

TEST(Episode, AValidInputHasNoErrors) {
  EXPECT_EQ(validate_episode_input(valid_episode()), std::vector<FieldError>{});
  EpisodeInput webinar = valid_episode();
  webinar.kind = EpisodeKind::kWebinar;
  webinar.episode_number.reset();
  webinar.season_number.reset();
  webinar.recording_url = "https://video.example.fi/webinaari";
  webinar.audio_file = "w1.ogg";
  webinar.audio_type = "audio/ogg";
  EXPECT_EQ(validate_episode_input(webinar), std::vector<FieldError>{});
}

struct BrokenEpisode {
  const char* name;
  std::function<void(EpisodeInput&)> change;
  const char* field;
};

TEST(Episode, EachBrokenRuleNamesItsField) {
  const std::vector<BrokenEpisode> cases = {
      {"bad slug", [](EpisodeInput& e) { e.slug = "Torikahvit 1"; }, "slug"},
      {"no title", [](EpisodeInput& e) { e.title.clear(); }, "title"},
      {"title on two lines", [](EpisodeInput& e) { e.title = "a\nb"; }, "title"},
      {"no description", [](EpisodeInput& e) { e.description.clear(); }, "description"},
      {"path as file", [](EpisodeInput& e) { e.audio_file = "../x.mp3"; }, "audio_file"},
      {"no file", [](EpisodeInput& e) { e.audio_file.clear(); }, "audio_file"},
      {"video type", [](EpisodeInput& e) { e.audio_type = "video/mp4"; }, "audio_type"},
      {"empty file", [](EpisodeInput& e) { e.audio_bytes = 0; }, "audio_bytes"},
      {"no duration", [](EpisodeInput& e) { e.duration_seconds = 0; }, "duration"},
      {"a day and more", [](EpisodeInput& e) { e.duration_seconds = 86401; }, "duration"},
      {"episode zero", [](EpisodeInput& e) { e.episode_number = 0; }, "episode"},
      {"season 10000", [](EpisodeInput& e) { e.season_number = 10000; }, "season"},
      {"no transcript", [](EpisodeInput& e) { e.transcript.clear(); }, "transcript"},
      {"German", [](EpisodeInput& e) { e.language = "de"; }, "language"},
      {"practice twice",
       [](EpisodeInput& e) {
         e.practices = {"a", "a"};
       },
       "practices[1]"},
      {"empty practice", [](EpisodeInput& e) { e.practices = {""}; }, "practices[0]"},
      {"http recording", [](EpisodeInput& e) { e.recording_url = "http://x.fi"; }, "recording_url"},
      {"spaced recording", [](EpisodeInput& e) { e.recording_url = "https://x.fi/a b"; },
       "recording_url"},
  };
  for (const BrokenEpisode& broken : cases) {
    SCOPED_TRACE(broken.name);
    EpisodeInput input = valid_episode();
    broken.change(input);
    const auto errors = validate_episode_input(input);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].field, broken.field);
  }
}

TEST(Episode, KindsAudioTypesAndDurations) {
  EXPECT_EQ(parse_episode_kind("webinar"), EpisodeKind::kWebinar);
  EXPECT_EQ(episode_kind_name(EpisodeKind::kPodcast), "podcast");
  EXPECT_FALSE(parse_episode_kind("video").has_value());
  EXPECT_EQ(episode_audio_type_of("jakso.mp3"), "audio/mpeg");
  EXPECT_EQ(episode_audio_type_of("jakso.m4a"), "audio/mp4");
  EXPECT_EQ(episode_audio_type_of("jakso.opus"), "audio/ogg");
  EXPECT_EQ(episode_audio_type_of("jakso.wav"), "audio/wav");
  EXPECT_FALSE(episode_audio_type_of("jakso.flac").has_value());
  EXPECT_FALSE(episode_audio_type_of(".mp3").has_value());
  EXPECT_EQ(format_duration(5), "0:05");
  EXPECT_EQ(format_duration(1520), "25:20");
  EXPECT_EQ(format_duration(3725), "1:02:05");
}

TEST(EpisodeDuration, ParsesWhatPeopleType) {
  const std::pair<const char*, std::optional<std::int64_t>> cases[] = {
      {"42:05", 2525},
      {"1:02:05", 3725},
      {"0:45", 45},
      {" 25:20 ", 1520},
      {"90:00", 5400},
      {"0:00:07", 7},
      {"24:00:00", 86400},
      {"", std::nullopt},
      {"45", std::nullopt},
      {"1:2", std::nullopt},
      {"1:60", std::nullopt},
      {"1:61:00", std::nullopt},
      {"1:02:05:07", std::nullopt},
      {":30", std::nullopt},
      {"1:", std::nullopt},
      {"-1:30", std::nullopt},
      {"1.30", std::nullopt},
      {"1:3O", std::nullopt},
      {"123456:00", std::nullopt},
  };
  for (const auto& [text, seconds] : cases)
    EXPECT_EQ(parse_duration(text), seconds) << text;
  for (const std::int64_t seconds : {1, 59, 60, 1520, 3599, 3600, 3725, 86400})
    EXPECT_EQ(parse_duration(format_duration(seconds)), seconds) << seconds;
}

TEST(EpisodeAudio, ExtensionsAndNames) {
  EXPECT_EQ(episode_audio_extension("audio/mpeg"), ".mp3");
  EXPECT_EQ(episode_audio_extension("audio/mp4"), ".m4a");
  EXPECT_EQ(episode_audio_extension("audio/ogg"), ".ogg");
  EXPECT_EQ(episode_audio_extension("audio/wav"), ".wav");
  EXPECT_EQ(episode_audio_extension("audio/aac"), "");
  const std::string name = episode_audio_name("ID3 tavuja", ".mp3");
  EXPECT_EQ(name.size(), 1U + 16U + 4U);
  EXPECT_TRUE(name.starts_with("e") && name.ends_with(".mp3"));
  EXPECT_EQ(episode_audio_name("ID3 tavuja", ".mp3"), name);
  EXPECT_NE(episode_audio_name("ID3 tavujA", ".mp3"), name);
}

EpisodeLine episode_parsed(std::string_view line) {
  auto read = parse_episode_line(line);
  if (auto* reason = std::get_if<std::string>(&read)) throw std::runtime_error(*reason);
  return std::get<EpisodeLine>(read);
}

TEST(EpisodeJsonl, EveryDemoLineParsesAndValidatesWithItsFile) {
  std::istringstream demo(testing::read_data_file("demo/episodes.jsonl"));
  std::string line;
  int count = 0;
  while (std::getline(demo, line)) {
    SCOPED_TRACE("line " + std::to_string(++count));
    EpisodeLine read = episode_parsed(line);
    read.input.audio_file = "e1.wav";
    read.input.audio_type = "audio/wav";
    read.input.audio_bytes = 100;
    EXPECT_EQ(validate_episode_input(read.input), std::vector<FieldError>{});
    EXPECT_FALSE(read.audio.empty());
  }
  EXPECT_EQ(count, 3);
}

const std::string kMinimalEpisode =
    R"({"slug": "a", "title": "A", "description": "D", "published_at": "2024-05-02T09:00:00+03:00", )"
    R"("audio": "a.mp3", "duration": 61, "transcript": "T")";

TEST(EpisodeJsonl, ReadsTheFieldsAndGivesReasons) {
  const EpisodeLine line = episode_parsed(
      kMinimalEpisode + R"(, "kind": "webinar", "episode": 3, "season": null, "practices": ["p"],)"
                        R"( "recording_url": "https://v.example.fi/1"})");
  EXPECT_EQ(line.audio, "a.mp3");
  EXPECT_EQ(line.input.kind, EpisodeKind::kWebinar);
  EXPECT_EQ(line.input.duration_seconds, 61);
  EXPECT_EQ(line.input.episode_number, 3);
  EXPECT_FALSE(line.input.season_number.has_value());
  EXPECT_EQ(line.input.practices, std::vector<std::string>{"p"});
  const std::vector<std::pair<std::string, std::string>> wrong = {
      {R"({"slug": "a"})", "field 'title' is required"},
      {kMinimalEpisode + R"(, "x": 1})", "unknown field 'x'"},
      {kMinimalEpisode + R"(, "kind": "video"})", "field 'kind' must be one of podcast, webinar"},
      {kMinimalEpisode + R"(, "episode": 0})", "field 'episode' must be 1–9999"},
      {R"({"published_at": "eilen"})", "field 'published_at' must be an RFC 3339 time"},
      {"[1]", "the line must be a JSON object"},
  };
  for (const auto& [text, reason] : wrong) {
    SCOPED_TRACE(text);
    auto read = parse_episode_line(text);
    ASSERT_TRUE(std::holds_alternative<std::string>(read));
    EXPECT_EQ(std::get<std::string>(read), reason);
  }
}

}  // namespace
}  // namespace tori::core
