// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of build_message: headers and bodies decode back with GMime, structure, CRLF, injection.
#include "tori/mail/message.hpp"

#include <gmime/gmime.h>
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "tori/mail/gmime_support.hpp"

namespace tori::mail {
namespace {

using namespace std::chrono_literals;

// 2024-06-16T09:00:00Z
const std::chrono::system_clock::time_point kDate{std::chrono::seconds(1718528400)};

MailContent sample() {
  MailContent content;
  content.from = {"Tori", "noreply@tori.example.fi"};
  content.to = {"Maija Meikäläinen", "maija@example.fi"};
  content.subject = "Vahvista sähköpostiosoitteesi";
  content.text = "Hei!\n\nVahvista osoitteesi.\n";
  content.language = "fi";
  return content;
}

GPtr<GMimeMessage> parse(const std::string& bytes) {
  init_gmime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message) ADD_FAILURE() << "GMime could not parse:\n" << bytes;
  return message;
}

Address first_address(GMimeMessage* message, GMimeAddressType type) {
  InternetAddressList* list = g_mime_message_get_addresses(message, type);
  EXPECT_EQ(internet_address_list_length(list), 1);
  InternetAddress* address = internet_address_list_get_address(list, 0);
  const char* name = internet_address_get_name(address);
  return {name ? name : "", internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))};
}

// The decoded content of a leaf part, line ends back to "\n".
std::string decoded(GMimeObject* object) {
  GMimeDataWrapper* wrapper = g_mime_part_get_content(GMIME_PART(object));
  GPtr<GMimeStream> stream(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
  const GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
  std::string text(reinterpret_cast<const char*>(bytes->data), bytes->len);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
  return out;
}

std::string mime_type(GMimeObject* object) {
  GMimeContentType* type = g_mime_object_get_content_type(object);
  return std::string(g_mime_content_type_get_media_type(type)) + "/" +
         g_mime_content_type_get_media_subtype(type);
}

std::string header(GMimeObject* object, const char* name) {
  const char* value = g_mime_object_get_header(object, name);
  return value ? value : "";
}

// Every line ends in CRLF, no bare CR or LF, no line longer than RFC 5322's 998 characters.
void expect_crlf_only(const std::string& bytes) {
  ASSERT_TRUE(bytes.ends_with("\r\n"));
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r') {
      ASSERT_TRUE(i + 1 < bytes.size() && bytes[i + 1] == '\n') << "bare CR at " << i;
    } else if (bytes[i] == '\n') {
      ASSERT_TRUE(i > 0 && bytes[i - 1] == '\r') << "bare LF at " << i;
      EXPECT_LE(i - 1 - line_start, 998u);
      line_start = i + 1;
    }
  }
}

TEST(BuildMessage, NamesAndSubjectAreEncodedAndDecodeBack) {
  struct Case {
    Address from, to;
    std::string subject;
  };
  const Case cases[] = {
      {{"Tori", "noreply@tori.example.fi"}, {"Maija", "maija@example.fi"}, "Tervetuloa"},
      {{"Äänekosken kaupunki", "kirjaamo@aanekoski.example.fi"},
       {"Åsa Öhman", "asa@example.fi"},
       "Vahvista sähköpostiosoitteesi – Tori"},
      {{"", "noreply@tori.example.fi"}, {"", "x@example.fi"}, ""},
      {{"Tori, \"palvelu\"", "noreply@tori.example.fi"},
       {"Jääskeläinen, Pää", "paa@example.fi"},
       "Pitkä otsikko jossa on paljon ääkkösiä ja joka taittuu varmasti useammalle riville, "
       "koska se on yli seitsemänkymmentäkahdeksan merkkiä pitkä öööööö ååå"},
      {{"Tori <x@evil.example>", "noreply@tori.example.fi"}, {"a@b", "maija@example.fi"}, "<>"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.subject);
    MailContent content = sample();
    content.from = c.from;
    content.to = c.to;
    content.subject = c.subject;
    const std::string bytes = build_message(content, kDate);
    const std::string head = bytes.substr(0, bytes.find("\r\n\r\n"));
    EXPECT_TRUE(std::all_of(head.begin(), head.end(), [](unsigned char b) { return b < 0x80; }))
        << head;
    expect_crlf_only(bytes);
    GPtr<GMimeMessage> message = parse(bytes);
    ASSERT_TRUE(message);
    const Address from = first_address(message.get(), GMIME_ADDRESS_TYPE_FROM);
    const Address to = first_address(message.get(), GMIME_ADDRESS_TYPE_TO);
    EXPECT_EQ(from.name, c.from.name);
    EXPECT_EQ(from.email, c.from.email);
    EXPECT_EQ(to.name, c.to.name);
    EXPECT_EQ(to.email, c.to.email);
    const char* subject = g_mime_message_get_subject(message.get());
    EXPECT_EQ(subject ? subject : "", c.subject);
  }
}

TEST(BuildMessage, WritesDateMessageIdVersionLanguageAndExtraHeaders) {
  MailContent content = sample();
  content.headers = {{"List-Unsubscribe", "<https://tori.example.fi/peru/abc>"},
                     {"X-Tori-Kind", "vahvistus"}};
  const std::string bytes = build_message(content, kDate);
  GPtr<GMimeMessage> message = parse(bytes);
  ASSERT_TRUE(message);
  GDateTime* date = g_mime_message_get_date(message.get());
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(g_date_time_to_unix(date), 1718528400);
  EXPECT_NE(bytes.find("\r\nMIME-Version: 1.0\r\n"), std::string::npos) << bytes;
  EXPECT_NE(bytes.find("\r\nContent-Language: fi\r\n"), std::string::npos) << bytes;
  GMimeObject* object = GMIME_OBJECT(message.get());
  EXPECT_EQ(header(object, "List-Unsubscribe"), "<https://tori.example.fi/peru/abc>");
  EXPECT_EQ(header(object, "X-Tori-Kind"), "vahvistus");

  std::set<std::string> ids;
  for (int i = 0; i < 50; ++i) {
    GPtr<GMimeMessage> again = parse(build_message(content, kDate));
    const std::string id = g_mime_message_get_message_id(again.get());
    EXPECT_TRUE(id.ends_with("@tori.example.fi")) << id;
    EXPECT_EQ(id.size(), 32 + std::string("@tori.example.fi").size()) << id;
    EXPECT_TRUE(ids.insert(id).second) << id;
  }
}

TEST(BuildMessage, ALongAsciiExtraHeaderStaysOneUnencodedLine) {
  MailContent content = sample();
  const std::string url =
      "<https://tori.example.fi/sv/uutiskirje/peru/JghRISCvHBx-ctkFq26BvvybAKDSaQuEPCPoDxtI1kI>";
  content.headers = {{"List-Unsubscribe", url},
                     {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  const std::string bytes = build_message(content, kDate);
  EXPECT_NE(bytes.find("\r\nList-Unsubscribe: " + url + "\r\n"), std::string::npos) << bytes;
  EXPECT_NE(bytes.find("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"),
            std::string::npos)
      << bytes;
  GPtr<GMimeMessage> message = parse(bytes);
  ASSERT_TRUE(message);
  EXPECT_EQ(header(GMIME_OBJECT(message.get()), "List-Unsubscribe"), url);
}

TEST(BuildMessage, TextBodyIsQuotedPrintableUtf8AndRoundTrips) {
  const std::string long_line(200, 'a');
  const std::string cases[] = {
      "Hei!\n\nVahvista osoitteesi.\n",
      "Ääkköset: äöå ÄÖÅ – “lainaus” €\n",
      "rivit\r\nCRLF:nä\r\n",
      "yhtäsuuruus = merkki ja =3D\n",
      "välilyönti rivin lopussa   \nja tabulaattori\t\n",
      ".piste rivin alussa\n.\nFrom alku\n",
      long_line + "ä" + long_line + "\n",
      "ei rivinvaihtoa lopussa",
  };
  for (const std::string& text : cases) {
    SCOPED_TRACE(text);
    MailContent content = sample();
    content.text = text;
    const std::string bytes = build_message(content, kDate);
    expect_crlf_only(bytes);
    GPtr<GMimeMessage> message = parse(bytes);
    ASSERT_TRUE(message);
    GMimeObject* part = g_mime_message_get_mime_part(message.get());
    EXPECT_EQ(mime_type(part), "text/plain");
    EXPECT_STREQ(g_mime_object_get_content_type_parameter(part, "charset"), "utf-8");
    EXPECT_EQ(g_mime_part_get_content_encoding(GMIME_PART(part)),
              GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    std::string expected;
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] != '\r') expected += text[i];
    std::string got = decoded(part);
    if (!expected.ends_with('\n') && got.ends_with('\n')) got.pop_back();
    EXPECT_EQ(got, expected);
  }
}

TEST(BuildMessage, HtmlMakesMultipartAlternativeAndAttachmentsMultipartMixed) {
  MailContent content = sample();
  content.html = "<p>Hei <b>Maija</b>! Ääkköset.</p>\n";
  content.attachments = {
      {"ohje ä.pdf", "application/pdf", std::string("%PDF-1.4\0\x01\xff binary", 17)},
      {"lista.csv", "text/csv", "a;b\n1;2\n"}};
  const std::string bytes = build_message(content, kDate);
  expect_crlf_only(bytes);
  GPtr<GMimeMessage> message = parse(bytes);
  ASSERT_TRUE(message);
  GMimeObject* root = g_mime_message_get_mime_part(message.get());
  ASSERT_EQ(mime_type(root), "multipart/mixed");
  GMimeMultipart* mixed = GMIME_MULTIPART(root);
  ASSERT_EQ(g_mime_multipart_get_count(mixed), 3);
  GMimeObject* body = g_mime_multipart_get_part(mixed, 0);
  ASSERT_EQ(mime_type(body), "multipart/alternative");
  GMimeMultipart* alternative = GMIME_MULTIPART(body);
  ASSERT_EQ(g_mime_multipart_get_count(alternative), 2);
  EXPECT_EQ(mime_type(g_mime_multipart_get_part(alternative, 0)), "text/plain");
  GMimeObject* html = g_mime_multipart_get_part(alternative, 1);
  EXPECT_EQ(mime_type(html), "text/html");
  EXPECT_EQ(decoded(html), content.html);
  EXPECT_EQ(g_mime_part_get_content_encoding(GMIME_PART(html)),
            GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  for (int i = 0; i < 2; ++i) {
    GMimeObject* part = g_mime_multipart_get_part(mixed, i + 1);
    const Attachment& attachment = content.attachments[i];
    EXPECT_EQ(mime_type(part), attachment.content_type);
    EXPECT_STREQ(g_mime_part_get_filename(GMIME_PART(part)), attachment.filename.c_str());
    EXPECT_EQ(g_mime_part_get_content_encoding(GMIME_PART(part)), GMIME_CONTENT_ENCODING_BASE64);
    EXPECT_TRUE(g_mime_part_is_attachment(GMIME_PART(part)));
    GMimeDataWrapper* wrapper = g_mime_part_get_content(GMIME_PART(part));
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
    const GByteArray* raw = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(raw->data), raw->len), attachment.bytes);
  }
}

TEST(BuildMessage, TextOnlyWithAttachmentIsMixedOfTextAndFile) {
  MailContent content = sample();
  content.attachments = {{"a.txt", "text/plain", "x"}};
  GPtr<GMimeMessage> message = parse(build_message(content, kDate));
  ASSERT_TRUE(message);
  GMimeObject* root = g_mime_message_get_mime_part(message.get());
  ASSERT_EQ(mime_type(root), "multipart/mixed");
  EXPECT_EQ(mime_type(g_mime_multipart_get_part(GMIME_MULTIPART(root), 0)), "text/plain");
}

TEST(BuildMessage, RefusesHeaderInjection) {
  struct Case {
    const char* name;
    std::function<void(MailContent&)> change;
  };
  const Case cases[] = {
      {"LF in subject", [](MailContent& c) { c.subject = "Hei\nBcc: x@evil.example"; }},
      {"CR in subject", [](MailContent& c) { c.subject = "Hei\rBcc: x@evil.example"; }},
      {"NUL in subject", [](MailContent& c) { c.subject = std::string("Hei\0x", 5); }},
      {"LF in to name", [](MailContent& c) { c.to.name = "Maija\r\nBcc: x@evil.example"; }},
      {"LF in from name", [](MailContent& c) { c.from.name = "Tori\n"; }},
      {"LF in to email", [](MailContent& c) { c.to.email = "maija@example.fi\r\nBcc: x@e.fi"; }},
      {"two addresses", [](MailContent& c) { c.to.email = "maija@example.fi, x@evil.example"; }},
      {"angle brackets", [](MailContent& c) { c.to.email = "<maija@example.fi>"; }},
      {"no at sign", [](MailContent& c) { c.to.email = "maija"; }},
      {"two at signs", [](MailContent& c) { c.to.email = "a@b@example.fi"; }},
      {"empty from", [](MailContent& c) { c.from.email = ""; }},
      {"space in email", [](MailContent& c) { c.to.email = "maija meikä@example.fi"; }},
      {"non-ASCII email", [](MailContent& c) { c.to.email = "määjä@example.fi"; }},
      {"LF in language", [](MailContent& c) { c.language = "fi\nBcc: x@evil.example"; }},
      {"LF in header value",
       [](MailContent& c) {
         c.headers = {{"X-A", "a\r\nBcc: x@e.fi"}};
       }},
      {"colon in header name",
       [](MailContent& c) {
         c.headers = {{"X-A: b", "c"}};
       }},
      {"space in header name",
       [](MailContent& c) {
         c.headers = {{"X A", "c"}};
       }},
      {"empty header name",
       [](MailContent& c) {
         c.headers = {{"", "c"}};
       }},
      {"Bcc as extra header",
       [](MailContent& c) {
         c.headers = {{"bcc", "x@evil.example"}};
       }},
      {"Content-Type override",
       [](MailContent& c) {
         c.headers = {{"Content-Type", "text/x"}};
       }},
      {"LF in filename",
       [](MailContent& c) {
         c.attachments = {{"a\n.txt", "text/plain", ""}};
       }},
      {"LF in content type",
       [](MailContent& c) {
         c.attachments = {{"a", "text/plain\n", ""}};
       }},
  };
  for (const Case& c : cases) {
    MailContent content = sample();
    c.change(content);
    EXPECT_THROW((void)build_message(content, kDate), std::invalid_argument) << c.name;
  }
}

}  // namespace
}  // namespace tori::mail
