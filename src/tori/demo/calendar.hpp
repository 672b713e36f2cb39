// SPDX-License-Identifier: AGPL-3.0-or-later
// Helsinki wall-clock times for generated practices, by Finland's (the EU's) summer-time rule
// alone, so that the generator needs no time-zone database and gives the same instants anywhere.
//
//   auto day = std::chrono::sys_days{2024y / June / 14};
//   core::TimePoint t = helsinki_to_utc(day, 10, 30);   // 2024-06-14T07:30:00Z
#pragma once

#include <chrono>
#include <string>

#include "tori/core/practice.hpp"

namespace tori::demo {

// The UTC instant of `hour`:`minute` on `day` in Helsinki (UTC+2, UTC+3 in summer time, which
// runs from the last Sunday of March to the last Sunday of October). REQUIRES: 4 <= hour <= 23,
// so that the time is never inside a switch hour.
[[nodiscard]] core::TimePoint helsinki_to_utc(std::chrono::sys_days day, int hour, int minute);

// Whether `day` is Monday to Friday.
[[nodiscard]] bool is_weekday(std::chrono::sys_days day);

// A month counted from year 0 (year * 12 + month - 1) and back to "YYYY-MM".
[[nodiscard]] int month_index(std::chrono::sys_days day);
[[nodiscard]] std::string format_month(int month_index);

// "maaliskuussa 2019": the month in the inessive and the year, as a sentence says when
// something began.
[[nodiscard]] std::string month_phrase(int month_index);

}  // namespace tori::demo
