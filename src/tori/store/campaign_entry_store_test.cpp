// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the CampaignEntryStore on both backends: editors' moves with their audit entry, a
// contributor's picks replaced as a set without touching an editor's choice, unknown campaign,
// category or practice saving nothing, and the choices surviving a re-save of the campaign.
#include "tori/store/campaign_entry_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::EntryChoice;
using core::EntryChooser;

const UtcTime kEntryNow = UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 6 / 5}};

core::CampaignInput entry_campaign() {
  core::CampaignInput input;
  input.slug = "teot-kiertoon-2026";
  input.name = "Teot kiertoon 2026";
  input.year = 2026;
  input.collecting_from = "2026-03-01";
  input.collecting_until = "2026-09-30";
  input.gala_date = "2026-11-20";
  input.categories = {{"sote", "Sosiaali- ja terveysala", "", core::CategoryKind::kSector,
                       "sosiaali- ja terveysala", ""},
                      {"viestinta", "Vuoden viestintäteko", "", core::CategoryKind::kSpecial},
                      {"teknologia", "Vuoden teknologiateko", "", core::CategoryKind::kSpecial}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
  return input;
}

class CampaignEntryStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    for (const char* id : {"ce-1", "ce-2"}) {
      auto saved =
          store_->practices().save(practice_testing::make_write(id, std::string{"Teko "} + id));
      ASSERT_TRUE(std::holds_alternative<WriteResult>(saved));
      practice_ids_.push_back(std::get<WriteResult>(saved).id);
    }
    campaign_id_ = store_->campaigns().save(entry_campaign(), kEntryNow).id;
    ASSERT_NE(campaign_id_, 0);
  }
  CampaignEntryStore& entries() { return store_->campaign_entries(); }
  AuditEntry move_audit() {
    AuditEntry audit;
    audit.actor = "toimittaja@example.fi";
    audit.action = "campaign.entry_move";
    audit.object_type = "practice";
    audit.object_id = std::to_string(practice_ids_[0]);
    return audit;
  }
  std::vector<std::int64_t> practice_ids_;
  std::int64_t campaign_id_ = 0;
};
INSTANTIATE_BACKENDS(CampaignEntryStoreTest);

TEST_P(CampaignEntryStoreTest, AnEditorsMoveIsSavedAndAudited) {
  const std::int64_t first = practice_ids_[0];
  EXPECT_EQ(entries().choose(campaign_id_, {first, "sote", false, EntryChooser::kEditor},
                             move_audit(), kEntryNow),
            EntryChoiceOutcome::kSaved);
  EXPECT_EQ(entries().choose(campaign_id_, {first, "sote", true, EntryChooser::kEditor},
                             move_audit(), kEntryNow),
            EntryChoiceOutcome::kSaved);  // the same row, changed
  EXPECT_EQ(entries().choices(campaign_id_),
            (std::vector<EntryChoice>{{first, "sote", true, EntryChooser::kEditor}}));
  const std::vector<AuditEntry> audit = store_->audit_log().newest(10, 0);
  ASSERT_GE(audit.size(), 2U);
  EXPECT_EQ(audit[0].action, "campaign.entry_move");
}

TEST_P(CampaignEntryStoreTest, UnknownCampaignCategoryOrPracticeSavesNothing) {
  const std::int64_t first = practice_ids_[0];
  EXPECT_EQ(entries().choose(campaign_id_ + 99, {first, "sote", true, EntryChooser::kEditor},
                             std::nullopt, kEntryNow),
            EntryChoiceOutcome::kUnknownCampaign);
  EXPECT_EQ(entries().choose(campaign_id_, {first, "ei-ole", true, EntryChooser::kEditor},
                             std::nullopt, kEntryNow),
            EntryChoiceOutcome::kUnknownCategory);
  EXPECT_EQ(entries().choose(campaign_id_, {first + 999, "sote", true, EntryChooser::kEditor},
                             std::nullopt, kEntryNow),
            EntryChoiceOutcome::kUnknownPractice);
  EXPECT_EQ(entries().set_contributor_picks(campaign_id_, first, {"viestinta", "ei-ole"},
                                            std::nullopt, kEntryNow),
            EntryChoiceOutcome::kUnknownCategory);
  EXPECT_TRUE(entries().choices(campaign_id_).empty());
}

TEST_P(CampaignEntryStoreTest, ContributorsPicksAreASetAndEditorsChoicesStand) {
  const std::int64_t first = practice_ids_[0];
  const std::int64_t second = practice_ids_[1];
  ASSERT_EQ(entries().set_contributor_picks(campaign_id_, first, {"viestinta", "teknologia"},
                                            std::nullopt, kEntryNow),
            EntryChoiceOutcome::kSaved);
  ASSERT_EQ(entries().choose(campaign_id_, {first, "teknologia", false, EntryChooser::kEditor},
                             move_audit(), kEntryNow),
            EntryChoiceOutcome::kSaved);
  ASSERT_EQ(
      entries().set_contributor_picks(campaign_id_, second, {"viestinta"}, std::nullopt, kEntryNow),
      EntryChoiceOutcome::kSaved);
  // The contributor now picks only technology: communication goes out, the editor's "out" for
  // technology stays.
  ASSERT_EQ(
      entries().set_contributor_picks(campaign_id_, first, {"teknologia"}, std::nullopt, kEntryNow),
      EntryChoiceOutcome::kSaved);
  EXPECT_EQ(entries().choices_of(campaign_id_, first),
            (std::vector<EntryChoice>{{first, "teknologia", false, EntryChooser::kEditor},
                                      {first, "viestinta", false, EntryChooser::kContributor}}));
  EXPECT_EQ(entries().choices_of(campaign_id_, second),
            (std::vector<EntryChoice>{{second, "viestinta", true, EntryChooser::kContributor}}));
  EXPECT_EQ(entries().choices(campaign_id_).size(), 3U);
}

TEST_P(CampaignEntryStoreTest, ChoicesOutliveAResaveOfTheCampaign) {
  const std::int64_t first = practice_ids_[0];
  ASSERT_EQ(
      entries().set_contributor_picks(campaign_id_, first, {"viestinta"}, std::nullopt, kEntryNow),
      EntryChoiceOutcome::kSaved);
  core::CampaignInput changed = entry_campaign();
  changed.description = "Uusi kuvaus.";
  ASSERT_EQ(store_->campaigns().save(changed, kEntryNow).outcome, CampaignSaveOutcome::kUpdated);
  EXPECT_EQ(entries().choices_of(campaign_id_, first).size(), 1U);
}

}  // namespace
}  // namespace tori::store
