// SPDX-License-Identifier: AGPL-3.0-or-later
// Magic-byte checks for the accepted image and audio formats and for PDF (sniff.hpp).
#include "tori/media/sniff.hpp"

namespace tori::media {
namespace {

constexpr std::string_view kJpeg("\xFF\xD8\xFF", 3);
constexpr std::string_view kPng("\x89PNG\r\n\x1A\n", 8);
constexpr std::string_view kRiff = "RIFF";
constexpr std::string_view kWebp = "WEBP";
constexpr std::string_view kPdf = "%PDF-";
constexpr std::string_view kWave = "WAVE";

// An MPEG audio frame header: 11 sync bits, a version other than "reserved" (01) and a layer
// other than "reserved" (00, which is also how ADTS AAC begins).
bool mpeg_frame_header(std::string_view bytes) {
  if (bytes.size() < 2) return false;
  const auto first = static_cast<unsigned char>(bytes[0]);
  const auto second = static_cast<unsigned char>(bytes[1]);
  const unsigned version = (second >> 3U) & 3U;
  const unsigned layer = (second >> 1U) & 3U;
  return first == 0xFF && (second & 0xE0U) == 0xE0U && version != 1 && layer != 0;
}

}  // namespace

std::optional<ImageFormat> sniff_image(std::string_view bytes) {
  if (bytes.starts_with(kJpeg)) return ImageFormat::jpeg;
  if (bytes.starts_with(kPng)) return ImageFormat::png;
  if (bytes.size() >= 12 && bytes.starts_with(kRiff) && bytes.substr(8, 4) == kWebp)
    return ImageFormat::webp;
  return std::nullopt;
}

bool has_pdf_header(std::string_view bytes) {
  return bytes.starts_with(kPdf);
}

std::optional<std::string_view> sniff_audio(std::string_view bytes) {
  if (bytes.starts_with("ID3") || mpeg_frame_header(bytes)) return "audio/mpeg";
  if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") return "audio/mp4";
  if (bytes.starts_with("OggS")) return "audio/ogg";
  if (bytes.size() >= 12 && bytes.starts_with(kRiff) && bytes.substr(8, 4) == kWave)
    return "audio/wav";
  return std::nullopt;
}

}  // namespace tori::media
