// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the campaign exchange format: every demo line parses, validates and is written back
// byte for byte; each wrong shape gives its reason; defaults and optional fields.
#include "tori/core/campaign_jsonl.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

CampaignInput campaign_parsed(std::string_view line) {
  auto read = parse_campaign_line(line);
  if (auto* reason = std::get_if<std::string>(&read)) throw std::runtime_error(*reason);
  return std::get<CampaignInput>(read);
}

TEST(CampaignJsonl, EveryDemoLineParsesValidatesAndComesBackByteForByte) {
  std::istringstream demo(testing::read_data_file("demo/campaigns.jsonl"));
  std::string line;
  int count = 0;
  int awards = 0;
  while (std::getline(demo, line)) {
    SCOPED_TRACE("line " + std::to_string(++count));
    const CampaignInput campaign = campaign_parsed(line);
    EXPECT_EQ(validate_campaign_input(campaign), std::vector<FieldError>{});
    EXPECT_EQ(write_campaign_line(campaign), line);
    EXPECT_EQ(campaign.year, 2017 + count);
    awards += static_cast<int>(campaign.awards.size());
  }
  EXPECT_EQ(count, 9);
  EXPECT_EQ(awards, 59);
}

const std::string kGoodCampaign =
    R"({"slug": "k-2027", "name": "Kampanja", "year": 2027, "description": "D", )"
    R"("rules": "Säännöt", "collecting_from": "2027-03-01", "collecting_until": "2027-09-30", )"
    R"("gala_date": "2027-11-18", "score_max": 10, "blind": true, "public_vote": true, )"
    R"("categories": [{"slug": "s", "name": "S", "description": "", "kind": "sector", )"
    R"("sector": "hallinto"}, {"slug": "t", "name": "T", "description": "", "kind": "theme", )"
    R"("sector": null, "theme": "ympäristö"}], )"
    R"("criteria": [{"slug": "v", "name": "V", "weight": 100}], )"
    R"("jurors": [{"name": "J", "title": "T", "organisation": "O", "email": "j@example.fi"}], )"
    R"("winners": [{"category": "s", "external_id": "dm-1", "award": "winner", )"
    R"("justification": "Hyvä."}], )"
    R"("most_inventive": {"note": "computed from practices published in the window"}})";

std::string campaign_good_with(std::string_view from, std::string_view to) {
  std::string line = kGoodCampaign;
  const auto found = line.find(from);
  if (found == std::string::npos)
    throw std::logic_error("not in kGoodCampaign: " + std::string(from));
  return line.replace(found, from.size(), to);
}

TEST(CampaignJsonl, GoodLineReadsEveryFieldAndWritesItBack) {
  const CampaignInput campaign = campaign_parsed(kGoodCampaign);
  EXPECT_EQ(campaign.rules, "Säännöt");
  EXPECT_EQ(campaign.score_max, 10);
  EXPECT_TRUE(campaign.blind);
  EXPECT_TRUE(campaign.public_vote);
  EXPECT_EQ(campaign.categories[1].kind, CategoryKind::kTheme);
  EXPECT_EQ(campaign.categories[1].theme, "ympäristö");
  EXPECT_EQ(campaign.categories[1].sector, "");
  EXPECT_EQ(campaign.jurors[0].email, "j@example.fi");
  EXPECT_EQ(campaign.awards.at(0).level, AwardLevel::kWinner);
  EXPECT_EQ(validate_campaign_input(campaign), std::vector<FieldError>{});
  EXPECT_EQ(write_campaign_line(campaign), kGoodCampaign);
}

TEST(CampaignJsonl, DefaultsWhenLeftOut) {
  const CampaignInput campaign = campaign_parsed(
      R"({"slug": "k", "name": "K", "year": 2027, "collecting_from": "2027-03-01", )"
      R"("collecting_until": "2027-09-30", "gala_date": "2027-11-18"})");
  EXPECT_EQ(campaign.score_max, 5);
  EXPECT_FALSE(campaign.blind);
  EXPECT_FALSE(campaign.public_vote);
  EXPECT_TRUE(campaign.categories.empty());
  EXPECT_TRUE(campaign.awards.empty());
}

TEST(CampaignJsonl, BadLinesOnePerShape) {
  struct Case {
    const char* what;
    std::string line;
    std::string reason;
  };
  const Case cases[] = {
      {"not JSON", "{", "not valid JSON: incomplete JSON (at column 2)"},
      {"not an object", "[]", "the line must be a JSON object"},
      {"unknown field", campaign_good_with(R"("rules")", R"("saannot")"),
       "unknown field 'saannot'"},
      {"year a string", campaign_good_with("2027,", "\"2027\","),
       "field 'year' must be a whole number"},
      {"required", campaign_good_with(R"("gala_date": "2027-11-18", )", ""),
       "field 'gala_date' is required"},
      {"kind", campaign_good_with(R"("kind": "theme")", R"("kind": "teema")"),
       "field 'categories[1].kind' must be one of sector, theme, special"},
      {"category field", campaign_good_with(R"("sector": "hallinto")", R"("ala": "hallinto")"),
       "unknown field 'categories[0].ala'"},
      {"categories a list", campaign_good_with(R"("categories": [)", R"("categories": 1, "x": [)"),
       "field 'categories' must be a list of objects"},
      {"weight", campaign_good_with(R"("weight": 100)", R"("weight": 0)"),
       "field 'criteria[0].weight' must be 1–100"},
      {"weight whole", campaign_good_with(R"("weight": 100)", R"("weight": 50.5)"),
       "field 'criteria[0].weight' must be a whole number"},
      {"award", campaign_good_with(R"("award": "winner")", R"("award": "voittaja")"),
       "field 'winners[0].award' must be one of winner, honourable_mention"},
      {"juror an object", campaign_good_with(R"("jurors": [{)", R"("jurors": ["J", {)"),
       "field 'jurors[0]' must be an object with name, title, organisation"},
      {"blind", campaign_good_with(R"("blind": true)", R"("blind": "yes")"),
       "field 'blind' must be true or false"},
      {"public_vote", campaign_good_with(R"("public_vote": true)", R"("public_vote": 1)"),
       "field 'public_vote' must be true or false"},
      {"most_inventive",
       campaign_good_with(R"("most_inventive": {)", R"("most_inventive": 1, "y": {)"),
       "field 'most_inventive' must be an object"},
  };
  for (const Case& c : cases) {
    auto read = parse_campaign_line(c.line);
    ASSERT_TRUE(std::holds_alternative<std::string>(read)) << c.what;
    EXPECT_EQ(std::get<std::string>(read), c.reason) << c.what;
  }
}

}  // namespace
}  // namespace tori::core
