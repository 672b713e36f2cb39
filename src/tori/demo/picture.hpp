// SPDX-License-Identifier: AGPL-3.0-or-later
// Pictures drawn for the demo's news from each picture's description: an abstract composition
// in the Suomi.fi palette with the description set on it (nothing is fetched).
//
//   std::string png = draw_picture("Kannettava tietokone kahvikupin vieressä");  // 1200×630
#pragma once

#include <string>
#include <string_view>

namespace tori::demo {

inline constexpr int kPictureWidth = 1200;  // the size sharing cards use (1.91:1)
inline constexpr int kPictureHeight = 630;

// A PNG of kPictureWidth × kPictureHeight: colours and shapes chosen by the description's
// hash (the same description gives the same bytes), the description wrapped on a panel.
// Throws std::runtime_error if cairo fails.
[[nodiscard]] std::string draw_picture(std::string_view description);

// Lets go of pango's default font map (its fonts and caches) once the pictures are drawn.
void release_picture_fonts();

}  // namespace tori::demo
