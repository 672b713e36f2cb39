// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Headers, Request's parameter accessors and Response constructors.
#include "tori/http/message.hpp"

#include <gtest/gtest.h>

namespace tori::http {
namespace {

TEST(Headers, CaseInsensitiveGetSetAddRemove) {
  Headers headers;
  headers.add("Set-Cookie", "a=1");
  headers.add("set-cookie", "b=2");
  headers.set("Content-Type", "text/plain");
  EXPECT_EQ(headers.get("content-type"), "text/plain");
  EXPECT_EQ(headers.get("SET-COOKIE"), "a=1");
  EXPECT_EQ(headers.size(), 3u);
  headers.set("CONTENT-TYPE", "text/html");
  EXPECT_EQ(headers.size(), 3u);
  EXPECT_EQ(headers.get("Content-Type"), "text/html");
  headers.remove("set-cookie");
  EXPECT_EQ(headers.size(), 1u);
  EXPECT_FALSE(headers.contains("Set-Cookie"));
  EXPECT_FALSE(headers.get("X-Missing").has_value());
}

TEST(Request, QueryParameters) {
  Request request;
  request.query = "q=et%C3%A4ty%C3%B6+ja+hyvinvointi&teema=a&teema=b&tyhja=&vain&bad=%zz";
  EXPECT_EQ(request.query_param("q"), "etätyö ja hyvinvointi");
  EXPECT_EQ(request.query_param("teema"), "a");
  EXPECT_EQ(request.query_params("teema"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(request.query_param("tyhja"), "");
  EXPECT_EQ(request.query_param("vain"), "");
  EXPECT_FALSE(request.query_param("bad").has_value());
  EXPECT_FALSE(request.query_param("puuttuu").has_value());
}

TEST(Request, PathParameters) {
  Request request;
  request.path_params = {{"slug", "hyva-teko"}};
  EXPECT_EQ(request.param("slug"), "hyva-teko");
  EXPECT_EQ(request.param("other"), "");
}

TEST(Response, Constructors) {
  EXPECT_EQ(Response::html(200, "<p>").headers.get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(Response::json(400, "{}").status, 400);
  EXPECT_EQ(Response::text(200, "x").headers.get("Content-Type"), "text/plain; charset=utf-8");
  Response redirect = Response::redirect("/teot");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.headers.get("Location"), "/teot");
  EXPECT_EQ(Response::redirect("/x", 301).status, 301);
}

TEST(ReasonPhrase, KnownAndUnknown) {
  EXPECT_EQ(reason_phrase(404), "Not Found");
  EXPECT_EQ(reason_phrase(431), "Request Header Fields Too Large");
  EXPECT_EQ(reason_phrase(599), "Unknown");
}

}  // namespace
}  // namespace tori::http
