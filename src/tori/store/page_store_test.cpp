// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editable pages on both backends: save creates, replaces and skips unchanged
// content, versions per language, the change log, delete, and the navigation's order and its
// copy refreshed by this process's writes.
#include "tori/store/page_store.hpp"

#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using test_support::kNow;
using text::Language;

core::SitePageInput stored_page(std::string slug, std::optional<int> position) {
  core::SitePageInput input{.slug = std::move(slug), .nav_position = position};
  input.version(Language::kFi) = {"Tietoa ohjelmasta", "Ohjelma tukee **kuntia**."};
  return input;
}

class PageStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    editor_ = *store_->accounts().create(
        {.email = "toimittaja@example.fi", .name = "Eeva Toimittaja"}, std::nullopt, {}, kNow);
  }
  PageStore& pages() { return store_->pages(); }
  std::int64_t editor_ = 0;
};
INSTANTIATE_BACKENDS(PageStoreTest);

TEST_P(PageStoreTest, SaveCreatesReadsAndReplaces) {
  core::SitePageInput input = stored_page("tietoa", 1);
  input.version(Language::kSv) = {"Om programmet", "Programmet stöder kommuner."};
  const PageSaved created = pages().save(input, editor_, kNow);
  EXPECT_EQ(created.outcome, PageSaveOutcome::kCreated);
  auto found = pages().find("tietoa");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, created.id);
  EXPECT_EQ(found->input, input);
  EXPECT_EQ(found->updated_at, kNow);
  EXPECT_EQ(found->updated_by, editor_);
  EXPECT_EQ(found->updated_by_name, "Eeva Toimittaja");

  input.version(Language::kSv) = {};
  input.version(Language::kEn) = {"About", "The programme."};
  input.nav_position.reset();
  const PageSaved updated = pages().save(input, std::nullopt, kNow + std::chrono::hours(1));
  EXPECT_EQ(updated.outcome, PageSaveOutcome::kUpdated);
  EXPECT_EQ(updated.id, created.id);
  found = pages().find("tietoa");
  EXPECT_EQ(found->input, input);
  EXPECT_FALSE(found->input.version(Language::kSv).exists());
  EXPECT_EQ(found->created_at, kNow);
  EXPECT_EQ(found->updated_at, kNow + std::chrono::hours(1));
  EXPECT_FALSE(found->updated_by);
  EXPECT_EQ(pages().save(input, editor_, kNow + std::chrono::hours(2)).outcome,
            PageSaveOutcome::kUnchanged);
  EXPECT_EQ(pages().find("tietoa")->updated_at, kNow + std::chrono::hours(1));
  EXPECT_FALSE(pages().find("ei-ole"));
}

TEST_P(PageStoreTest, WritesAreInTheChangeLog) {
  const std::int64_t before = store_->change_log().last_position();
  const std::int64_t id = pages().save(stored_page("palvelut", std::nullopt), editor_, kNow).id;
  (void)pages().save(stored_page("palvelut", 2), editor_, kNow);
  (void)pages().save(stored_page("palvelut", 2), editor_, kNow);  // unchanged: nothing
  EXPECT_TRUE(pages().remove("palvelut"));
  EXPECT_FALSE(pages().remove("palvelut"));
  const std::vector<Change> changes = store_->change_log().read_after(before, 10);
  ASSERT_EQ(changes.size(), 3U);
  for (const Change& change : changes) {
    EXPECT_EQ(change.object_type, "page");
    EXPECT_EQ(change.object_id, id);
  }
  EXPECT_EQ(changes[0].action, ChangeAction::kCreated);
  EXPECT_EQ(changes[1].action, ChangeAction::kUpdated);
  EXPECT_EQ(changes[2].action, ChangeAction::kDeleted);
  EXPECT_FALSE(pages().find("palvelut"));
}

TEST_P(PageStoreTest, ListIsByKey) {
  (void)pages().save(stored_page("yhteystiedot", std::nullopt), editor_, kNow);
  (void)pages().save(stored_page("palvelut", 1), editor_, kNow);
  const std::vector<SitePage> all = pages().list();
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(all[0].input.slug, "palvelut");
  EXPECT_EQ(all[1].input.slug, "yhteystiedot");
  EXPECT_EQ(all[1].input.version(Language::kFi).title, "Tietoa ohjelmasta");
}

TEST_P(PageStoreTest, NavigationIsByPositionAndFollowsWrites) {
  EXPECT_TRUE(pages().navigation().empty());
  core::SitePageInput about = stored_page("tietoa", 1);
  about.version(Language::kEn) = {"About", "The programme."};
  (void)pages().save(about, editor_, kNow);
  (void)pages().save(stored_page("yhteystiedot", 3), editor_, kNow);
  (void)pages().save(stored_page("palvelut", 3), editor_, kNow);
  (void)pages().save(stored_page("luonnos", std::nullopt), editor_, kNow);
  std::vector<NavPage> navigation = pages().navigation();
  ASSERT_EQ(navigation.size(), 3U);
  EXPECT_EQ(navigation[0], (NavPage{"tietoa", {"Tietoa ohjelmasta", "", "About"}, 1}));
  EXPECT_EQ(navigation[1].slug, "palvelut");  // the same position: by key
  EXPECT_EQ(navigation[2].slug, "yhteystiedot");
  EXPECT_EQ(pages().navigation(), navigation);  // from memory
  EXPECT_TRUE(pages().remove("palvelut"));
  navigation = pages().navigation();
  ASSERT_EQ(navigation.size(), 2U);
  EXPECT_EQ(navigation[1].slug, "yhteystiedot");
}

}  // namespace
}  // namespace tori::store
