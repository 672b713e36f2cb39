// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Helsinki date/time formatting, RFC 3339 parsing and formatting, and day deadlines.
#include "tori/text/time_format.hpp"

#include <cstdio>

#include <gtest/gtest.h>

namespace tori::text {
namespace {

// A UTC instant written as RFC 3339 in the test tables; the parser is tested separately below,
// so an instant it rejects fails loudly here.
TimePoint utc(std::string_view text) {
  const auto parsed = parse_rfc3339(text);
  if (!parsed) ADD_FAILURE() << "test instant does not parse: " << text;
  return parsed.value_or(TimePoint{});
}

TEST(TimeFormat, HelsinkiDateAndTime) {
  struct Case {
    std::string_view name, instant, fi, sv, en;
  };
  // Helsinki is UTC+2 (EET) in winter and UTC+3 (EEST) from the last Sunday of March 01:00 UTC
  // to the last Sunday of October 01:00 UTC.
  const Case cases[] = {
      {"winter morning", "2024-02-16T07:00:00Z", "16.2.2024 klo 9.00", "16.2.2024 kl. 9.00",
       "16 February 2024 at 9.00"},
      {"summer noon", "2024-06-16T09:00:00Z", "16.6.2024 klo 12.00", "16.6.2024 kl. 12.00",
       "16 June 2024 at 12.00"},
      {"minutes keep two digits", "2024-11-05T12:05:59Z", "5.11.2024 klo 14.05",
       "5.11.2024 kl. 14.05", "5 November 2024 at 14.05"},
      {"last second before spring switch", "2024-03-31T00:59:59Z", "31.3.2024 klo 2.59",
       "31.3.2024 kl. 2.59", "31 March 2024 at 2.59"},
      {"spring switch: 03.00 is skipped", "2024-03-31T01:00:00Z", "31.3.2024 klo 4.00",
       "31.3.2024 kl. 4.00", "31 March 2024 at 4.00"},
      {"autumn switch: first 03.30", "2024-10-27T00:30:00Z", "27.10.2024 klo 3.30",
       "27.10.2024 kl. 3.30", "27 October 2024 at 3.30"},
      {"autumn switch: second 03.30", "2024-10-27T01:30:00Z", "27.10.2024 klo 3.30",
       "27.10.2024 kl. 3.30", "27 October 2024 at 3.30"},
      {"Helsinki midnight in winter", "2024-01-14T22:00:00Z", "15.1.2024 klo 0.00",
       "15.1.2024 kl. 0.00", "15 January 2024 at 0.00"},
      {"UTC midnight is 2 a.m.", "2024-01-15T00:00:00Z", "15.1.2024 klo 2.00", "15.1.2024 kl. 2.00",
       "15 January 2024 at 2.00"},
      {"new year in Helsinki, not yet in UTC", "2024-12-31T22:30:00Z", "1.1.2025 klo 0.30",
       "1.1.2025 kl. 0.30", "1 January 2025 at 0.30"},
      {"last minute of the year", "2024-12-31T21:59:00Z", "31.12.2024 klo 23.59",
       "31.12.2024 kl. 23.59", "31 December 2024 at 23.59"},
      {"leap day", "2024-02-29T10:00:00Z", "29.2.2024 klo 12.00", "29.2.2024 kl. 12.00",
       "29 February 2024 at 12.00"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const TimePoint t = utc(c.instant);
    EXPECT_EQ(format_date_time(t, Language::kFi), c.fi);
    EXPECT_EQ(format_date_time(t, Language::kSv), c.sv);
    EXPECT_EQ(format_date_time(t, Language::kEn), c.en);
    const std::string fi_date(c.fi.substr(0, c.fi.find(' ')));
    EXPECT_EQ(format_date(t, Language::kFi), fi_date);
    EXPECT_EQ(format_date(t, Language::kSv), fi_date);
    EXPECT_EQ(format_date(t, Language::kEn), c.en.substr(0, c.en.find(" at ")));
  }
}

TEST(TimeFormat, EnglishMonthNames) {
  const std::string_view months[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
  for (int month = 1; month <= 12; ++month) {
    SCOPED_TRACE(month);
    char instant[32];
    std::snprintf(instant, sizeof instant, "2023-%02d-10T10:00:00Z", month);
    EXPECT_EQ(format_date(utc(instant), Language::kEn),
              "10 " + std::string(months[month - 1]) + " 2023");
  }
}

TEST(TimeFormat, Rfc3339Output) {
  struct Case {
    std::string_view name, instant, helsinki, utc;
  };
  const Case cases[] = {
      {"winter", "2024-02-16T07:00:00Z", "2024-02-16T09:00:00+02:00", "2024-02-16T07:00:00Z"},
      {"summer", "2024-06-16T09:00:00Z", "2024-06-16T12:00:00+03:00", "2024-06-16T09:00:00Z"},
      {"before spring switch", "2024-03-31T00:59:59Z", "2024-03-31T02:59:59+02:00",
       "2024-03-31T00:59:59Z"},
      {"after spring switch", "2024-03-31T01:00:00Z", "2024-03-31T04:00:00+03:00",
       "2024-03-31T01:00:00Z"},
      {"first 03.30 in autumn", "2024-10-27T00:30:00Z", "2024-10-27T03:30:00+03:00",
       "2024-10-27T00:30:00Z"},
      {"second 03.30 in autumn", "2024-10-27T01:30:00Z", "2024-10-27T03:30:00+02:00",
       "2024-10-27T01:30:00Z"},
      {"year boundary", "2024-12-31T22:00:00Z", "2025-01-01T00:00:00+02:00",
       "2024-12-31T22:00:00Z"},
      {"epoch", "1970-01-01T00:00:00Z", "1970-01-01T02:00:00+02:00", "1970-01-01T00:00:00Z"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const TimePoint t = utc(c.instant);
    EXPECT_EQ(format_rfc3339_helsinki(t), c.helsinki);
    EXPECT_EQ(format_rfc3339_utc(t), c.utc);
    EXPECT_EQ(parse_rfc3339(c.helsinki), t) << "the Helsinki form reads back";
  }
}

TEST(TimeFormat, ParseRfc3339Accepted) {
  struct Case {
    std::string_view name, input, expected_utc;
  };
  const Case cases[] = {
      {"Z", "2024-02-16T07:00:00Z", "2024-02-16T07:00:00Z"},
      {"lower-case t and z", "2024-02-16t07:00:00z", "2024-02-16T07:00:00Z"},
      {"positive offset", "2024-02-16T09:00:00+02:00", "2024-02-16T07:00:00Z"},
      {"negative offset", "2024-02-16T02:00:00-05:00", "2024-02-16T07:00:00Z"},
      {"offset with minutes", "2024-02-16T12:30:00+05:30", "2024-02-16T07:00:00Z"},
      {"-00:00 means UTC", "2024-02-16T07:00:00-00:00", "2024-02-16T07:00:00Z"},
      {"offset crosses the year", "2024-01-01T01:00:00+03:00", "2023-12-31T22:00:00Z"},
      {"fraction dropped", "2024-02-16T07:00:00.999Z", "2024-02-16T07:00:00Z"},
      {"one fraction digit", "2024-02-16T07:00:00.5+02:00", "2024-02-16T05:00:00Z"},
      {"nanoseconds", "2024-02-16T07:00:00.123456789Z", "2024-02-16T07:00:00Z"},
      {"leap day", "2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"},
      {"last second of a day", "2024-02-16T23:59:59Z", "2024-02-16T23:59:59Z"},
      {"before 1970", "1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::optional<TimePoint> parsed = parse_rfc3339(c.input);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(format_rfc3339_utc(*parsed), c.expected_utc);
  }
}

TEST(TimeFormat, ParseRfc3339Rejected) {
  struct Case {
    std::string_view name, input;
  };
  const Case cases[] = {
      {"empty", ""},
      {"garbage", "yesterday"},
      {"date only", "2024-02-16"},
      {"no offset", "2024-02-16T07:00:00"},
      {"space instead of T", "2024-02-16 07:00:00Z"},
      {"no seconds", "2024-02-16T07:00Z"},
      {"February 30", "2024-02-30T07:00:00Z"},
      {"February 29 in a common year", "2023-02-29T07:00:00Z"},
      {"month 13", "2024-13-01T07:00:00Z"},
      {"month 0", "2024-00-10T07:00:00Z"},
      {"day 0", "2024-01-00T07:00:00Z"},
      {"hour 24", "2024-02-16T24:00:00Z"},
      {"minute 60", "2024-02-16T07:60:00Z"},
      {"leap second", "2016-12-31T23:59:60Z"},
      {"one-digit month", "2024-2-16T07:00:00Z"},
      {"five-digit year", "20240-02-16T07:00:00Z"},
      {"offset without colon", "2024-02-16T09:00:00+0200"},
      {"offset hours only", "2024-02-16T09:00:00+02"},
      {"offset 24 hours", "2024-02-16T09:00:00+24:00"},
      {"offset minute 60", "2024-02-16T09:00:00+02:60"},
      {"dot without digits", "2024-02-16T07:00:00.Z"},
      {"comma fraction", "2024-02-16T07:00:00,5Z"},
      {"trailing text", "2024-02-16T07:00:00Z junk"},
      {"leading space", " 2024-02-16T07:00:00Z"},
      {"sign inside digits", "2024-+2-16T07:00:00Z"},
      {"truncated", "2024-02-16T07:00:0"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(parse_rfc3339(c.input), std::nullopt);
  }
}

TEST(TimeFormat, EndOfHelsinkiDay) {
  struct Case {
    std::string_view name, date;
    std::optional<std::string_view> expected_utc;  // nothing: must be rejected
  };
  const Case cases[] = {
      {"winter: midnight is 22.00 UTC", "2024-01-15", "2024-01-15T22:00:00Z"},
      {"summer: midnight is 21.00 UTC", "2024-09-30", "2024-09-30T21:00:00Z"},
      {"spring switch day", "2024-03-31", "2024-03-31T21:00:00Z"},
      {"day before spring switch", "2024-03-30", "2024-03-30T22:00:00Z"},
      {"autumn switch day", "2024-10-27", "2024-10-27T22:00:00Z"},
      {"last day of the year", "2024-12-31", "2024-12-31T22:00:00Z"},
      {"leap day", "2024-02-29", "2024-02-29T22:00:00Z"},
      {"empty", "", std::nullopt},
      {"February 30", "2024-02-30", std::nullopt},
      {"Finnish form", "30.9.2024", std::nullopt},
      {"with a time", "2024-09-30T12:00:00Z", std::nullopt},
      {"one-digit day", "2024-09-3", std::nullopt},
      {"trailing space", "2024-09-30 ", std::nullopt},
      {"garbage", "tomorrow", std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::optional<TimePoint> end = end_of_helsinki_day(c.date);
    ASSERT_EQ(end.has_value(), c.expected_utc.has_value());
    if (end) EXPECT_EQ(format_rfc3339_utc(*end), *c.expected_utc);
  }
}

TEST(TimeFormat, DeadlineIsOpenUntilHelsinkiMidnight) {
  const TimePoint end = end_of_helsinki_day("2024-09-30").value();
  EXPECT_EQ(format_date_time(end - std::chrono::seconds(1), Language::kFi), "30.9.2024 klo 23.59");
  EXPECT_EQ(format_date_time(end, Language::kFi), "1.10.2024 klo 0.00");
}

}  // namespace
}  // namespace tori::text
