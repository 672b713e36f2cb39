// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of sniff_image and has_pdf_header: magic bytes only, names and claims ignored.
#include "tori/media/sniff.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tori::media {
namespace {

using namespace std::string_literals;  // "\0"s keeps NUL bytes

struct SniffCase {
  std::string_view name;
  std::string bytes;
  std::optional<ImageFormat> expected;
};

TEST(Sniff, Images) {
  const SniffCase cases[] = {
      {"JPEG JFIF", "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"s, ImageFormat::jpeg},
      {"JPEG Exif",
       "\xFF\xD8\xFF\xE1\x00\x10"
       "Exif\x00"s,
       ImageFormat::jpeg},
      {"JPEG magic alone", "\xFF\xD8\xFF", ImageFormat::jpeg},
      {"PNG signature", "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR"s, ImageFormat::png},
      {"WebP", "RIFF\x24\x00\x00\x00WEBPVP8 "s, ImageFormat::webp},
      {"WebP header only", "RIFF\x00\x00\x00\x00WEBP"s, ImageFormat::webp},
      {"empty", "", std::nullopt},
      {"two JPEG bytes", "\xFF\xD8", std::nullopt},
      {"PNG signature cut short", "\x89PNG\r\n\x1A", std::nullopt},
      {"PNG signature with LF for CRLF", "\x89PNG\n\n\x1A\n", std::nullopt},
      {"RIFF but WAVE", "RIFF\x24\x00\x00\x00WAVEfmt "s, std::nullopt},
      {"RIFF too short", "RIFF\x24\x00\x00\x00WEB"s, std::nullopt},
      {"GIF", "GIF89a\x01\x00\x01\x00"s, std::nullopt},
      {"BMP", "BM\x46\x00\x00\x00"s, std::nullopt},
      {"TIFF little-endian", "II*\x00\x08\x00\x00\x00"s, std::nullopt},
      {"TIFF big-endian", "MM\x00*\x00\x00\x00\x08"s, std::nullopt},
      {"SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", std::nullopt},
      {"PHP", "<?php system($_GET['c']); ?>", std::nullopt},
      {"HEIC",
       "\x00\x00\x00\x18"
       "ftypheic"s,
       std::nullopt},
      {"PDF", "%PDF-1.7\n", std::nullopt},
      {"JPEG magic not at byte 0", " \xFF\xD8\xFF\xE0", std::nullopt},
  };
  for (const SniffCase& c : cases)
    EXPECT_EQ(sniff_image(c.bytes), c.expected) << c.name;
}

TEST(Sniff, PdfHeader) {
  EXPECT_TRUE(has_pdf_header("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"));
  EXPECT_TRUE(has_pdf_header("%PDF-"));
  EXPECT_FALSE(has_pdf_header(""));
  EXPECT_FALSE(has_pdf_header("%PDF"));
  EXPECT_FALSE(has_pdf_header(" %PDF-1.7"));
  EXPECT_FALSE(has_pdf_header("\xEF\xBB\xBF%PDF-1.7"));
  EXPECT_FALSE(has_pdf_header("%pdf-1.7"));
  EXPECT_FALSE(has_pdf_header("<?php echo '%PDF-1.7'; ?>"));
}

}  // namespace
}  // namespace tori::media
