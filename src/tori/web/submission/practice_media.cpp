// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading, checking, storing and showing a practice's images and attachments on its form.
#include "tori/web/submission/practice_media.hpp"

#include <algorithm>

#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/practice_media_view.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string trimmed_text(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

// The posted file of `field`, or nothing when the file input was left empty.
const http::FormFile* chosen_file(const http::Form& posted, std::string_view field) {
  const http::FormFile* file = posted.file(field);
  if (file == nullptr || (file->filename.empty() && file->bytes.empty())) return nullptr;
  return file;
}

struct Reader {
  const http::Form& posted;
  const Services& services;
  Language language;
  FormErrors& errors;
  const UploadSettings& settings;

  void add(const std::string& field, const std::string& key) const {
    errors.add(field, services.catalogue.text(language, key));
  }
  // The trimmed_text text of `field`, an error when it is too long or (when required) empty.
  std::string description(const std::string& field, bool required, const std::string& key) const {
    std::string text = trimmed_text(posted.get(field));
    if ((required && text.empty()) || characters(text) > settings.max_description) add(field, key);
    return text;
  }
};

void read_image(const Reader& reader, const PracticeMedia& existing, MediaChanges& changes) {
  const http::FormFile* file = chosen_file(reader.posted, "image");
  if (file == nullptr) return;
  const std::string alt = reader.description("image_alt", true, "media.error.image_alt");
  if (existing.images.size() >= reader.settings.max_images) {
    reader.add("image", "media.error.image.count");
    return;
  }
  media::ImageResult result = media::process_image(file->bytes, reader.settings.image_limits);
  if (!result.image) {
    reader.add("image", "media.error.image." + std::string(media::refusal_code(result.refusal)));
    return;
  }
  store::MediaItem item;
  item.kind = store::MediaKind::kImage;
  item.description = alt;
  item.original_name = file->filename;
  item.width = result.image->width;
  item.height = result.image->height;
  item.thumbnail_width = result.image->thumbnail_width;
  item.thumbnail_height = result.image->thumbnail_height;
  item.bytes = static_cast<std::int64_t>(result.image->display.size());
  changes.image = std::move(item);
  changes.processed = std::move(*result.image);
}

void read_attachment(const Reader& reader, const PracticeMedia& existing, MediaChanges& changes) {
  const http::FormFile* file = chosen_file(reader.posted, "attachment");
  if (file == nullptr) return;
  std::string title = reader.description("attachment_title", false, "media.error.title");
  if (title.empty()) title = file->filename;
  if (existing.attachments.size() >= reader.settings.max_attachments) {
    reader.add("attachment", "media.error.attachment.count");
    return;
  }
  const media::PdfCheck check = media::check_pdf(file->bytes, reader.settings.pdf_limits);
  if (!check.accepted) {
    reader.add("attachment",
               "media.error.attachment." + std::string(media::refusal_code(check.refusal)));
    return;
  }
  store::MediaItem item;
  item.kind = store::MediaKind::kAttachment;
  item.description = title;
  item.original_name = file->filename;
  item.pages = check.pages;
  item.bytes = static_cast<std::int64_t>(file->bytes.size());
  changes.attachment = std::move(item);
  changes.attachment_bytes = file->bytes;
}

void read_existing(const Reader& reader, const PracticeMedia& existing, MediaChanges& changes) {
  const std::vector<std::string> removed = reader.posted.all("remove_media");
  auto read_item = [&](const store::MediaItem& item, bool image) {
    const std::string id = std::to_string(item.id);
    if (std::find(removed.begin(), removed.end(), id) != removed.end()) {
      changes.removals.push_back(item.id);
      return;
    }
    const std::string field = "media_" + id + "_alt";
    if (!reader.posted.has(field)) return;
    std::string text =
        reader.description(field, image, image ? "media.error.image_alt" : "media.error.title");
    if (text != item.description && (!text.empty() || image))
      changes.descriptions.emplace_back(item.id, std::move(text));
  };
  for (const store::MediaItem& item : existing.images)
    read_item(item, true);
  for (const store::MediaItem& item : existing.attachments)
    read_item(item, false);
}

}  // namespace

PracticeMedia media_of(const Services& services, std::int64_t practice_id) {
  return {services.store.media().of_practice(practice_id, store::MediaKind::kImage),
          services.store.media().of_practice(practice_id, store::MediaKind::kAttachment)};
}

MediaChanges read_media_changes(const http::Form& posted, const Services& services,
                                Language language, const PracticeMedia& existing,
                                FormErrors& errors) {
  MediaChanges changes;
  if (services.uploads == nullptr) return changes;
  const Reader reader{posted, services, language, errors, *services.uploads};
  read_existing(reader, existing, changes);
  read_image(reader, existing, changes);
  read_attachment(reader, existing, changes);
  return changes;
}

void apply_media_changes(const Services& services, std::int64_t practice_id, MediaChanges changes,
                         const store::Actor& actor) {
  if (services.uploads == nullptr) return;
  const store::UploadFolder& folder = services.uploads->folder;
  store::MediaStore& media = services.store.media();
  const store::UtcTime now = store::utc_now();
  for (const std::int64_t id : changes.removals) {
    if (auto removed = media.remove(practice_id, id, now)) {
      folder.remove(removed->file);
      if (!removed->thumbnail.empty()) folder.remove(removed->thumbnail);
    }
  }
  for (const auto& [id, text] : changes.descriptions)
    media.describe(practice_id, id, text, now);
  if (changes.image) {
    const std::string stem = auth::new_token().substr(0, 32);
    changes.image->practice_id = practice_id;
    changes.image->file = stem + ".webp";
    changes.image->thumbnail = stem + "-pieni.webp";
    folder.write(changes.image->file, changes.processed.display);
    folder.write(changes.image->thumbnail, changes.processed.thumbnail);
    media.add(*changes.image, actor, now);
  }
  if (changes.attachment) {
    changes.attachment->practice_id = practice_id;
    changes.attachment->file = auth::new_token().substr(0, 32) + ".pdf";
    folder.write(changes.attachment->file, changes.attachment_bytes);
    media.add(*changes.attachment, actor, now);
  }
}

namespace {

// An item's field errors (fill_errors shows those of the fields outside loops).
void item_errors(Dictionary& item, const FormErrors& errors, const std::string& field) {
  for (const FormErrors::Error& error : errors.all()) {
    if (error.field == field) item.SetValueAndShowSection("MESSAGE", error.message, "ERROR");
  }
}

void fill_item(Dictionary& item, const store::MediaItem& media, const FormErrors& errors) {
  const std::string id = std::to_string(media.id);
  item.SetValue("ID", id);
  item.SetValue("NAME", media.original_name);
  item.SetValue("DESCRIPTION", media.description);
  item.SetValue("URL", media_url(media.file));
  item_errors(item, errors, "media_" + id + "_alt");
}

}  // namespace

void fill_media_form(Dictionary& body, const Services& services, const PracticeMedia& media,
                     const FormErrors& errors) {
  if (services.uploads == nullptr) return;
  body.ShowSection("UPLOADS");
  for (const store::MediaItem& image : media.images) {
    Dictionary* item = body.AddSectionDictionary("IMAGE");
    fill_item(*item, image, errors);
    item->SetValue("THUMBNAIL_URL", media_url(image.thumbnail));
    item->SetIntValue("WIDTH", image.thumbnail_width);
    item->SetIntValue("HEIGHT", image.thumbnail_height);
  }
  if (!media.images.empty()) body.ShowSection("HAS_IMAGES");
  for (const store::MediaItem& attachment : media.attachments) {
    Dictionary* item = body.AddSectionDictionary("ATTACHMENT");
    fill_item(*item, attachment, errors);
    item->SetIntValue("PAGES", attachment.pages);
  }
  if (!media.attachments.empty()) body.ShowSection("HAS_ATTACHMENTS");
  const UploadSettings& settings = *services.uploads;
  body.SetIntValue("MAX_IMAGE_MB", static_cast<long>(settings.image_limits.max_bytes >> 20));
  body.SetIntValue("MAX_PDF_MB", static_cast<long>(settings.pdf_limits.max_bytes >> 20));
}

}  // namespace tori::web
