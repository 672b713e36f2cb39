// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the SubmissionStore through the Store interface: revisions on every save, the
// author, editorial actions with their messages, mail and audit entries, the queue and
// adoptions.
#include "tori/store/submission_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/sqlite/practice_test_support.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;
using core::EditorialAction;
using core::PracticeState;

using test_support::kNow;

class SubmissionStoreTest : public practice_testing::PracticeStoreTest {
 protected:
  void SetUp() override {
    PracticeStoreTest::SetUp();
    if (IsSkipped()) return;
    maija_ = *store_->accounts().create({.email = "maija@example.fi", .name = "Maija"},
                                        std::nullopt, {}, kNow);
    editor_ = *store_->accounts().create({.email = "editor@example.fi", .name = "Eeva"},
                                         std::nullopt, {}, kNow);
  }
  PracticeWrite draft(std::string title) {
    PracticeWrite write = practice_testing::make_write("tori-1", std::move(title));
    write.input.state = PracticeState::kDraft;
    write.input.published_at.reset();
    return write;
  }
  SubmissionStore& submissions() { return store_->submissions(); }
  OrganisationStore& organisations() { return store_->organisations(); }
  Actor maija() const { return {maija_, "Maija", "hash-1"}; }
  Actor editor() const { return {editor_, "Eeva", "hash-2"}; }
  std::int64_t maija_ = 0, editor_ = 0;
};
INSTANTIATE_BACKENDS(SubmissionStoreTest);

TEST_P(SubmissionStoreTest, EverySaveIsARevisionAndTheCreatorTheAuthor) {
  auto first = std::get<WriteResult>(submissions().save(draft("Luonnos"), maija(), kNow));
  EXPECT_EQ(first.outcome, WriteOutcome::kCreated);
  EXPECT_EQ(submissions().author_of(first.id), maija_);
  auto same = std::get<WriteResult>(submissions().save(draft("Luonnos"), maija(), kNow + 1min));
  EXPECT_EQ(same.outcome, WriteOutcome::kUnchanged);
  submissions().save(draft("Luonnos, korjattu"), editor(), kNow + 2min);
  const auto history = submissions().revisions(first.id);
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(history[0].revision, 2);
  EXPECT_EQ(history[0].actor, "Eeva");
  EXPECT_EQ(history[1].actor, "Maija");
  EXPECT_NE(submissions().revision_content(first.id, 1)->find("\"Luonnos\""), std::string::npos);
  EXPECT_NE(submissions().revision_content(first.id, 2)->find("korjattu"), std::string::npos);
  EXPECT_FALSE(submissions().revision_content(first.id, 3));
  const auto log = store_->audit_log().newest(10, 0);  // the editor's edit only
  ASSERT_EQ(log.size(), 1U);
  EXPECT_EQ(log[0].action, "practice.edit");
  EXPECT_EQ(log[0].ip_hash, "hash-2");
}

TEST_P(SubmissionStoreTest, ActionsFollowTheWorkflowWithMessagesMailAndAudit) {
  const auto id = std::get<WriteResult>(submissions().save(draft("Teko"), maija(), kNow)).id;
  EXPECT_FALSE(submissions().apply(id, EditorialAction::kUnpublish, editor(), "", {}, kNow));
  EXPECT_EQ(submissions().apply(id, EditorialAction::kSubmit, maija(), "", {}, kNow),
            PracticeState::kSubmitted);
  const OutgoingMail mail{"maija@example.fi", "Subject: korjaa\r\n\r\nx\r\n"};
  EXPECT_EQ(submissions().apply(id, EditorialAction::kRequestChanges, editor(), "Lisää tulokset",
                                {mail}, kNow + 1h),
            PracticeState::kDraft);
  EXPECT_EQ(store_->outbox().counts().pending, 1);
  submissions().apply(id, EditorialAction::kSubmit, maija(), "", {}, kNow + 2h);
  EXPECT_EQ(submissions().apply(id, EditorialAction::kPublish, editor(), "", {}, kNow + 3h),
            PracticeState::kPublished);
  const auto published = practices().find_by_external_id("tori-1");
  ASSERT_TRUE(published);
  EXPECT_EQ(published->state, PracticeState::kPublished);
  ASSERT_TRUE(published->published_at);
  submissions().apply(id, EditorialAction::kUnpublish, editor(), "", {}, kNow + 4h);
  submissions().apply(id, EditorialAction::kPublish, editor(), "", {}, kNow + 5h);
  EXPECT_EQ(practices().find_by_external_id("tori-1")->published_at, published->published_at);
  const auto messages = submissions().messages(id);
  ASSERT_EQ(messages.size(), 6U);
  EXPECT_EQ(messages[1].kind, "changes_requested");
  EXPECT_EQ(messages[1].message, "Lisää tulokset");
  EXPECT_EQ(messages[1].actor, "Eeva");
  EXPECT_EQ(submissions().revisions(id).size(), 7U);
  std::vector<std::string> actions;
  for (const AuditEntry& entry : store_->audit_log().newest(20, 0))
    actions.push_back(entry.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"practice.publish", "practice.unpublish",
                                               "practice.publish", "practice.request_changes"}));
}

TEST_P(SubmissionStoreTest, QueueFiltersByStateOrganisationAuthorAndAge) {
  const auto first = std::get<WriteResult>(submissions().save(draft("Eka"), maija(), kNow)).id;
  PracticeWrite other = draft("Toka");
  other.input.external_id = "tori-2";
  other.input.organisations = {"Espoon kaupunki"};
  const auto second = std::get<WriteResult>(submissions().save(other, editor(), kNow)).id;
  submissions().apply(first, EditorialAction::kSubmit, maija(), "", {}, kNow);
  auto submitted = submissions().queue({.states = {PracticeState::kSubmitted}});
  ASSERT_EQ(submitted.size(), 1U);
  EXPECT_EQ(submitted[0].id, first);
  EXPECT_EQ(submitted[0].author, "Maija");
  EXPECT_EQ(submissions().queue({}).size(), 2U);
  EXPECT_EQ(submissions().queue({.author_account_id = editor_})[0].id, second);
  const auto espoo = organisations().find_by_slug("espoon-kaupunki");
  ASSERT_TRUE(espoo);
  const auto of_espoo = submissions().queue({.organisation_id = espoo->id});
  ASSERT_EQ(of_espoo.size(), 1U);
  EXPECT_EQ(of_espoo[0].organisations, "Espoon kaupunki");
  EXPECT_TRUE(submissions().queue({.updated_before = kNow - 1h}).empty());
}

TEST_P(SubmissionStoreTest, AnOrganisationAdoptsOnce) {
  const auto id = std::get<WriteResult>(submissions().save(draft("Teko"), maija(), kNow)).id;
  const auto organisation = organisations().list().front();  // Kontiolahden kunta
  EXPECT_TRUE(submissions().adopt(id, organisation.id, editor(), "Käytössä 2026", kNow));
  EXPECT_FALSE(submissions().adopt(id, organisation.id, editor(), "", kNow));
  const auto adoptions = submissions().adoptions(id);
  ASSERT_EQ(adoptions.size(), 1U);
  EXPECT_EQ(adoptions[0].note, "Käytössä 2026");
}

TEST_P(SubmissionStoreTest, TheAdoptionSummaryCountsPublishedPracticesOnly) {
  EXPECT_EQ(submissions().adoption_summary(10).adoptions, 0);
  const auto published_one = saved(practice_testing::make_write("a", "Aamupalaverit")).id;
  const auto published_two = saved(practice_testing::make_write("b", "Bänditreenit")).id;
  const auto unpublished =
      std::get<WriteResult>(submissions().save(draft("Luonnos"), maija(), kNow)).id;
  auto other = practice_testing::make_write("c", "Joensuun teko");
  other.input.organisations = {"Joensuun kaupunki"};
  saved(other);
  const auto kontiolahti = organisations().find_by_slug("kontiolahden-kunta")->id;
  const auto joensuu = organisations().find_by_slug("joensuun-kaupunki")->id;
  submissions().adopt(published_one, kontiolahti, maija(), "", kNow);
  submissions().adopt(published_two, kontiolahti, maija(), "", kNow);
  submissions().adopt(published_two, joensuu, maija(), "", kNow);
  submissions().adopt(unpublished, joensuu, maija(), "", kNow);
  const AdoptionSummary summary = submissions().adoption_summary(1);
  EXPECT_EQ(summary.adoptions, 3);
  EXPECT_EQ(summary.practices, 2);
  ASSERT_EQ(summary.most_adopted.size(), 1U);
  EXPECT_EQ(summary.most_adopted[0].slug, "banditreenit");
  EXPECT_EQ(summary.most_adopted[0].organisations, 2);
  EXPECT_EQ(submissions().adoption_summary(10).most_adopted.size(), 2U);
}

}  // namespace
}  // namespace tori::store
