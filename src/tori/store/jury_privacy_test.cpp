// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the jury in the privacy look-up and erasure on both backends: a juror's campaigns with
// the invitations and the account's reviews and scores; the erasure blanks the juror's address
// (the published name stays), deletes the invitations, and the account's jury work goes with it.
#include <gtest/gtest.h>

#include "tori/store/jury_test_support.hpp"
#include "tori/store/privacy_store.hpp"

namespace tori::store {
namespace {

using jury_testing::JuryFixture;
using test_support::kNow;

class JuryPrivacyTest : public JuryFixture {};
INSTANTIATE_BACKENDS(JuryPrivacyTest);

TEST_P(JuryPrivacyTest, TheExportNamesTheJuryAndTheReviews) {
  link(0, helena_);
  ASSERT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"vaikuttavuus", 4}, {"uutuus", 2}},
                               "Hyvä.", kNow),
            ScoreSaveOutcome::kSaved);
  ASSERT_EQ(jury().submit(campaign_, {helena_}, p1_, kNow), SubmitOutcome::kSubmitted);
  const PersonalData data = store_->privacy().find_by_email("Helena@Example.fi");
  ASSERT_EQ(data.jury.size(), 1U);
  const JuryMention& mention = data.jury[0];
  EXPECT_EQ(mention.campaign_slug, "teot-kiertoon-2026");
  EXPECT_EQ(mention.juror_name, "Helena Korpi");
  EXPECT_TRUE(mention.member);
  EXPECT_FALSE(mention.chair);
  EXPECT_EQ(mention.invitations, 1);
  ASSERT_EQ(mention.reviews.size(), 1U);
  EXPECT_EQ(mention.reviews[0].comment, "Hyvä.");
  EXPECT_TRUE(mention.reviews[0].submitted_at);
  EXPECT_EQ(mention.reviews[0].scores,
            (std::vector<std::pair<std::string, int>>{{"uutuus", 2}, {"vaikuttavuus", 4}}));
  const PersonalData kalle = store_->privacy().find_by_email("kalle@example.fi");
  ASSERT_EQ(kalle.jury.size(), 1U);
  EXPECT_FALSE(kalle.jury[0].member) << "not joined";
  EXPECT_TRUE(kalle.jury[0].reviews.empty());
  EXPECT_TRUE(store_->privacy().find_by_email("ulkopuolinen@example.fi").jury.empty());
}

TEST_P(JuryPrivacyTest, TheErasureBlanksTheAddressAndTheWorkGoesWithTheAccount) {
  link(0, helena_);
  ASSERT_EQ(jury().save_scores(campaign_, {helena_}, p1_, {{"vaikuttavuus", 4}}, "Hyvä.", kNow),
            ScoreSaveOutcome::kSaved);
  const ErasureReport report = store_->privacy().erase_by_email("helena@example.fi", kNow);
  EXPECT_TRUE(report.account_removed);
  EXPECT_EQ(report.jury_addresses_blanked, 1);
  EXPECT_EQ(report.jury_invitations_removed, 1);
  EXPECT_TRUE(store_->privacy().find_by_email("helena@example.fi").jury.empty());
  const auto campaign = store_->campaigns().find_by_slug("teot-kiertoon-2026");
  ASSERT_TRUE(campaign);
  EXPECT_EQ(campaign->input.jurors[0].name, "Helena Korpi") << "the published jury stays";
  EXPECT_EQ(campaign->input.jurors[0].email, "");
  EXPECT_EQ(campaign->input.jurors[1].email, "kalle@example.fi");
  EXPECT_FALSE(jury().review(campaign_, helena_, p1_));
  EXPECT_FALSE(jury().jurors(campaign_)[0].account_id);
}

}  // namespace
}  // namespace tori::store
