// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' episode form: values read, checked (core::validate_episode_input, the time, the
// duration, the numbers, the audio by its bytes) and shown.
#include "tori/web/podcast/episode_form.hpp"

#include "tori/media/sniff.hpp"
#include "tori/web/submission/practice_media.hpp"  // UploadSettings
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// Whether `name` has the shape of a stored episode audio: "e", 16 hex digits, an extension.
bool audio_name_shape(std::string_view name) {
  const std::size_t dot = name.find('.');
  if (dot != 17 || !name.starts_with('e')) return false;
  for (const char c : name.substr(1, 16)) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  for (const std::string_view type : {"audio/mpeg", "audio/mp4", "audio/ogg", "audio/wav"}) {
    if (name.substr(dot) == core::episode_audio_extension(type)) return true;
  }
  return false;
}

// The input beside which a core field's message shows.
std::string episode_input_of(std::string_view field) {
  if (field.starts_with("audio_")) return "audio";
  if (field == "episode" || field == "season") return std::string(field) + "_number";
  return std::string(field.substr(0, field.find('[')));
}

std::string message(const Services& services, text::Language language, std::string_view input) {
  return services.catalogue.text(language, "episode_editor.error." + std::string(input));
}

// Sets the input's audio from the bytes; the reason they cannot be an episode's audio, or "".
std::string take_audio(core::EpisodeInput& input, std::string_view head, std::uint64_t size) {
  const auto type = media::sniff_audio(head);
  if (!type) return "type";
  input.audio_type = std::string(*type);
  input.audio_bytes = static_cast<std::int64_t>(size);
  return "";
}

// A new upload: checked, written under the name of its bytes, named in `values`.
void read_new_audio(EpisodeFormReading& reading, const Services& services, text::Language language,
                    EpisodeFormValues& values, const http::FormFile& file) {
  if (services.uploads == nullptr) {
    reading.errors.add("audio", message(services, language, "audio"));
    return;
  }
  if (file.bytes.size() > services.uploads->max_audio_bytes) {
    reading.errors.add("audio", message(services, language, "audio_size"));
    return;
  }
  if (!take_audio(reading.input, file.bytes, file.bytes.size()).empty()) {
    reading.errors.add("audio", message(services, language, "audio_type"));
    return;
  }
  const std::string name =
      core::episode_audio_name(file.bytes, core::episode_audio_extension(reading.input.audio_type));
  services.uploads->folder.write(name, file.bytes);  // before the row: the purge spares young files
  values.audio_file = name;
  reading.input.audio_file = name;
}

// The audio the form already names (stored, or uploaded by an earlier post), read again.
void read_kept_audio(EpisodeFormReading& reading, const Services& services, text::Language language,
                     const EpisodeFormValues& values) {
  const std::string& name = values.audio_file;
  const auto size = services.uploads != nullptr && audio_name_shape(name)
                        ? services.uploads->folder.size(name)
                        : std::nullopt;
  const auto head = size ? services.uploads->folder.read_part(name, 0, 16) : std::nullopt;
  if (!head || !take_audio(reading.input, *head, *size).empty()) {
    reading.errors.add("audio", message(services, language, "audio"));
    return;
  }
  reading.input.audio_file = name;
}

void read_audio(EpisodeFormReading& reading, const Services& services, text::Language language,
                EpisodeFormValues& values, const http::Form& form) {
  const http::FormFile* file = form.file("audio");
  if (file != nullptr && !(file->bytes.empty() && file->filename.empty()))
    read_new_audio(reading, services, language, values, *file);
  else
    read_kept_audio(reading, services, language, values);
}

// The episode or season number of `text`: nothing when empty, false when not 1–9999.
bool read_number(std::optional<int>& number, const std::string& text) {
  if (text.empty()) return true;
  const int value = typed_number(text, 4);
  if (value < 1) return false;
  number = value;
  return true;
}

void read_typed_values(EpisodeFormReading& reading, const Services& services,
                       text::Language language, const EpisodeFormValues& values) {
  core::EpisodeInput& input = reading.input;
  if (const auto kind = core::parse_episode_kind(values.kind))
    input.kind = *kind;
  else
    reading.errors.add("kind", message(services, language, "kind"));
  const TypedMoment moment = typed_helsinki_moment(values.date, values.time);
  if (moment.date_wrong) reading.errors.add("date", message(services, language, "date"));
  if (moment.time_wrong) reading.errors.add("time", message(services, language, "time"));
  if (moment.at) input.published_at = *moment.at;
  if (const auto seconds = core::parse_duration(values.duration))
    input.duration_seconds = *seconds;
  else
    reading.errors.add("duration", message(services, language, "duration"));
  if (!read_number(input.episode_number, values.episode_number))
    reading.errors.add("episode_number", message(services, language, "episode_number"));
  if (!read_number(input.season_number, values.season_number))
    reading.errors.add("season_number", message(services, language, "season_number"));
}

}  // namespace

EpisodeFormValues episode_form_values(const core::EpisodeInput& input) {
  auto [date, time] = helsinki_date_and_time(input.published_at);
  const auto number_text = [](const std::optional<int>& number) {
    return number ? std::to_string(*number) : std::string();
  };
  return {.slug = input.slug,
          .kind = std::string(core::episode_kind_name(input.kind)),
          .title = input.title,
          .description = input.description,
          .date = std::move(date),
          .time = std::move(time),
          .duration = core::format_duration(input.duration_seconds),
          .episode_number = number_text(input.episode_number),
          .season_number = number_text(input.season_number),
          .transcript = input.transcript,
          .language = input.language,
          .practices = list_text(input.practices),
          .recording_url = input.recording_url,
          .audio_file = input.audio_file};
}

EpisodeFormValues read_episode_form(const http::Form& form, const std::string& stored_audio) {
  EpisodeFormValues values{.slug = typed_line(form.get("slug")),
                           .kind = typed_line(form.get("kind")),
                           .title = typed_line(form.get("title")),
                           .description = typed_text(form.get("description")),
                           .date = typed_line(form.get("date")),
                           .time = typed_line(form.get("time")),
                           .duration = typed_line(form.get("duration")),
                           .episode_number = typed_line(form.get("episode_number")),
                           .season_number = typed_line(form.get("season_number")),
                           .transcript = typed_text(form.get("transcript")),
                           .language = typed_line(form.get("language")),
                           .practices = typed_line(form.get("practices")),
                           .recording_url = typed_line(form.get("recording_url")),
                           .audio_file = typed_line(form.get("audio_file"))};
  if (!audio_name_shape(values.audio_file)) values.audio_file = stored_audio;
  return values;
}

EpisodeFormReading parse_episode_form(const Services& services, text::Language language,
                                      EpisodeFormValues& values, const http::Form& form) {
  EpisodeFormReading reading;
  reading.input = {.slug = values.slug,
                   .title = values.title,
                   .description = values.description,
                   .transcript = values.transcript,
                   .language = values.language,
                   .practices = typed_list(values.practices),
                   .recording_url = values.recording_url};
  read_typed_values(reading, services, language, values);
  read_audio(reading, services, language, values, form);
  for (const core::FieldError& error : core::validate_episode_input(reading.input)) {
    const std::string input = episode_input_of(error.field);
    if (!reading.errors.has(input)) reading.errors.add(input, message(services, language, input));
  }
  return reading;
}

void fill_episode_form(Dictionary& body, const Services& services, text::Language language,
                       const EpisodeFormValues& values, const FormErrors& errors) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"SLUG", &values.slug},
      {"TITLE", &values.title},
      {"DESCRIPTION", &values.description},
      {"DATE", &values.date},
      {"TIME", &values.time},
      {"DURATION", &values.duration},
      {"EPISODE_NUMBER", &values.episode_number},
      {"SEASON_NUMBER", &values.season_number},
      {"TRANSCRIPT", &values.transcript},
      {"PRACTICES", &values.practices},
      {"RECORDING_URL", &values.recording_url}};
  for (const auto& [name, value] : fields)
    body.SetValue(name, *value);
  for (const std::string_view kind : {"podcast", "webinar"}) {
    Dictionary* option = body.AddSectionDictionary("KIND_OPTION");
    option->SetValue("CODE", std::string(kind));
    option->SetValue("NAME",
                     services.catalogue.text(language, "episode_editor.kind." + std::string(kind)));
    if (values.kind == kind) option->ShowSection("SELECTED");
  }
  for (const std::string_view code : {"fi", "sv", "en"}) {
    Dictionary* option = body.AddSectionDictionary("LANGUAGE_OPTION");
    option->SetValue("CODE", std::string(code));
    option->SetValue(
        "NAME", services.catalogue.text(language, "news_editor.language." + std::string(code)));
    if (values.language == code) option->ShowSection("SELECTED");
  }
  if (!values.audio_file.empty()) {
    Dictionary* audio = body.AddSectionDictionary("AUDIO");
    audio->SetValue("FILE", values.audio_file);
    audio->SetValue("KEPT", services.catalogue.format(language, "episode_editor.field.audio_kept",
                                                      {{"file", values.audio_file}}));
  }
  const std::size_t megabytes =
      (services.uploads != nullptr ? services.uploads->max_audio_bytes : 0) >> 20;
  body.SetValue("AUDIO_HINT", services.catalogue.format(language, "episode_editor.field.audio_hint",
                                                        {{"mb", std::to_string(megabytes)}}));
  fill_errors(body, "episode", errors);
}

}  // namespace tori::web
