// SPDX-License-Identifier: AGPL-3.0-or-later
// The UTC time type of stored rows and its text form "2024-06-16T09:00:00.123Z" (sortable).
//
//   UtcTime now = utc_now();
//   std::string text = format_utc(now);           // "2024-06-16T09:00:00.123Z"
//   std::optional<UtcTime> back = parse_utc(text);  // == now
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tori::store {

// A moment in UTC with millisecond precision; convert to text::TimePoint with floor<seconds>.
using UtcTime = std::chrono::sys_time<std::chrono::milliseconds>;

// The current moment, truncated to milliseconds.
[[nodiscard]] UtcTime utc_now();
// The current moment to the second (core::TimePoint, the pages' and the rules' clock).
[[nodiscard]] std::chrono::sys_seconds utc_now_seconds();
// "YYYY-MM-DDTHH:MM:SS.mmmZ"; fixed width for years 0000-9999, so text order is time order.
[[nodiscard]] std::string format_utc(UtcTime time);
// The inverse of format_utc; nothing unless `text` has exactly that form and is a real date.
[[nodiscard]] std::optional<UtcTime> parse_utc(std::string_view text);

}  // namespace tori::store
