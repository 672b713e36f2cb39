// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice exchange format (../shared/formats/practices-jsonl.md, a contract): one
// practice a line of JSON, read by `tori import practices` and written by `tori export`.
//
//   auto read = parse_practice_line(line);               // PracticeInput, or the reason
//   if (auto* input = std::get_if<PracticeInput>(&read)) {
//     auto errors = validate_practice_input(*input);      // parsing checks the shape only
//   }
//   out << write_practice_line(practice) << '\n';         // one line, no line break
//
// Export writes the fields in the format's order, Python json.dumps style (", " and ": ",
// UTF-8 as is, "/" not escaped), so that the demo file's lines come back byte for byte and
// export → import → export gives the same bytes.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "tori/core/practice.hpp"

namespace tori::core {

// Reads one line (a JSON object; surrounding whitespace and a trailing CR are fine). The
// reason names the first problem: "not valid JSON: … (at column 17)", "the line must be a JSON
// object", "unknown field 'x'" (a typo must not vanish silently), "field 'themes' must be a list
// of strings", "field 'state' must be one of draft, submitted, published, archived",
// "unknown section 'x'", "field 'published_at' must be an RFC 3339 time …".
// A field given as null counts as absent. Absent state: published if published_at is given,
// else draft (the format's rule, applied here); absent language: fi. Only the shape is checked:
// call validate_practice_input before storing. (If a key occurs twice, the last one counts.)
[[nodiscard]] std::variant<PracticeInput, std::string> parse_practice_line(std::string_view line);

// The practice as one line of the format, without a line break. Always written: external_id,
// slug, state, title, summary, organisations (names), sectors, themes, client_groups (labels),
// sections (an object of the non-empty sections only, in section order), keywords, links,
// language; lists may be empty ([]). Written only when present: municipality and region (Finnish
// names), maturity, started, contact (its non-empty fields only), published_at (RFC 3339,
// Helsinki offset). Control characters are escaped as json.dumps does (\n, \u0001); U+2028 and
// U+2029 are escaped too so that no line-splitting reader breaks a line inside a string.
// REQUIRES: texts are valid UTF-8 (the store holds validated input).
[[nodiscard]] std::string write_practice_line(const Practice& practice);

}  // namespace tori::core
