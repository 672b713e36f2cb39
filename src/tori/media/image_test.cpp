// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of process_image: accepted formats and sizes, metadata stripped, hostile uploads refused.
#include "tori/media/image.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "tori/media/test_images.hpp"

namespace tori::media {
namespace {

using namespace fixtures;
using vips::VImage;

const std::string kPhp = "<?php system($_GET['c']); ?>";

// Accepted, both outputs WebP within the limits; returns the image for more checks.
ProcessedImage expect_accepted(std::string_view bytes, const ImageLimits& limits = {}) {
  const ImageResult result = process_image(bytes, limits);
  if (!result.image) {
    ADD_FAILURE() << "refused: " << refusal_code(result.refusal);
    return {};
  }
  const ProcessedImage& image = *result.image;
  EXPECT_EQ(sniff_image(image.display), ImageFormat::webp);
  EXPECT_EQ(sniff_image(image.thumbnail), ImageFormat::webp);
  EXPECT_LE(std::max(image.width, image.height), limits.display_side);
  EXPECT_LE(std::max(image.thumbnail_width, image.thumbnail_height), limits.thumbnail_side);
  for (const std::string* output : {&image.display, &image.thumbnail}) {
    for (const std::string& chunk : webp_chunks(*output)) {  // pixels only, no metadata
      EXPECT_TRUE(chunk == "VP8X" || chunk == "VP8 " || chunk == "VP8L" || chunk == "ALPH")
          << chunk;
    }
  }
  const VImage display = decode(image.display), thumbnail = decode(image.thumbnail);
  EXPECT_EQ(display.width(), image.width);
  EXPECT_EQ(display.height(), image.height);
  EXPECT_EQ(thumbnail.width(), image.thumbnail_width);
  EXPECT_EQ(thumbnail.height(), image.thumbnail_height);
  return image;
}

ImageRefusal refusal_of(std::string_view bytes, const ImageLimits& limits = {}) {
  const ImageResult result = process_image(bytes, limits);
  EXPECT_FALSE(result.image.has_value());
  return result.refusal;
}

struct SizeCase {
  std::string_view name;
  std::string bytes;
  int width, height;                      // expected display size
  int thumbnail_width, thumbnail_height;  // expected thumbnail size
};

TEST(ProcessImage, AcceptsJpegPngAndWebpKeepingTheAspectRatio) {
  const SizeCase cases[] = {
      {"JPEG 4:3, larger than display", jpeg(picture(2000, 1500)), 1600, 1200, 480, 360},
      {"JPEG exactly display size", jpeg(picture(1600, 900)), 1600, 900, 480, 270},
      {"PNG portrait", png(picture(900, 1800)), 800, 1600, 240, 480},
      {"PNG with alpha, small: not upscaled", png(picture(300, 600, 4)), 300, 600, 240, 480},
      {"WebP, smaller than a thumbnail: not upscaled", webp(picture(200, 100)), 200, 100, 200, 100},
      {"WebP panorama", webp(picture(3200, 400)), 1600, 200, 480, 60},
  };
  for (const SizeCase& c : cases) {
    SCOPED_TRACE(c.name);
    const ProcessedImage image = expect_accepted(c.bytes);
    EXPECT_EQ(image.width, c.width);
    EXPECT_EQ(image.height, c.height);
    EXPECT_EQ(image.thumbnail_width, c.thumbnail_width);
    EXPECT_EQ(image.thumbnail_height, c.thumbnail_height);
  }
}

TEST(ProcessImage, KeepsAlpha) {
  const ProcessedImage image = expect_accepted(png(picture(300, 600, 4)));
  EXPECT_TRUE(decode(image.display).has_alpha());
  EXPECT_TRUE(decode(image.thumbnail).has_alpha());
}

TEST(ProcessImage, HonoursOtherDisplayAndThumbnailSides) {
  ImageLimits limits;
  limits.display_side = 640;
  limits.thumbnail_side = 64;
  const ProcessedImage image = expect_accepted(jpeg(picture(1000, 800)), limits);
  EXPECT_EQ(image.width, 640);
  EXPECT_EQ(image.height, 512);
  EXPECT_EQ(image.thumbnail_width, 64);
  EXPECT_EQ(image.thumbnail_height, 51);
}

// DEPENDENCIES.md trap 9: thumbnail_buffer alone keeps EXIF; the save must strip it.
TEST(ProcessImage, StripsExifAfterTurningTheImageUpright) {
  VImage picture_with_exif = picture(400, 200).copy();
  picture_with_exif.set("exif-ifd0-Artist", "Maija Meikalainen");
  picture_with_exif.set("exif-ifd0-Make", "Kamerat Oy");
  picture_with_exif.set(VIPS_META_ORIENTATION, 6);  // "rotate 90° clockwise to view"
  const std::string input = jpeg(picture_with_exif);
  const VImage before = decode(input);  // the fixture really carries the metadata
  ASSERT_NE(before.get_typeof(VIPS_META_EXIF_NAME), 0u);
  ASSERT_EQ(std::string(before.get_string("exif-ifd0-Artist")).rfind("Maija Meikalainen", 0), 0u);
  ASSERT_EQ(before.get_int(VIPS_META_ORIENTATION), 6);
  ASSERT_NE(input.find("Maija"), std::string::npos);

  const ProcessedImage image = expect_accepted(input);
  EXPECT_EQ(image.width, 200);  // turned upright: 400×200 shown as 200×400
  EXPECT_EQ(image.height, 400);
  for (const std::string* output : {&image.display, &image.thumbnail}) {
    const VImage after = decode(*output);
    EXPECT_EQ(after.get_typeof(VIPS_META_EXIF_NAME), 0u);
    EXPECT_EQ(after.get_typeof(VIPS_META_XMP_NAME), 0u);
    EXPECT_EQ(after.get_typeof(VIPS_META_ICC_NAME), 0u);
    EXPECT_EQ(after.get_typeof("exif-ifd0-Artist"), 0u);
    EXPECT_EQ(output->find("Maija"), std::string::npos);
    EXPECT_EQ(output->find("EXIF"), std::string::npos);  // no WebP EXIF chunk
  }
}

TEST(ProcessImage, ConvertsColourProfilesToSrgbBeforeStripping) {
  const VImage cmyk =
      picture(120, 80).icc_transform("cmyk", VImage::option()->set("input_profile", "srgb"));
  const std::string input = jpeg(cmyk);
  ASSERT_EQ(decode(input).interpretation(), VIPS_INTERPRETATION_CMYK);
  ASSERT_NE(decode(input).get_typeof(VIPS_META_ICC_NAME), 0u);
  const ProcessedImage image = expect_accepted(input);
  const VImage after = decode(image.display);
  EXPECT_EQ(after.bands(), 3);
  EXPECT_EQ(after.get_typeof(VIPS_META_ICC_NAME), 0u);
}

struct RefusalCase {
  std::string_view name;
  std::string bytes;
  ImageRefusal expected;
};

TEST(ProcessImage, RefusesWhatIsNotAJpegPngOrWebp) {
  using namespace std::string_literals;
  const std::string good_jpeg = jpeg(noise(256, 256));
  const std::string good_png = png(noise(256, 256));
  const RefusalCase cases[] = {
      {"empty", "", ImageRefusal::empty},
      {"PHP script named .jpg", kPhp, ImageRefusal::not_an_image},
      {"SVG with a script",
       "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
       ImageRefusal::not_an_image},
      {"SVG with an XML declaration", "<?xml version=\"1.0\"?><svg/>", ImageRefusal::not_an_image},
      {"HTML", "<!doctype html><script>alert(1)</script>", ImageRefusal::not_an_image},
      {"GIF", gif(picture(16, 16)), ImageRefusal::not_an_image},
      {"BMP", bmp(), ImageRefusal::not_an_image},
      {"TIFF", tiff(picture(16, 16)), ImageRefusal::not_an_image},
      {"JPEG magic, then PHP", "\xFF\xD8\xFF" + kPhp, ImageRefusal::damaged},
      {"PNG signature, then PHP", "\x89PNG\r\n\x1A\n" + kPhp, ImageRefusal::damaged},
      {"WebP header, then PHP", "RIFF\x40\x00\x00\x00WEBP"s + kPhp, ImageRefusal::damaged},
      {"truncated JPEG", good_jpeg.substr(0, good_jpeg.size() / 2), ImageRefusal::damaged},
      {"truncated PNG", good_png.substr(0, good_png.size() / 2), ImageRefusal::damaged},
  };
  for (const RefusalCase& c : cases) {
    EXPECT_EQ(refusal_code(refusal_of(c.bytes)), refusal_code(c.expected)) << c.name;
  }
}

// vips warnings (libjpeg's "premature end", "error in tile") go to the debug log, not stderr.
TEST(ProcessImage, PrintsNothingForHostileInput) {
  const std::string good_jpeg = jpeg(noise(128, 128));
  const std::string truncated = good_jpeg.substr(0, good_jpeg.size() / 2);
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  const ImageRefusal refusal = process_image(truncated).refusal;
  (void)process_image("\xFF\xD8\xFF" + kPhp);
  const std::string out = ::testing::internal::GetCapturedStdout();
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(refusal, ImageRefusal::damaged);
  EXPECT_EQ(out, "");
  EXPECT_EQ(err, "");
}

TEST(ProcessImage, ChecksTheSizeFirst) {
  const std::string input = jpeg(picture(64, 64));
  ImageLimits limits;
  limits.max_bytes = input.size() - 1;
  EXPECT_EQ(refusal_of(input, limits), ImageRefusal::too_large);
  EXPECT_EQ(refusal_of(std::string(input.size(), 'x'), limits), ImageRefusal::too_large);
  limits.max_bytes = input.size();
  expect_accepted(input, limits);
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// 30000 × 30000 is 900 megapixels in ~110 KB; only its header may be read.
TEST(ProcessImage, RefusesADecompressionBombFromItsHeader) {
  const std::string bomb = png_bomb(30000, 30000);
  ASSERT_LT(bomb.size(), 200'000u);
  const long rss_before = peak_rss_kib();
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(refusal_of(bomb), ImageRefusal::too_many_pixels);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_LT(peak_rss_kib() - rss_before, 100 * 1024);  // decoding would take 900 MB
}

TEST(ProcessImage, ChecksPixelsAndSidesAgainstTheLimits) {
  ImageLimits sides;
  sides.max_side = 99;
  ImageLimits pixels;
  pixels.max_pixels = 100 * 50 - 1;
  ImageLimits roomy;
  roomy.max_side = 100;
  roomy.max_pixels = 100 * 50;
  const std::string wide = png(picture(100, 50)), tall = png(picture(50, 100));
  EXPECT_EQ(refusal_of(wide, sides), ImageRefusal::too_many_pixels);
  EXPECT_EQ(refusal_of(tall, sides), ImageRefusal::too_many_pixels);
  EXPECT_EQ(refusal_of(wide, pixels), ImageRefusal::too_many_pixels);
  expect_accepted(wide, roomy);
  expect_accepted(tall, roomy);
  // Sides within max_side, but 64 megapixels.
  EXPECT_EQ(refusal_of(png_bomb(8000, 8000)), ImageRefusal::too_many_pixels);
  EXPECT_EQ(refusal_of(png_bomb(12'001, 10)), ImageRefusal::too_many_pixels);
}

// A valid JPEG that is also a PHP script: the pixels are kept, the script is not.
TEST(ProcessImage, ReencodesPolyglotsWithoutTheirPayload) {
  const std::string clean = jpeg(picture(64, 48));
  const struct {
    std::string_view name;
    std::string bytes;
  } cases[] = {
      {"PHP after the JPEG's end", clean + kPhp},
      {"PHP in a JPEG comment", with_jpeg_comment(clean, kPhp)},
      {"PHP after the PNG's end", png(picture(64, 48)) + kPhp},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    ASSERT_NE(c.bytes.find("<?php"), std::string::npos);
    const ProcessedImage image = expect_accepted(c.bytes);
    EXPECT_EQ(image.display.find("<?php"), std::string::npos);
    EXPECT_EQ(image.thumbnail.find("<?php"), std::string::npos);
  }
}

// initialise_images blocks every vips loader but three, whatever the caller asks vips for.
TEST(InitialiseImages, BlocksEveryOtherLoader) {
  start_vips();
  const std::string others[] = {gif(picture(8, 8)), tiff(picture(8, 8)), bmp(),
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\"/>"};
  for (const std::string& bytes : others) {
    EXPECT_THROW(VImage::new_from_buffer(bytes, "").copy_memory(), vips::VError);
    vips_error_clear();
  }
  EXPECT_NO_THROW(decode(jpeg(picture(8, 8))));
  EXPECT_NO_THROW(decode(png(picture(8, 8))));
  EXPECT_NO_THROW(decode(webp(picture(8, 8))));
  initialise_images("again");  // idempotent
}

TEST(ProcessImage, RunsOnManyThreadsAtOnce) {
  const std::string inputs[] = {jpeg(picture(400, 300)), png(picture(300, 400, 4)),
                                webp(picture(350, 350)), kPhp};
  std::vector<std::thread> threads;
  std::vector<int> accepted(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (const std::string& input : inputs)
        accepted[t] += process_image(input).image ? 1 : 0;
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  for (int count : accepted)
    EXPECT_EQ(count, 3);
}

TEST(ProcessImage, RefusalCodes) {
  EXPECT_EQ(refusal_code(ImageRefusal::empty), "empty");
  EXPECT_EQ(refusal_code(ImageRefusal::too_large), "too_large");
  EXPECT_EQ(refusal_code(ImageRefusal::not_an_image), "not_an_image");
  EXPECT_EQ(refusal_code(ImageRefusal::too_many_pixels), "too_many_pixels");
  EXPECT_EQ(refusal_code(ImageRefusal::damaged), "damaged");
}

}  // namespace
}  // namespace tori::media
