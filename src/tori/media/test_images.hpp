// SPDX-License-Identifier: AGPL-3.0-or-later
// Test fixtures for tori_media's tests and web tests (tori_media_testing), made in code.
#pragma once

#include <vips/vips8>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

class QPDF;
class QPDFWriter;

namespace tori::media::fixtures {

// initialise_images for the tests (idempotent), so that fixtures can use vips first.
void start_vips();

// The bytes of a blob a vips save returned, which is then freed.
std::string take_blob(VipsBlob* blob);

// A smooth colour picture, sRGB (3 bands) or sRGB + alpha (4 bands), 8 bits per band.
vips::VImage picture(int width, int height, int bands = 3);
// Noise (the same every run), so that every part of an encoded file matters (for truncation tests).
vips::VImage noise(int width, int height);

std::string jpeg(const vips::VImage& image, int quality = 85);
std::string png(const vips::VImage& image);
std::string webp(const vips::VImage& image);
std::string gif(const vips::VImage& image);
std::string tiff(const vips::VImage& image);

// A 2×2 24-bit Windows bitmap, by hand.
std::string bmp();

// A valid 1-bit greyscale PNG of width × height, all black, every row present in IDAT (so it
// is a real decompression bomb, not a header alone): 30000 × 30000 is about 110 KB.
std::string png_bomb(int width, int height);

// `jpeg_bytes` with a COM (comment) segment holding `text` right after the SOI marker.
std::string with_jpeg_comment(std::string_view jpeg_bytes, std::string_view text);

// The chunk types of a WebP file in order ("VP8X", "VP8 ", "ALPH", "EXIF", ...); throws
// std::runtime_error if the RIFF container is malformed.
std::vector<std::string> webp_chunks(std::string_view webp);

using PdfEdit = std::function<void(QPDF&)>;
using PdfConfigure = std::function<void(QPDFWriter&)>;
// A PDF of `pages` blank A4 pages made with qpdf, changed by `edit`, written with `configure`.
std::string pdf(int pages, const PdfEdit& edit = {}, const PdfConfigure& configure = {});

// The image the bytes decode to with vips's own buffer loaders (throws vips::VError).
vips::VImage decode(const std::string& bytes);

}  // namespace tori::media::fixtures
