// SPDX-License-Identifier: AGPL-3.0-or-later
// Cookie parsing (RFC 6265 §5.4 request form) and Set-Cookie serialisation with validation.
//
//   cookie_value(headers, "tori_session")  // "abc" for "Cookie: lang=fi; tori_session=abc"
#include "tori/http/cookie.hpp"
#include "tori/http/header_text.hpp"

#include <stdexcept>
#include <utility>

namespace tori::http {
namespace {

// The value of `name` in one Cookie header, or nothing.
std::optional<std::string> find_in_header(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const std::size_t semicolon = header.find(';');
    const std::string_view pair = header.substr(0, semicolon);
    header =
        semicolon == std::string_view::npos ? std::string_view{} : header.substr(semicolon + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos || trim_whitespace(pair.substr(0, eq)) != name) continue;
    std::string_view value = trim_whitespace(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
  }
  return std::nullopt;
}

bool is_ctl_or_non_ascii(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte >= 0x7f;
}

// RFC 6265 cookie-name: an RFC 2616 token (no CTLs, no separators).
bool is_token(std::string_view text) {
  constexpr std::string_view kSeparators = "()<>@,;:\\\"/[]?={} \t";
  if (text.empty()) return false;
  for (char c : text) {
    if (is_ctl_or_non_ascii(c) || kSeparators.find(c) != std::string_view::npos) return false;
  }
  return true;
}

// RFC 6265 cookie-value: cookie-octets, no quotes (to_header writes values unquoted).
bool is_cookie_value(std::string_view text) {
  constexpr std::string_view kForbidden = "\",;\\ ";
  for (char c : text) {
    if (is_ctl_or_non_ascii(c) || kForbidden.find(c) != std::string_view::npos) return false;
  }
  return true;
}

bool is_path_value(std::string_view text) {
  for (char c : text) {
    if (is_ctl_or_non_ascii(c) || c == ';') return false;
  }
  return true;
}

void validate(const SetCookie& cookie) {
  if (!is_token(cookie.name)) throw std::invalid_argument("cookie name is not a token");
  if (!is_cookie_value(cookie.value)) {
    throw std::invalid_argument("cookie value has a forbidden character");
  }
  if (!is_path_value(cookie.path)) throw std::invalid_argument("cookie path is invalid");
  if (cookie.max_age && cookie.max_age->count() < 0) {
    throw std::invalid_argument("cookie Max-Age is negative");
  }
  const std::string& same_site = cookie.same_site;
  if (same_site != "Strict" && same_site != "Lax" && same_site != "None") {
    throw std::invalid_argument("cookie SameSite must be Strict, Lax or None");
  }
  if (same_site == "None" && !cookie.secure) {
    throw std::invalid_argument("cookie SameSite=None needs Secure");
  }
}

}  // namespace

std::optional<std::string> cookie_value(const Headers& headers, std::string_view name) {
  for (const Headers::Field& field : headers) {
    if (!equal_ignoring_case(field.name, "Cookie")) continue;
    if (std::optional<std::string> value = find_in_header(field.value, name)) return value;
  }
  return std::nullopt;
}

std::string SetCookie::to_header() const {
  validate(*this);
  std::string header = name + "=" + value;
  if (!path.empty()) header += "; Path=" + path;
  if (max_age) header += "; Max-Age=" + std::to_string(max_age->count());
  if (http_only) header += "; HttpOnly";
  if (secure) header += "; Secure";
  header += "; SameSite=" + same_site;
  return header;
}

SetCookie expire_cookie(std::string name, bool secure) {
  SetCookie cookie;
  cookie.name = std::move(name);
  cookie.max_age = std::chrono::seconds(0);
  cookie.secure = secure;
  return cookie;
}

}  // namespace tori::http
