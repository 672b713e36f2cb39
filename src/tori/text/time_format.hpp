// SPDX-License-Identifier: AGPL-3.0-or-later
// Times as Finnish readers expect them: Europe/Helsinki, "16.2.2024 klo 9.00"; and RFC 3339.
//
//   auto t = parse_rfc3339("2024-02-16T07:00:00Z");           // a UTC time point
//   format_date_time(*t, Language::kFi);                       // "16.2.2024 klo 9.00"
//   format_rfc3339_helsinki(*t);                               // "2024-02-16T09:00:00+02:00"
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "tori/text/i18n.hpp"

namespace tori::text {

using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::time_point<Clock, std::chrono::seconds>;

// The date in Helsinki: fi "16.2.2024", sv "16.2.2024", en "16 February 2024".
[[nodiscard]] std::string format_date(TimePoint time, Language language);
// Date and time in Helsinki: fi "16.2.2024 klo 9.00", sv "16.2.2024 kl. 9.00",
// en "16 February 2024 at 9.00".
[[nodiscard]] std::string format_date_time(TimePoint time, Language language);
// RFC 3339 with the Helsinki offset of that moment: "2024-06-16T12:00:00+03:00".
// (Both RFC 3339 forms assume years 0000–9999; others come out with more or fewer digits.)
[[nodiscard]] std::string format_rfc3339_helsinki(TimePoint time);
// RFC 3339 in UTC: "2024-06-16T09:00:00Z" (for storage and logs).
[[nodiscard]] std::string format_rfc3339_utc(TimePoint time);
// Parses RFC 3339 ("2024-02-16T09:00:00+02:00", "...Z", fractional seconds dropped);
// nothing when malformed or out of range. Strict: exactly YYYY-MM-DD, 'T' (or 't'),
// HH:MM:SS, an optional '.' with at least one digit, then 'Z' (or 'z') or ±HH:MM; a real
// calendar date (no Feb 30); no leap second (:60), no space for 'T', nothing around it.
[[nodiscard]] std::optional<TimePoint> parse_rfc3339(std::string_view text);
// The first instant after the Helsinki calendar day `date` ("2024-09-30") ends, i.e. 00:00 of
// the next day in Helsinki as UTC: a deadline given as a date is open while now < this.
// Nothing unless `date` is exactly a valid YYYY-MM-DD.
[[nodiscard]] std::optional<TimePoint> end_of_helsinki_day(std::string_view date);

}  // namespace tori::text
