// SPDX-License-Identifier: AGPL-3.0-or-later
// The episodes exchange format (docs/formats/episodes-jsonl.md): one episode per line of JSON,
// read into an EpisodeInput and the name of its audio file beside the lines.
//
//   auto read = parse_episode_line(line);
//   if (auto* reason = std::get_if<std::string>(&read)) …  // "line N: " + *reason
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/episode.hpp"

namespace tori::core {

// A line read: the episode without its stored file (audio_file, audio_bytes and, unless the
// line names it, audio_type are for the importer to fill) and the file the line names.
struct EpisodeLine {
  EpisodeInput input;
  std::string audio;  // "jakso-1.mp3": a plain file name in the folder given to the importer
};

// Reads one line (a JSON object). The reason names the first problem: "unknown field 'x'",
// "field 'duration' is required", … slug, title, description, published_at, audio, duration and
// transcript are required; kind "podcast", language "fi", lists empty, numbers absent. Only
// the shape is checked: call validate_episode_input before storing.
[[nodiscard]] std::variant<EpisodeLine, std::string> parse_episode_line(std::string_view line);

}  // namespace tori::core
