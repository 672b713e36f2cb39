// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the demo pictures: a PNG of the card size, the same bytes for the same description,
// different ones for another, and a description longer than the panel still drawn.
#include "tori/demo/picture.hpp"

#include <gtest/gtest.h>

namespace tori::demo {
namespace {

// The width and height from a PNG's IHDR chunk.
std::pair<int, int> png_size(const std::string& png) {
  auto at = [&](std::size_t i) {
    return (static_cast<unsigned char>(png[i]) << 24) |
           (static_cast<unsigned char>(png[i + 1]) << 16) |
           (static_cast<unsigned char>(png[i + 2]) << 8) | static_cast<unsigned char>(png[i + 3]);
  };
  return {static_cast<int>(at(16)), static_cast<int>(at(20))};
}

TEST(DemoPicture, IsAPngOfTheCardSizeAndTheSameForTheSameDescription) {
  const std::string png = draw_picture("Kannettava tietokone kahvikupin vieressä");
  ASSERT_GT(png.size(), 1000U);
  EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_EQ(png_size(png), std::make_pair(kPictureWidth, kPictureHeight));
  EXPECT_EQ(draw_picture("Kannettava tietokone kahvikupin vieressä"), png);
  EXPECT_NE(draw_picture("Gaalan lava ja yleisö"), png);
}

TEST(DemoPicture, ALongOrEmptyDescriptionIsStillDrawn) {
  EXPECT_EQ(png_size(draw_picture(std::string(3000, 'a'))).first, kPictureWidth);
  EXPECT_EQ(png_size(draw_picture("")).second, kPictureHeight);
}

}  // namespace
}  // namespace tori::demo
