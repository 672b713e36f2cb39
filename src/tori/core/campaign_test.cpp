// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of campaigns: the texts of their enumerations both ways, the phase on both sides of each
// boundary (the deadline falls on a summer day, the gala after the change to winter time), and
// validate_campaign_input, a row per rule.
#include "tori/core/campaign.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

CampaignInput valid_campaign() {
  CampaignInput input;
  input.slug = "teot-kiertoon-2026";
  input.name = "Teot kiertoon 2026";
  input.year = 2026;
  input.collecting_from = "2026-03-02";
  input.collecting_until = "2026-09-30";
  input.gala_date = "2026-11-27";
  input.categories = {
      {"sosiaali-ja-terveysala", "Sosiaali- ja terveysala", "Hoito ja hoiva.",
       CategoryKind::kSector, "sosiaali- ja terveysala", ""},
      {"viestinta", "Vuoden viestintäteko", "Viestintä.", CategoryKind::kSpecial, "", ""},
      {"ymparisto", "Vuoden ympäristöteko", "Ympäristö.", CategoryKind::kTheme, "", "ympäristö"}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 60}, {"uutuusarvo", "Uutuusarvo", 40}};
  input.jurors = {{"Tapio Aaltola", "henkilöstöjohtaja", "Pirkanmaan hyvinvointialue"}};
  input.awards = {{"viestinta", "dm-101", AwardLevel::kWinner, "Hyvä teko."},
                  {"viestinta", "dm-102", AwardLevel::kHonourableMention, "Myös hyvä."}};
  return input;
}

TimePoint campaign_time(std::string_view rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

TEST(Campaign, EnumerationsBothWays) {
  for (const auto phase : {CampaignPhase::kUpcoming, CampaignPhase::kCollecting,
                           CampaignPhase::kJury, CampaignPhase::kResults}) {
    EXPECT_EQ(parse_campaign_phase(to_string(phase)), phase);
  }
  for (const auto kind : {CategoryKind::kSector, CategoryKind::kTheme, CategoryKind::kSpecial})
    EXPECT_EQ(parse_category_kind(to_string(kind)), kind);
  for (const auto level : {AwardLevel::kWinner, AwardLevel::kHonourableMention})
    EXPECT_EQ(parse_award_level(to_string(level)), level);
  EXPECT_EQ(to_string(AwardLevel::kHonourableMention), "honourable_mention");
  EXPECT_FALSE(parse_campaign_phase("Jury"));
  EXPECT_FALSE(parse_category_kind(""));
}

TEST(Campaign, PhaseOnBothSidesOfEachBoundaryInHelsinkiTime) {
  const CampaignInput campaign = valid_campaign();
  struct Case {
    const char* now;
    CampaignPhase phase;
  };
  const Case cases[] = {
      {"2026-03-01T23:59:59+02:00", CampaignPhase::kUpcoming},
      {"2026-03-02T00:00:00+02:00", CampaignPhase::kCollecting},
      {"2026-09-30T23:59:59+03:00", CampaignPhase::kCollecting},  // the deadline, summer time
      {"2026-09-30T20:59:59Z", CampaignPhase::kCollecting},
      {"2026-09-30T21:00:00Z", CampaignPhase::kJury},       // 1.10. 00.00 in Helsinki
      {"2026-10-25T03:30:00+02:00", CampaignPhase::kJury},  // after the change to winter time
      {"2026-11-26T23:59:59+02:00", CampaignPhase::kJury},
      {"2026-11-27T00:00:00+02:00", CampaignPhase::kResults},
      {"2030-01-01T00:00:00Z", CampaignPhase::kResults},
  };
  for (const Case& c : cases)
    EXPECT_EQ(campaign_phase(campaign, campaign_time(c.now)), c.phase) << c.now;
  const auto window = collecting_window(campaign);
  ASSERT_TRUE(window);
  EXPECT_EQ(window->start, campaign_time("2026-03-01T22:00:00Z"));
  EXPECT_EQ(window->end, campaign_time("2026-09-30T21:00:00Z"));
}

TEST(Campaign, ValidInputHasNoErrors) {
  EXPECT_EQ(validate_campaign_input(valid_campaign()), std::vector<FieldError>{});
  CampaignInput ten = valid_campaign();
  ten.score_max = 10;
  ten.blind = true;
  ten.jurors[0].email = "tapio@example.fi";
  EXPECT_EQ(validate_campaign_input(ten), std::vector<FieldError>{});
}

TEST(Campaign, EachRuleReportsItsField) {
  struct Case {
    const char* what;
    void (*change)(CampaignInput&);
    const char* field;
  };
  const Case cases[] = {
      {"slug with a capital", [](CampaignInput& c) { c.slug = "Teot"; }, "slug"},
      {"slug ending in -", [](CampaignInput& c) { c.slug = "teot-"; }, "slug"},
      {"no name", [](CampaignInput& c) { c.name.clear(); }, "name"},
      {"year", [](CampaignInput& c) { c.year = 1999; }, "year"},
      {"from not a date", [](CampaignInput& c) { c.collecting_from = "2.3.2026"; },
       "collecting_from"},
      {"until before from", [](CampaignInput& c) { c.collecting_until = "2026-03-01"; },
       "collecting_until"},
      {"no such day", [](CampaignInput& c) { c.collecting_until = "2026-09-31"; },
       "collecting_until"},
      {"gala on the deadline", [](CampaignInput& c) { c.gala_date = "2026-09-30"; }, "gala_date"},
      {"score scale", [](CampaignInput& c) { c.score_max = 7; }, "score_max"},
      {"no categories",
       [](CampaignInput& c) {
         c.categories.clear();
         c.awards.clear();
       },
       "categories"},
      {"category slug twice", [](CampaignInput& c) { c.categories[2].slug = c.categories[0].slug; },
       "categories[2].slug"},
      {"sector without its label", [](CampaignInput& c) { c.categories[0].sector.clear(); },
       "categories[0].sector"},
      {"special with a sector", [](CampaignInput& c) { c.categories[1].sector = "hallinto"; },
       "categories[1].sector"},
      {"theme without its label", [](CampaignInput& c) { c.categories[2].theme.clear(); },
       "categories[2].theme"},
      {"category without a name", [](CampaignInput& c) { c.categories[2].name.clear(); },
       "categories[2].name"},
      {"no criteria", [](CampaignInput& c) { c.criteria.clear(); }, "criteria"},
      {"weight zero", [](CampaignInput& c) { c.criteria[1].weight = 0; }, "criteria[1].weight"},
      {"criterion slug", [](CampaignInput& c) { c.criteria[0].slug = "vaikuttavuus ja"; },
       "criteria[0].slug"},
      {"juror unnamed", [](CampaignInput& c) { c.jurors[0].name.clear(); }, "jurors[0].name"},
      {"juror e-mail", [](CampaignInput& c) { c.jurors[0].email = "tapio"; }, "jurors[0].email"},
      {"award in no category", [](CampaignInput& c) { c.awards[0].category = "urheilu"; },
       "winners[0].category"},
      {"practice awarded twice", [](CampaignInput& c) { c.awards[1].external_id = "dm-101"; },
       "winners[1].external_id"},
      {"two winners", [](CampaignInput& c) { c.awards[1].level = AwardLevel::kWinner; },
       "winners[1].award"},
      {"justification too long",
       [](CampaignInput& c) { c.awards[0].justification = std::string(2001, 'x'); },
       "winners[0].justification"},
  };
  for (const Case& c : cases) {
    CampaignInput input = valid_campaign();
    c.change(input);
    const auto errors = validate_campaign_input(input);
    ASSERT_EQ(errors.size(), 1U) << c.what;
    EXPECT_EQ(errors[0].field, c.field) << c.what << ": " << errors[0].message;
  }
}

TEST(Campaign, ARestoreKeepsTheDecidedAwards) {
  const CampaignInput stored = valid_campaign();  // two awards in viestinta
  struct Case {
    const char* name;
    void (*change)(CampaignInput&);
    std::vector<std::string> expected;  // the awards' external ids, in order
  };
  const Case cases[] = {
      {"none given: the stored stay",
       [](CampaignInput& c) { c.awards.clear(); },
       {"dm-101", "dm-102"}},
      {"the category given awards: as given",
       [](CampaignInput& c) {
         c.awards = {{"viestinta", "dm-103", AwardLevel::kWinner, ""}};
       },
       {"dm-103"}},
      {"another category given: both",
       [](CampaignInput& c) {
         c.awards = {{"ymparisto", "dm-201", AwardLevel::kWinner, ""}};
       },
       {"dm-201", "dm-101", "dm-102"}},
      {"the category removed: its awards go",
       [](CampaignInput& c) {
         c.awards.clear();
         c.categories.erase(c.categories.begin() + 1);
       },
       {}},
      {"a stored practice awarded elsewhere: left out",
       [](CampaignInput& c) {
         c.awards = {{"ymparisto", "dm-101", AwardLevel::kWinner, ""}};
       },
       {"dm-101", "dm-102"}},
  };
  for (const Case& c : cases) {
    CampaignInput incoming = stored;
    c.change(incoming);
    const CampaignInput result = with_decided_awards(stored, incoming);
    std::vector<std::string> ids;
    for (const Award& award : result.awards)
      ids.push_back(award.external_id);
    EXPECT_EQ(ids, c.expected) << c.name;
    EXPECT_EQ(validate_campaign_input(result), std::vector<FieldError>{}) << c.name;
  }
}

}  // namespace
}  // namespace tori::core
