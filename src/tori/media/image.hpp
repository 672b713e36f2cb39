// SPDX-License-Identifier: AGPL-3.0-or-later
// Checking and re-encoding uploaded images with libvips: JPEG, PNG or WebP in, WebP out.
//
//   tori::media::initialise_images(argv[0]);               // once, at start-up
//   ImageResult result = process_image(upload_bytes);
//   if (!result.image) return refusal_code(result.refusal);  // "not_an_image", ...
//   store(result.image->display, result.image->thumbnail);  // both WebP, metadata stripped
//
// Uploads are hostile. The order of checks is size, magic bytes (sniff.hpp), then the image
// header only (dimensions against ImageLimits) before a single pixel is decoded, so a
// decompression bomb costs a header read. Only the format's own buffer loader ever sees the
// bytes; every other vips loader is blocked for the whole process. The output is a fresh
// encoding, so nothing appended to or hidden in the input (scripts, EXIF GPS, comments)
// survives. Nothing is written to disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tori/media/sniff.hpp"

namespace tori::media {

// Starts libvips (VIPS_INIT) and locks it down: untrusted loaders blocked, every loader except
// jpegload_buffer, pngload_buffer and webpload_buffer blocked, a small operation cache, vips
// warnings sent to spdlog (debug) instead of stderr. Call it once before any other call in this
// header; later calls do nothing. Thread-safe. process_image calls it too (with "tori"), so the
// locks are in place even if start-up forgot. Throws std::runtime_error if vips cannot start.
void initialise_images(const char* program_name);

// What process_image will take. The defaults suit photos from phones and cameras.
struct ImageLimits {
  std::size_t max_bytes = 10 * 1024 * 1024;  // upload size
  std::uint64_t max_pixels = 40'000'000;     // width × height, read from the header
  int max_side = 12'000;                     // either side, read from the header
  int display_side = 1600;                   // long side of `display` (never upscaled)
  int thumbnail_side = 480;                  // long side of `thumbnail` (never upscaled)
};

// Why an upload was refused; refusal_code gives the stable code for the API and the logs.
enum class ImageRefusal {
  empty,            // no bytes at all
  too_large,        // more than max_bytes
  not_an_image,     // not JPEG, PNG or WebP by content
  too_many_pixels,  // header says more than max_pixels, or a side over max_side
  damaged,          // vips could not decode it (truncated, corrupt, lying header)
};

struct ProcessedImage {
  int width = 0, height = 0;  // of `display`
  // WebP (Q 82), long side <= display_side, turned upright by the EXIF orientation, then all
  // metadata (EXIF, XMP, ICC, comments) stripped; colours converted to sRGB first.
  std::string display;
  int thumbnail_width = 0, thumbnail_height = 0;
  std::string thumbnail;  // WebP, long side <= thumbnail_side, made from `display`
};

struct ImageResult {
  std::optional<ProcessedImage> image;
  ImageRefusal refusal{};  // meaningful only when !image
};

// Checks `bytes` against `limits` and re-encodes it (see the top of this file). Never throws:
// every vips or allocation failure becomes a refusal (`damaged`), logged at debug level.
// Safe to call from many threads at once.
[[nodiscard]] ImageResult process_image(std::string_view bytes, const ImageLimits& limits = {});

// "empty", "too_large", "not_an_image", "too_many_pixels", "damaged".
[[nodiscard]] std::string_view refusal_code(ImageRefusal refusal);

}  // namespace tori::media
