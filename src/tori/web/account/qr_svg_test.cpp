// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the QR code SVG: the version (size) libqrencode picks per length at level M, the
// finder patterns where ISO/IEC 18004 puts them, the quiet zone, the accessible name, and the
// same output every time for a known input.
#include "tori/web/account/qr_svg.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <string>

namespace tori::web {
namespace {

struct SizeCase {
  std::size_t bytes;  // of the text
  int size;           // modules a side, without the quiet zone: 17 + 4 × version
};

// Byte-mode capacities at level M: version 1 holds 14 bytes, 2 26, 3 42, 4 62, 7 122.
constexpr SizeCase kSizes[] = {
    {1, 21},  {14, 21}, {15, 25}, {26, 25},  {27, 29},  {42, 29},
    {43, 33}, {62, 33}, {63, 37}, {122, 45}, {123, 49},
};

TEST(QrSvgTest, SizeFollowsTheLengthAtLevelM) {
  for (const SizeCase& c : kSizes) {
    const auto matrix = qr_matrix(std::string(c.bytes, 'x'));
    ASSERT_TRUE(matrix) << c.bytes;
    EXPECT_EQ(matrix->size, c.size) << c.bytes;
    EXPECT_EQ(matrix->dark.size(), static_cast<std::size_t>(c.size * c.size)) << c.bytes;
  }
}

TEST(QrSvgTest, NothingForEmptyOrTooLongText) {
  EXPECT_FALSE(qr_matrix(""));
  EXPECT_FALSE(qr_matrix(std::string(3000, 'x')));
  EXPECT_EQ(qr_svg(std::string(3000, 'x'), "qr", "QR"), "");
}

// The 7 × 7 finder pattern with its top-left module at (x, y): dark ring, light ring, dark 3 × 3.
bool finder_at(const QrMatrix& matrix, int x, int y) {
  for (int dy = 0; dy < 7; ++dy) {
    for (int dx = 0; dx < 7; ++dx) {
      const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
      if (matrix.is_dark(x + dx, y + dy) != (ring != 2)) return false;
    }
  }
  return true;
}

TEST(QrSvgTest, FinderPatternsAreInThreeCorners) {
  const auto matrix = qr_matrix("otpauth://totp/Tekojen%20tori%3Amaija%40example.fi?secret=ABC");
  ASSERT_TRUE(matrix);
  const int far = matrix->size - 7;
  EXPECT_TRUE(finder_at(*matrix, 0, 0));
  EXPECT_TRUE(finder_at(*matrix, far, 0));
  EXPECT_TRUE(finder_at(*matrix, 0, far));
  EXPECT_FALSE(finder_at(*matrix, far, far));
}

TEST(QrSvgTest, PathLeavesTheQuietZoneLight) {
  const auto matrix = qr_matrix("https://tori.example.fi/");
  ASSERT_TRUE(matrix);
  const std::string path = qr_path(*matrix);
  const std::regex run("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
  int dark = 0;
  std::string rebuilt;
  for (std::sregex_iterator it(path.begin(), path.end(), run), end; it != end; ++it) {
    const int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), length = std::stoi((*it)[3]);
    EXPECT_GE(x, kQrQuietZone);
    EXPECT_GE(y, kQrQuietZone);
    EXPECT_LE(x + length, matrix->size + kQrQuietZone);
    EXPECT_LT(y, matrix->size + kQrQuietZone);
    EXPECT_EQ((*it)[3], (*it)[4]);
    dark += length;
    rebuilt += it->str();
  }
  EXPECT_EQ(rebuilt, path);  // nothing but runs
  EXPECT_EQ(dark, std::count(matrix->dark.begin(), matrix->dark.end(), true));
  EXPECT_EQ(path.substr(0, 12), "M4 4h7v1h-7z");  // the top-left finder's first row
}

TEST(QrSvgTest, SvgIsAnAccessibleImageWithTheQuietZone) {
  const std::string svg = qr_svg("hei", "totp-qr", "QR-koodi <sovellukselle>");
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0U);
  EXPECT_NE(svg.find("viewBox=\"0 0 29 29\""), std::string::npos);  // 21 + 2 × 4
  EXPECT_NE(svg.find("width=\"145\" height=\"145\""), std::string::npos);
  EXPECT_NE(svg.find("role=\"img\" aria-labelledby=\"totp-qr-title\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"totp-qr-title\">QR-koodi &lt;sovellukselle&gt;</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>"), std::string::npos);
  EXPECT_EQ(svg.find("style"), std::string::npos);  // the CSP forbids inline styles
}

TEST(QrSvgTest, SameOutputForAKnownInput) {
  // libqrencode 4.1 (Debian 12): "tori", 8-bit mode, level M, version 1, its chosen mask.
  const std::string expected =
      "M4 4h7v1h-7zM16 4h1v1h-1zM18 4h7v1h-7z"
      "M4 5h1v1h-1zM10 5h1v1h-1zM15 5h1v1h-1zM18 5h1v1h-1zM24 5h1v1h-1z"
      "M4 6h1v1h-1zM6 6h3v1h-3zM10 6h1v1h-1zM12 6h1v1h-1zM18 6h1v1h-1zM20 6h3v1h-3zM24 6h1v1h-1z"
      "M4 7h1v1h-1zM6 7h3v1h-3zM10 7h1v1h-1zM12 7h3v1h-3zM18 7h1v1h-1zM20 7h3v1h-3zM24 7h1v1h-1z"
      "M4 8h1v1h-1zM6 8h3v1h-3zM10 8h1v1h-1zM12 8h1v1h-1zM15 8h2v1h-2zM18 8h1v1h-1zM20 "
      "8h3v1h-3zM24 8h1v1h-1z"
      "M4 9h1v1h-1zM10 9h1v1h-1zM12 9h1v1h-1zM16 9h1v1h-1zM18 9h1v1h-1zM24 9h1v1h-1z"
      "M4 10h7v1h-7zM12 10h1v1h-1zM14 10h1v1h-1zM16 10h1v1h-1zM18 10h7v1h-7z"
      "M12 11h2v1h-2zM15 11h2v1h-2z"
      "M4 12h1v1h-1zM6 12h5v1h-5zM13 12h1v1h-1zM16 12h1v1h-1zM18 12h5v1h-5z"
      "M4 13h3v1h-3zM11 13h1v1h-1zM13 13h1v1h-1zM16 13h1v1h-1zM19 13h1v1h-1zM21 13h1v1h-1zM24 "
      "13h1v1h-1z"
      "M5 14h3v1h-3zM9 14h3v1h-3zM14 14h2v1h-2zM17 14h1v1h-1zM20 14h2v1h-2zM23 14h1v1h-1z"
      "M5 15h1v1h-1zM7 15h1v1h-1zM9 15h1v1h-1zM13 15h2v1h-2zM19 15h4v1h-4z"
      "M4 16h1v1h-1zM10 16h1v1h-1zM13 16h3v1h-3zM17 16h1v1h-1zM20 16h2v1h-2zM23 16h1v1h-1z"
      "M12 17h1v1h-1zM14 17h5v1h-5zM22 17h3v1h-3z"
      "M4 18h7v1h-7zM16 18h1v1h-1zM18 18h2v1h-2zM23 18h1v1h-1z"
      "M4 19h1v1h-1zM10 19h1v1h-1zM12 19h7v1h-7zM21 19h2v1h-2z"
      "M4 20h1v1h-1zM6 20h3v1h-3zM10 20h1v1h-1zM12 20h1v1h-1zM16 20h1v1h-1zM19 20h1v1h-1zM23 "
      "20h1v1h-1z"
      "M4 21h1v1h-1zM6 21h3v1h-3zM10 21h1v1h-1zM12 21h3v1h-3zM16 21h1v1h-1zM19 21h1v1h-1z"
      "M4 22h1v1h-1zM6 22h3v1h-3zM10 22h1v1h-1zM12 22h4v1h-4zM17 22h1v1h-1zM20 22h3v1h-3z"
      "M4 23h1v1h-1zM10 23h1v1h-1zM13 23h1v1h-1zM19 23h2v1h-2zM22 23h1v1h-1z"
      "M4 24h7v1h-7zM12 24h4v1h-4zM17 24h1v1h-1zM20 24h1v1h-1zM22 24h2v1h-2z";
  EXPECT_EQ(qr_path(*qr_matrix("tori")), expected);
  EXPECT_EQ(qr_svg("tori", "qr", "QR"), qr_svg("tori", "qr", "QR"));
}

}  // namespace
}  // namespace tori::web
