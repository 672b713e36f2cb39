// SPDX-License-Identifier: AGPL-3.0-or-later
// QR codes as inline SVG, drawn on the server from libqrencode's module matrix: one <path> of the
// dark modules inside a white quiet zone, scaled by viewBox, with role="img" and a <title> as its
// accessible name. No script, no inline style (the CSP forbids both), no image request.
//
//   const std::string svg = qr_svg(auth::totp_uri(secret, email, "Tekojen tori"),
//                                  "totp-qr", "QR-koodi tunnistussovellukselle");
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::web {

// The modules of a QR symbol, without its quiet zone: `size` × `size`, row by row.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;

  [[nodiscard]] bool is_dark(int x, int y) const {
    return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                static_cast<std::size_t>(x)];
  }
};

// The quiet zone ISO/IEC 18004 asks for around the symbol, in modules.
inline constexpr int kQrQuietZone = 4;

// `text` as bytes (8-bit mode) at error correction level M in the smallest version that holds it;
// nothing when it is empty or too long for any version (about 2 300 bytes).
[[nodiscard]] std::optional<QrMatrix> qr_matrix(std::string_view text);

// The SVG path data of the dark modules, each row's runs as rectangles ("M4 4h7v1h-7z"), shifted
// by the quiet zone: the symbol's coordinates run from kQrQuietZone to size + kQrQuietZone.
[[nodiscard]] std::string qr_path(const QrMatrix& matrix);

// The whole <svg> element for `text`: `id` (unique on the page, [A-Za-z0-9-]) names its <title>,
// `label` (escaped here) is the title's text. Empty when `text` cannot be encoded.
[[nodiscard]] std::string qr_svg(std::string_view text, std::string_view id,
                                 std::string_view label);

}  // namespace tori::web
