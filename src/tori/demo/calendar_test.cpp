// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Helsinki wall-clock conversion (checked against the tz database of tori_text) and the
// month helpers.
#include "tori/demo/calendar.hpp"

#include <gtest/gtest.h>

#include "tori/text/time_format.hpp"

namespace tori::demo {
namespace {

using namespace std::chrono;

TEST(Calendar, HelsinkiToUtcFollowsSummerTime) {
  struct Case {
    const char* name;
    sys_days day;
    int hour, minute;
    const char* helsinki;
  };
  const Case cases[] = {
      {"winter", sys_days{year{2024} / February / 16}, 9, 0, "2024-02-16T09:00:00+02:00"},
      {"summer", sys_days{year{2024} / June / 14}, 10, 30, "2024-06-14T10:30:00+03:00"},
      {"spring switch day, after 04.00", sys_days{year{2024} / March / 31}, 8, 0,
       "2024-03-31T08:00:00+03:00"},
      {"the day before the spring switch", sys_days{year{2024} / March / 30}, 15, 45,
       "2024-03-30T15:45:00+02:00"},
      {"autumn switch day, after 04.00", sys_days{year{2023} / October / 29}, 12, 0,
       "2023-10-29T12:00:00+02:00"},
      {"the day before the autumn switch", sys_days{year{2023} / October / 28}, 12, 0,
       "2023-10-28T12:00:00+03:00"},
      {"new year's eve", sys_days{year{2025} / December / 31}, 15, 45, "2025-12-31T15:45:00+02:00"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(text::format_rfc3339_helsinki(helsinki_to_utc(c.day, c.hour, c.minute)), c.helsinki);
  }
}

TEST(Calendar, EveryWorkingHourOfTenYearsAgreesWithTheTzDatabase) {
  for (sys_days day{year{2016} / January / 1}; day < sys_days{year{2026} / January / 1};
       day += days{1}) {
    const core::TimePoint t = helsinki_to_utc(day, 8, 15);
    const std::string text = text::format_rfc3339_helsinki(t);
    ASSERT_EQ(text.substr(11, 5), "08:15") << text;
  }
}

TEST(Calendar, Weekdays) {
  EXPECT_TRUE(is_weekday(sys_days{year{2016} / February / 1}));    // Monday
  EXPECT_TRUE(is_weekday(sys_days{year{2025} / December / 31}));   // Wednesday
  EXPECT_FALSE(is_weekday(sys_days{year{2023} / January / 1}));    // Sunday
  EXPECT_FALSE(is_weekday(sys_days{year{2022} / December / 31}));  // Saturday
}

TEST(Calendar, Months) {
  const int march_2019 = month_index(sys_days{year{2019} / March / 14});
  EXPECT_EQ(march_2019, 2019 * 12 + 2);
  EXPECT_EQ(format_month(march_2019), "2019-03");
  EXPECT_EQ(format_month(2020 * 12 + 11), "2020-12");
  EXPECT_EQ(month_phrase(march_2019), "maaliskuussa 2019");
  EXPECT_EQ(month_phrase(2021 * 12), "tammikuussa 2021");
  EXPECT_EQ(month_phrase(2021 * 12 + 11), "joulukuussa 2021");
}

}  // namespace
}  // namespace tori::demo
