// SPDX-License-Identifier: AGPL-3.0-or-later
// validate_episode_input, the episode kinds, audio types and names, and durations written and read.
#include "tori/core/episode.hpp"

#include <array>
#include <cstdio>
#include <set>
#include <utility>

#include "tori/core/field_checker.hpp"
#include "tori/text/fingerprint.hpp"
#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kAudioExtensions{{
    {".mp3", "audio/mpeg"},
    {".m4a", "audio/mp4"},
    {".ogg", "audio/ogg"},
    {".oga", "audio/ogg"},
    {".opus", "audio/ogg"},
    {".wav", "audio/wav"},
}};

// A plain file name: 1–100 of [A-Za-z0-9_-], one '.', an extension of [a-z0-9].
bool plain_file_name(std::string_view name) {
  const std::size_t dot = name.find('.');
  if (name.size() > 100 || dot == std::string_view::npos || dot == 0 || dot + 1 == name.size())
    return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool digit_or_lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (i == dot) continue;
    if (i > dot ? !digit_or_lower
                : !(digit_or_lower || (c >= 'A' && c <= 'Z') || c == '_' || c == '-'))
      return false;
  }
  return true;
}

void check_episode_head(FieldChecker& check, const EpisodeInput& input) {
  if (!text::is_valid_slug(input.slug))
    check.add("slug", "slug must be 1–80 characters of a–z, 0–9 and single hyphens");
  check.text("title", input.title, {true, kMaxTitleLength, Lines::kOne});
  check.text("description", input.description, {true, kMaxEpisodeDescriptionLength, Lines::kMany});
}

void check_episode_audio(FieldChecker& check, const EpisodeInput& input) {
  if (!plain_file_name(input.audio_file))
    check.add("audio_file", "audio_file must be a plain file name like e1a2b3.mp3");
  if (!is_episode_audio_type(input.audio_type))
    check.add("audio_type", "audio_type must be audio/mpeg, audio/mp4, audio/ogg or audio/wav");
  if (input.audio_bytes < 1 || input.audio_bytes > kMaxEpisodeBytes)
    check.add("audio_bytes", "audio_bytes must be 1 byte – 2 GiB");
  if (input.duration_seconds < 1 || input.duration_seconds > kMaxEpisodeSeconds)
    check.add("duration", "duration must be 1–86400 seconds");
  for (const auto& [field, number] :
       {std::pair{"episode", input.episode_number}, std::pair{"season", input.season_number}}) {
    if (number && (*number < 1 || *number > 9999))
      check.add(field, std::string(field) + " must be 1–9999");
  }
}

void check_episode_rest(FieldChecker& check, const EpisodeInput& input) {
  check.text("transcript", input.transcript, {true, kMaxEpisodeTranscriptLength, Lines::kMany});
  if (input.language != "fi" && input.language != "sv" && input.language != "en")
    check.add("language", "language must be fi, sv or en");
  if (input.practices.size() > kMaxEpisodePractices)
    check.add("practices", "at most " + std::to_string(kMaxEpisodePractices) + " practices");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < input.practices.size(); ++i) {
    const std::string field = "practices[" + std::to_string(i) + "]";
    if (!check.text(field, input.practices[i], {true, kMaxExternalIdLength, Lines::kOne})) continue;
    if (!seen.insert(input.practices[i]).second)
      check.add(field, "'" + input.practices[i] + "' is given twice");
  }
  if (input.recording_url.empty()) return;
  if (!check.text("recording_url", input.recording_url, {true, kMaxUrlLength, Lines::kOne})) return;
  if (!input.recording_url.starts_with("https://") || input.recording_url.size() <= 8 ||
      input.recording_url.find(' ') != std::string::npos)
    check.add("recording_url", "recording_url must be an https:// address");
}

}  // namespace

std::string_view episode_kind_name(EpisodeKind kind) {
  return kind == EpisodeKind::kWebinar ? "webinar" : "podcast";
}

std::optional<EpisodeKind> parse_episode_kind(std::string_view name) {
  if (name == "podcast") return EpisodeKind::kPodcast;
  if (name == "webinar") return EpisodeKind::kWebinar;
  return std::nullopt;
}

bool is_episode_audio_type(std::string_view mime) {
  for (const auto& [extension, type] : kAudioExtensions) {
    if (type == mime) return true;
  }
  return false;
}

std::optional<std::string> episode_audio_type_of(std::string_view file_name) {
  for (const auto& [extension, type] : kAudioExtensions) {
    if (file_name.size() > extension.size() && file_name.ends_with(extension))
      return std::string(type);
  }
  return std::nullopt;
}

std::vector<FieldError> validate_episode_input(const EpisodeInput& input) {
  FieldChecker check;
  check_episode_head(check, input);
  check_episode_audio(check, input);
  check_episode_rest(check, input);
  return check.take();
}

std::string format_duration(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  char text[32];
  const auto h = static_cast<long long>(seconds / 3600);
  const auto m = static_cast<long long>(seconds / 60 % 60);
  const auto s = static_cast<long long>(seconds % 60);
  if (h > 0)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", h, m, s);
  else
    std::snprintf(text, sizeof text, "%lld:%02lld", m, s);
  return text;
}

std::optional<std::int64_t> parse_duration(std::string_view text) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  std::vector<std::int64_t> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t colon = text.find(':', start);
    const std::string_view part = text.substr(start, colon - start);
    if (part.empty() || part.size() > 5) return std::nullopt;
    std::int64_t value = 0;
    for (const char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    if (!parts.empty() && (part.size() != 2 || value > 59)) return std::nullopt;
    parts.push_back(value);
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  std::int64_t seconds = 0;
  for (const std::int64_t part : parts)
    seconds = seconds * 60 + part;
  return seconds;
}

std::string_view episode_audio_extension(std::string_view mime) {
  for (const auto& [extension, type] : kAudioExtensions) {
    if (type == mime) return extension;  // the first of a type is its usual extension
  }
  return "";
}

std::string episode_audio_name(std::string_view bytes, std::string_view extension) {
  return "e" + text::fingerprint_hex(bytes) + std::string(extension);
}

}  // namespace tori::core
