// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of StaticFiles: types, ETag and 304, gzip, fingerprinted names, and no escape from root.
#include "tori/http/static_files.hpp"

#include <gtest/gtest.h>

#include "tori/testing/temp_dir.hpp"

namespace tori::http {
namespace {

namespace fs = std::filesystem;

struct StaticFilesTest : ::testing::Test {
  StaticFilesTest() {
    folder.write("static/css/tori.css", std::string(2000, 'a') + "body{}");
    folder.write("static/logo.png", "\x89PNG....");
    folder.write("secret.txt", "do not serve");
    fs::create_symlink(root / "secret.txt", root / "static" / "link.txt");
  }
  Response get(const StaticFiles& files, std::string path,
               std::initializer_list<std::pair<const char*, const char*>> headers = {}) {
    Request request;
    request.method = "GET";
    request.path_params = {{"path", path}};
    for (auto [name, value] : headers)
      request.headers.set(name, value);
    return files.serve(request);
  }
  tori::testing::TempDir folder;
  const fs::path& root = folder.path();
};

TEST_F(StaticFilesTest, ServesWithTypeEtagAndRevalidation) {
  StaticFiles files(root / "static", "/static");
  Response css = get(files, "css/tori.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.headers.get("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(css.headers.get("Cache-Control"), "public, max-age=0, must-revalidate");
  auto etag = std::string(*css.headers.get("ETag"));
  Response again = get(files, "css/tori.css", {{"If-None-Match", etag.c_str()}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(get(files, "logo.png").headers.get("Content-Type"), "image/png");
}

TEST_F(StaticFilesTest, GzipOnlyWhenAcceptedAndText) {
  StaticFiles files(root / "static", "/static");
  Response plain = get(files, "css/tori.css");
  EXPECT_FALSE(plain.headers.contains("Content-Encoding"));
  Response zipped = get(files, "css/tori.css", {{"Accept-Encoding", "gzip, br"}});
  EXPECT_EQ(zipped.headers.get("Content-Encoding"), "gzip");
  EXPECT_LT(zipped.body.size(), plain.body.size());
  EXPECT_EQ(zipped.headers.get("Vary"), "Accept-Encoding");
  EXPECT_FALSE(
      get(files, "logo.png", {{"Accept-Encoding", "gzip"}}).headers.contains("Content-Encoding"));
}

TEST_F(StaticFilesTest, FingerprintedNamesAreImmutable) {
  StaticFiles files(root / "static", "/static");
  std::string url = files.url_for("css/tori.css");
  ASSERT_TRUE(url.starts_with("/static/css/tori."));
  ASSERT_TRUE(url.ends_with(".css"));
  EXPECT_NE(url, "/static/css/tori.css");
  Response response = get(files, url.substr(std::string("/static/").size()));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(files.url_for("nope.css"), "/static/nope.css");
}

TEST_F(StaticFilesTest, NothingOutsideTheRoot) {
  StaticFiles files(root / "static", "/static");
  EXPECT_EQ(get(files, "link.txt").status, 404);
  EXPECT_EQ(get(files, "../secret.txt").status, 404);
  EXPECT_EQ(get(files, "css").status, 404);
  EXPECT_EQ(get(files, "").status, 404);
}

TEST(ContentType, ByExtension) {
  EXPECT_EQ(content_type_for("a.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("a.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("noext"), "application/octet-stream");
  EXPECT_EQ(content_type_for("a.exe"), "application/octet-stream");
}

}  // namespace
}  // namespace tori::http
