// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of practice slugs on SQLite: generated ones unique and never reserved, given ones kept
// or refused, an updated practice keeping its slug.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "tori/store/reserved_slugs.hpp"
#include "tori/store/sqlite/practice_test_support.hpp"
#include "tori/text/slug.hpp"

namespace tori::store {
namespace {

using practice_testing::make_write;
using practice_testing::PracticeStoreTest;

TEST_P(PracticeStoreTest, GeneratedSlugsAreUniqueAndNeverReserved) {
  const struct {
    const char* title;
    const char* expected;
  } cases[] = {
      {"Etätyö", "etatyo"}, {"Etätyö", "etatyo-2"}, {"ETÄTYÖ!", "etatyo-3"}, {"Uusi", nullptr},
      {"Haku", nullptr},    {"API", nullptr},       {"Teot", nullptr},       {"Uusi", nullptr},
  };
  int number = 0;
  std::set<std::string> slugs;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.title);
    const WriteResult result = saved(make_write("slug-" + std::to_string(++number), c.title));
    if (c.expected != nullptr) {
      EXPECT_EQ(result.slug, c.expected);
    }
    EXPECT_FALSE(std::binary_search(kReservedSlugs.begin(), kReservedSlugs.end(), result.slug));
    EXPECT_TRUE(text::is_valid_slug(result.slug)) << result.slug;
    EXPECT_TRUE(slugs.insert(result.slug).second) << result.slug;
  }
}

TEST_P(PracticeStoreTest, GivenSlugsAreKeptOrRefused) {
  (void)saved(make_write("first", "Etätyö"));  // etatyo
  const struct {
    const char* name;
    const char* external_id;
    const char* slug;
    const char* error;  // nullptr: accepted
  } cases[] = {
      {"free", "second", "oma-osoite", nullptr},
      {"another practice's", "third", "etatyo", "slug 'etatyo' belongs to another practice"},
      {"its own", "first", "etatyo", nullptr},
      {"reserved", "fourth", "uusi", "slug 'uusi' is reserved for the site"},
      {"malformed", "fifth", "Iso Kirjain", "slug 'Iso Kirjain' is not a valid slug"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    PracticeWrite write = make_write(c.external_id, "Otsikko");
    write.input.slug = c.slug;
    const SaveResult result = practices().save(write);
    if (c.error == nullptr) {
      ASSERT_TRUE(std::holds_alternative<WriteResult>(result));
      EXPECT_EQ(std::get<WriteResult>(result).slug, c.slug);
      EXPECT_EQ(practices().find_by_slug(c.slug)->external_id, c.external_id);
    } else {
      ASSERT_TRUE(std::holds_alternative<WriteError>(result));
      EXPECT_EQ(std::get<WriteError>(result).field, "slug");
      EXPECT_EQ(std::get<WriteError>(result).message, c.error);
      EXPECT_FALSE(practices().find_by_external_id(c.external_id).has_value());
    }
  }
}

TEST_P(PracticeStoreTest, UpdateKeepsItsSlugUnlessOneIsGiven) {
  PracticeWrite write = make_write("ho-1", "Etätyö");
  EXPECT_EQ(saved(write).slug, "etatyo");
  write.input.title = "Hybridityö";
  EXPECT_EQ(saved(write).slug, "etatyo");
  write.input.slug = "hybridityo";
  EXPECT_EQ(saved(write).slug, "hybridityo");
  EXPECT_FALSE(practices().find_by_slug("etatyo").has_value());
  EXPECT_EQ(practices().find_by_slug("hybridityo")->title, "Hybridityö");
  EXPECT_TRUE(practices().slug_taken("hybridityo", "other"));
  EXPECT_FALSE(practices().slug_taken("hybridityo", "ho-1"));
  EXPECT_FALSE(practices().slug_taken("etatyo", "other"));
}

}  // namespace
}  // namespace tori::store
