// SPDX-License-Identifier: AGPL-3.0-or-later
// The lenient readers of what people type into the editors' forms (events, campaigns): dates in
// ISO or Finnish form, times of day, small numbers, and texts trimmed of stray spaces and "\r".
//
//   typed_date("30.9.2031")        // "2031-09-30"; "" when not a real date
//   typed_time("9.30")             // "09:30"
//   typed_line("  Nimi\r\n")       // "Nimi"
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tori/core/practice.hpp"  // TimePoint

namespace tori::web {

// "2027-05-12" of "2027-05-12" or "12.5.2027"; "" when neither is a real date.
[[nodiscard]] std::string typed_date(std::string_view text);
// "09:30" of "09:30", "9:30", "9.30" or "09:30:00"; "" when not a time of day.
[[nodiscard]] std::string typed_time(std::string_view text);
// The number `text` of 1 to `digits` decimal digits; -1 otherwise.
[[nodiscard]] int typed_number(std::string_view text, std::size_t digits);
// A longer text: "\r\n" and "\r" made "\n", spaces and line ends off both ends.
[[nodiscard]] std::string typed_text(std::string_view text);
// A one-line text: as typed_text, with its line ends and tabs made spaces (a pasted title).
[[nodiscard]] std::string typed_line(std::string_view text);

// The items of a comma-separated line, each typed_line'd, empty ones dropped: "a, b,,c" → a b c.
[[nodiscard]] std::vector<std::string> typed_list(std::string_view text);
// The items joined with ", " (as typed_list reads them back).
[[nodiscard]] std::string list_text(const std::vector<std::string>& items);

// A moment typed as a Helsinki date ("16.2.2024") and time ("9.00"): the instant, or which of
// the two is wrong (a time that does not exist that day is the time's fault).
struct TypedMoment {
  std::optional<core::TimePoint> at;
  bool date_wrong = false;
  bool time_wrong = false;
};
[[nodiscard]] TypedMoment typed_helsinki_moment(std::string_view date, std::string_view time);
// The date ("16.02.2024") and time ("09:00") of `at` in Helsinki, as the forms show them.
[[nodiscard]] std::pair<std::string, std::string> helsinki_date_and_time(core::TimePoint at);

// What a core validator's message says that every field shares: "required", "too_long" (with the
// limit, " is longer than 200") or "characters" (not UTF-8, a control character, a line break);
// nothing for a message of the field's own.
struct CommonFieldProblem {
  std::string_view kind;
  long long limit = 0;
};
[[nodiscard]] std::optional<CommonFieldProblem> common_field_problem(std::string_view message);

// A validator's field name in a list: "questions[2].id" → {2, ".id"}; {-1, field} for a field of
// no list.
[[nodiscard]] std::pair<long, std::string_view> field_list_index(std::string_view field);

}  // namespace tori::web
