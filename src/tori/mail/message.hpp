// SPDX-License-Identifier: AGPL-3.0-or-later
// Building an RFC 5322 message (GMime): encoded names and subject, quoted-printable UTF-8 text
// and HTML parts, attachments, CRLF line ends — what the outbox stores and SMTP sends.
//
//   MailContent content{.from = {"Tori", "noreply@tori.example.fi"},
//                       .to = {"Äijä Öljynen", "aija@example.fi"},
//                       .subject = "Vahvista sähköpostiosoitteesi",
//                       .text = "Hei!\n…", .html = "<p>Hei!</p>", .language = "fi"};
//   std::string message = build_message(content, std::chrono::system_clock::now());
//   outbox.enqueue({.recipient = content.to.email, .message = message}, now);
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tori::mail {

// A mailbox: a display name (any UTF-8, may be empty) and a plain ASCII address.
struct Address {
  std::string name;
  std::string email;  // "maija@example.fi"
};

// A file sent with the message (base64, Content-Disposition: attachment).
struct Attachment {
  std::string filename;      // "ohje.pdf"; UTF-8, encoded as RFC 2231 needs
  std::string content_type;  // "application/pdf"
  std::string bytes;
};

// What a message says. Callers validate addresses and header values first: build_message
// treats anything unsafe in a header as a programming error.
struct MailContent {
  Address from;
  Address to;
  std::string subject;
  std::string text;  // the text/plain part; "\n" or "\r\n" line ends
  std::string html;  // optional; when given, multipart/alternative of text and html
  // Extra headers, e.g. {"List-Unsubscribe", "<https://…>"}; not the ones build_message writes.
  std::vector<std::pair<std::string, std::string>> headers;
  std::vector<Attachment> attachments;  // when given, multipart/mixed around the body
  std::string language;                 // "fi", "sv" or "en" → Content-Language; may be empty
};

// The whole message with CRLF line ends: From, To, Subject, Date, a new unique Message-ID on the
// from-address's domain, MIME-Version, Content-Language, the extra headers, and the body
// (text/plain; charset=utf-8, quoted-printable; multipart/alternative with html; multipart/mixed
// with attachments, base64). Throws std::invalid_argument when a header value or address holds
// CR, LF or NUL, an address is not a plain ASCII addr-spec, or an extra header's name is invalid
// or one build_message writes itself (header injection is never passed through).
[[nodiscard]] std::string build_message(const MailContent& content,
                                        std::chrono::system_clock::time_point date);

}  // namespace tori::mail
