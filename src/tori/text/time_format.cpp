// SPDX-License-Identifier: AGPL-3.0-or-later
// Helsinki wall-clock dates and times for readers, and strict RFC 3339 for machines.
#include "tori/text/time_format.hpp"

#include <array>
#include <cstdio>

#include <date/date.h>
#include <date/tz.h>

// date/tz is used through qualified names only: with both `using namespace date` and
// `using namespace std::chrono`, names such as sys_days are ambiguous under libstdc++ 12.

namespace tori::text {
namespace {

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Europe/Helsinki, looked up once (the zone object itself is safe to share between threads).
const date::time_zone& helsinki() {
  static const date::time_zone* const zone = date::locate_zone("Europe/Helsinki");
  return *zone;
}

// A moment split into calendar date and time of day on some clock (UTC or Helsinki).
struct CalendarParts {
  date::year_month_day date;
  date::hh_mm_ss<std::chrono::seconds> time;
};

template <class Clock>
CalendarParts split(std::chrono::time_point<Clock, std::chrono::seconds> moment) {
  const auto day = date::floor<date::days>(moment);
  return {date::year_month_day(day), date::hh_mm_ss<std::chrono::seconds>(moment - day)};
}

CalendarParts helsinki_parts(TimePoint time) {
  return split(helsinki().to_local(time));
}

// "2024-06-16T12:00:00" (RFC 3339 without the offset).
std::string rfc3339_date_time(const CalendarParts& parts) {
  char buffer[48];
  std::snprintf(
      buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(parts.date.year()),
      static_cast<unsigned>(parts.date.month()), static_cast<unsigned>(parts.date.day()),
      static_cast<int>(parts.time.hours().count()), static_cast<int>(parts.time.minutes().count()),
      static_cast<int>(parts.time.seconds().count()));
  return buffer;
}

// Exactly `count` ASCII digits taken from the front of `text`, as a number.
std::optional<int> take_digits(std::string_view& text, std::size_t count) {
  if (text.size() < count) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  text.remove_prefix(count);
  return value;
}

// Takes one character of `accepted` from the front of `text`; which one, or '\0' if none.
char take_one_of(std::string_view& text, std::string_view accepted) {
  if (text.empty() || accepted.find(text.front()) == std::string_view::npos) return '\0';
  const char taken = text.front();
  text.remove_prefix(1);
  return taken;
}

// "YYYY-MM-DD" from the front of `text`, a valid calendar date.
std::optional<date::year_month_day> take_date(std::string_view& text) {
  const auto year = take_digits(text, 4);
  if (!year || !take_one_of(text, "-")) return std::nullopt;
  const auto month = take_digits(text, 2);
  if (!month || !take_one_of(text, "-")) return std::nullopt;
  const auto day = take_digits(text, 2);
  if (!day) return std::nullopt;
  const date::year_month_day result{date::year(*year), date::month(static_cast<unsigned>(*month)),
                                    date::day(static_cast<unsigned>(*day))};
  if (!result.ok()) return std::nullopt;
  return result;
}

// "HH:MM:SS" with optional fraction (dropped) from the front of `text`. No leap second (:60):
// system_clock cannot represent it.
std::optional<std::chrono::seconds> take_time_of_day(std::string_view& text) {
  const auto hour = take_digits(text, 2);
  if (!hour || !take_one_of(text, ":")) return std::nullopt;
  const auto minute = take_digits(text, 2);
  if (!minute || !take_one_of(text, ":")) return std::nullopt;
  const auto second = take_digits(text, 2);
  if (!second || *hour > 23 || *minute > 59 || *second > 59) return std::nullopt;
  if (take_one_of(text, ".")) {
    if (!take_digits(text, 1)) return std::nullopt;
    while (take_digits(text, 1)) {
    }
  }
  return std::chrono::hours(*hour) + std::chrono::minutes(*minute) + std::chrono::seconds(*second);
}

// "Z", "z" or "±HH:MM" from the front of `text`: local time minus UTC.
std::optional<std::chrono::seconds> take_offset(std::string_view& text) {
  if (take_one_of(text, "Zz")) return std::chrono::seconds(0);
  const char sign = take_one_of(text, "+-");
  if (!sign) return std::nullopt;
  const auto hours = take_digits(text, 2);
  if (!hours || !take_one_of(text, ":")) return std::nullopt;
  const auto minutes = take_digits(text, 2);
  if (!minutes || *hours > 23 || *minutes > 59) return std::nullopt;
  const std::chrono::seconds offset = std::chrono::hours(*hours) + std::chrono::minutes(*minutes);
  return sign == '-' ? -offset : offset;
}

}  // namespace

std::string format_date(TimePoint time, Language language) {
  const date::year_month_day day = helsinki_parts(time).date;
  const unsigned month = static_cast<unsigned>(day.month());
  const std::string year = std::to_string(static_cast<int>(day.year()));
  const std::string day_number = std::to_string(static_cast<unsigned>(day.day()));
  if (language == Language::kEn) {
    return day_number + " " + std::string(kEnglishMonths[month - 1]) + " " + year;
  }
  return day_number + "." + std::to_string(month) + "." + year;
}

std::string format_date_time(TimePoint time, Language language) {
  const CalendarParts parts = helsinki_parts(time);
  char clock[16];
  std::snprintf(clock, sizeof clock, "%d.%02d", static_cast<int>(parts.time.hours().count()),
                static_cast<int>(parts.time.minutes().count()));
  const char* joiner = language == Language::kFi   ? " klo "
                       : language == Language::kSv ? " kl. "
                                                   : " at ";
  return format_date(time, language) + joiner + clock;
}

std::string format_rfc3339_helsinki(TimePoint time) {
  const auto offset =
      std::chrono::duration_cast<std::chrono::minutes>(helsinki().get_info(time).offset);
  const auto magnitude = offset < std::chrono::minutes(0) ? -offset : offset;
  char zone[8];
  std::snprintf(zone, sizeof zone, "%c%02d:%02d", offset < std::chrono::minutes(0) ? '-' : '+',
                static_cast<int>(magnitude.count() / 60), static_cast<int>(magnitude.count() % 60));
  return rfc3339_date_time(helsinki_parts(time)) + zone;
}

std::string format_rfc3339_utc(TimePoint time) {
  return rfc3339_date_time(split(time)) + "Z";
}

std::optional<TimePoint> parse_rfc3339(std::string_view text) {
  const auto day = take_date(text);
  if (!day || !take_one_of(text, "Tt")) return std::nullopt;
  const auto time_of_day = take_time_of_day(text);
  if (!time_of_day) return std::nullopt;
  const auto offset = take_offset(text);
  if (!offset || !text.empty()) return std::nullopt;
  return TimePoint(date::sys_days(*day) + *time_of_day - *offset);
}

std::optional<TimePoint> end_of_helsinki_day(std::string_view day_text) {
  const auto day = take_date(day_text);
  if (!day || !day_text.empty()) return std::nullopt;
  const date::local_days next_day = date::local_days(*day) + date::days(1);
  // Helsinki changes its clocks at 03:00/04:00, so midnight always exists exactly once; asking for
  // the earliest keeps to_sys from throwing if the rules ever change.
  return helsinki().to_sys(next_day, date::choose::earliest);
}

}  // namespace tori::text
