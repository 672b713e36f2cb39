// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's editable pages as a user sees them after `tori demo`: the about page in three
// languages (the translations kept together), the programme's pages in the navigation, the draft
// statements left out, and `--if-empty` adding nothing the second time.
#include <gtest/gtest.h>

#include "raw_client.hpp"
#include "server_process.hpp"

namespace tori::testing {
namespace {

TEST(PagesCli, DemoLoadsThePagesWithTheirTranslationsAndNavigation) {
  TempDir folder;
  const auto demo = run_tori({"demo", "--data", (folder / "data").string(), "--practices", "5"});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  EXPECT_NE(demo.out.find("pages: 4 created, 0 updated, 0 unchanged, 0 refused"), std::string::npos)
      << demo.out;
  const auto once = run_tori({"demo", "--data", (folder / "data").string(), "--if-empty"});
  EXPECT_NE(once.out.find("no pages added"), std::string::npos) << once.out;

  ServerProcess server({.data = folder / "data"});
  const auto fi = try_get(server.port(), "/tietoa");
  ASSERT_TRUE(fi) << server.log();
  EXPECT_EQ(fi->status, 200);
  EXPECT_NE(fi->body.find("<h1>Tietoa ohjelmasta</h1>"), std::string::npos);
  EXPECT_NE(fi->body.find("<a href=\"/palvelut\">Palvelut työpaikoille</a>"), std::string::npos);
  EXPECT_NE(fi->body.find("<a href=\"/yhteystiedot\">Yhteystiedot</a>"), std::string::npos);
  const auto sv = try_get(server.port(), "/sv/tietoa");
  ASSERT_TRUE(sv);
  EXPECT_NE(sv->body.find("<h1>Om programmet</h1>"), std::string::npos);
  const auto en = try_get(server.port(), "/en/tietoa");
  ASSERT_TRUE(en);
  EXPECT_NE(en->body.find("<h1>About the programme</h1>"), std::string::npos);
  EXPECT_EQ(try_get(server.port(), "/hyva-kehittamiskuvaus")->status, 200);
  EXPECT_EQ(try_get(server.port(), "/tietosuojaseloste")->status, 404);
  EXPECT_EQ(try_get(server.port(), "/om-programmet")->status, 404);
}

}  // namespace
}  // namespace tori::testing
