// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's campaigns and `tori import campaigns` as a user runs them: every campaign with its
// awards after the practices, a smaller demo leaving out the awards it lacks, refused lines with
// their numbers.
#include <gtest/gtest.h>

#include "server_process.hpp"

namespace tori::testing {
namespace {

TEST(CampaignsCli, TheDemoLoadsEveryCampaignOnce) {
  TempDir folder;
  const auto demo = run_tori({"demo", "--data", (folder / "full").string(), "--practices", "136"});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  EXPECT_NE(demo.out.find("campaigns: 9 created, 0 updated, 0 unchanged, 0 refused"),
            std::string::npos)
      << demo.out;
  const auto again = run_tori({"demo", "--data", (folder / "full").string(), "--if-empty"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("no campaigns added"), std::string::npos) << again.out;
  const auto small = run_tori({"demo", "--data", (folder / "small").string(), "--practices", "5"});
  ASSERT_EQ(small.exit_code, 0) << small.err;
  EXPECT_NE(small.out.find("awards left out"), std::string::npos) << small.out;
  EXPECT_NE(small.out.find("campaigns: 9 created"), std::string::npos) << small.out;
}

TEST(CampaignsCli, ImportRefusesBadLinesWithTheirNumbers) {
  TempDir folder;
  const std::string good =
      R"({"slug": "k-2027", "name": "Kampanja 2027", "year": 2027, )"
      R"("collecting_from": "2027-03-01", "collecting_until": "2027-09-30", )"
      R"("gala_date": "2027-11-18", "categories": [{"slug": "s", "name": "S", )"
      R"("description": "", "kind": "special", "sector": null}], )"
      R"("criteria": [{"slug": "v", "name": "V", "weight": 100}]})";
  std::string unknown_practice = good;
  unknown_practice.replace(unknown_practice.find("k-2027"), 6, "k-2028");
  unknown_practice.insert(unknown_practice.size() - 1,
                          R"(, "winners": [{"category": "s", "external_id": "dm-404", )"
                          R"("award": "winner", "justification": ""}])");
  folder.write("in.jsonl", good + "\n{\"slug\": 1}\n" + unknown_practice + "\n");
  const auto result = run_tori({"import", "campaigns", (folder / "in.jsonl").string(), "--data",
                                (folder / "data").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("line 2: field 'slug' must be a string"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("line 3: no practice has external_id 'dm-404'"), std::string::npos)
      << result.err;
  EXPECT_NE(result.out.find("1 created, 0 updated, 0 unchanged, 2 refused"), std::string::npos)
      << result.out;
}

}  // namespace
}  // namespace tori::testing
