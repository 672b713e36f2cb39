// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading the episodes exchange format with Boost.JSON.
#include "tori/core/episode_jsonl.hpp"

#include "tori/core/jsonl_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

namespace json = boost::json;
using jsonl::read_string;
using jsonl::read_string_or_null;

using EpisodeRead = std::optional<std::string>;  // a field's reason, "" fine, nothing unknown

std::string read_episode_time(const json::value& value, EpisodeInput& input) {
  std::optional<text::TimePoint> time;
  if (value.is_string()) time = text::parse_rfc3339(value.get_string());
  if (!time) return jsonl::must_be("published_at", "an RFC 3339 time");
  input.published_at = *time;
  return {};
}

std::string read_episode_number(const json::value& value, std::string_view field,
                                std::optional<int>& out) {
  if (value.is_null()) {
    out.reset();
    return {};
  }
  int number = 0;
  std::string error = jsonl::read_int(value, field, 1, 9999, number);
  if (error.empty()) out = number;
  return error;
}

std::string read_episode_duration(const json::value& value, EpisodeInput& input) {
  int seconds = 0;
  std::string error = jsonl::read_int(value, "duration", 1, 86400, seconds);
  input.duration_seconds = seconds;
  return error;
}

EpisodeRead read_episode_field(std::string_view key, const json::value& value, EpisodeLine& line) {
  EpisodeInput& input = line.input;
  const std::string name(key);
  if (key == "slug") return read_string(value, name, input.slug);
  if (key == "kind") {
    std::optional<EpisodeKind> kind;
    std::string error =
        jsonl::read_enum(value, name, &parse_episode_kind, "podcast, webinar", kind);
    if (kind) input.kind = *kind;
    return error;
  }
  if (key == "title") return read_string(value, name, input.title);
  if (key == "description") return read_string(value, name, input.description);
  if (key == "published_at") return read_episode_time(value, input);
  if (key == "audio") return read_string(value, name, line.audio);
  if (key == "audio_type") return read_string(value, name, input.audio_type);
  if (key == "duration") return read_episode_duration(value, input);
  if (key == "episode") return read_episode_number(value, name, input.episode_number);
  if (key == "season") return read_episode_number(value, name, input.season_number);
  if (key == "transcript") return read_string(value, name, input.transcript);
  if (key == "language") return read_string(value, name, input.language);
  if (key == "practices") return jsonl::read_strings(value, name, input.practices);
  if (key == "recording_url") return read_string_or_null(value, name, input.recording_url);
  return std::nullopt;
}

}  // namespace

std::variant<EpisodeLine, std::string> parse_episode_line(std::string_view text) {
  auto parsed = jsonl::parse_json(text);
  if (auto* error = std::get_if<std::string>(&parsed)) return std::move(*error);
  const json::value& value = std::get<json::value>(parsed);
  if (!value.is_object()) return std::string("the line must be a JSON object");
  EpisodeLine line;
  for (const json::key_value_pair& entry : value.get_object()) {
    const EpisodeRead error = read_episode_field(entry.key(), entry.value(), line);
    if (!error) return "unknown field '" + std::string(entry.key()) + "'";
    if (!error->empty()) return *error;
  }
  for (const std::string_view field :
       {"slug", "title", "description", "published_at", "audio", "duration", "transcript"}) {
    if (!value.get_object().contains(field))
      return "field '" + std::string(field) + "' is required";
  }
  return line;
}

}  // namespace tori::core
