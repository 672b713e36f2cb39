// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the CampaignStore on both backends: a campaign saved and read back whole, saving again
// unchanged or replacing its lists, an award of an unknown practice saving nothing, every
// campaign newest first, and a practice's awards.
#include "tori/store/campaign_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::AwardLevel;
using core::CategoryKind;

const UtcTime kCampaignNow = UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 10 / 5}};

core::CampaignInput campaign_of_year(int year) {
  core::CampaignInput input;
  input.slug = "teot-kiertoon-" + std::to_string(year);
  input.name = "Teot kiertoon " + std::to_string(year);
  input.year = year;
  input.description = "Kuvaus **Markdownina**.";
  input.collecting_from = std::to_string(year) + "-03-01";
  input.collecting_until = std::to_string(year) + "-09-30";
  input.gala_date = std::to_string(year) + "-11-20";
  input.categories = {
      {"sote", "Sosiaali- ja terveysala", "Hoito.", CategoryKind::kSector,
       "sosiaali- ja terveysala", ""},
      {"ymparisto", "Vuoden ympäristöteko", "", CategoryKind::kTheme, "", "ympäristö"},
      {"viestinta", "Vuoden viestintäteko", "Viestintä.", CategoryKind::kSpecial, "", ""}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 70}, {"uutuus", "Uutuusarvo", 30}};
  input.jurors = {{"Helena Korpi", "henkilöstöjohtaja", "Kouvolan kaupunki", "helena@example.fi"},
                  {"Kalle Räty", "kehittämispäällikkö", "Kunta-alan työelämäfoorumi"}};
  return input;
}

class CampaignStoreTest : public test_support::BackendTest {
 protected:
  void add_practices() {
    for (const char* id : {"dm-1", "dm-2", "dm-3"}) {
      auto saved =
          store_->practices().save(practice_testing::make_write(id, std::string{"Teko "} + id));
      ASSERT_TRUE(std::holds_alternative<WriteResult>(saved));
    }
  }
  CampaignStore& campaigns() { return store_->campaigns(); }
};
INSTANTIATE_BACKENDS(CampaignStoreTest);

TEST_P(CampaignStoreTest, SavedWholeAndReadBackTheSame) {
  add_practices();
  core::CampaignInput input = campaign_of_year(2025);
  input.rules = "Säännöt.";
  input.score_max = 10;
  input.blind = true;
  input.awards = {{"viestinta", "dm-2", AwardLevel::kWinner, "Perustelu."},
                  {"sote", "dm-1", AwardLevel::kHonourableMention, "Toinen."}};
  ASSERT_EQ(core::validate_campaign_input(input), std::vector<core::FieldError>{});
  const CampaignSaved saved = campaigns().save(input, kCampaignNow);
  EXPECT_EQ(saved.outcome, CampaignSaveOutcome::kCreated);
  const auto found = campaigns().find_by_slug("teot-kiertoon-2025");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, saved.id);
  EXPECT_EQ(found->input, input);
  EXPECT_EQ(campaigns().save(input, kCampaignNow).outcome, CampaignSaveOutcome::kUnchanged);
  input.awards.pop_back();
  input.awards[0].justification = "Uusi perustelu.";
  input.criteria[0].weight = 60;
  input.criteria[1].weight = 40;
  input.public_vote = true;
  EXPECT_EQ(campaigns().save(input, kCampaignNow).outcome, CampaignSaveOutcome::kUpdated);
  core::CampaignInput expected = input;
  expected.awards.push_back({"sote", "dm-1", AwardLevel::kHonourableMention, "Toinen."});
  EXPECT_EQ(campaigns().find_by_slug("teot-kiertoon-2025")->input, expected)
      << "the lists replaced, but a category given no awards keeps its decided ones";
  input.awards.clear();  // a re-import of the file written before the jury decided
  EXPECT_EQ(campaigns().save(input, kCampaignNow).outcome, CampaignSaveOutcome::kUnchanged);
  EXPECT_EQ(campaigns().find_by_slug("teot-kiertoon-2025")->input.awards.size(), 2U);
  EXPECT_FALSE(campaigns().find_by_slug("ei-ole"));
}

TEST_P(CampaignStoreTest, AnAwardOfAnUnknownPracticeSavesNothing) {
  add_practices();
  core::CampaignInput input = campaign_of_year(2024);
  input.awards = {{"sote", "dm-1", AwardLevel::kWinner, ""},
                  {"viestinta", "dm-404", AwardLevel::kWinner, ""}};
  const CampaignSaved saved = campaigns().save(input, kCampaignNow);
  EXPECT_EQ(saved.outcome, CampaignSaveOutcome::kUnknownPractice);
  EXPECT_EQ(saved.unknown_practice, "dm-404");
  EXPECT_FALSE(campaigns().find_by_slug("teot-kiertoon-2024")) << "rolled back";
}

TEST_P(CampaignStoreTest, AllNewestFirstAndAPracticesAwards) {
  add_practices();
  core::CampaignInput older = campaign_of_year(2023);
  older.awards = {{"sote", "dm-1", AwardLevel::kWinner, "Vanhempi."}};
  core::CampaignInput newer = campaign_of_year(2024);
  newer.awards = {{"viestinta", "dm-1", AwardLevel::kHonourableMention, "Uudempi."},
                  {"sote", "dm-3", AwardLevel::kWinner, ""}};
  (void)campaigns().save(older, kCampaignNow);
  (void)campaigns().save(newer, kCampaignNow);
  const auto all = campaigns().all();
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(all[0].input.year, 2024);
  EXPECT_EQ(all[1].input, older);
  const auto practice = store_->practices().find_by_external_id("dm-1");
  ASSERT_TRUE(practice);
  const auto awards = campaigns().awards_of(practice->id);
  ASSERT_EQ(awards.size(), 2U);
  EXPECT_EQ(awards[0].year, 2024);
  EXPECT_EQ(awards[0].category_name, "Vuoden viestintäteko");
  EXPECT_EQ(awards[0].level, AwardLevel::kHonourableMention);
  EXPECT_EQ(awards[1].campaign_name, "Teot kiertoon 2023");
  EXPECT_EQ(awards[1].justification, "Vanhempi.");
}

}  // namespace
}  // namespace tori::store
