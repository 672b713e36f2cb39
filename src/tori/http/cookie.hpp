// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading cookies from the Cookie request headers and writing Set-Cookie response headers.
//
//   std::optional<std::string> token = cookie_value(request.headers, "tori_session");
//   SetCookie cookie;
//   cookie.name = "tori_session";
//   cookie.value = new_token;  // base64url
//   cookie.max_age = std::chrono::days(14);
//   cookie.secure = request.secure;
//   response.headers.add("Set-Cookie", cookie.to_header());
//   // "tori_session=abc; Path=/; Max-Age=1209600; HttpOnly; Secure; SameSite=Lax"
//   response.headers.add("Set-Cookie", expire_cookie("tori_session", request.secure).to_header());
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "tori/http/message.hpp"

namespace tori::http {

// The value of cookie `name` (compared exactly) from every Cookie header, read as RFC 6265
// §5.4's "a=b; c=d" with spaces and tabs tolerated around pairs, names and values. The first
// match wins; a value in double quotes is returned without them. Nothing when absent.
[[nodiscard]] std::optional<std::string> cookie_value(const Headers& headers,
                                                      std::string_view name);

struct SetCookie {
  std::string name{};
  std::string value{};
  std::string path = "/";
  std::optional<std::chrono::seconds> max_age{};  // nothing: a session cookie
  bool http_only = true;
  bool secure = false;
  std::string same_site = "Lax";  // "Strict", "Lax" or "None" (which needs `secure`)

  // The Set-Cookie value, attributes in a fixed order:
  // "name=value; Path=/; Max-Age=N; HttpOnly; Secure; SameSite=Lax".
  // Throws std::invalid_argument when the name is not an RFC 6265 token, the value has a
  // character outside cookie-octet (CTLs, space, '"', ',', ';', '\\', non-ASCII), the path has
  // a CTL or ';', max_age is negative, or same_site is not one of the three (or is "None"
  // without `secure`).
  [[nodiscard]] std::string to_header() const;
};

// A cookie that deletes `name`: empty value, Max-Age=0, the same Path/HttpOnly/SameSite as the
// defaults so that it replaces the cookie the defaults set.
[[nodiscard]] SetCookie expire_cookie(std::string name, bool secure);

}  // namespace tori::http
