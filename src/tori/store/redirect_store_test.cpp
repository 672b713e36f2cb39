// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of redirects on both backends: saving in normal form, replacing, chains collapsed,
// loops refused against the stored rules, the all-or-nothing import, deleting, and the capped
// not-found counts with dismissing.
#include "tori/store/redirect_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using core::RedirectField;
using core::RedirectProblem;
using test_support::kNow;

class RedirectStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    editor_ =
        *store_->accounts().create({.email = "toimittaja@tori.example.fi"}, std::nullopt, {}, kNow);
  }
  RedirectStore& redirects() { return store_->redirects(); }
  std::int64_t editor_ = 0;
};
INSTANTIATE_BACKENDS(RedirectStoreTest);

TEST_P(RedirectStoreTest, SavesInNormalFormAndFinds) {
  const RedirectSaveOutcome saved =
      redirects().save({"/2019/05/vanha-juttu/", "/teot/uusi/", "WordPress"}, editor_, kNow);
  ASSERT_TRUE(saved.saved());
  EXPECT_FALSE(saved.replaced);
  EXPECT_EQ(saved.old_path, "/2019/05/vanha-juttu");
  EXPECT_EQ(saved.target, "/teot/uusi");
  EXPECT_EQ(redirects().find("/2019/05/vanha-juttu"), "/teot/uusi");
  EXPECT_FALSE(redirects().find("/2019/05"));
  const std::optional<Redirect> rule = redirects().get(saved.id);
  ASSERT_TRUE(rule);
  EXPECT_EQ(rule->note, "WordPress");
  EXPECT_EQ(rule->created_by, editor_);
  EXPECT_EQ(rule->created_at, kNow);
  ASSERT_TRUE(
      redirects().save({"/?p=123", "https://example.fi/x", ""}, std::nullopt, kNow).saved());
  EXPECT_EQ(redirects().find("/?p=123"), "https://example.fi/x");
  EXPECT_EQ(redirects().list().size(), 2U);
  // "/?p=123" sorts after "/2019…"; it came from the command line.
  EXPECT_FALSE(redirects().list()[1].created_by);
}

TEST_P(RedirectStoreTest, ReplacesTheRuleOfAnOldAddress) {
  const auto first = redirects().save({"/a", "/b", ""}, editor_, kNow);
  const auto second =
      redirects().save({"/a/", "/c", "toinen"}, std::nullopt, kNow + std::chrono::hours(1));
  ASSERT_TRUE(second.saved());
  EXPECT_TRUE(second.replaced);
  EXPECT_EQ(second.id, first.id);
  const Redirect rule = *redirects().get(first.id);
  EXPECT_EQ(rule.target, "/c");
  EXPECT_EQ(rule.created_by, editor_);
  EXPECT_FALSE(rule.updated_by);
  EXPECT_EQ(rule.updated_at, kNow + std::chrono::hours(1));
}

TEST_P(RedirectStoreTest, CollapsesChainsBothWays) {
  ASSERT_TRUE(redirects().save({"/b", "/c", ""}, editor_, kNow).saved());
  const auto onto_chain = redirects().save({"/a", "/b", ""}, editor_, kNow);
  EXPECT_EQ(onto_chain.target, "/c");
  EXPECT_EQ(redirects().find("/a"), "/c");
  const auto extending = redirects().save({"/c", "/d", ""}, editor_, kNow);
  EXPECT_EQ(extending.repointed, 2U);
  EXPECT_EQ(redirects().find("/a"), "/d");
  EXPECT_EQ(redirects().find("/b"), "/d");
}

TEST_P(RedirectStoreTest, RefusesLoopsAgainstTheStoredRules) {
  ASSERT_TRUE(redirects().save({"/a", "/b", ""}, editor_, kNow).saved());
  const auto loop = redirects().save({"/b", "/a", ""}, editor_, kNow);
  ASSERT_EQ(loop.errors.size(), 1U);
  EXPECT_EQ(loop.errors[0].field, RedirectField::kTarget);
  EXPECT_EQ(loop.errors[0].problem, RedirectProblem::kLoop);
  EXPECT_FALSE(redirects().find("/b"));
  const auto same = redirects().save({"/x/", "/x", ""}, editor_, kNow);
  EXPECT_EQ(same.errors[0].problem, RedirectProblem::kSameAsSource);
  const auto bad = redirects().save({"vanha", "", ""}, editor_, kNow);
  EXPECT_EQ(bad.errors.size(), 2U);
  EXPECT_EQ(redirects().list().size(), 1U);
}

TEST_P(RedirectStoreTest, ImportsAllOrNothing) {
  const RedirectImportOutcome bad = redirects().import(
      {{"/a", "/b", ""}, {"/b", "/a", ""}, {"ei-polku", "/c", ""}, {"/d", "/e", ""}}, editor_,
      kNow);
  ASSERT_EQ(bad.errors.size(), 2U);
  EXPECT_EQ(bad.errors[0].index, 2U);
  EXPECT_EQ(bad.errors[0].error.problem, RedirectProblem::kLoop);
  EXPECT_EQ(bad.errors[1].index, 3U);
  EXPECT_EQ(bad.errors[1].error.field, RedirectField::kOldPath);
  EXPECT_TRUE(redirects().list().empty());
  ASSERT_TRUE(redirects().save({"/d", "/x", ""}, editor_, kNow).saved());
  const RedirectImportOutcome good =
      redirects().import({{"/a", "/b", ""}, {"/b", "/c", ""}, {"/d", "/e", ""}}, editor_, kNow);
  EXPECT_TRUE(good.errors.empty());
  EXPECT_EQ(good.created, 2U);
  EXPECT_EQ(good.replaced, 1U);
  EXPECT_EQ(redirects().find("/a"), "/c");
}

TEST_P(RedirectStoreTest, Deletes) {
  const auto saved = redirects().save({"/a", "/b", ""}, editor_, kNow);
  EXPECT_TRUE(redirects().remove(saved.id));
  EXPECT_FALSE(redirects().remove(saved.id));
  EXPECT_FALSE(redirects().find("/a"));
}

TEST_P(RedirectStoreTest, CountsNotFoundWithinLimits) {
  const NotFoundLimits limits{.max_path_length = 20, .max_rows = 2};
  EXPECT_TRUE(redirects().count_not_found("/vanha", kNow, limits));
  EXPECT_TRUE(redirects().count_not_found("/vanha", kNow + std::chrono::hours(1), limits));
  EXPECT_TRUE(redirects().count_not_found("/toinen", kNow, limits));
  EXPECT_FALSE(redirects().count_not_found("/kolmas", kNow, limits));  // full
  EXPECT_TRUE(redirects().count_not_found("/toinen", kNow, limits));   // existing still counted
  EXPECT_FALSE(redirects().count_not_found("/" + std::string(20, 'x'), kNow, limits));
  std::vector<NotFoundHit> hits = redirects().not_found(10);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].path, "/vanha");
  EXPECT_EQ(hits[0].hits, 2);
  EXPECT_EQ(hits[0].first_seen, kNow);
  EXPECT_EQ(hits[0].last_seen, kNow + std::chrono::hours(1));
  EXPECT_TRUE(redirects().dismiss_not_found("/toinen"));
  EXPECT_FALSE(redirects().dismiss_not_found("/toinen"));
  EXPECT_TRUE(redirects().count_not_found("/kolmas", kNow, limits));  // room again
  // A redirect for a counted path clears its count.
  ASSERT_TRUE(redirects().save({"/vanha", "/uusi", ""}, editor_, kNow).saved());
  hits = redirects().not_found(10);
  ASSERT_EQ(hits.size(), 1U);
  EXPECT_EQ(hits[0].path, "/kolmas");
}

}  // namespace
}  // namespace tori::store
