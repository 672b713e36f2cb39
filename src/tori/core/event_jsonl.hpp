// SPDX-License-Identifier: AGPL-3.0-or-later
// The event exchange format (docs/formats/events-jsonl.md): one event a line of JSON, read by
// the event import and written by the event export.
//
//   auto read = parse_event_line(line);                  // EventInput, or the reason
//   if (auto* input = std::get_if<EventInput>(&read)) {
//     auto errors = validate_event_input(*input);         // parsing checks the shape only
//   }
//   out << write_event_line(event.input) << '\n';         // one line, no line break
//
// Export writes every field in the format's order, Python json.dumps style (", " and ": ",
// UTF-8 as is, "/" not escaped), so that the demo file's lines come back byte for byte and
// export → import → export gives the same bytes.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/event.hpp"

namespace tori::core {

// Reads one line (a JSON object; surrounding whitespace and a trailing CR are fine). The reason
// names the first problem: "not valid JSON: … (at column 17)", "the line must be a JSON object",
// "unknown field 'x'" (also "unknown field 'place.x'", "unknown field 'questions[0].x'"),
// "field 'kind' is required" (kind, starts_at and ends_at are), "field 'capacity' must be a
// whole number", "field 'starts_at' must be an RFC 3339 time with an offset (…)", …
// null counts as absent for series, place, capacity, on_site_capacity, remote_capacity,
// registration_opens, registration_closes, remote_url, organiser and image only; elsewhere it is a
// wrong type. registration_closes is a date "YYYY-MM-DD" (closing when that Helsinki day ends:
// text::end_of_helsinki_day) or an RFC 3339 time. Absent: language fi, remote false, questions [],
// a question's choices [] and required false (its type is required). Only the shape is checked:
// call validate_event_input before storing. (If a key occurs twice, the last one counts.)
[[nodiscard]] std::variant<EventInput, std::string> parse_event_line(std::string_view line);

// The event as one line of the format, without a line break. Every field is written, in the
// format's order: times as RFC 3339 with the Helsinki offset; series null when empty; place,
// the capacities and registration_opens null when absent; registration_closes null when absent, its
// date when it was given as a date, else its time; every question with all five fields.
// REQUIRES: texts are valid UTF-8 (the store holds validated input).
[[nodiscard]] std::string write_event_line(const EventInput& event);

}  // namespace tori::core
