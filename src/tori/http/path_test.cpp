// SPDX-License-Identifier: AGPL-3.0-or-later
// Table-driven tests of normalise_target: every case of decoding, dot segments and refusals.
#include "tori/http/path.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

struct PathCase {
  const char* name;
  std::string_view target;
  std::optional<std::string> path;  // nothing: refused with 400
  std::string query;
};

const PathCase kPathCases[] = {
    // Plain paths.
    {"root", "/", "/", ""},
    {"simple", "/teot", "/teot", ""},
    {"nested", "/teot/hyva-teko", "/teot/hyva-teko", ""},
    {"trailing slash dropped", "/teot/", "/teot", ""},
    {"double slashes collapse", "//teot///x", "/teot/x", ""},
    {"query kept raw", "/haku?q=et%C3%A4ty%C3%B6&sivu=2", "/haku", "q=et%C3%A4ty%C3%B6&sivu=2"},
    {"empty query", "/haku?", "/haku", ""},
    // Percent-decoding, once.
    {"utf-8 decoded", "/teot/%C3%A4%C3%B6", "/teot/äö", ""},
    {"raw utf-8 kept", "/teot/äö", "/teot/äö", ""},
    {"decoded once only", "/a%252e%252e/b", "/a%2e%2e/b", ""},
    {"encoded slash becomes separator", "/a%2Fb", "/a/b", ""},
    {"plus is not a space in paths", "/a+b", "/a+b", ""},
    // Dot segments.
    {"dot dropped", "/a/./b", "/a/b", ""},
    {"dot dot inside", "/a/b/../c", "/a/c", ""},
    {"dot dot to root", "/a/..", "/", ""},
    {"encoded dot dot inside", "/a/%2e%2e/c", "/c", ""},
    {"dots in names are fine", "/static/tori.1234.css", "/static/tori.1234.css", ""},
    {"three dots is a name", "/a/...", "/a/...", ""},
    // Refusals.
    {"empty", "", std::nullopt, ""},
    {"not origin form", "teot", std::nullopt, ""},
    {"absolute form", "http://example.fi/", std::nullopt, ""},
    {"asterisk form", "*", std::nullopt, ""},
    {"climb above root", "/..", std::nullopt, ""},
    {"climb deep", "/static/../../etc/passwd", std::nullopt, ""},
    {"encoded climb", "/static/%2e%2e/%2e%2e/etc/passwd", std::nullopt, ""},
    {"mixed encoded climb", "/static/.%2e/.%2E/x", std::nullopt, ""},
    {"encoded slash climb", "/static%2F..%2F..%2Fetc", std::nullopt, ""},
    {"nul encoded", "/a%00b", std::nullopt, ""},
    {"backslash raw", "/a\\b", std::nullopt, ""},
    {"backslash encoded", "/a%5Cb", std::nullopt, ""},
    {"backslash climb", "/static/..%5C..%5Cetc", std::nullopt, ""},
    {"malformed escape", "/a%zz", std::nullopt, ""},
    {"truncated escape", "/a%4", std::nullopt, ""},
    {"invalid utf-8", "/a%C3%28", std::nullopt, ""},
    {"overlong utf-8 slash", "/a%C0%AF..%C0%AF", std::nullopt, ""},
};

TEST(NormaliseTarget, EveryCase) {
  for (const PathCase& c : kPathCases) {
    SCOPED_TRACE(c.name);
    auto target = normalise_target(c.target);
    ASSERT_EQ(target.has_value(), c.path.has_value());
    if (!target) continue;
    EXPECT_EQ(target->path, *c.path);
    EXPECT_EQ(target->query, c.query);
  }
}

TEST(NormaliseTarget, RawNulInTargetIsRefused) {
  std::string target = "/a";
  target += '\0';
  target += "b";
  EXPECT_FALSE(normalise_target(target).has_value());
}

}  // namespace
}  // namespace tori::http
