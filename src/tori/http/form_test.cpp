// SPDX-License-Identifier: AGPL-3.0-or-later
// Table-driven tests of Form, decode_form_fields and is_form_content_type.
#include "tori/http/form.hpp"

#include <gtest/gtest.h>

#include <utility>

#include "tori/http/message.hpp"

namespace tori::http {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct FormParseCase {
  const char* name;
  std::string_view body;
  std::optional<Fields> fields;  // nothing: refused
};

const FormParseCase kFormParseCases[] = {
    {"empty body", "", Fields{}},
    {"one field", "otsikko=Hyv%C3%A4+teko", Fields{{"otsikko", "Hyvä teko"}}},
    {"plus is a space", "q=a+b++c", Fields{{"q", "a b  c"}}},
    {"encoded plus stays", "q=1%2B1", Fields{{"q", "1+1"}}},
    {"utf-8 decoded", "nimi=%C3%A4", Fields{{"nimi", "ä"}}},
    {"lower-case hex", "nimi=%c3%a4", Fields{{"nimi", "ä"}}},
    {"raw utf-8 kept", "nimi=äö", Fields{{"nimi", "äö"}}},
    {"repeated in order", "teema=b&x=1&teema=a",
     Fields{{"teema", "b"}, {"x", "1"}, {"teema", "a"}}},
    {"no equals sign", "vain&x=1", Fields{{"vain", ""}, {"x", "1"}}},
    {"empty value", "x=", Fields{{"x", ""}}},
    {"equals in value", "x=a=b", Fields{{"x", "a=b"}}},
    {"empty pairs skipped", "&&x=1&&", Fields{{"x", "1"}}},
    {"empty name ignored", "=a&x=1&=", Fields{{"x", "1"}}},
    {"encoded ampersand", "x=a%26b&y=2", Fields{{"x", "a&b"}, {"y", "2"}}},
    {"encoded name", "h%C3%A4=1", Fields{{"hä", "1"}}},
    {"malformed escape", "x=%zz", std::nullopt},
    {"truncated escape", "x=%4", std::nullopt},
    {"lone percent", "x=100%", std::nullopt},
    {"malformed in name", "%g1=x", std::nullopt},
    {"one bad pair spoils the body", "x=1&y=%zz&z=3", std::nullopt},
    {"invalid utf-8", "x=%C3%28", std::nullopt},
    {"truncated utf-8", "x=%C3", std::nullopt},
    {"overlong utf-8", "x=%C0%AF", std::nullopt},
    {"surrogate", "x=%ED%A0%80", std::nullopt},
    {"invalid utf-8 in name", "%FF=1", std::nullopt},
    {"raw invalid utf-8", "x=\xff", std::nullopt},
};

TEST(Form, ParseEveryCase) {
  for (const FormParseCase& c : kFormParseCases) {
    SCOPED_TRACE(c.name);
    std::optional<Form> form = Form::parse(c.body);
    ASSERT_EQ(form.has_value(), c.fields.has_value());
    if (!form) continue;
    Fields got;
    for (const FormField& field : form->fields())
      got.emplace_back(field.name, field.value);
    EXPECT_EQ(got, *c.fields);
  }
}

TEST(Form, Accessors) {
  std::optional<Form> form = Form::parse("teema=a&tyhja=&teema=b&nimi=Maija+Meik%C3%A4l%C3%A4inen");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->get("nimi"), "Maija Meikäläinen");
  EXPECT_EQ(form->get("teema"), "a");
  EXPECT_EQ(form->get("puuttuu"), "");
  EXPECT_EQ(form->find("tyhja"), "");
  EXPECT_FALSE(form->find("puuttuu").has_value());
  EXPECT_EQ(form->all("teema"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(form->all("puuttuu").empty());
  EXPECT_TRUE(form->has("tyhja"));
  EXPECT_FALSE(form->has("puuttuu"));
  EXPECT_FALSE(form->has(""));
}

TEST(Form, NamesCompareExactly) {
  std::optional<Form> form = Form::parse("Nimi=a");
  ASSERT_TRUE(form.has_value());
  EXPECT_FALSE(form->has("nimi"));
}

TEST(Form, VeryManyFields) {
  std::string body;
  constexpr int kCount = 20000;
  for (int i = 0; i < kCount; ++i) {
    if (i != 0) body += '&';
    body += "k" + std::to_string(i % 100) + "=" + std::to_string(i);
  }
  std::optional<Form> form = Form::parse(body);
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->fields().size(), static_cast<std::size_t>(kCount));
  EXPECT_EQ(form->get("k7"), "7");
  std::vector<std::string> all = form->all("k99");
  ASSERT_EQ(all.size(), static_cast<std::size_t>(kCount / 100));
  EXPECT_EQ(all.front(), "99");
  EXPECT_EQ(all.back(), std::to_string(kCount - 1));
}

TEST(Form, DecodeFieldsSkipsAndCountsMalformedPairs) {
  // The lenient form used for query strings: bad pairs are dropped, the rest kept.
  FormFields decoded = decode_form_fields("a=1&b=%zz&c=%C3%28&d=4");
  ASSERT_EQ(decoded.fields.size(), 2u);
  EXPECT_EQ(decoded.fields[0].name, "a");
  EXPECT_EQ(decoded.fields[1].name, "d");
  EXPECT_EQ(decoded.malformed, 2u);
}

TEST(Form, QueryParametersShareTheParser) {
  Request request;
  request.query = "x=%C3%28&x=ok&=anon&y=a+b";
  EXPECT_EQ(request.query_param("x"), "ok");  // the invalid UTF-8 pair is ignored
  EXPECT_EQ(request.query_params("x"), (std::vector<std::string>{"ok"}));
  EXPECT_FALSE(request.query_param("").has_value());
  EXPECT_EQ(request.query_param("y"), "a b");
}

struct ParseBodyCase {
  const char* name;
  std::string_view content_type;
  std::string_view body;
  std::optional<Fields> fields;  // nothing: refused
  std::size_t files = 0;
};

const ParseBodyCase kParseBodyCases[] = {
    {"urlencoded", "application/x-www-form-urlencoded; charset=UTF-8", "x=1&y=a+b",
     Fields{{"x", "1"}, {"y", "a b"}}},
    {"urlencoded, malformed", "application/x-www-form-urlencoded", "x=%zz", std::nullopt},
    {"multipart", "multipart/form-data; boundary=b",
     "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n"
     "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--b--",
     Fields{{"x", "1"}}, 1},
    {"multipart, malformed", "multipart/form-data; boundary=b", "--b\r\n", std::nullopt},
    {"multipart without boundary", "multipart/form-data", "--b--", std::nullopt},
    {"no content type", "", "x=1", std::nullopt},
    {"json", "application/json", "{}", std::nullopt},
};

TEST(Form, ParseBodyEveryCase) {
  for (const ParseBodyCase& c : kParseBodyCases) {
    SCOPED_TRACE(c.name);
    std::optional<Form> form = Form::parse_body(c.content_type, c.body);
    ASSERT_EQ(form.has_value(), c.fields.has_value());
    if (!form) continue;
    Fields got;
    for (const FormField& field : form->fields())
      got.emplace_back(field.name, field.value);
    EXPECT_EQ(got, *c.fields);
    EXPECT_EQ(form->files().size(), c.files);
  }
}

TEST(Form, Files) {
  std::optional<Form> form = Form::parse_body(
      "multipart/form-data; boundary=b",
      "--b\r\nContent-Disposition: form-data; name=\"kuva\"; filename=\"\"\r\n\r\n\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"kuva\"; filename=\"k.jpg\"\r\n"
      "Content-Type: image/jpeg\r\n\r\nJFIF\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"otsikko\"\r\n\r\nHyv\xc3\xa4\r\n--b--");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->get("otsikko"), "Hyvä");
  EXPECT_FALSE(form->has("kuva"));  // files are not fields
  ASSERT_EQ(form->files().size(), 2u);
  const FormFile* first = form->file("kuva");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first, &form->files()[0]);  // the first part, even an empty one
  EXPECT_EQ(first->filename, "");
  EXPECT_EQ(first->bytes, "");
  EXPECT_EQ(form->files()[1].filename, "k.jpg");
  EXPECT_EQ(form->files()[1].content_type, "image/jpeg");
  EXPECT_EQ(form->files()[1].bytes, "JFIF");
  EXPECT_EQ(form->file("otsikko"), nullptr);
  EXPECT_EQ(form->file("puuttuu"), nullptr);
}

TEST(Form, UrlencodedHasNoFiles) {
  std::optional<Form> form = Form::parse("kuva=k.jpg");
  ASSERT_TRUE(form.has_value());
  EXPECT_TRUE(form->files().empty());
  EXPECT_EQ(form->file("kuva"), nullptr);
}

struct FormContentTypeCase {
  std::string_view content_type;
  bool is_form;
};

const FormContentTypeCase kFormContentTypeCases[] = {
    {"application/x-www-form-urlencoded", true},
    {"application/x-www-form-urlencoded; charset=UTF-8", true},
    {"Application/X-WWW-Form-URLEncoded", true},
    {"  application/x-www-form-urlencoded ;charset=utf-8", true},
    {"application/x-www-form-urlencoded\t", true},
    {"", false},
    {"multipart/form-data; boundary=x", false},
    {"application/json", false},
    {"application/x-www-form-urlencodedx", false},
    {"application/x-www-form", false},
    {"text/plain; x=application/x-www-form-urlencoded", false},
};

TEST(FormContentType, EveryCase) {
  for (const FormContentTypeCase& c : kFormContentTypeCases) {
    SCOPED_TRACE(c.content_type);
    EXPECT_EQ(is_form_content_type(c.content_type), c.is_form);
  }
}

}  // namespace
}  // namespace tori::http
