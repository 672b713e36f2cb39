// SPDX-License-Identifier: AGPL-3.0-or-later
// A practice's images and attachments on its page (practice.tpl): the images as figures with
// their alt texts, the attachments as links with their page counts.
//
//   fill_practice_media(page.body(), services, practice.id);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include "tori/web/services.hpp"

namespace tori::web {

// "/media/<file>": where an uploaded file is served (submission/media_route.cpp).
[[nodiscard]] std::string media_url(std::string_view file);

// Sections HAS_IMAGES with PRACTICE_IMAGE (URL, THUMBNAIL_URL, ALT, WIDTH, HEIGHT) and
// HAS_ATTACHMENTS with PRACTICE_ATTACHMENT (URL, TITLE, PAGES).
void fill_practice_media(ctemplate::TemplateDictionary& body, const Services& services,
                         std::int64_t practice_id);

}  // namespace tori::web
