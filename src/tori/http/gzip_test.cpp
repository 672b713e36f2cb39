// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of gzip_compress (round trip through zlib) and the Accept-Encoding parser.
#include "tori/http/gzip.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

namespace tori::http {
namespace {

std::string gunzip(const std::string& data) {
  z_stream stream{};
  inflateInit2(&stream, 15 + 16);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  inflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

TEST(Gzip, RoundTrip) {
  std::string text;
  for (int i = 0; i < 1000; ++i)
    text += "Tekojen tori – kehittämisteot kiertoon. ";
  std::string compressed = gzip_compress(text);
  EXPECT_LT(compressed.size(), text.size() / 10);
  EXPECT_EQ(static_cast<unsigned char>(compressed[0]), 0x1f);
  EXPECT_EQ(gunzip(compressed), text);
  EXPECT_EQ(gunzip(gzip_compress("")), "");
}

TEST(Gzip, AcceptEncoding) {
  struct GzipCase {
    const char* value;
    bool accepted;
  };
  const GzipCase cases[] = {
      {"gzip", true}, {"gzip, deflate, br", true}, {"br, gzip", true},     {"deflate, br", false},
      {"", false},    {"gzip;q=0", false},         {"gzip; q=0.0", false}, {"gzip;q=0.5", true},
      {"*", true},    {"identity", false},         {"xgzip", false},       {" gzip ;q=1", true},
  };
  for (const GzipCase& c : cases) {
    SCOPED_TRACE(c.value);
    EXPECT_EQ(accepts_gzip(c.value), c.accepted);
  }
}

}  // namespace
}  // namespace tori::http
