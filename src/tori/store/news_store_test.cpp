// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of NewsStore on both backends: an article saved and read back with its lists and a "news"
// change; the same article again saving nothing; an unknown event or practice saving nothing;
// the published listing by keyword and Helsinki year, newest first, scheduled ones hidden;
// keywords and years counted; pictures' files found and listed; a removed article gone with its
// lists.
#include <gtest/gtest.h>

#include "tori/store/news_store.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/store/store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using practice_testing::utc;
using test_support::kNow;

core::ArticleInput article(std::string slug, core::TimePoint published_at,
                           std::vector<std::string> keywords) {
  core::ArticleInput input;
  input.slug = std::move(slug);
  input.title = "Otsikko " + input.slug;
  input.lead = "Ingressi.";
  input.body = "## Väliotsikko\n\nTeksti.";
  input.published_at = published_at;
  input.author = "Elina Saarivirta";
  input.keywords = std::move(keywords);
  input.credit_line = "Teksti ja kuvat: Elina Saarivirta";
  return input;
}

class NewsStoreTest : public test_support::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    core::EventInput event;
    event.external_id = "ev-1";
    event.kind = core::EventKind::kGala;
    event.title = "Tekojen gaala";
    event.starts_at = utc(2025, 11, 20, 12);
    event.ends_at = event.starts_at + std::chrono::hours(5);
    ASSERT_NE(store_->events().save(event, kNow).id, 0);
    ASSERT_TRUE(std::holds_alternative<WriteResult>(
        store_->practices().save(practice_testing::make_write("r-1", "Hyvä arki"))));
  }
  NewsStore& news() { return store_->news(); }
  // Saves and expects it stored.
  void saved(const core::ArticleInput& input) {
    const ArticleSaved result = news().save(input, kNow);
    ASSERT_TRUE(result.outcome == ArticleSaveOutcome::kCreated ||
                result.outcome == ArticleSaveOutcome::kUpdated)
        << result.unknown;
  }
  static UtcTime at(core::TimePoint time) {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(time);
  }
};
INSTANTIATE_BACKENDS(NewsStoreTest);

TEST_P(NewsStoreTest, SavedAndReadBackWithItsLists) {
  core::ArticleInput input =
      article("gaala", utc(2025, 11, 21, 8), {"Gaala", "Kekseliäät kehittäjät"});
  input.images = {{"a1.webp", "a1-t.webp", 1200, 630, "Lava.", "Voittajat lavalla.",
                   "Kuva: Olli Pajunen", "Lava ja yleisö"}};
  input.related_events = {"ev-1"};
  input.related_practices = {"hyva-arki"};
  const std::int64_t logged = store_->change_log().last_position();
  const ArticleSaved result = news().save(input, kNow);
  ASSERT_EQ(result.outcome, ArticleSaveOutcome::kCreated);
  const auto stored = news().find_by_slug("gaala");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->id, result.id);
  EXPECT_EQ(stored->input, input);
  EXPECT_EQ(stored->keywords[1],
            (core::Keyword{"kekseliaat-kehittajat", "Kekseliäät kehittäjät", 0}));
  ASSERT_EQ(stored->events.size(), 1U);
  EXPECT_EQ(stored->events[0].slug, "tekojen-gaala");
  ASSERT_EQ(stored->practices.size(), 1U);
  EXPECT_EQ(stored->practices[0].title, "Hyvä arki");
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "news");
  EXPECT_EQ(changes[0].action, ChangeAction::kCreated);
}

TEST_P(NewsStoreTest, TheSameArticleAgainSavesNothingAndAChangeUpdates) {
  core::ArticleInput input = article("a", utc(2024, 1, 5), {"Tori"});
  saved(input);
  const std::int64_t logged = store_->change_log().last_position();
  EXPECT_EQ(news().save(input, kNow).outcome, ArticleSaveOutcome::kUnchanged);
  EXPECT_EQ(store_->change_log().last_position(), logged);
  input.keywords = {"Podcast"};
  input.title = "Uusi otsikko";
  EXPECT_EQ(news().save(input, kNow).outcome, ArticleSaveOutcome::kUpdated);
  EXPECT_EQ(news().find_by_slug("a")->input, input);
}

TEST_P(NewsStoreTest, AnUnknownEventOrPracticeSavesNothing) {
  core::ArticleInput input = article("a", utc(2024, 1, 5), {});
  input.related_events = {"ev-404"};
  const ArticleSaved event = news().save(input, kNow);
  EXPECT_EQ(event.outcome, ArticleSaveOutcome::kUnknownEvent);
  EXPECT_EQ(event.unknown, "ev-404");
  input.related_events = {};
  input.related_practices = {"ei-ole"};
  const ArticleSaved practice = news().save(input, kNow);
  EXPECT_EQ(practice.outcome, ArticleSaveOutcome::kUnknownPractice);
  EXPECT_EQ(practice.unknown, "ei-ole");
  EXPECT_FALSE(news().find_by_slug("a").has_value());
}

TEST_P(NewsStoreTest, ListsPublishedOnesByKeywordAndHelsinkiYearNewestFirst) {
  saved(article("vanha", utc(2019, 3, 1), {"Gaala"}));
  // 31.12.2019 23.30 UTC is already 2020 in Helsinki.
  saved(article("uusi-vuosi", utc(2019, 12, 31, 23, 30), {"Gaala", "Podcast"}));
  saved(article("ajastettu",
                std::chrono::floor<std::chrono::seconds>(kNow) + std::chrono::hours(24),
                {"Gaala"}));
  const NewsPage all = news().list({.now = kNow});
  EXPECT_EQ(all.total, 2);
  ASSERT_EQ(all.items.size(), 2U);
  EXPECT_EQ(all.items[0].input.slug, "uusi-vuosi");
  EXPECT_EQ(news().list({.keyword = "podcast", .now = kNow}).total, 1);
  EXPECT_EQ(news().list({.year = 2020, .now = kNow}).items.at(0).input.slug, "uusi-vuosi");
  EXPECT_EQ(news().list({.year = 2019, .now = kNow}).total, 1);
  EXPECT_EQ(news()
                .list({.keyword = "gaala", .now = kNow, .limit = 1, .offset = 1})
                .items.at(0)
                .input.slug,
            "vanha");
  EXPECT_EQ(news().years(kNow), (std::vector<NewsYear>{{2020, 1}, {2019, 1}}));
  const std::vector<core::Keyword> keywords = news().keywords(kNow);
  ASSERT_EQ(keywords.size(), 2U);
  EXPECT_EQ(news().keyword("gaala", kNow), (core::Keyword{"gaala", "Gaala", 2}));
  EXPECT_FALSE(news().keyword("ei-ole", kNow).has_value());
  EXPECT_TRUE(news().find_by_slug("ajastettu").has_value()) << "found, not yet published";
}

TEST_P(NewsStoreTest, PicturesFilesAreFoundAndListed) {
  core::ArticleInput input = article("kuvat", utc(2024, 1, 5), {});
  input.images = {{"k1.webp", "k1-t.webp", 800, 600, "Alt", "", "", ""},
                  {"", "", 0, 0, "Vain kuvattu", "", "", "Kuvaus"}};
  saved(input);
  const auto owner = news().image_owner("k1-t.webp");
  ASSERT_TRUE(owner.has_value());
  EXPECT_EQ(owner->slug, "kuvat");
  EXPECT_FALSE(news().image_owner("").has_value());
  EXPECT_FALSE(news().image_owner("muu.webp").has_value());
  std::vector<std::string> files = news().referenced_files();
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files, (std::vector<std::string>{"k1-t.webp", "k1.webp"}));
  EXPECT_EQ(news().all().size(), 1U);
}

TEST_P(NewsStoreTest, ARemovedArticleLeavesNothingBehindAndItsAddressIsFree) {
  core::ArticleInput input = article("poistuva", utc(2024, 1, 5), {"Gaala"});
  input.images = {{"p1.webp", "p1-t.webp", 800, 600, "Alt", "", "", ""}};
  input.related_events = {"ev-1"};
  input.related_practices = {"hyva-arki"};
  saved(input);
  const std::int64_t logged = store_->change_log().last_position();
  EXPECT_TRUE(news().remove("poistuva"));
  EXPECT_FALSE(news().find_by_slug("poistuva").has_value());
  EXPECT_FALSE(news().image_owner("p1.webp").has_value());
  EXPECT_TRUE(news().referenced_files().empty());
  EXPECT_TRUE(news().keywords(kNow).empty());
  EXPECT_EQ(news().list({.now = kNow}).total, 0);
  const auto changes = store_->change_log().read_after(logged, 10);
  ASSERT_EQ(changes.size(), 1U);
  EXPECT_EQ(changes[0].object_type, "news");
  EXPECT_EQ(changes[0].action, ChangeAction::kDeleted);
  EXPECT_FALSE(news().remove("poistuva"));
  EXPECT_EQ(store_->change_log().last_position(), changes[0].id);
  // The address can be used again, by an article with none of the old one's lists.
  saved(article("poistuva", utc(2024, 2, 1), {}));
  EXPECT_TRUE(news().find_by_slug("poistuva")->input.images.empty());
}

}  // namespace
}  // namespace tori::store
