// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the error page: each status in each language, no internal details, and a page even
// when the templates fail.
#include "tori/web/error_page.hpp"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/render.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct StatusCase {
  int status;
  std::string key;  // the catalogue prefix of its texts
};

const StatusCase kStatuses[] = {
    {400, "error.400"}, {404, "error.404"}, {405, "error.405"}, {408, "error.408"},
    {413, "error.413"}, {431, "error.431"}, {500, "error.500"}, {503, "error.503"},
    {418, "error.4xx"},  // no text of its own: the general one of its class
    {502, "error.5xx"},
};

struct LanguageCase {
  std::string path;
  Language language;
};

const LanguageCase kRequests[] = {
    {"/ei-ole", Language::kFi},
    {"/sv/finns-inte", Language::kSv},
    {"/en/missing", Language::kEn},
};

TEST(ErrorPageTest, EachStatusInTheRequestsLanguage) {
  test_support::TestSite site;
  for (const StatusCase& status : kStatuses) {
    for (const LanguageCase& request : kRequests) {
      SCOPED_TRACE(std::to_string(status.status) + " " + request.path);
      const http::Response response =
          error_page(site.services(), test_support::get_request(request.path), status.status);
      EXPECT_EQ(response.status, status.status);
      const std::string code(text::language_code(request.language));
      EXPECT_THAT(response.body, HasSubstr("<html lang=\"" + code + "\">"));
      const std::string title = site.catalogue().text(request.language, status.key + ".title");
      EXPECT_THAT(response.body, HasSubstr("<title>" + title + " – Tekojen tori</title>"));
      EXPECT_THAT(response.body, HasSubstr("<h1>" + title + "</h1>"));
      EXPECT_THAT(response.body, HasSubstr(std::to_string(status.status)));
      EXPECT_THAT(response.body, HasSubstr("<meta name=\"robots\" content=\"noindex\">"));
      EXPECT_THAT(response.body, Not(HasSubstr("rel=\"canonical\"")));
      EXPECT_EQ(response.headers.get("Content-Language"), code);
    }
  }
}

TEST(ErrorPageTest, UnderApiEveryStatusIsJson) {
  test_support::TestSite site;
  struct ApiCase {
    int status;
    const char* code;
  };
  const ApiCase cases[] = {
      {400, "bad_request"},     {404, "not_found"},      {405, "method_not_allowed"},
      {408, "request_timeout"}, {413, "too_large"},      {431, "too_large"},
      {500, "internal_error"},  {503, "internal_error"}, {418, "bad_request"},
  };
  for (const ApiCase& c : cases) {
    for (const char* path : {"/api", "/api/v1/practices", "/api/v2/x"}) {
      SCOPED_TRACE(std::to_string(c.status) + " " + path);
      const http::Response response =
          error_page(site.services(), test_support::get_request(path), c.status);
      EXPECT_EQ(response.status, c.status);
      EXPECT_EQ(response.headers.get("Content-Type"), "application/json");
      EXPECT_THAT(response.body, HasSubstr(std::string("{\"error\":{\"code\":\"") + c.code + "\""));
      EXPECT_THAT(response.body, HasSubstr("\"parameter\":null"));
    }
  }
  // A page whose path merely starts with the letters stays HTML.
  EXPECT_THAT(error_page(site.services(), test_support::get_request("/apinat"), 404).body,
              HasSubstr("<html"));
}

TEST(ErrorPageTest, ShowsNothingOfTheRequest) {
  test_support::TestSite site;
  http::Request request = test_support::get_request("/sv/<script>alert(1)</script>");
  request.query = "secret=token";
  const http::Response response = error_page(site.services(), request, 500);
  EXPECT_THAT(response.body, HasSubstr("<html lang=\"sv\">"));
  EXPECT_THAT(response.body, Not(HasSubstr("<script>")));
  EXPECT_THAT(response.body, Not(HasSubstr("alert")));
  EXPECT_THAT(response.body, Not(HasSubstr("secret")));
  // The language switch of a page without an address leads to the front pages.
  EXPECT_THAT(response.body, HasSubstr("<a href=\"/en\" hreflang=\"en\" lang=\"en\">English</a>"));
}

TEST(ErrorPageTest, FallsBackToABuiltInPageWhenTemplatesFail) {
  test_support::TestSite site;
  const text::Catalogue& catalogue = site.catalogue();
  // A renderer without base.tpl or error.tpl: every page render throws.
  const Renderer broken(TemplateSources{{"other", "{{%AUTOESCAPE context=\"HTML\"}}\nx"}},
                        catalogue);
  const Services& good = site.services();
  const Services services{good.store, good.catalogue, broken,
                          good.site,  good.finland,   good.asset_url};
  const http::Response response = error_page(services, Language::kEn, 503);
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.body, HasSubstr("<!doctype html>"));
  EXPECT_THAT(response.body, HasSubstr("503"));
}

}  // namespace
}  // namespace tori::web
