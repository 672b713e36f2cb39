// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to podcast/: the editors' episode form — its values as typed (read from a post or
// made from a stored episode), turned into a core::EpisodeInput with their problems, the audio
// checked by content and kept across a re-shown form, and shown again with the errors.
#pragma once

#include <string>

#include "tori/core/episode.hpp"
#include "tori/http/form.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct EpisodeFormValues {
  std::string slug, kind = "podcast", title, description;
  std::string date, time;  // the publication in Helsinki: "16.2.2024", "9.00"
  std::string duration;    // "42:05" or "1:02:05"
  std::string episode_number, season_number;
  std::string transcript, language = "fi";
  std::string practices;  // practices' slugs, comma-separated
  std::string recording_url;
  // The audio already in uploads/: the stored episode's, or one uploaded by an earlier post of
  // this form that came back with errors (so the editor does not send it twice).
  std::string audio_file;
};

// From a stored episode (times in Helsinki).
[[nodiscard]] EpisodeFormValues episode_form_values(const core::EpisodeInput& input);
// From a post; `stored_audio` is the stored episode's audio ("" for a new episode).
[[nodiscard]] EpisodeFormValues read_episode_form(const http::Form& form,
                                                  const std::string& stored_audio);

// The episode of `values` and its problems beside their inputs. A new audio file is checked by
// its bytes (MP3, M4A, Ogg or WAV, within [limits] audio_mb) and written to uploads/ under the
// name of its bytes at once, and `values.audio_file` then names it.
struct EpisodeFormReading {
  core::EpisodeInput input;
  FormErrors errors;
};
[[nodiscard]] EpisodeFormReading parse_episode_form(const Services& services,
                                                    text::Language language,
                                                    EpisodeFormValues& values,
                                                    const http::Form& form);

// The inputs (SLUG, KIND_OPTION, TITLE, DESCRIPTION, DATE, TIME, DURATION, EPISODE_NUMBER,
// SEASON_NUMBER, TRANSCRIPT, LANGUAGE_OPTION, PRACTICES, RECORDING_URL, AUDIO) and their errors.
void fill_episode_form(ctemplate::TemplateDictionary& body, const Services& services,
                       text::Language language, const EpisodeFormValues& values,
                       const FormErrors& errors);

}  // namespace tori::web
