// SPDX-License-Identifier: AGPL-3.0-or-later
// Test fixtures for tori_media's tests (test_images.hpp).
#include "tori/media/test_images.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <zlib.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

#include "tori/media/image.hpp"

namespace tori::media::fixtures {
namespace {

using vips::VImage;

void put_u32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out += static_cast<char>((value >> shift) & 0xFF);
}

void put_le(std::string& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i)
    out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

void put_chunk(std::string& out, std::string_view type, std::string_view data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  const std::string body = std::string(type) + std::string(data);
  out += body;
  put_u32(out, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()),
                                                static_cast<uInt>(body.size()))));
}

// Deflates `rows` rows of `row_bytes` zero bytes (filter byte included) with zlib.
std::string deflate_zero_rows(int rows, std::size_t row_bytes) {
  z_stream stream{};
  if (deflateInit(&stream, 9) != Z_OK) throw std::runtime_error("deflateInit");
  const std::vector<unsigned char> row(row_bytes, 0);
  std::vector<unsigned char> chunk(64 * 1024);
  std::string out;
  for (int y = 0; y <= rows; ++y) {
    const bool last = y == rows;
    stream.next_in = const_cast<unsigned char*>(row.data());
    stream.avail_in = last ? 0 : static_cast<uInt>(row.size());
    do {
      stream.next_out = chunk.data();
      stream.avail_out = static_cast<uInt>(chunk.size());
      deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
      out.append(reinterpret_cast<char*>(chunk.data()), chunk.size() - stream.avail_out);
    } while (stream.avail_out == 0);
  }
  deflateEnd(&stream);
  return out;
}

}  // namespace

void start_vips() {
  initialise_images("tori_media_test");
}

std::string take_blob(VipsBlob* blob) {
  std::size_t size = 0;
  const void* data = vips_blob_get(blob, &size);
  std::string bytes(static_cast<const char*>(data), size);
  vips_area_unref(VIPS_AREA(blob));
  return bytes;
}

VImage picture(int width, int height, int bands) {
  start_vips();
  const VImage xy = VImage::xyz(width, height);
  const VImage x = xy[0] * (255.0 / width), y = xy[1] * (255.0 / height);
  VImage rgb = x.bandjoin(y).bandjoin((x + y) / 2);
  if (bands == 4) rgb = rgb.bandjoin(255 - x / 2);
  return rgb.cast(VIPS_FORMAT_UCHAR)
      .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

VImage noise(int width, int height) {
  start_vips();
  const VImage grey = VImage::gaussnoise(
      width, height, VImage::option()->set("sigma", 60.0)->set("seed", 20240616));
  return grey.bandjoin(grey.flip(VIPS_DIRECTION_HORIZONTAL))
      .bandjoin(grey.flip(VIPS_DIRECTION_VERTICAL))
      .cast(VIPS_FORMAT_UCHAR)
      .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

std::string jpeg(const VImage& image, int quality) {
  return take_blob(image.jpegsave_buffer(VImage::option()->set("Q", quality)));
}
std::string png(const VImage& image) {
  return take_blob(image.pngsave_buffer());
}
std::string webp(const VImage& image) {
  return take_blob(image.webpsave_buffer());
}
std::string gif(const VImage& image) {
  return take_blob(image.gifsave_buffer());
}
std::string tiff(const VImage& image) {
  return take_blob(image.tiffsave_buffer());
}

std::string bmp() {
  std::string out = "BM";
  put_le(out, 54 + 16, 4);  // file size: headers + 2 rows of 8 bytes (6 + 2 padding)
  put_le(out, 0, 4);
  put_le(out, 54, 4);  // pixel data offset
  put_le(out, 40, 4);  // BITMAPINFOHEADER
  put_le(out, 2, 4);
  put_le(out, 2, 4);
  put_le(out, 1, 2);   // planes
  put_le(out, 24, 2);  // bits per pixel
  for (int i = 0; i < 6; ++i)
    put_le(out, 0, 4);
  out += std::string(16, '\x7F');
  return out;
}

std::string png_bomb(int width, int height) {
  std::string out("\x89PNG\r\n\x1A\n", 8);
  std::string header;
  put_u32(header, static_cast<std::uint32_t>(width));
  put_u32(header, static_cast<std::uint32_t>(height));
  header += std::string("\x01\x00\x00\x00\x00", 5);  // 1 bit, grey, deflate, filter 0, no interlace
  put_chunk(out, "IHDR", header);
  put_chunk(out, "IDAT", deflate_zero_rows(height, 1 + (static_cast<std::size_t>(width) + 7) / 8));
  put_chunk(out, "IEND", "");
  return out;
}

std::string with_jpeg_comment(std::string_view jpeg_bytes, std::string_view text) {
  std::string segment("\xFF\xFE", 2);
  const std::size_t length = text.size() + 2;
  segment += static_cast<char>(length >> 8);
  segment += static_cast<char>(length & 0xFF);
  segment += text;
  std::string out(jpeg_bytes);
  out.insert(2, segment);
  return out;
}

std::vector<std::string> webp_chunks(std::string_view webp) {
  std::vector<std::string> types;
  if (webp.size() < 12 || webp.substr(0, 4) != "RIFF" || webp.substr(8, 4) != "WEBP")
    throw std::runtime_error("not a WebP RIFF container");
  for (std::size_t at = 12; at < webp.size();) {
    if (webp.size() - at < 8) throw std::runtime_error("short WebP chunk header");
    std::uint32_t size = 0;
    for (int i = 3; i >= 0; --i)
      size = (size << 8) | static_cast<unsigned char>(webp[at + 4 + i]);
    types.emplace_back(webp.substr(at, 4));
    at += 8 + size + (size & 1);
  }
  return types;
}

VImage decode(const std::string& bytes) {
  start_vips();
  return VImage::new_from_buffer(bytes, "").copy_memory();
}

std::string pdf(int pages, const PdfEdit& edit, const PdfConfigure& configure) {
  QPDF document;
  document.emptyPDF();
  QPDFPageDocumentHelper helper(document);
  for (int i = 0; i < pages; ++i) {
    QPDFObjectHandle page = document.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] /Resources << >> >>"));
    helper.addPage(QPDFPageObjectHelper(page), false);
  }
  if (edit) edit(document);
  QPDFWriter writer(document);
  writer.setOutputMemory();
  if (configure) configure(writer);
  writer.write();
  const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace tori::media::fixtures
