// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Router: literal and parameter segments, rest parameters, HEAD, 404 and 405.
#include "tori/http/router.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

Handler answer(std::string body) {
  return [body](Request&) { return Response::text(200, body); };
}

std::string call(const Router::Match& match) {
  Request request;
  return match.handler ? (*match.handler)(request).body : "<none>";
}

TEST(Router, MatchesLiteralsParametersAndRest) {
  Router router;
  router.add("GET", "/", answer("front"));
  router.add("GET", "/teot", answer("list"));
  router.add("GET", "/teot/uusi", answer("new"));
  router.add("GET", "/teot/{slug}", answer("show"));
  router.add("POST", "/teot/{slug}", answer("update"));
  router.add("GET", "/static/{path...}", answer("static"));

  struct RouteCase {
    const char* method;
    const char* path;
    const char* body;
    const char* pattern;
  };
  const RouteCase cases[] = {
      {"GET", "/", "front", "/"},
      {"GET", "/teot", "list", "/teot"},
      {"GET", "/teot/uusi", "new", "/teot/uusi"},  // a literal beats a parameter
      {"GET", "/teot/hyva", "show", "/teot/{slug}"},
      {"HEAD", "/teot/hyva", "show", "/teot/{slug}"},
      {"POST", "/teot/hyva", "update", "/teot/{slug}"},
      {"GET", "/static/css/tori.css", "static", "/static/{path...}"},
      {"GET", "/teot/hyva/muokkaa", "<none>", ""},
      {"GET", "/ei", "<none>", ""},
  };
  for (const RouteCase& c : cases) {
    SCOPED_TRACE(std::string(c.method) + " " + c.path);
    auto match = router.match(c.method, c.path);
    EXPECT_EQ(call(match), c.body);
    EXPECT_EQ(match.pattern, c.pattern);
  }
}

TEST(Router, ParametersAreCaptured) {
  Router router;
  router.add("GET", "/a/{x}/b/{y}", answer("ok"));
  router.add("GET", "/static/{path...}", answer("ok"));
  auto match = router.match("GET", "/a/1/b/kaksi");
  ASSERT_EQ(match.params.size(), 2u);
  EXPECT_EQ(match.params[0], (std::pair<std::string, std::string>{"x", "1"}));
  EXPECT_EQ(match.params[1], (std::pair<std::string, std::string>{"y", "kaksi"}));
  match = router.match("GET", "/static/css/a/b.css");
  ASSERT_EQ(match.params.size(), 1u);
  EXPECT_EQ(match.params[0].second, "css/a/b.css");
  EXPECT_EQ(router.match("GET", "/static").handler, nullptr);  // rest needs one segment
}

TEST(Router, WrongMethodGivesAllow) {
  Router router;
  router.add("GET", "/lomake", answer("form"));
  router.add("POST", "/lomake", answer("sent"));
  router.add("DELETE", "/vain-poisto", answer("gone"));
  auto match = router.match("PUT", "/lomake");
  EXPECT_EQ(match.handler, nullptr);
  EXPECT_EQ(match.allow, "GET, HEAD, POST");
  match = router.match("GET", "/vain-poisto");
  EXPECT_EQ(match.allow, "DELETE");
  EXPECT_TRUE(router.match("GET", "/ei-ole").allow.empty());
  EXPECT_TRUE(router.match("POST", "/lomake").allow.empty());
}

TEST(Router, RouteOptionsAreReturned) {
  Router router;
  router.add("POST", "/lataa", answer("ok"), RouteOptions{.body_limit = 10 * 1024 * 1024});
  auto match = router.match("POST", "/lataa");
  ASSERT_NE(match.options, nullptr);
  EXPECT_EQ(match.options->body_limit, 10u * 1024 * 1024);
}

TEST(Router, DuplicateRouteThrows) {
  Router router;
  router.add("GET", "/x", answer("a"));
  EXPECT_THROW(router.add("GET", "/x", answer("b")), std::logic_error);
  EXPECT_NO_THROW(router.add("POST", "/x", answer("b")));
}

}  // namespace
}  // namespace tori::http
