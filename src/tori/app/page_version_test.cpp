// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the page cache's data version: it moves at Helsinki midnight (in summer and winter
// time, not at UTC midnight) and with every write, and never goes back.
#include "tori/app/page_version.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::app {
namespace {

std::chrono::system_clock::time_point page_version_at(const char* rfc3339) {
  return *text::parse_rfc3339(rfc3339);
}

TEST(PageVersionTest, MovesAtHelsinkiMidnightAndWithEveryWrite) {
  struct Case {
    const char* before;
    const char* after;
    bool moves;
  };
  for (const Case& c : {
           Case{"2026-09-30T23:59:59+03:00", "2026-10-01T00:00:00+03:00", true},   // summer time
           Case{"2026-12-31T23:59:59+02:00", "2027-01-01T00:00:00+02:00", true},   // winter time
           Case{"2026-10-01T02:59:59+03:00", "2026-10-01T03:00:00+03:00", false},  // UTC midnight
           Case{"2026-10-25T03:59:59+03:00", "2026-10-25T03:00:00+02:00", false},  // the DST change
       }) {
    const auto before = page_version(7, page_version_at(c.before));
    const auto after = page_version(7, page_version_at(c.after));
    EXPECT_EQ(after > before, c.moves) << c.before << " → " << c.after;
    EXPECT_GE(after, before) << c.before;
  }
  const auto late = page_version_at("2026-12-31T23:59:59+02:00");
  const auto next_day = page_version_at("2027-01-01T00:00:01+02:00");
  EXPECT_GT(page_version(8, late), page_version(7, late));      // a write
  EXPECT_GT(page_version(8, late), page_version(7, next_day));  // a write beats a day
  EXPECT_GT(page_version(8, next_day), page_version(8, late));
}

}  // namespace
}  // namespace tori::app
