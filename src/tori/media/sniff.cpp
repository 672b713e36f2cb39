// SPDX-License-Identifier: AGPL-3.0-or-later
// Magic-byte checks for the accepted image formats and for PDF (sniff.hpp).
#include "tori/media/sniff.hpp"

namespace tori::media {
namespace {

constexpr std::string_view kJpeg("\xFF\xD8\xFF", 3);
constexpr std::string_view kPng("\x89PNG\r\n\x1A\n", 8);
constexpr std::string_view kRiff = "RIFF";
constexpr std::string_view kWebp = "WEBP";
constexpr std::string_view kPdf = "%PDF-";

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

}  // namespace tori::media
