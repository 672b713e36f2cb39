// SPDX-License-Identifier: AGPL-3.0-or-later
// A practice's images and PDF attachments on the form: reading what a post asks (a new image
// with its alt text, a new attachment with its title, alt texts changed, items removed),
// checking the files by content (tori_media), and carrying it out once the practice is saved.
//
//   MediaChanges changes = read_media_changes(posted, services, language, existing, errors);
//   … save the practice …
//   apply_media_changes(services, practice_id, std::move(changes), actor);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include "tori/http/form.hpp"
#include "tori/media/image.hpp"
#include "tori/media/pdf.hpp"
#include "tori/store/media_store.hpp"
#include "tori/store/upload_folder.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Where uploads go and how big they may be (Services::uploads).
struct UploadSettings {
  store::UploadFolder folder;
  media::ImageLimits image_limits{};
  media::PdfLimits pdf_limits{};
  std::size_t max_images = 10;
  std::size_t max_attachments = 5;
  std::size_t max_description = 300;                     // characters of an alt text or a title
  std::size_t max_audio_bytes = std::size_t{200} << 20;  // an episode's audio ([limits] audio_mb)
};

// The media a practice has now, by kind.
struct PracticeMedia {
  std::vector<store::MediaItem> images;
  std::vector<store::MediaItem> attachments;
};
[[nodiscard]] PracticeMedia media_of(const Services& services, std::int64_t practice_id);

struct MediaChanges {
  std::optional<store::MediaItem> image;  // file names not yet given
  media::ProcessedImage processed;        // the new image's bytes
  std::optional<store::MediaItem> attachment;
  std::string attachment_bytes;
  std::vector<std::int64_t> removals;
  std::vector<std::pair<std::int64_t, std::string>> descriptions;  // id → new text
  [[nodiscard]] bool has_new_file() const { return image || attachment; }
};

// What `posted` asks for `existing` (the practice's media, empty for a new practice); the
// problems are added to `errors` under "image", "image_alt", "attachment", "attachment_title"
// and "media_<id>_alt".
[[nodiscard]] MediaChanges read_media_changes(const http::Form& posted, const Services& services,
                                              Language language, const PracticeMedia& existing,
                                              FormErrors& errors);

// Writes the new files and carries out the changes for the saved practice.
void apply_media_changes(const Services& services, std::int64_t practice_id, MediaChanges changes,
                         const store::Actor& actor);

// The form's media part: the current images and attachments with their fields, and the
// upload fields (sections IMAGE, ATTACHMENT; values MEDIA_URL …).
void fill_media_form(ctemplate::TemplateDictionary& body, const Services& services,
                     const PracticeMedia& media, const FormErrors& errors);

}  // namespace tori::web
