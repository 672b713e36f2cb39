// SPDX-License-Identifier: AGPL-3.0-or-later
// Episodes in as JSON Lines (docs/formats/episodes-jsonl.md): `tori import episodes FILE
// --audio DIR`, and the demo's Torikahvit episodes for `tori demo` with a quiet tone for audio.
#pragma once

#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <string>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/core/episode_jsonl.hpp"
#include "tori/store/store.hpp"
#include "tori/store/upload_folder.hpp"

namespace tori::app {

// The bytes of a line's audio; nothing when there are none. It may adjust the line (the demo
// leaves out the practices a smaller demo database lacks).
using EpisodeAudio = std::function<std::optional<std::string>(core::EpisodeLine&)>;

// Reads JSON lines; for each, takes the audio's bytes from `audio`, writes them to `uploads`
// under a name made from their hash (so a name never means other bytes) and saves the episode
// with that file, its type (the line's audio_type, else by the audio's extension) and length. A
// bad line ("line N: reason": its shape, missing audio, a rule, an unknown practice) is reported
// and its episode not saved; the others go on. Throws only when the store or the folder fails.
[[nodiscard]] ImportReport import_episodes(std::istream& in, store::EpisodeStore& episodes,
                                           const EpisodeAudio& audio,
                                           const store::UploadFolder& uploads, store::UtcTime now);

// The audio of `line.audio` in `folder` (a plain name only: never a path out of it).
[[nodiscard]] std::optional<std::string> audio_from_folder(const std::filesystem::path& folder,
                                                           const core::EpisodeLine& line);

// `tori import episodes FILE --audio DIR`.
[[nodiscard]] int run_import_episodes(const CommandContext& context, const std::string& file,
                                      const std::string& audio_dir);

// The demo's episodes (data/demo/episodes.jsonl), each with a few seconds of a quiet tone (WAV)
// for audio, after the demo's practices. Skipped when `if_empty` and the database has episodes.
[[nodiscard]] int load_demo_episodes(const CommandContext& context, store::Store& store,
                                     bool if_empty);

}  // namespace tori::app
