// SPDX-License-Identifier: AGPL-3.0-or-later
// For the account pages' tests only: a browser over a Router — it keeps cookies, posts forms
// (with the page's CSRF token unless told otherwise) and reads the mail the outbox holds.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "tori/http/file_body.hpp"
#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"

namespace tori::web::test_support {

using Fields = std::vector<std::pair<std::string, std::string>>;

// The password the page tests give the people they sign up.
inline constexpr std::string_view kPassword = "pitkä salasana 2026";

// Whether a response's body contains `text`.
inline bool has(const http::Response& response, std::string_view text) {
  return response.body.find(text) != std::string::npos;
}

class TestBrowser {
 public:
  explicit TestBrowser(const http::Router& router, std::string address = "203.0.113.7")
      : router_(router), address_(std::move(address)) {}

  http::Response get(const std::string& target) { return send("GET", target, ""); }
  // Posts `fields` with the CSRF token of the last page seen added (unless `with_csrf` is false).
  http::Response post(const std::string& target, Fields fields, bool with_csrf = true) {
    if (with_csrf) fields.emplace_back("csrf", csrf_);
    std::string body;
    for (const auto& [name, value] : fields) {
      body += (body.empty() ? "" : "&") + text::url_encode_component(name) + "=" +
              text::url_encode_component(value);
    }
    return send("POST", target, body);
  }
  // A file of a multipart post.
  struct File {
    std::string field, filename, content_type, bytes;
  };
  // Posts `fields` and `files` as multipart/form-data, as a browser does for a form with file
  // inputs (the CSRF token added unless `with_csrf` is false).
  http::Response post_multipart(const std::string& target, Fields fields, std::vector<File> files,
                                bool with_csrf = true) {
    if (with_csrf) fields.emplace_back("csrf", csrf_);
    const std::string boundary = "----ToriTestBoundary7MA4YWxkTrZu0gW";
    std::string body;
    for (const auto& [name, value] : fields) {
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
              "\"\r\n\r\n" + value + "\r\n";
    }
    for (const File& file : files) {
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field +
              "\"; filename=\"" + file.filename + "\"\r\nContent-Type: " + file.content_type +
              "\r\n\r\n" + file.bytes + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return send("POST", target, body, "multipart/form-data; boundary=" + boundary);
  }
  [[nodiscard]] std::string cookie(const std::string& name) const {
    auto found = cookies_.find(name);
    return found == cookies_.end() ? "" : found->second;
  }
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  [[nodiscard]] const std::string& csrf() const { return csrf_; }

 private:
  http::Response send(const std::string& method, const std::string& target, const std::string& body,
                      const std::string& content_type = "application/x-www-form-urlencoded") {
    http::Request request;
    request.method = method;
    request.target = target;
    const auto question = target.find('?');
    request.path = target.substr(0, question);
    if (question != std::string::npos) request.query = target.substr(question + 1);
    request.body = body;
    request.client_address = address_;
    request.peer_address = address_;
    request.request_id = "test";
    if (method == "POST") {
      request.headers.set("Content-Type", content_type);
    }
    std::string cookie_header;
    for (const auto& [name, value] : cookies_) {
      cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
    }
    if (!cookie_header.empty()) request.headers.set("Cookie", cookie_header);
    const http::Router::Match match = router_.match(method, request.path);
    if (!match.handler) return http::Response::text(match.allow.empty() ? 404 : 405, "");
    request.path_params = match.params;
    http::Response response = (*match.handler)(request);
    EXPECT_TRUE(http::load_file_body(response)) << "the file of " << target;  // as sent
    remember(response);
    return response;
  }

  void remember(const http::Response& response) {
    for (const auto& field : response.headers) {
      if (field.name != "Set-Cookie") continue;
      const std::string& value = field.value;
      const auto equals = value.find('=');
      const auto end = value.find(';');
      const std::string name = value.substr(0, equals);
      const std::string content = value.substr(equals + 1, end - equals - 1);
      if (value.find("Max-Age=0") != std::string::npos) {
        cookies_.erase(name);
      } else {
        cookies_[name] = content;
      }
    }
    const auto at = response.body.find("name=\"csrf\" value=\"");
    if (at != std::string::npos) {
      const auto start = at + 19;
      csrf_ = response.body.substr(start, response.body.find('"', start) - start);
    }
  }

  const http::Router& router_;
  std::string address_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_;
};

// The messages in the outbox for `recipient` (raw), oldest first, without claiming them.
inline std::vector<std::string> mail_to(store::Store& store, const std::string& recipient) {
  std::vector<std::string> messages;
  const auto now = store::utc_now() + std::chrono::hours(1);
  for (const auto& mail : store.outbox().claim_due(now, 1000, std::chrono::seconds(0))) {
    if (mail.recipient == recipient) messages.push_back(mail.message);
  }
  return messages;
}

// Quoted-printable soft breaks and escapes undone (enough to find a link in a message).
inline std::string decode_quoted_printable(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '=' && i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') {
      i += 2;
    } else if (text[i] == '=' && i + 2 < text.size() && std::isxdigit(text[i + 1]) &&
               std::isxdigit(text[i + 2])) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The attachment named `filename` of a message, its base64 decoded ("" when there is none).
inline std::string attachment_text(const std::string& message, const std::string& filename) {
  const auto named = message.find("filename=" + filename);
  if (named == std::string::npos) return "";
  const auto start = message.find("\r\n\r\n", named);
  const auto end = message.find("\r\n--", start);
  if (start == std::string::npos || end == std::string::npos) return "";
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (std::size_t i = start + 4; i < end; ++i) {
    const auto value = kAlphabet.find(message[i]);
    if (value == std::string_view::npos) continue;  // line ends and padding
    bits = (bits << 6) | static_cast<unsigned>(value);
    if ((count += 6) >= 8) out += static_cast<char>((bits >> (count -= 8)) & 0xFF);
  }
  return out;
}

// The path of the first link under `base` with `prefix` in a message ("/vahvista/…").
inline std::string link_path(const std::string& message, const std::string& prefix) {
  const std::string text = decode_quoted_printable(message);
  const std::string needle = "https://tori.example.fi" + prefix;
  const auto at = text.find(needle);
  if (at == std::string::npos) return "";
  auto end = at + needle.size();
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               text[end] == '-' || text[end] == '_')) {
    ++end;
  }
  return text.substr(at + 23, end - at - 23);
}

// The value of the first hidden input `name` of a page ("" when there is none).
inline std::string hidden_value(const std::string& html, const std::string& name) {
  const std::string needle = "name=\"" + name + "\" value=\"";
  const auto at = html.find(needle);
  if (at == std::string::npos) return "";
  const auto start = at + needle.size();
  return html.substr(start, html.find('"', start) - start);
}

}  // namespace tori::web::test_support
