// SPDX-License-Identifier: AGPL-3.0-or-later
// What an upload is by its first bytes only: JPEG, PNG or WebP images, the PDF header, and the
// audio of podcast episodes (MP3, MP4/M4A, Ogg, WAV).
//
//   sniff_image("\xFF\xD8\xFF\xE0...")     // ImageFormat::jpeg
//   sniff_image("<?php system(...); ?>")    // std::nullopt
//   has_pdf_header("%PDF-1.7\n...")         // true
//   sniff_audio("ID3\x04...")               // "audio/mpeg"
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

// The MIME type of the audio whose magic bytes `bytes` starts with: "audio/mpeg" for an ID3v2
// tag or an MPEG audio frame header (sync bits, a version and a layer that exist), "audio/mp4"
// for an ISO media "ftyp" box, "audio/ogg" for "OggS", "audio/wav" for "RIFF", length, "WAVE".
// std::nullopt for anything else (ADTS AAC, FLAC, video, text, too short).
[[nodiscard]] std::optional<std::string_view> sniff_audio(std::string_view bytes);

}  // namespace tori::media
