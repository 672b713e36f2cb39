// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import redirects FILE.csv` as a user runs it: a bad file is refused whole with its line
// numbers, a good one is saved, and the served site then answers the old addresses with 301
// and counts the others as not found.
#include <gtest/gtest.h>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

CommandResult import_redirects(const TempDir& folder, const std::string& name) {
  return run_tori(
      {"import", "redirects", (folder / name).string(), "--data", (folder / "data").string()});
}

TEST(RedirectsCli, ABadFileIsRefusedWholeWithLineNumbers) {
  TempDir folder;
  folder.write("bad.csv", "old,target,note\n/a,/b,\nvanha,/c,\n/b,/a,\n/d\n");
  const CommandResult bad = import_redirects(folder, "bad.csv");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("line 3: old: "), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("line 5: "), std::string::npos) << bad.err;
  EXPECT_EQ(bad.err.find("line 2"), std::string::npos) << bad.err;
  EXPECT_NE(bad.out.find("redirects: 0 created"), std::string::npos) << bad.out;
  folder.write("loop.csv", "old,target\n/a,/b\n/b,/a\n");
  const CommandResult loop = import_redirects(folder, "loop.csv");
  EXPECT_EQ(loop.exit_code, 1);
  EXPECT_NE(loop.err.find("line 3: target: the target leads back"), std::string::npos) << loop.err;
}

TEST(RedirectsCli, ImportedRedirectsAreServedWith301) {
  TempDir folder;
  folder.write("ok.csv",
               "old,target,note\r\n/2019/05/vanha-juttu/,/teot,WordPress\r\n/sivu.php?id=4,"
               "https://example.fi/uusi,\r\n/?p=123,/tapahtumat,\r\n");
  const CommandResult ok = import_redirects(folder, "ok.csv");
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("redirects: 3 created, 0 updated"), std::string::npos) << ok.out;
  const CommandResult again = import_redirects(folder, "ok.csv");
  EXPECT_NE(again.out.find("redirects: 0 created, 3 updated"), std::string::npos) << again.out;
  ServerProcess server(ServerProcess::Options{.data = folder / "data"});
  const auto moved = try_get(server.port(), "/2019/05/vanha-juttu/");
  ASSERT_TRUE(moved.has_value());
  EXPECT_EQ(moved->status, 301);
  EXPECT_TRUE(moved->header("location").ends_with("/teot")) << moved->header("location");
  EXPECT_TRUE(moved->header("location").starts_with("http")) << moved->header("location");
  EXPECT_EQ(try_get(server.port(), "/sivu.php?id=4")->header("location"),
            "https://example.fi/uusi");
  EXPECT_TRUE(try_get(server.port(), "/?p=123")->header("location").ends_with("/tapahtumat"));
  EXPECT_EQ(try_get(server.port(), "/ei-ole-olemassa")->status, 404);
  EXPECT_EQ(try_get(server.port(), "/ei-ole-olemassa", "", "HEAD")->status, 404);
}

}  // namespace
}  // namespace tori::testing
