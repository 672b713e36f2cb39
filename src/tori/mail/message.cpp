// SPDX-License-Identifier: AGPL-3.0-or-later
// Building messages with GMime: headers checked against injection, parts assembled, CRLF output.
#include "tori/mail/message.hpp"

#include <gmime/gmime.h>
#include <sys/random.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <memory>
#include <stdexcept>

#include "tori/mail/gmime_support.hpp"

namespace tori::mail {
namespace {

// Headers build_message writes itself; an extra header by one of these names is refused
// (lower case; every Content-* header is refused too).
constexpr std::array<std::string_view, 10> kOwnHeaders = {
    "from", "to",         "cc",           "bcc",    "subject",
    "date", "message-id", "mime-version", "sender", "reply-to"};

void require_header_value(std::string_view what, std::string_view value) {
  if (value.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos)
    throw std::invalid_argument("mail: CR, LF or NUL in " + std::string(what));
}

// A plain ASCII addr-spec with one '@' and nothing that could end the address or the header.
void require_address(std::string_view what, const Address& address) {
  require_header_value(what, address.name);
  const std::string_view email = address.email;
  const auto at = email.find('@');
  bool ok = at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
            email.find('@', at + 1) == std::string_view::npos;
  for (const char c : email) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f ||
        std::string_view("<>,;:\"()[]\\").find(c) != std::string_view::npos)
      ok = false;
  }
  if (!ok) throw std::invalid_argument("mail: not a plain address in " + std::string(what));
}

void require_extra_header(std::string_view name, std::string_view value) {
  bool ok = !name.empty();
  for (const char c : name)
    ok = ok && c > 0x20 && c < 0x7f && c != ':';
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  ok = ok && std::find(kOwnHeaders.begin(), kOwnHeaders.end(), lower) == kOwnHeaders.end() &&
       !lower.starts_with("content-");
  if (!ok) throw std::invalid_argument("mail: extra header name not allowed: " + lower);
  require_header_value("header " + lower, value);
}

void require_content(const MailContent& content) {
  require_address("From", content.from);
  require_address("To", content.to);
  require_header_value("Subject", content.subject);
  require_header_value("Content-Language", content.language);
  for (const auto& [name, value] : content.headers)
    require_extra_header(name, value);
  for (const Attachment& attachment : content.attachments) {
    require_header_value("attachment filename", attachment.filename);
    require_header_value("attachment content type", attachment.content_type);
  }
}

// "<32 random hex digits>@<from domain>" without the angle brackets GMime adds.
std::string new_message_id(std::string_view from_email) {
  std::array<std::uint8_t, 16> random{};
  if (getrandom(random.data(), random.size(), 0) != static_cast<ssize_t>(random.size()))
    throw std::runtime_error("mail: getrandom failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (const std::uint8_t byte : random) {
    id += kHex[byte >> 4];
    id += kHex[byte & 0xf];
  }
  std::string domain(from_email.substr(from_email.find('@') + 1));
  std::transform(domain.begin(), domain.end(), domain.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return id + "@" + domain;
}

// Line ends as "\n" only: GMime's output filter turns each into CRLF, and a CR left in the text
// would be encoded as "=0D".
std::string unix_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return out;
}

// A leaf part holding `bytes`, written with `encoding`.
GPtr<GMimePart> new_part(const char* type, const char* subtype, std::string_view bytes,
                         GMimeContentEncoding encoding) {
  GPtr<GMimePart> part(g_mime_part_new_with_type(type, subtype));
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeDataWrapper> wrapper(
      g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  g_mime_part_set_content(part.get(), wrapper.get());
  g_mime_part_set_content_encoding(part.get(), encoding);
  return part;
}

GPtr<GMimePart> new_text_part(const char* subtype, std::string_view text) {
  GPtr<GMimePart> part =
      new_part("text", subtype, unix_line_ends(text), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  g_mime_object_set_content_type_parameter(GMIME_OBJECT(part.get()), "charset", "utf-8");
  return part;
}

GPtr<GMimePart> new_attachment(const Attachment& attachment) {
  GPtr<GMimeContentType> type(g_mime_content_type_parse(nullptr, attachment.content_type.c_str()));
  GPtr<GMimePart> part = new_part(g_mime_content_type_get_media_type(type.get()),
                                  g_mime_content_type_get_media_subtype(type.get()),
                                  attachment.bytes, GMIME_CONTENT_ENCODING_BASE64);
  GMimeObject* object = GMIME_OBJECT(part.get());
  g_mime_object_set_disposition(object, "attachment");
  g_mime_part_set_filename(part.get(), attachment.filename.c_str());
  // RFC 2231 names in UTF-8 rather than GMime's pick of the smallest charset (iso-8859-1).
  GMimeParamList* lists[] = {
      g_mime_content_disposition_get_parameters(g_mime_object_get_content_disposition(object)),
      g_mime_content_type_get_parameters(g_mime_object_get_content_type(object))};
  for (GMimeParamList* list : lists) {
    for (const char* name : {"filename", "name"})
      if (GMimeParam* param = g_mime_param_list_get_parameter(list, name))
        g_mime_param_set_charset(param, "utf-8");
  }
  return part;
}

// The body: text, text+html as multipart/alternative, either inside multipart/mixed with the
// attachments.
GPtr<GMimeObject> new_body(const MailContent& content) {
  GPtr<GMimeObject> body(GMIME_OBJECT(new_text_part("plain", content.text).release()));
  if (!content.html.empty()) {
    GPtr<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    g_mime_multipart_add(alternative.get(), body.get());
    g_mime_multipart_add(alternative.get(),
                         GMIME_OBJECT(new_text_part("html", content.html).get()));
    body.reset(GMIME_OBJECT(alternative.release()));
  }
  if (content.attachments.empty()) return body;
  GPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
  g_mime_multipart_add(mixed.get(), body.get());
  for (const Attachment& attachment : content.attachments)
    g_mime_multipart_add(mixed.get(), GMIME_OBJECT(new_attachment(attachment).get()));
  return GPtr<GMimeObject>(GMIME_OBJECT(mixed.release()));
}

void add_mailbox(GMimeMessage* message, GMimeAddressType type, const Address& address) {
  GPtr<InternetAddress> mailbox(internet_address_mailbox_new(
      address.name.empty() ? nullptr : address.name.c_str(), address.email.c_str()));
  internet_address_set_charset(mailbox.get(), "utf-8");
  internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox.get());
}

// Whether `value` is printable ASCII (no encoding needed; checked for CR, LF and NUL before).
bool plain_ascii(std::string_view value) {
  return std::ranges::all_of(value, [](char c) { return c >= 0x20 && c < 0x7f; });
}

// An extra header. A plain ASCII value is written as it is, on one line (at most 998 bytes,
// RFC 5322): GMime would otherwise fold it or, for a word longer than a line such as the URL of
// List-Unsubscribe (RFC 8058), turn it into RFC 2047 encoded words no mail program follows.
void append_extra_header(GMimeObject* object, const std::string& name, const std::string& value) {
  g_mime_object_append_header(object, name.c_str(), value.c_str(), "utf-8");
  if (!plain_ascii(value) || name.size() + value.size() + 2 > 998) return;
  GMimeHeaderList* list = g_mime_object_get_header_list(object);
  GMimeHeader* header =
      g_mime_header_list_get_header_at(list, g_mime_header_list_get_count(list) - 1);
  if (header != nullptr) g_mime_header_set_raw_value(header, (" " + value + "\n").c_str());
}

void set_headers(GMimeMessage* message, const MailContent& content,
                 std::chrono::system_clock::time_point date) {
  add_mailbox(message, GMIME_ADDRESS_TYPE_FROM, content.from);
  add_mailbox(message, GMIME_ADDRESS_TYPE_TO, content.to);
  g_mime_message_set_subject(message, content.subject.c_str(), "utf-8");
  const auto seconds = std::chrono::floor<std::chrono::seconds>(date).time_since_epoch().count();
  std::unique_ptr<GDateTime, decltype(&g_date_time_unref)> when(
      g_date_time_new_from_unix_utc(seconds), &g_date_time_unref);
  g_mime_message_set_date(message, when.get());
  g_mime_message_set_message_id(message, new_message_id(content.from.email).c_str());
  GMimeObject* object = GMIME_OBJECT(message);
  if (!content.language.empty())
    g_mime_object_set_header(object, "Content-Language", content.language.c_str(), nullptr);
  for (const auto& [name, value] : content.headers)
    append_extra_header(object, name, value);
}

}  // namespace

std::string build_message(const MailContent& content, std::chrono::system_clock::time_point date) {
  require_content(content);
  init_gmime();
  GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
  set_headers(message.get(), content, date);
  g_mime_message_set_mime_part(message.get(), new_body(content).get());
  return write_crlf(GMIME_OBJECT(message.get()));
}

}  // namespace tori::mail
