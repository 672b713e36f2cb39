// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of sniff_image, has_pdf_header and sniff_audio: magic bytes only, names and claims ignored.
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

struct AudioCase {
  const char* name;
  std::string bytes;
  std::optional<std::string_view> expected;
};

TEST(Sniff, Audio) {
  const AudioCase cases[] = {
      {"MP3 with an ID3v2 tag", "ID3\x04\x00\x00\x00\x00\x00\x21"s, "audio/mpeg"},
      {"MPEG-1 layer III frame", "\xFF\xFB\x90\x64"s, "audio/mpeg"},
      {"MPEG-2 layer III frame", "\xFF\xF3\x48\xC4"s, "audio/mpeg"},
      {"MPEG-2.5 layer III frame", "\xFF\xE3\x18\xC4"s, "audio/mpeg"},
      {"MPEG-1 layer II frame", "\xFF\xFD\x90\x64"s, "audio/mpeg"},
      {"M4A",
       "\x00\x00\x00\x20"
       "ftypM4A \x00\x00\x00\x00"s,
       "audio/mp4"},
      {"MP4 isom brand",
       "\x00\x00\x00\x1C"
       "ftypisomXXXX"s,
       "audio/mp4"},
      {"Ogg page", "OggS\x00\x02\x00\x00"s, "audio/ogg"},
      {"WAV", "RIFF\x24\x08\x00\x00WAVEfmt "s, "audio/wav"},
      {"empty", "", std::nullopt},
      {"one sync byte", "\xFF", std::nullopt},
      {"ADTS AAC (layer 00)", "\xFF\xF1\x50\x80"s, std::nullopt},
      {"MPEG reserved version", "\xFF\xEB\x90\x64"s, std::nullopt},
      {"JPEG", "\xFF\xD8\xFF\xE0\x00\x10JFIF"s, std::nullopt},
      {"WebP", "RIFF\x24\x00\x00\x00WEBPVP8 "s, std::nullopt},
      {"RIFF too short", "RIFF\x24\x00\x00\x00WAV"s, std::nullopt},
      {"ftyp box cut short",
       "\x00\x00\x00\x20"
       "ftyp"s,
       std::nullopt},
      {"FLAC", "fLaC\x00\x00\x00\x22"s, std::nullopt},
      {"ID3 not at byte 0", " ID3\x04\x00"s, std::nullopt},
      {"oggs in lower case", "oggs\x00\x02"s, std::nullopt},
      {"HTML", "<!doctype html><audio src=x>", std::nullopt},
      {"PDF", "%PDF-1.7\n", std::nullopt},
  };
  for (const AudioCase& c : cases)
    EXPECT_EQ(sniff_audio(c.bytes), c.expected) << c.name;
}

}  // namespace
}  // namespace tori::media
