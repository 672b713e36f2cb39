// SPDX-License-Identifier: AGPL-3.0-or-later
// Episodes in as JSON Lines with their audio copied into uploads/, and the demo's episodes.
#include "tori/app/episode_import.hpp"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "tori/app/data_folder.hpp"
#include "tori/app/import_lines.hpp"
#include "tori/demo/tone.hpp"

namespace tori::app {
namespace {

// The demo's audio: this many seconds of a tone (the stated durations are the episodes').
constexpr int kDemoToneSeconds = 4;

// The audio's extension in lower case (".mp3"), or "" for none.
std::string audio_extension(std::string_view file) {
  const std::size_t dot = file.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string extension(file.substr(dot));
  for (char& c : extension)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

// Fills the line's audio fields from `bytes`; the reason it cannot, or "".
std::string attach_audio(core::EpisodeLine& line, const std::string& bytes) {
  const std::string extension = audio_extension(line.audio);
  if (line.input.audio_type.empty()) {
    const auto type = core::episode_audio_type_of("a" + extension);
    if (!type) return "audio '" + line.audio + "' is not .mp3, .m4a, .ogg, .oga, .opus or .wav";
    line.input.audio_type = *type;
  }
  line.input.audio_file = core::episode_audio_name(bytes, extension);
  line.input.audio_bytes = static_cast<std::int64_t>(bytes.size());
  return "";
}

void save_episode(core::EpisodeLine& line, const std::string& label, const EpisodeAudio& audio,
                  store::EpisodeStore& episodes, const store::UploadFolder& uploads,
                  store::UtcTime now, ImportReport& report) {
  const auto bytes = audio(line);
  if (!bytes || bytes->empty()) {
    report.errors.push_back(label + ": cannot read the audio '" + line.audio + "'");
    return;
  }
  if (std::string reason = attach_audio(line, *bytes); !reason.empty()) {
    report.errors.push_back(label + ": " + reason);
    return;
  }
  if (const auto errors = core::validate_episode_input(line.input); !errors.empty()) {
    report.errors.push_back(label + ": " + errors.front().field + ": " + errors.front().message);
    return;
  }
  uploads.write(line.input.audio_file, *bytes);  // before the row: the purge spares young files
  const store::EpisodeSaved saved = episodes.save(line.input, now);
  if (count_saved(report, saved.outcome)) return;
  report.errors.push_back(label + ": no practice has the slug '" + saved.unknown + "'");
}

}  // namespace

ImportReport import_episodes(std::istream& in, store::EpisodeStore& episodes,
                             const EpisodeAudio& audio, const store::UploadFolder& uploads,
                             store::UtcTime now) {
  ImportReport report;
  for_each_import_line<core::EpisodeLine>(in, report, &core::parse_episode_line,
                                          [&](const std::string& label, core::EpisodeLine&& line) {
                                            save_episode(line, label, audio, episodes, uploads, now,
                                                         report);
                                          });
  return report;
}

std::optional<std::string> audio_from_folder(const std::filesystem::path& folder,
                                             const core::EpisodeLine& line) {
  if (line.audio.empty() || line.audio.find('/') != std::string::npos || line.audio[0] == '.')
    return std::nullopt;
  std::ifstream in(folder / line.audio, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

int run_import_episodes(const CommandContext& context, const std::string& file,
                        const std::string& audio_dir) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const store::UploadFolder uploads{context.config.data / "uploads"};
  const std::filesystem::path folder = audio_dir;
  const EpisodeAudio audio = [&folder](core::EpisodeLine& line) {
    return audio_from_folder(folder, line);
  };
  return print_import_report(
      import_episodes(in, store->episodes(), audio, uploads, store::utc_now()), "");
}

int load_demo_episodes(const CommandContext& context, store::Store& store, bool if_empty) {
  if (if_empty && !store.episodes().all().empty()) {
    std::cout << "demo: the database has episodes already; no episodes added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "episodes.jsonl";
  auto in = open_demo_file(path);
  if (!in) return kExitFailed;
  const store::UploadFolder uploads{context.config.data / "uploads"};
  int tone = 0;  // a different pitch for each episode, so each has a file of its own
  const EpisodeAudio audio = [&tone,
                              &store](core::EpisodeLine& line) -> std::optional<std::string> {
    std::erase_if(line.input.practices, [&store](const std::string& slug) {
      return !store.practices().find_by_slug(slug).has_value();
    });
    line.audio = line.input.slug + ".wav";  // the tone stands in for the file the line names
    line.input.audio_type = "audio/wav";
    return demo::quiet_tone_wav(kDemoToneSeconds, 330 + 110 * (tone++ % 8));
  };
  ImportReport report = import_episodes(*in, store.episodes(), audio, uploads, store::utc_now());
  for (auto& error : report.errors)
    error = path.string() + ": " + error;
  return print_import_report(report, "episodes: ");
}

}  // namespace tori::app
