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
