// SPDX-License-Identifier: AGPL-3.0-or-later
// The fixture of the JuryStore tests (jury_store_test.cpp, jury_results_test.cpp): three
// practices of three organisations, three accounts, and a campaign whose first two jurors have
// the accounts' addresses and the third none.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "tori/store/jury_store.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store::jury_testing {

using namespace std::chrono_literals;

// The campaign of the tests: categories "sote" (sector) and "viestinta" (special), criteria
// "vaikuttavuus" (70) and "uutuus" (30), scale 1–5, jurors Helena, Kalle and Anna (no address).
inline core::CampaignInput jury_campaign_input() {
  core::CampaignInput input;
  input.slug = "teot-kiertoon-2026";
  input.name = "Teot kiertoon 2026";
  input.year = 2026;
  input.description = "Kuvaus.";
  input.collecting_from = "2026-03-01";
  input.collecting_until = "2026-09-30";
  input.gala_date = "2026-11-20";
  input.categories = {
      {"sote", "Sosiaali- ja terveysala", "", core::CategoryKind::kSector,
       "sosiaali- ja terveysala", ""},
      {"viestinta", "Vuoden viestintäteko", "", core::CategoryKind::kSpecial, "", ""}};
  input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 70}, {"uutuus", "Uutuusarvo", 30}};
  input.jurors = {{"Helena Korpi", "henkilöstöjohtaja", "Kouvolan kaupunki", "helena@example.fi"},
                  {"Kalle Räty", "kehittämispäällikkö", "Kunta-alan foorumi", "kalle@example.fi"},
                  {"Anna Aalto", "", "", ""}};
  return input;
}

class JuryFixture : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
    p1_ = add_practice("dm-1", {"Kontiolahden kunta"});
    p2_ = add_practice("dm-2", {"Tampereen kaupunki"});
    p3_ = add_practice("dm-3", {"Tampereen kaupunki", "Espoon kaupunki"});
    helena_ = add_account("helena@example.fi");
    kalle_ = add_account("kalle@example.fi");
    outsider_ = add_account("ulkopuolinen@example.fi");
    ASSERT_EQ(core::validate_campaign_input(jury_campaign_input()),
              std::vector<core::FieldError>{});
    const CampaignSaved saved = store_->campaigns().save(jury_campaign_input(), test_support::kNow);
    ASSERT_EQ(saved.outcome, CampaignSaveOutcome::kCreated);
    campaign_ = saved.id;
  }
  std::int64_t add_practice(const std::string& external_id,
                            std::vector<std::string> organisations) {
    PracticeWrite write = practice_testing::make_write(external_id, "Teko " + external_id);
    write.input.organisations = std::move(organisations);
    auto saved = store_->practices().save(write);
    EXPECT_TRUE(std::holds_alternative<WriteResult>(saved));
    return std::get<WriteResult>(saved).id;
  }
  std::int64_t add_account(const std::string& email) {
    return *store_->accounts().create({.email = email, .name = email}, std::nullopt, {},
                                      test_support::kNow);
  }
  // The practice's organisations in their order.
  std::vector<std::int64_t> organisations_of(std::int64_t practice_id) {
    sqlite::Lease connection = store_->database().acquire();
    sqlite::Statement rows = connection->prepare(
        "SELECT organisation_id FROM practice_organisations WHERE practice_id = ?1"
        " ORDER BY position");
    rows.bind_int64(1, practice_id);
    std::vector<std::int64_t> ids;
    while (rows.step())
      ids.push_back(rows.column_int64(0));
    return ids;
  }
  void make_member(std::int64_t account_id, std::int64_t organisation_id, bool approve) {
    ASSERT_EQ(store_->memberships().request(account_id, organisation_id, "", test_support::kNow),
              MembershipRequestOutcome::kRequested);
    if (!approve) return;
    ASSERT_TRUE(store_->memberships().decide(account_id, organisation_id, true,
                                             {.action = "membership.approve"}, test_support::kNow));
  }
  // Invites the juror at `position` and accepts as `account_id`.
  void link(int position, std::int64_t account_id) {
    const std::string digest = "link-" + std::to_string(++invitations_);
    ASSERT_EQ(jury().create_invitation(campaign_, position, digest, test_support::kNow + 24h, {},
                                       test_support::kNow),
              InvitationOutcome::kCreated);
    ASSERT_EQ(jury().accept_invitation(digest, {account_id, "ip"}, test_support::kNow).outcome,
              AcceptOutcome::kAccepted);
  }
  JuryStore& jury() { return store_->jury(); }
  std::int64_t p1_ = 0, p2_ = 0, p3_ = 0, helena_ = 0, kalle_ = 0, outsider_ = 0, campaign_ = 0;
  int invitations_ = 0;
};

}  // namespace tori::store::jury_testing
