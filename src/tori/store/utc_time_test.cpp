// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the stored UTC text form: formatting, round trips and rejected inputs.
#include "tori/store/utc_time.hpp"

#include <gtest/gtest.h>

namespace tori::store {
namespace {

using namespace std::chrono;

struct FormatCase {
  const char* name;
  UtcTime time;
  const char* text;
};

TEST(UtcTime, FormatsAndParsesBack) {
  const FormatCase cases[] = {
      {"epoch", UtcTime{}, "1970-01-01T00:00:00.000Z"},
      {"milliseconds", sys_days{2024y / 6 / 16} + 9h + 5min + 7s + 123ms,
       "2024-06-16T09:05:07.123Z"},
      {"leap day, last millisecond", sys_days{2024y / 2 / 29} + 23h + 59min + 59s + 999ms,
       "2024-02-29T23:59:59.999Z"},
      {"before the epoch", sys_days{1969y / 12 / 31} + 23h + 59min + 59s + 1ms,
       "1969-12-31T23:59:59.001Z"},
      {"year 9999", sys_days{9999y / 12 / 31}, "9999-12-31T00:00:00.000Z"},
  };
  for (const FormatCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(format_utc(c.time), c.text);
    EXPECT_EQ(parse_utc(c.text), c.time);
  }
}

TEST(UtcTime, RejectsOtherForms) {
  const char* const rejected[] = {
      "",
      "2024-06-16T09:00:00Z",           // no milliseconds
      "2024-06-16 09:00:00.000Z",       // space instead of T
      "2024-06-16T09:00:00.000+00:00",  // offset instead of Z
      "2024-06-16T09:00:00.000z",       // lower-case z
      "2024-02-30T00:00:00.000Z",       // no such day
      "2023-02-29T00:00:00.000Z",       // not a leap year
      "2024-13-01T00:00:00.000Z",       // no such month
      "2024-06-16T24:00:00.000Z",       // hour 24
      "2024-06-16T09:60:00.000Z",       // minute 60
      "2024-06-16T09:00:60.000Z",       // leap seconds are not stored
      "2024-06-16T09:00:00.000Z ",      // trailing space
      "+024-06-16T09:00:00.000Z",       // sign in the year
  };
  for (const char* text : rejected) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_utc(text), std::nullopt);
  }
}

TEST(UtcTime, NowRoundTripsAndIsNow) {
  const UtcTime now = utc_now();
  EXPECT_EQ(parse_utc(format_utc(now)), now);
  EXPECT_LE(abs(now - floor<milliseconds>(system_clock::now())), 1s);
}

}  // namespace
}  // namespace tori::store
