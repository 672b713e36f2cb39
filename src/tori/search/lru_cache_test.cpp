// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the LRU cache: hits, replacement, eviction order.
#include "tori/search/lru_cache.hpp"

#include <gtest/gtest.h>

namespace tori::search {
namespace {

TEST(LruCache, FindsWhatWasInserted) {
  LruCache<int> cache(2);
  EXPECT_EQ(cache.find("a"), nullptr);
  cache.insert("a", 1);
  ASSERT_NE(cache.find("a"), nullptr);
  EXPECT_EQ(*cache.find("a"), 1);
  cache.insert("a", 5);  // replaces
  EXPECT_EQ(*cache.find("a"), 5);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(LruCache, DropsTheLeastRecentlyUsed) {
  LruCache<int> cache(2);
  cache.insert("a", 1);
  cache.insert("b", 2);
  EXPECT_NE(cache.find("a"), nullptr);  // a is now newer than b
  cache.insert("c", 3);
  EXPECT_EQ(cache.find("b"), nullptr);
  EXPECT_NE(cache.find("a"), nullptr);
  EXPECT_NE(cache.find("c"), nullptr);
  EXPECT_EQ(cache.size(), 2u);
}

TEST(LruCache, ZeroCapacityHoldsOne) {
  LruCache<int> cache(0);
  cache.insert("a", 1);
  cache.insert("b", 2);
  EXPECT_EQ(cache.find("a"), nullptr);
  EXPECT_NE(cache.find("b"), nullptr);
}

}  // namespace
}  // namespace tori::search
