// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the language prefixes: reading them, adding them, and routes in all three languages.
#include "tori/web/localise.hpp"

#include <string>

#include <gtest/gtest.h>

#include "tori/http/router.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

struct PathCase {
  std::string path;
  Language language;
  std::string unlocalised;
};

// One row per path: its language and its path without the prefix.
const PathCase kPathCases[] = {
    {"/", Language::kFi, "/"},
    {"/tietoa", Language::kFi, "/tietoa"},
    {"/sv", Language::kSv, "/"},
    {"/sv/tietoa", Language::kSv, "/tietoa"},
    {"/en", Language::kEn, "/"},
    {"/en/tapahtumat/gaala", Language::kEn, "/tapahtumat/gaala"},
    {"/svenska", Language::kFi, "/svenska"},  // a prefix is a whole segment
    {"/enkeli", Language::kFi, "/enkeli"},
    {"/fi/tietoa", Language::kFi, "/fi/tietoa"},  // Finnish has no prefix
    {"", Language::kFi, ""},                      // a request that failed to parse
};

TEST(LocaliseTest, LanguageAndUnlocalisedPathOfEachPath) {
  for (const PathCase& row : kPathCases) {
    SCOPED_TRACE(row.path);
    EXPECT_EQ(language_of_path(row.path), row.language);
    EXPECT_EQ(unlocalised_path(row.path), row.unlocalised);
  }
}

TEST(LocaliseTest, LocalisedPathAddsThePrefix) {
  EXPECT_EQ(localised_path(Language::kFi, "/"), "/");
  EXPECT_EQ(localised_path(Language::kFi, "/tietoa"), "/tietoa");
  EXPECT_EQ(localised_path(Language::kSv, "/"), "/sv");
  EXPECT_EQ(localised_path(Language::kSv, "/tietoa"), "/sv/tietoa");
  EXPECT_EQ(localised_path(Language::kEn, "/teot/{slug}"), "/en/teot/{slug}");
  for (const PathCase& row : kPathCases) {
    if (row.path.empty()) continue;
    SCOPED_TRACE(row.path);
    EXPECT_EQ(localised_path(row.language, row.unlocalised), row.path);  // round trip
  }
}

TEST(LocaliseTest, AbsoluteUrlComesFromTheBaseUrl) {
  EXPECT_EQ(absolute_url(SiteInfo{"https://tori.example.fi"}, "/sv"), "https://tori.example.fi/sv");
  EXPECT_EQ(absolute_url(SiteInfo{"https://tori.example.fi/"}, "/"), "https://tori.example.fi/");
  EXPECT_EQ(absolute_url(SiteInfo{"http://localhost:8080//"}, "/en/tietoa"),
            "http://localhost:8080/en/tietoa");
}

TEST(LocaliseTest, AddLocalisedRegistersEveryLanguageAndPassesIt) {
  test_support::TestSite site;
  http::Router router;
  add_localised(router, site.services(), "GET", "/",
                [](const http::Request&, const Services&, Language language) {
                  return http::Response::text(200, std::string(text::language_code(language)));
                });
  add_localised(router, site.services(), "GET", "/teot/{slug}",
                [](const http::Request& request, const Services&, Language language) {
                  return http::Response::text(200, std::string(text::language_code(language)) +
                                                       " " + std::string(request.param("slug")));
                });
  const struct {
    std::string path;
    std::string body;
  } cases[] = {{"/", "fi"},         {"/sv", "sv"},          {"/en", "en"},
               {"/teot/a", "fi a"}, {"/sv/teot/b", "sv b"}, {"/en/teot/c", "en c"}};
  for (const auto& row : cases) {
    SCOPED_TRACE(row.path);
    http::Router::Match match = router.match("GET", row.path);
    ASSERT_NE(match.handler, nullptr);
    http::Request request = test_support::get_request(row.path);
    request.path_params = match.params;
    EXPECT_EQ((*match.handler)(request).body, row.body);
  }
  EXPECT_EQ(router.match("GET", "/de").handler, nullptr);
  EXPECT_THROW(add_localised(router, site.services(), "GET", "/",
                             [](const http::Request&, const Services&, Language) {
                               return http::Response::text(200, "");
                             }),
               std::logic_error);
}

}  // namespace
}  // namespace tori::web
