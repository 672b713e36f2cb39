// SPDX-License-Identifier: AGPL-3.0-or-later
// Table-driven tests of parse_multipart, multipart_boundary and is_multipart_form_content_type.
#include "tori/http/multipart.hpp"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace tori::http {
namespace {

using namespace std::string_literals;

using Fields = std::vector<std::pair<std::string, std::string>>;
// {field, filename, content_type, bytes}
using Files = std::vector<std::tuple<std::string, std::string, std::string, std::string>>;

struct Parsed {
  Fields fields;
  Files files;
};

constexpr std::string_view kType = "multipart/form-data; boundary=XyZ";

// The header line that starts most parts below.
std::string disposition(std::string_view params) {
  return "Content-Disposition: form-data; " + std::string(params) + "\r\n";
}

struct ParseCase {
  const char* name;
  std::string body;
  std::optional<Parsed> expected;  // nothing: refused
  std::string_view content_type = kType;
  MultipartLimits limits = {};
};

const MultipartLimits kTwoParts{.max_parts = 2};
const MultipartLimits kTinyField{.max_field_bytes = 4};
const std::string kX = disposition("name=\"x\"");
// The header block of a part with only kX is kX less its CRLF.
const MultipartLimits kHeaderFits{.max_header_bytes = kX.size() - 2};
const MultipartLimits kHeaderTooBig{.max_header_bytes = kX.size() - 3};
// Content with LF, "--", parts of the delimiter and NUL, ending in CRLF.
const std::string kBinary = "\r\n-\r\n--\r\n--Xy\n--XyZ\r\n--XY\0\xff\r\n\r\n--X--XyZ\r\n"s;

const std::vector<ParseCase> kParseCases = {
    // Shape of the body
    {"one field", "--XyZ\r\n" + kX + "\r\nyksi\r\n--XyZ--\r\n", Parsed{{{"x", "yksi"}}, {}}},
    {"fields in order, repeats kept",
     "--XyZ\r\n" + kX + "\r\n1\r\n--XyZ\r\n" + disposition("name=\"y\"") + "\r\n2\r\n--XyZ\r\n" +
         kX + "\r\n3\r\n--XyZ--",
     Parsed{{{"x", "1"}, {"y", "2"}, {"x", "3"}}, {}}},
    {"preamble and epilogue ignored",
     "ignore --XyZ\r\n\r\n--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--\r\nepi\r\n--XyZ\r\n--XyZW",
     Parsed{{{"x", "v"}}, {}}},
    {"boundary in the preamble followed by text",
     "a\r\n--XyZ b\r\n--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--", std::nullopt},
    {"close delimiter without CRLF", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--",
     Parsed{{{"x", "v"}}, {}}},
    {"padding after boundary",
     "--XyZ \t\r\n" + kX + "\r\nv\r\n--XyZ  \r\n" + kX + "\r\nw\r\n--XyZ--",
     Parsed{{{"x", "v"}, {"x", "w"}}, {}}},
    {"no parts", "--XyZ--\r\n", Parsed{}},
    {"empty value", "--XyZ\r\n" + kX + "\r\n\r\n--XyZ--", Parsed{{{"x", ""}}, {}}},
    {"headers without body", "--XyZ\r\n" + kX + "\r\n--XyZ--", Parsed{{{"x", ""}}, {}}},
    {"empty body", "", std::nullopt},
    {"no delimiter at all", kX + "\r\nv\r\n--XyW--", std::nullopt},
    {"all preamble", kX + "\r\nv\r\n--XyZ--", Parsed{}},  // no opening boundary before kX
    {"no closing delimiter", "--XyZ\r\n" + kX + "\r\nv\r\n", std::nullopt},
    {"closing delimiter missing its dashes", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ", std::nullopt},
    {"no blank line after headers", "--XyZ\r\n" + kX + "v\r\n--XyZ--", std::nullopt},
    {"boundary followed by garbage", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZW\r\n--XyZ--", std::nullopt},
    {"bare LF line endings", "--XyZ\n" + disposition("name=\"x\"") + "\nv\n--XyZ--\n",
     std::nullopt},
    {"delimiter needs its CRLF", "--XyZ\r\n" + kX + "\r\nv--XyZ--", std::nullopt},
    // Headers
    {"header names in any case",
     "--XyZ\r\ncOnTeNt-DiSpOsItIoN: FORM-DATA; NAME=\"x\"; FileName=\"a.png\"\r\nCONTENT-TYPE: "
     "image/png\r\n\r\nP\r\n--XyZ--",
     Parsed{{}, {{"x", "a.png", "image/png", "P"}}}},
    {"other headers ignored",
     "--XyZ\r\nContent-Transfer-Encoding: base64\r\n" + kX + "X-Other:\r\n\r\nv\r\n--XyZ--",
     Parsed{{{"x", "v"}}, {}}},
    {"no Content-Disposition", "--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--",
     std::nullopt},
    {"no headers at all", "--XyZ\r\n\r\nv\r\n--XyZ--", std::nullopt},
    {"not form-data", "--XyZ\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\nv\r\n--XyZ--",
     std::nullopt},
    {"missing name", "--XyZ\r\n" + disposition("filename=\"a\"") + "\r\nv\r\n--XyZ--",
     std::nullopt},
    {"empty name", "--XyZ\r\n" + disposition("name=\"\"") + "\r\nv\r\n--XyZ--", std::nullopt},
    {"name repeated", "--XyZ\r\n" + disposition("name=\"x\"; name=\"y\"") + "\r\nv\r\n--XyZ--",
     std::nullopt},
    {"Content-Disposition repeated", "--XyZ\r\n" + kX + kX + "\r\nv\r\n--XyZ--", std::nullopt},
    {"header line without colon", "--XyZ\r\n" + kX + "garbage\r\n\r\nv\r\n--XyZ--", std::nullopt},
    {"folded header line", "--XyZ\r\n" + kX + " folded: x\r\n\r\nv\r\n--XyZ--", std::nullopt},
    {"unterminated quote", "--XyZ\r\n" + disposition("name=\"x") + "\r\nv\r\n--XyZ--",
     std::nullopt},
    {"junk after quoted value", "--XyZ\r\n" + disposition("name=\"x\"y") + "\r\nv\r\n--XyZ--",
     std::nullopt},
    {"unquoted parameters",
     "--XyZ\r\n" + disposition("name=x ; filename=a b.txt;") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"x", "a b.txt", "", "v"}}}},
    {"escapes in quotes", "--XyZ\r\n" + disposition(R"(name="a\"b\\c")") + "\r\nv\r\n--XyZ--",
     Parsed{{{"a\"b\\c", "v"}}, {}}},
    {"invalid utf-8 name", "--XyZ\r\n" + disposition("name=\"\xff\"") + "\r\nv\r\n--XyZ--",
     std::nullopt},
    // Files
    {"file with content type",
     "--XyZ\r\n" + disposition(R"(name="kuva"; filename="kissa.jpg")") +
         "Content-Type: image/jpeg\r\n\r\nJFIF\r\n--XyZ--",
     Parsed{{}, {{"kuva", "kissa.jpg", "image/jpeg", "JFIF"}}}},
    {"empty file input",
     "--XyZ\r\n" + disposition(R"(name="kuva"; filename="")") +
         "Content-Type: application/octet-stream\r\n\r\n\r\n--XyZ--",
     Parsed{{}, {{"kuva", "", "application/octet-stream", ""}}}},
    {"fields and files apart",
     "--XyZ\r\n" + kX + "\r\n1\r\n--XyZ\r\n" + disposition(R"(name="f"; filename="a")") +
         "\r\n2\r\n--XyZ--",
     Parsed{{{"x", "1"}}, {{"f", "a", "", "2"}}}},
    {"windows path, unescaped",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="C:\a\b.jpg")") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "b.jpg", "", "v"}}}},
    {"windows path, escaped",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="C:\\a\\b.jpg")") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "b.jpg", "", "v"}}}},
    {"unix path",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="/etc/passwd")") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "passwd", "", "v"}}}},
    {"dot-dot is no name",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="a/..")") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "", "", "v"}}}},
    {"filename* wins",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="a.jpg"; filename*=UTF-8''%C3%A4%20b.jpg)") +
         "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "ä b.jpg", "", "v"}}}},
    {"filename* alone, path stripped",
     "--XyZ\r\n" + disposition(R"(name="f"; filename*=utf-8'fi'x%2F%C3%B6.txt)") +
         "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "ö.txt", "", "v"}}}},
    {"filename* in ISO-8859-1",
     "--XyZ\r\n" + disposition(R"(name="f"; filename*=ISO-8859-1''%E4.txt)") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "ä.txt", "", "v"}}}},
    {"filename* of unknown charset falls back",
     "--XyZ\r\n" + disposition(R"(name="f"; filename*=KOI8-R''%C1; filename="b")") +
         "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "b", "", "v"}}}},
    {"filename* of invalid utf-8 falls back",
     "--XyZ\r\n" + disposition(R"(name="f"; filename*=UTF-8''%FF; filename="b")") +
         "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "b", "", "v"}}}},
    {"raw utf-8 filename",
     "--XyZ\r\n" + disposition("name=\"f\"; filename=\"äö.pdf\"") + "\r\nv\r\n--XyZ--",
     Parsed{{}, {{"f", "äö.pdf", "", "v"}}}},
    {"invalid utf-8 filename",
     "--XyZ\r\n" + disposition("name=\"f\"; filename=\"\xff.pdf\"") + "\r\nv\r\n--XyZ--",
     std::nullopt},
    {"binary round trip",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="b.bin")") + "\r\n" + kBinary + "\r\n--XyZ--",
     Parsed{{}, {{"f", "b.bin", "", kBinary}}}},
    {"invalid utf-8 field", "--XyZ\r\n" + kX + "\r\n\xc3\x28\r\n--XyZ--", std::nullopt},
    // Content-Type of the body
    {"quoted boundary", "--a b\r\n" + kX + "\r\nv\r\n--a b--", Parsed{{{"x", "v"}}, {}},
     "multipart/form-data; boundary=\"a b\""},
    {"not form-data type", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--", std::nullopt,
     "multipart/mixed; boundary=XyZ"},
    {"urlencoded type", "x=1", std::nullopt, "application/x-www-form-urlencoded"},
    {"no boundary", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--", std::nullopt, "multipart/form-data"},
    {"boundary of another body", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--", std::nullopt,
     "multipart/form-data; boundary=XyZW"},
    // Limits
    {"parts at the limit", "--XyZ\r\n" + kX + "\r\n1\r\n--XyZ\r\n" + kX + "\r\n2\r\n--XyZ--",
     Parsed{{{"x", "1"}, {"x", "2"}}, {}}, kType, kTwoParts},
    {"too many parts",
     "--XyZ\r\n" + kX + "\r\n1\r\n--XyZ\r\n" + kX + "\r\n2\r\n--XyZ\r\n" + kX + "\r\n3\r\n--XyZ--",
     std::nullopt, kType, kTwoParts},
    {"field at the limit", "--XyZ\r\n" + kX + "\r\nabcd\r\n--XyZ--", Parsed{{{"x", "abcd"}}, {}},
     kType, kTinyField},
    {"field over the limit", "--XyZ\r\n" + kX + "\r\nabcde\r\n--XyZ--", std::nullopt, kType,
     kTinyField},
    {"files are not fields",
     "--XyZ\r\n" + disposition(R"(name="f"; filename="a")") + "\r\nabcdefgh\r\n--XyZ--",
     Parsed{{}, {{"f", "a", "", "abcdefgh"}}}, kType, kTinyField},
    {"header block at the limit", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--", Parsed{{{"x", "v"}}, {}},
     kType, kHeaderFits},
    {"header block over the limit", "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--", std::nullopt, kType,
     kHeaderTooBig},
};

TEST(Multipart, ParseEveryCase) {
  for (const ParseCase& c : kParseCases) {
    SCOPED_TRACE(c.name);
    std::optional<MultipartBody> body = parse_multipart(c.content_type, c.body, c.limits);
    ASSERT_EQ(body.has_value(), c.expected.has_value());
    if (!body) continue;
    Parsed got;
    for (const FormField& field : body->fields)
      got.fields.emplace_back(field.name, field.value);
    for (const FormFile& file : body->files)
      got.files.emplace_back(file.field, file.filename, file.content_type, file.bytes);
    EXPECT_EQ(got.fields, c.expected->fields);
    EXPECT_EQ(got.files, c.expected->files);
  }
}

// `piece` repeated until the text reaches 10 MB.
std::string ten_megabytes_of(std::string text) {
  while (text.size() < 10 * 1024 * 1024)
    text += text;
  return text;
}

// The delimiter starts with its only CR, so near matches cannot pile up: each of these is refused
// or parsed in one pass (no timing assertion; a quadratic parser would not finish in time).
TEST(Multipart, HostileBodiesFinish) {
  const std::string fragments = ten_megabytes_of("\r\n--");
  const std::string boundary(70, 'a');
  const std::string type = "multipart/form-data; boundary=" + boundary;
  // The delimiter less its last character, again and again.
  const std::string near_misses = ten_megabytes_of("\r\n--" + boundary.substr(1));
  const std::string head = "--" + boundary + "\r\n" + disposition(R"(name="f"; filename="x")");

  EXPECT_FALSE(parse_multipart(type, fragments).has_value());
  EXPECT_FALSE(parse_multipart(type, head + "\r\n" + fragments).has_value());
  EXPECT_FALSE(parse_multipart(type, "--" + boundary + "\r\n" + fragments).has_value());
  EXPECT_FALSE(parse_multipart(type, head + "\r\n" + near_misses).has_value());
  std::optional<MultipartBody> body =
      parse_multipart(type, head + "\r\n" + fragments + near_misses + "\r\n--" + boundary + "--");
  ASSERT_TRUE(body.has_value());
  ASSERT_EQ(body->files.size(), 1u);
  EXPECT_EQ(body->files[0].bytes, fragments + near_misses);
}

TEST(Multipart, DefaultPartLimit) {
  std::string body;
  for (int i = 0; i < 200; ++i)
    body += "--XyZ\r\n" + kX + "\r\nv\r\n";
  EXPECT_TRUE(parse_multipart(kType, body + "--XyZ--").has_value());
  EXPECT_FALSE(parse_multipart(kType, body + "--XyZ\r\n" + kX + "\r\nv\r\n--XyZ--").has_value());
}

struct BoundaryCase {
  std::string content_type;
  std::optional<std::string> boundary;
};

const BoundaryCase kBoundaryCases[] = {
    {"multipart/form-data; boundary=XyZ", "XyZ"},
    {"multipart/form-data;boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
     "----WebKitFormBoundary7MA4YWxkTrZu0gW"},
    {"multipart/form-data; BOUNDARY = \"a b'()+_,-./:=?\"", "a b'()+_,-./:=?"},
    {"multipart/form-data; charset=utf-8; boundary=x; y=\"z;\"", "x"},
    {"multipart/form-data; boundary=" + std::string(70, '7'), std::string(70, '7')},
    {"multipart/form-data; boundary=" + std::string(71, '7'), std::nullopt},
    {"multipart/form-data", std::nullopt},
    {"multipart/form-data; boundary=", std::nullopt},
    {"multipart/form-data; boundary=\"\"", std::nullopt},
    {"multipart/form-data; boundary=\"abc \"", std::nullopt},
    {"multipart/form-data; boundary=a@b", std::nullopt},
    {"multipart/form-data; boundary=\"a\r\nb\"", std::nullopt},
    {"multipart/form-data; boundary=\"abc", std::nullopt},
    {"multipart/form-data; boundary=a; boundary=b", std::nullopt},
    {"multipart/form-data; boundary=a b\"", std::nullopt},
};

TEST(MultipartBoundary, EveryCase) {
  for (const BoundaryCase& c : kBoundaryCases) {
    SCOPED_TRACE(c.content_type);
    EXPECT_EQ(multipart_boundary(c.content_type), c.boundary);
  }
}

struct ContentTypeCase {
  std::string_view content_type;
  bool is_multipart;
};

const ContentTypeCase kContentTypeCases[] = {
    {"multipart/form-data; boundary=x", true},
    {"Multipart/Form-Data", true},
    {" multipart/form-data ;boundary=x", true},
    {"multipart/mixed; boundary=x", false},
    {"multipart/form-datax", false},
    {"application/x-www-form-urlencoded", false},
    {"", false},
};

TEST(MultipartContentType, EveryCase) {
  for (const ContentTypeCase& c : kContentTypeCases) {
    SCOPED_TRACE(c.content_type);
    EXPECT_EQ(is_multipart_form_content_type(c.content_type), c.is_multipart);
  }
}

}  // namespace
}  // namespace tori::http
