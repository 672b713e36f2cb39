// SPDX-License-Identifier: AGPL-3.0-or-later
// Filling a practice page's images and attachments.
#include "tori/web/practice_media_view.hpp"

#include "tori/store/store.hpp"

namespace tori::web {

std::string media_url(std::string_view file) {
  return "/media/" + std::string(file);
}

void fill_practice_media(ctemplate::TemplateDictionary& body, const Services& services,
                         std::int64_t practice_id) {
  store::MediaStore& media = services.store.media();
  for (const store::MediaItem& image : media.of_practice(practice_id, store::MediaKind::kImage)) {
    auto* item = body.AddSectionDictionary("PRACTICE_IMAGE");
    item->SetValue("URL", media_url(image.file));
    item->SetValue("THUMBNAIL_URL", media_url(image.thumbnail));
    item->SetValue("ALT", image.description);
    item->SetIntValue("WIDTH", image.thumbnail_width);
    item->SetIntValue("HEIGHT", image.thumbnail_height);
    body.ShowSection("HAS_IMAGES");
  }
  for (const store::MediaItem& attachment :
       media.of_practice(practice_id, store::MediaKind::kAttachment)) {
    auto* item = body.AddSectionDictionary("PRACTICE_ATTACHMENT");
    item->SetValue("URL", media_url(attachment.file));
    item->SetValue("TITLE", attachment.description);
    item->SetIntValue("PAGES", attachment.pages);
    body.ShowSection("HAS_ATTACHMENTS");
  }
}

}  // namespace tori::web
