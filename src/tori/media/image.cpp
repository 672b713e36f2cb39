// SPDX-License-Identifier: AGPL-3.0-or-later
// process_image: size, magic bytes and header checks, then a fresh WebP encoding with libvips.
#include "tori/media/image.hpp"

#include <spdlog/spdlog.h>
#include <vips/vips8>

#include <memory>
#include <stdexcept>

namespace tori::media {
namespace {

using vips::VImage;

constexpr int kWebpQuality = 82;

struct BlobUnref {
  void operator()(VipsBlob* blob) const { vips_area_unref(VIPS_AREA(blob)); }
};
using Blob = std::unique_ptr<VipsBlob, BlobUnref>;

// A vips view of the caller's bytes, not a copy (DEPENDENCIES.md trap 8): every image made
// from it is finished (copied to memory or saved) before process_image returns.
Blob wrap(std::string_view bytes) {
  return Blob(vips_blob_new(nullptr, bytes.data(), bytes.size()));
}

// The vips class that must handle each format; thumbnail_buffer picks its loader by content
// (vips_foreign_find_load_buffer), and we insist that it picks this one.
std::string_view loader_class(ImageFormat format) {
  switch (format) {
    case ImageFormat::jpeg:
      return "VipsForeignLoadJpegBuffer";
    case ImageFormat::png:
      return "VipsForeignLoadPngBuffer";
    case ImageFormat::webp:
      return "VipsForeignLoadWebpBuffer";
  }
  return {};
}

bool vips_agrees(std::string_view bytes, ImageFormat format) {
  const char* found = vips_foreign_find_load_buffer(bytes.data(), bytes.size());
  if (found == nullptr) vips_error_clear();
  return found != nullptr && loader_class(format) == found;
}

// The header only, through the format's own loader: loaders are lazy, so this decodes no
// pixels, and a 30000×30000 bomb costs a few hundred bytes of reading.
VImage open_header(VipsBlob* blob, ImageFormat format) {
  vips::VOption* options =
      VImage::option()->set("access", VIPS_ACCESS_SEQUENTIAL)->set("fail_on", VIPS_FAIL_ON_ERROR);
  switch (format) {
    case ImageFormat::jpeg:
      return VImage::jpegload_buffer(blob, options);
    case ImageFormat::png:
      return VImage::pngload_buffer(blob, options);
    case ImageFormat::webp:
      break;
  }
  return VImage::webpload_buffer(blob, options);
}

std::optional<ImageRefusal> check_header(const VImage& header, const ImageLimits& limits) {
  const int width = header.width(), height = header.height();
  if (width <= 0 || height <= 0) return ImageRefusal::damaged;
  if (width > limits.max_side || height > limits.max_side) return ImageRefusal::too_many_pixels;
  const auto pixels = static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height);
  if (pixels > limits.max_pixels) return ImageRefusal::too_many_pixels;
  return std::nullopt;
}

// Decoded, shrunk (on load for JPEG and WebP), turned upright by the EXIF orientation,
// converted to sRGB when it carries a colour profile, and held in memory. In vips 8.14.1
// thumbnail_buffer's own fail_on does not reach the loader (a truncated JPEG passes with a
// warning); the loader's option string does.
VImage decode_display(VipsBlob* blob, const VImage& header, const ImageLimits& limits) {
  vips::VOption* options = VImage::option()
                               ->set("height", limits.display_side)
                               ->set("size", VIPS_SIZE_DOWN)
                               ->set("option_string", "fail_on=error");
  if (header.get_typeof(VIPS_META_ICC_NAME) != 0) options->set("export_profile", "srgb");
  return VImage::thumbnail_buffer(blob, limits.display_side, options).copy_memory();
}

std::uint32_t read_le32(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (int i = 3; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

void write_le32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i)
    bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// `webp` (as vips wrote it) without its EXIF, XMP and ICCP chunks, and without their flags in
// the VP8X chunk. vips 8.14.1's webpsave ignores strip=true (jpegsave and pngsave honour it)
// and writes an EXIF chunk even for an image with no metadata at all, so the container is
// filtered after the save. Throws std::runtime_error on a malformed container.
std::string without_metadata_chunks(std::string_view webp) {
  constexpr std::size_t kRiffHeader = 12, kChunkHeader = 8;
  constexpr char kMetadataFlags = 0x20 | 0x08 | 0x04;  // ICC, EXIF, XMP
  if (sniff_image(webp) != ImageFormat::webp) throw std::runtime_error("webpsave: not WebP");
  std::string out(webp.substr(0, kRiffHeader));
  for (std::size_t at = kRiffHeader; at < webp.size();) {
    if (webp.size() - at < kChunkHeader) throw std::runtime_error("webpsave: short chunk");
    const std::string_view type = webp.substr(at, 4);
    const std::size_t size = read_le32(webp, at + 4);
    const std::size_t padded = kChunkHeader + size + (size & 1);
    if (padded > webp.size() - at) throw std::runtime_error("webpsave: chunk past the end");
    if (type != "EXIF" && type != "XMP " && type != "ICCP") out += webp.substr(at, padded);
    at += padded;
  }
  if (out.size() > kRiffHeader + kChunkHeader && out.compare(kRiffHeader, 4, "VP8X") == 0) {
    out[kRiffHeader + kChunkHeader] &= static_cast<char>(~kMetadataFlags);
  }
  write_le32(out, 4, static_cast<std::uint32_t>(out.size() - 8));
  return out;
}

// thumbnail_buffer keeps EXIF, XMP and ICC (DEPENDENCIES.md trap 9): strip=true asks the saver
// to drop them, and without_metadata_chunks makes sure of it.
std::string save_webp(const VImage& image) {
  Blob saved(image.webpsave_buffer(VImage::option()->set("Q", kWebpQuality)->set("strip", true)));
  std::size_t size = 0;
  const void* data = vips_blob_get(saved.get(), &size);
  return without_metadata_chunks(std::string_view(static_cast<const char*>(data), size));
}

ProcessedImage encode(const VImage& display, const ImageLimits& limits) {
  const VImage thumbnail = display.thumbnail_image(
      limits.thumbnail_side,
      VImage::option()->set("height", limits.thumbnail_side)->set("size", VIPS_SIZE_DOWN));
  ProcessedImage out;
  out.width = display.width();
  out.height = display.height();
  out.display = save_webp(display);
  out.thumbnail_width = thumbnail.width();
  out.thumbnail_height = thumbnail.height();
  out.thumbnail = save_webp(thumbnail);
  return out;
}

ImageResult refused(ImageRefusal refusal) {
  return {std::nullopt, refusal};
}

ImageResult decode_and_encode(std::string_view bytes, ImageFormat format,
                              const ImageLimits& limits) {
  if (!vips_agrees(bytes, format)) return refused(ImageRefusal::not_an_image);
  const Blob blob = wrap(bytes);
  const VImage header = open_header(blob.get(), format);
  if (const auto refusal = check_header(header, limits)) return refused(*refusal);
  const VImage display = decode_display(blob.get(), header, limits);
  return {encode(display, limits), {}};
}

}  // namespace

ImageResult process_image(std::string_view bytes, const ImageLimits& limits) {
  if (bytes.empty()) return refused(ImageRefusal::empty);
  if (bytes.size() > limits.max_bytes) return refused(ImageRefusal::too_large);
  const std::optional<ImageFormat> format = sniff_image(bytes);
  if (!format) return refused(ImageRefusal::not_an_image);
  try {
    initialise_images("tori");
    return decode_and_encode(bytes, *format, limits);
  } catch (const vips::VError& error) {
    spdlog::debug("media: image refused as damaged: {}", error.what());
    vips_error_clear();
  } catch (const std::exception& error) {
    spdlog::error("media: image processing failed: {}", error.what());
  } catch (...) {
    spdlog::error("media: image processing failed with an unknown exception");
  }
  return refused(ImageRefusal::damaged);
}

std::string_view refusal_code(ImageRefusal refusal) {
  switch (refusal) {
    case ImageRefusal::empty:
      return "empty";
    case ImageRefusal::too_large:
      return "too_large";
    case ImageRefusal::not_an_image:
      return "not_an_image";
    case ImageRefusal::too_many_pixels:
      return "too_many_pixels";
    case ImageRefusal::damaged:
      return "damaged";
  }
  return "damaged";
}

}  // namespace tori::media
