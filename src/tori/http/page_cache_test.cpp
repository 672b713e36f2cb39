// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of PageCache: which requests and responses qualify, hits and misses, invalidation by
// a new data version, the byte bound (least recently used first), and the pipeline around it.
#include "tori/http/page_cache.hpp"

#include <gtest/gtest.h>

#include "tori/http/pipeline.hpp"

namespace tori::http {
namespace {

Request get(std::string target, std::string method = "GET") {
  Request request;
  request.method = std::move(method);
  request.target = target;
  request.path = target.substr(0, target.find('?'));
  return request;
}

Response page(std::string body) {
  return Response::html(200, std::move(body));
}

TEST(PageCacheKey, OnlyAnonymousUnconditionalGetAndHead) {
  EXPECT_EQ(PageCache::key_of(get("/teot?theme=a")), "GET /teot?theme=a");
  EXPECT_EQ(PageCache::key_of(get("/teot", "HEAD")), "HEAD /teot");
  EXPECT_FALSE(PageCache::key_of(get("/teot", "POST")));
  EXPECT_FALSE(PageCache::key_of(get("/teot", "OPTIONS")));
  for (const char* header :
       {"Cookie", "Authorization", "If-None-Match", "If-Modified-Since", "Range"}) {
    Request request = get("/teot");
    request.headers.set(header, "x");
    EXPECT_FALSE(PageCache::key_of(request)) << header;
  }
}

TEST(PageCacheStorable, OnlyPlain200s) {
  struct CacheCase {
    int status;
    const char* header;
    const char* value;
    bool storable;
  };
  const CacheCase cases[] = {
      {200, nullptr, nullptr, true},
      {200, "Cache-Control", "no-cache", true},
      {200, "Cache-Control", "no-store", false},
      {200, "Cache-Control", "private, max-age=0", false},
      {200, "Set-Cookie", "session=1", false},
      {200, "Vary", "Accept-Encoding", false},
      {304, nullptr, nullptr, false},
      {303, nullptr, nullptr, false},
      {404, nullptr, nullptr, false},
      {500, nullptr, nullptr, false},
  };
  for (const CacheCase& c : cases) {
    Response response = page("x");
    response.status = c.status;
    if (c.header) response.headers.set(c.header, c.value);
    EXPECT_EQ(PageCache::storable(response), c.storable)
        << c.status << " " << (c.header ? c.header : "");
  }
  Response file = page("");
  file.file = FileBody{"/tmp/x.mp3", 0, 100};
  EXPECT_FALSE(PageCache::storable(file)) << "a file body is read as it is sent, never kept";
}

TEST(PageCache, MissThenHit) {
  PageCache cache{1 << 20, [] { return 0; }};
  EXPECT_FALSE(cache.find("GET /a", 0));
  cache.store("GET /a", page("sivu a"), 0);
  const std::optional<Response> hit = cache.find("GET /a", 0);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->body, "sivu a");
  EXPECT_EQ(hit->headers.get("Content-Type"), page("").headers.get("Content-Type"));
  EXPECT_FALSE(cache.find("GET /b", 0));
  const PageCache::Stats stats = cache.stats();
  EXPECT_EQ(stats.hits, 1u);
  EXPECT_EQ(stats.misses, 2u);
  EXPECT_EQ(stats.entries, 1u);
  EXPECT_GT(stats.bytes, 6u);
}

TEST(PageCache, NewVersionEmptiesItAndStaleStoresAreDropped) {
  PageCache cache{1 << 20, [] { return 0; }};
  cache.store("GET /a", page("vanha"), 3);
  EXPECT_TRUE(cache.find("GET /a", 3));
  EXPECT_FALSE(cache.find("GET /a", 4));  // a write happened
  EXPECT_EQ(cache.stats().entries, 0u);
  EXPECT_EQ(cache.stats().invalidations, 1u);
  cache.store("GET /a", page("made before the write"), 3);
  EXPECT_FALSE(cache.find("GET /a", 4));
  cache.store("GET /a", page("uusi"), 4);
  ASSERT_TRUE(cache.find("GET /a", 4));
  EXPECT_EQ(cache.find("GET /a", 4)->body, "uusi");
}

TEST(PageCache, NonStorableResponsesAreNotKept) {
  PageCache cache{1 << 20, [] { return 0; }};
  Response with_cookie = page("x");
  with_cookie.headers.add("Set-Cookie", "a=b");
  cache.store("GET /cookie", with_cookie, 0);
  cache.store("GET /missing", Response::html(404, "ei"), 0);
  EXPECT_FALSE(cache.find("GET /cookie", 0));
  EXPECT_FALSE(cache.find("GET /missing", 0));
  EXPECT_EQ(cache.stats().stores, 0u);
}

TEST(PageCache, StaysWithinItsBoundDroppingTheLeastRecentlyUsed) {
  PageCache cache{40'000, [] { return 0; }};
  const std::string body(9'000, 'x');
  cache.store("GET /1", page(body), 0);
  cache.store("GET /2", page(body), 0);
  cache.store("GET /3", page(body), 0);
  EXPECT_TRUE(cache.find("GET /1", 0));  // now /2 is the least recently used
  cache.store("GET /4", page(body), 0);
  cache.store("GET /5", page(body), 0);
  EXPECT_LE(cache.stats().bytes, 40'000u);
  EXPECT_GT(cache.stats().evictions, 0u);
  EXPECT_FALSE(cache.find("GET /2", 0));
  EXPECT_TRUE(cache.find("GET /1", 0));
  EXPECT_TRUE(cache.find("GET /5", 0));
  cache.store("GET /huge", page(std::string(20'000, 'y')), 0);  // over a quarter: not kept
  EXPECT_FALSE(cache.find("GET /huge", 0));
}

TEST(PageCache, MetricsNameTheCounters) {
  PageCache cache{1 << 20, [] { return 0; }};
  (void)cache.find("GET /a", 0);
  const std::string text = cache.metrics_text();
  EXPECT_NE(text.find("# TYPE tori_page_cache_hits_total counter"), std::string::npos);
  EXPECT_NE(text.find("tori_page_cache_misses_total 1\n"), std::string::npos);
  EXPECT_NE(text.find("tori_page_cache_bytes 0\n"), std::string::npos);
}

// The pipeline with a cache: the handler runs once per version; every answer still gets its
// own request id and the security headers.
struct CachedPipelineTest : ::testing::Test {
  CachedPipelineTest() {
    router.add("GET", "/teot",
               [this](Request&) { return page("sivu " + std::to_string(++calls)); });
    options.page_cache = &cache;
    options.access_log = false;
  }
  int calls = 0;
  std::int64_t version = 1;
  PageCache cache{1 << 20, [this] { return version; }};
  Router router;
  PipelineOptions options;
};

TEST_F(CachedPipelineTest, AnswersRepeatsFromTheCacheUntilTheVersionMoves) {
  Pipeline cached{router, options};
  auto run_cached = [&](Request request) {
    request.peer_address = "127.0.0.1";
    return cached.handle(request, cached.route(request.method, request.path));
  };
  const Response first = run_cached(get("/teot?theme=a"));
  const Response second = run_cached(get("/teot?theme=a"));
  EXPECT_EQ(first.body, "sivu 1");
  EXPECT_EQ(second.body, "sivu 1");
  EXPECT_EQ(calls, 1);
  EXPECT_NE(first.headers.get("X-Request-Id"), second.headers.get("X-Request-Id"));
  EXPECT_TRUE(second.headers.contains("Content-Security-Policy"));
  Request with_cookie = get("/teot?theme=a");
  with_cookie.headers.set("Cookie", "s=1");
  EXPECT_EQ(run_cached(with_cookie).body, "sivu 2");
  version = 2;
  EXPECT_EQ(run_cached(get("/teot?theme=a")).body, "sivu 3");
  EXPECT_EQ(run_cached(get("/teot?theme=a")).body, "sivu 3");
  EXPECT_EQ(run_cached(get("/missing")).status, 404);
}

}  // namespace
}  // namespace tori::http
