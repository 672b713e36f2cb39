// SPDX-License-Identifier: AGPL-3.0-or-later
// Table-driven tests of cookie_value, SetCookie::to_header and expire_cookie.
#include "tori/http/cookie.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace tori::http {
namespace {

using namespace std::chrono_literals;

struct ReadCase {
  const char* name;
  std::vector<Headers::Field> headers;
  std::string_view cookie;
  std::optional<std::string> value;
};

const std::vector<ReadCase> kReadCases = {
    {"no headers", {}, "tori_session", std::nullopt},
    {"only one", {{"Cookie", "tori_session=abc"}}, "tori_session", "abc"},
    {"among others", {{"Cookie", "lang=fi; tori_session=abc; x=y"}}, "tori_session", "abc"},
    {"absent", {{"Cookie", "lang=fi; x=y"}}, "tori_session", std::nullopt},
    {"no space after semicolon", {{"Cookie", "lang=fi;tori_session=abc"}}, "tori_session", "abc"},
    {"whitespace everywhere",
     {{"Cookie", " lang = fi ;\t tori_session =\tabc  ; "}},
     "tori_session",
     "abc"},
    {"first match wins", {{"Cookie", "a=1; a=2"}}, "a", "1"},
    {"first header wins", {{"Cookie", "a=1"}, {"Cookie", "a=2"}}, "a", "1"},
    {"later header", {{"Cookie", "x=1"}, {"cookie", "a=2"}}, "a", "2"},
    {"header name any case", {{"COOKIE", "a=1"}}, "a", "1"},
    {"other headers ignored", {{"Set-Cookie", "a=1"}, {"X-Cookie", "a=2"}}, "a", std::nullopt},
    {"quoted value unquoted", {{"Cookie", "a=\"q1\""}}, "a", "q1"},
    {"empty quoted value", {{"Cookie", "a=\"\""}}, "a", ""},
    {"lone quote kept", {{"Cookie", "a=\""}}, "a", "\""},
    {"empty value", {{"Cookie", "a=; b=2"}}, "a", ""},
    {"equals in value", {{"Cookie", "a=x=y"}}, "a", "x=y"},
    {"name is case-sensitive", {{"Cookie", "A=1"}}, "a", std::nullopt},
    {"name is not a prefix", {{"Cookie", "tori_session_old=1"}}, "tori_session", std::nullopt},
    {"pair without equals skipped", {{"Cookie", "a; a=1"}}, "a", "1"},
    {"empty header", {{"Cookie", ""}}, "a", std::nullopt},
};

TEST(Cookie, ReadEveryCase) {
  for (const ReadCase& c : kReadCases) {
    SCOPED_TRACE(c.name);
    Headers headers;
    for (const Headers::Field& field : c.headers)
      headers.add(field.name, field.value);
    EXPECT_EQ(cookie_value(headers, c.cookie), c.value);
  }
}

struct WriteCase {
  const char* name;
  SetCookie cookie;
  std::optional<std::string> header;  // nothing: std::invalid_argument
};

SetCookie named(std::string name, std::string value) {
  SetCookie cookie;
  cookie.name = std::move(name);
  cookie.value = std::move(value);
  return cookie;
}

SetCookie session(std::string value) {
  return named("tori_session", std::move(value));
}

SetCookie with(SetCookie cookie, auto change) {
  change(cookie);
  return cookie;
}

const std::vector<WriteCase> kWriteCases = {
    {"defaults", session("abc"), "tori_session=abc; Path=/; HttpOnly; SameSite=Lax"},
    {"full",
     with(session("abc"),
          [](SetCookie& c) {
            c.max_age = 1209600s;
            c.secure = true;
          }),
     "tori_session=abc; Path=/; Max-Age=1209600; HttpOnly; Secure; SameSite=Lax"},
    {"base64url value", session("Ab-_09xyz"),
     "tori_session=Ab-_09xyz; Path=/; HttpOnly; SameSite=Lax"},
    {"empty value", session(""), "tori_session=; Path=/; HttpOnly; SameSite=Lax"},
    {"not http-only, strict, other path",
     with(session("1"),
          [](SetCookie& c) {
            c.http_only = false;
            c.same_site = "Strict";
            c.path = "/hallinta";
          }),
     "tori_session=1; Path=/hallinta; SameSite=Strict"},
    {"no path", with(session("1"), [](SetCookie& c) { c.path.clear(); }),
     "tori_session=1; HttpOnly; SameSite=Lax"},
    {"same-site none with secure",
     with(session("1"),
          [](SetCookie& c) {
            c.same_site = "None";
            c.secure = true;
          }),
     "tori_session=1; Path=/; HttpOnly; Secure; SameSite=None"},
    {"expire", expire_cookie("tori_session", true),
     "tori_session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax"},
    {"expire without secure", expire_cookie("tori_csrf", false),
     "tori_csrf=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"},
    // Refusals: value.
    {"value with space", session("a b"), std::nullopt},
    {"value with semicolon", session("a;Domain=evil"), std::nullopt},
    {"value with comma", session("a,b"), std::nullopt},
    {"value with quote", session("\"a\""), std::nullopt},
    {"value with backslash", session("a\\b"), std::nullopt},
    {"value with CR LF", session("a\r\nSet-Cookie: x=y"), std::nullopt},
    {"value with tab", session("a\tb"), std::nullopt},
    {"value with NUL", session(std::string("a\0b", 3)), std::nullopt},
    {"value with DEL", session("a\x7f"), std::nullopt},
    {"value not ascii", session("\xc3\xa4"), std::nullopt},
    // Refusals: name.
    {"empty name", named("", "1"), std::nullopt},
    {"name with equals", named("a=b", "1"), std::nullopt},
    {"name with space", named("a b", "1"), std::nullopt},
    {"name with semicolon", named("a;b", "1"), std::nullopt},
    {"name with comma", named("a,b", "1"), std::nullopt},
    {"name with quote", named("a\"", "1"), std::nullopt},
    {"name with backslash", named("a\\", "1"), std::nullopt},
    {"name with newline", named("a\n", "1"), std::nullopt},
    // Refusals: attributes.
    {"path with semicolon", with(session("1"), [](SetCookie& c) { c.path = "/;x"; }), std::nullopt},
    {"path with newline", with(session("1"), [](SetCookie& c) { c.path = "/\n"; }), std::nullopt},
    {"negative max-age", with(session("1"), [](SetCookie& c) { c.max_age = -1s; }), std::nullopt},
    {"unknown same-site", with(session("1"), [](SetCookie& c) { c.same_site = "lax"; }),
     std::nullopt},
    {"same-site none without secure",
     with(session("1"), [](SetCookie& c) { c.same_site = "None"; }), std::nullopt},
};

TEST(Cookie, WriteEveryCase) {
  for (const WriteCase& c : kWriteCases) {
    SCOPED_TRACE(c.name);
    if (c.header) {
      EXPECT_EQ(c.cookie.to_header(), *c.header);
    } else {
      EXPECT_THROW((void)c.cookie.to_header(), std::invalid_argument);
    }
  }
}

TEST(Cookie, ExpireCookieFields) {
  SetCookie cookie = expire_cookie("tori_session", false);
  EXPECT_EQ(cookie.name, "tori_session");
  EXPECT_EQ(cookie.value, "");
  EXPECT_EQ(cookie.max_age, 0s);
  EXPECT_FALSE(cookie.secure);
  EXPECT_EQ(cookie.path, "/");
}

TEST(Cookie, RoundTrip) {
  Headers headers;
  SetCookie cookie = session("Zm9vYmFy_-");
  headers.add("Cookie", "lang=fi; " + cookie.name + "=" + cookie.value);
  EXPECT_EQ(cookie_value(headers, cookie.name), cookie.value);
}

}  // namespace
}  // namespace tori::http
