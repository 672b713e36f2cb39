// SPDX-License-Identifier: AGPL-3.0-or-later
// libqrencode's matrix to an SVG path of horizontal runs.
#include "tori/web/account/qr_svg.hpp"

#include <qrencode.h>

#include <memory>

#include "tori/text/escape.hpp"

namespace tori::web {
namespace {

// Pixels per module of the width and height attributes (CSS may scale the code; viewBox keeps
// the modules square and sharp).
constexpr int kPixelsPerModule = 5;

struct FreeQrcode {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

// One row's runs of dark modules as rectangles one module high.
void append_row(const QrMatrix& matrix, int y, std::string& path) {
  int x = 0;
  while (x < matrix.size) {
    if (!matrix.is_dark(x, y)) {
      ++x;
      continue;
    }
    const int start = x;
    while (x < matrix.size && matrix.is_dark(x, y))
      ++x;
    const int run = x - start;
    path += "M" + std::to_string(start + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) +
            "h" + std::to_string(run) + "v1h-" + std::to_string(run) + "z";
  }
}

}  // namespace

std::optional<QrMatrix> qr_matrix(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const std::unique_ptr<QRcode, FreeQrcode> code(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) return std::nullopt;
  QrMatrix matrix;
  matrix.size = code->width;
  const std::size_t modules = static_cast<std::size_t>(code->width) * code->width;
  matrix.dark.resize(modules);
  for (std::size_t i = 0; i < modules; ++i)
    matrix.dark[i] = (code->data[i] & 1U) != 0;
  return matrix;
}

std::string qr_path(const QrMatrix& matrix) {
  std::string path;
  for (int y = 0; y < matrix.size; ++y)
    append_row(matrix, y, path);
  return path;
}

std::string qr_svg(std::string_view text, std::string_view id, std::string_view label) {
  const std::optional<QrMatrix> matrix = qr_matrix(text);
  if (!matrix) return "";
  const std::string side = std::to_string(matrix->size + 2 * kQrQuietZone);
  const std::string pixels = std::to_string((matrix->size + 2 * kQrQuietZone) * kPixelsPerModule);
  const std::string title_id = std::string(id) + "-title";
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" id=\"" + std::string(id) +
         "\" viewBox=\"0 0 " + side + " " + side + "\" width=\"" + pixels + "\" height=\"" +
         pixels + "\" role=\"img\" aria-labelledby=\"" + title_id +
         "\" shape-rendering=\"crispEdges\"><title id=\"" + title_id + "\">" +
         text::escape_html(label) + "</title><rect width=\"" + side + "\" height=\"" + side +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + qr_path(*matrix) + "\"/></svg>";
}

}  // namespace tori::web
