// SPDX-License-Identifier: AGPL-3.0-or-later
// A practice's images and PDF attachments in the database (their files are in UploadFolder).
//
//   std::int64_t id = store.media().add(item, actor, now);
//   for (const MediaItem& image : store.media().of_practice(practice.id, MediaKind::kImage)) …
//   if (auto removed = store.media().remove(practice.id, id, actor, now)) folder.remove(*removed);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/submission_store.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

enum class MediaKind { kImage, kAttachment };

struct MediaItem {
  std::int64_t id = 0;
  std::int64_t practice_id = 0;
  MediaKind kind = MediaKind::kImage;
  std::string file;           // the name under uploads/
  std::string thumbnail;      // images: the thumbnail's name; attachments: ""
  std::string description;    // an image's alt text, an attachment's title
  std::string original_name;  // as uploaded, path stripped
  int width = 0, height = 0, thumbnail_width = 0, thumbnail_height = 0;
  int pages = 0;  // attachments
  std::int64_t bytes = 0;
  UtcTime added_at{};
};

class MediaStore {
 public:
  virtual ~MediaStore() = default;
  // Adds `item` (id and added_at ignored) last among its practice's media of its kind; the
  // practice's change is logged so cached pages go. Returns the new id.
  virtual std::int64_t add(const MediaItem& item, const Actor& actor, UtcTime now) = 0;
  // The practice's media of `kind`, in the order added.
  [[nodiscard]] virtual std::vector<MediaItem> of_practice(std::int64_t practice_id,
                                                           MediaKind kind) = 0;
  // The item whose file or thumbnail is `file`; nothing for a file no row names.
  [[nodiscard]] virtual std::optional<MediaItem> find_file(std::string_view file) = 0;
  // Sets the alt text or title; false when the practice has no such item.
  virtual bool describe(std::int64_t practice_id, std::int64_t media_id,
                        std::string_view description, UtcTime now) = 0;
  // Removes the item from the practice; what was removed (its files are the caller's to
  // delete), nothing when the practice has no such item.
  virtual std::optional<MediaItem> remove(std::int64_t practice_id, std::int64_t media_id,
                                          UtcTime now) = 0;
  // Every file name a row refers to (files and thumbnails), for removing orphans.
  [[nodiscard]] virtual std::vector<std::string> referenced_files() = 0;
};

[[nodiscard]] inline std::string_view to_string(MediaKind kind) {
  return kind == MediaKind::kImage ? "image" : "attachment";
}

}  // namespace tori::store
