// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of which categories an entry is in: sector and theme categories by the practice's
// terms, special ones only by choice, editors' moves in and out over contributors' picks, and
// choices of other practices or of categories the campaign no longer has.
#include "tori/core/campaign_entries.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tori::core {
namespace {

using ::testing::ElementsAreArray;

CampaignInput entries_campaign() {
  CampaignInput campaign;
  campaign.categories = {
      {"sote", "Sosiaali- ja terveysala", "", CategoryKind::kSector, "sosiaali- ja terveysala"},
      {"ymparisto", "Ympäristö", "", CategoryKind::kTheme, "", "Ympäristö ja ilmasto"},
      {"viestinta", "Vuoden viestintäteko", "", CategoryKind::kSpecial},
      {"teknologia", "Vuoden teknologiateko", "", CategoryKind::kSpecial}};
  return campaign;
}

Practice entries_practice(std::vector<Named> sectors, std::vector<Named> themes) {
  Practice practice;
  practice.id = 7;
  practice.sectors = std::move(sectors);
  practice.themes = std::move(themes);
  return practice;
}

const Named kSote{"sosiaali-ja-terveysala", "Sosiaali- ja terveysala"};
const Named kOpetus{"opetus-ja-kasvatus", "Opetus ja kasvatus"};
const Named kYmparisto{"ymparisto-ja-ilmasto", "Ympäristö ja ilmasto"};

EntryChoice entries_choice(const char* category, bool included, EntryChooser by,
                           std::int64_t practice_id = 7) {
  return {practice_id, category, included, by};
}

TEST(CampaignEntriesTest, CategoriesOfAnEntry) {
  constexpr auto kContributor = EntryChooser::kContributor;
  constexpr auto kEditor = EntryChooser::kEditor;
  struct Case {
    const char* name;
    Practice practice;
    std::vector<EntryChoice> choices;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"no terms, no choices", entries_practice({}, {}), {}, {}},
      {"its sector", entries_practice({kSote}, {}), {}, {"sote"}},
      {"another sector", entries_practice({kOpetus}, {}), {}, {}},
      {"its theme, label compared as slug", entries_practice({}, {kYmparisto}), {}, {"ymparisto"}},
      {"sector and theme",
       entries_practice({kOpetus, kSote}, {kYmparisto}),
       {},
       {"sote", "ymparisto"}},
      {"a contributor picks a special one",
       entries_practice({kSote}, {}),
       {entries_choice("viestinta", true, kContributor)},
       {"sote", "viestinta"}},
      {"a contributor cannot pick a sector category",
       entries_practice({kOpetus}, {}),
       {entries_choice("sote", true, kContributor)},
       {}},
      {"a contributor cannot leave a sector category",
       entries_practice({kSote}, {}),
       {entries_choice("sote", false, kContributor)},
       {"sote"}},
      {"an editor moves it out of its sector",
       entries_practice({kSote}, {}),
       {entries_choice("sote", false, kEditor)},
       {}},
      {"an editor moves it into another sector",
       entries_practice({kOpetus}, {}),
       {entries_choice("sote", true, kEditor)},
       {"sote"}},
      {"an editor overrules the contributor",
       entries_practice({}, {}),
       {entries_choice("viestinta", true, kContributor),
        entries_choice("viestinta", false, kEditor)},
       {}},
      {"the editor's choice wins whatever the order",
       entries_practice({}, {}),
       {entries_choice("viestinta", false, kEditor),
        entries_choice("viestinta", true, kContributor)},
       {}},
      {"another practice's choice is ignored",
       entries_practice({}, {}),
       {entries_choice("teknologia", true, kEditor, 8)},
       {}},
      {"a category the campaign no longer has",
       entries_practice({}, {}),
       {entries_choice("poistettu", true, kEditor)},
       {}},
      {"in the campaign's order",
       entries_practice({kSote}, {}),
       {entries_choice("teknologia", true, kContributor),
        entries_choice("viestinta", true, kContributor)},
       {"sote", "viestinta", "teknologia"}},
  };
  const CampaignInput campaign = entries_campaign();
  for (const Case& c : cases) {
    EXPECT_THAT(entry_categories(campaign, c.practice, c.choices), ElementsAreArray(c.expected))
        << c.name;
  }
}

TEST(CampaignEntriesTest, ContributorsChooseOnlySpecialCategories) {
  const CampaignInput campaign = entries_campaign();
  std::vector<std::string> slugs;
  for (const AwardCategory* category : contributor_categories(campaign))
    slugs.push_back(category->slug);
  EXPECT_THAT(slugs, ElementsAreArray({"viestinta", "teknologia"}));
}

TEST(CampaignEntriesTest, ChooserNamesRoundTrip) {
  for (EntryChooser chooser : {EntryChooser::kContributor, EntryChooser::kEditor})
    EXPECT_EQ(parse_entry_chooser(to_string(chooser)), chooser);
  EXPECT_EQ(parse_entry_chooser("jury"), std::nullopt);
}

}  // namespace
}  // namespace tori::core
