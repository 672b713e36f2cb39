// SPDX-License-Identifier: AGPL-3.0-or-later
// What an upload is by its first bytes only: JPEG, PNG or WebP images, and the PDF header.
//
//   sniff_image("\xFF\xD8\xFF\xE0...")     // ImageFormat::jpeg
//   sniff_image("<?php system(...); ?>")    // std::nullopt
//   has_pdf_header("%PDF-1.7\n...")         // true
//
// The file name and the Content-Type the browser sent are never asked: both are the uploader's
// word. These checks only decide which decoder may look at the bytes; the decoders decide the
// rest (image.hpp, pdf.hpp).
#pragma once

#include <optional>
#include <string_view>

namespace tori::media {

// The image formats Tori accepts as uploads.
enum class ImageFormat { jpeg, png, webp };

// The format whose magic bytes `bytes` starts with: JPEG FF D8 FF, the 8-byte PNG signature,
// or "RIFF", four length bytes, "WEBP". std::nullopt for anything else (GIF, BMP, TIFF, SVG,
// HEIC, scripts, text, too short).
[[nodiscard]] std::optional<ImageFormat> sniff_image(std::string_view bytes);

// Whether `bytes` starts with "%PDF-" at byte 0 (PDF readers tolerate junk before it; we don't).
[[nodiscard]] bool has_pdf_header(std::string_view bytes);

}  // namespace tori::media
