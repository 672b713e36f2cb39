// SPDX-License-Identifier: AGPL-3.0-or-later
// Helsinki wall-clock to UTC by the EU summer-time rule, and month arithmetic for "started".
#include "tori/demo/calendar.hpp"

#include <array>
#include <cstdio>

namespace tori::demo {
namespace {

using namespace std::chrono;

sys_days last_sunday(year y, month m) {
  return sys_days{year_month_weekday_last{y, m, weekday_last{Sunday}}};
}

// The Finnish months in the inessive ("in March" → "maaliskuussa").
constexpr std::array<const char*, 12> kMonthsInessive = {
    "tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa",  "kesäkuussa",
    "heinäkuussa", "elokuussa",   "syyskuussa",   "lokakuussa",  "marraskuussa", "joulukuussa"};

}  // namespace

core::TimePoint helsinki_to_utc(sys_days day, int hour, int minute) {
  const year y = year_month_day{day}.year();
  // From 04:00 local time on, the switch day already has its new offset (the switches happen
  // at 03:00 → 04:00 in spring and 04:00 → 03:00 in autumn).
  const bool summer = last_sunday(y, March) <= day && day < last_sunday(y, October);
  const hours offset{summer ? 3 : 2};
  return time_point_cast<seconds>(day + hours{hour} + minutes{minute} - offset);
}

bool is_weekday(sys_days day) {
  const weekday w{day};
  return w != Saturday && w != Sunday;
}

int month_index(sys_days day) {
  const year_month_day ymd{day};
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(unsigned(ymd.month())) - 1;
}

std::string format_month(int index) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", index / 12, index % 12 + 1);
  return text;
}

std::string month_phrase(int index) {
  return std::string(kMonthsInessive[static_cast<std::size_t>(index % 12)]) + " " +
         std::to_string(index / 12);
}

}  // namespace tori::demo
