// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirects as CSV (`old,target[,note]` with that header row; RFC 4180 quoting, comma separated,
// UTF-8 with an optional BOM, CRLF or LF): read into rules with their line numbers, or the lines
// that are not well formed. The rules' own checks are core/redirect.hpp's.
//
//   RedirectCsv csv = read_redirect_csv(text);
//   for (const RedirectCsvError& error : csv.errors) … error.line, error.problem
//   store.redirects().import(inputs_of(csv.rows), …);   // row i came from csv.rows[i].line
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "tori/core/redirect.hpp"

namespace tori::core {

enum class RedirectCsvProblem {
  kHeader,      // the first line is not "old,target" or "old,target,note"
  kFieldCount,  // a line has fewer than 2 or more than 3 fields
  kQuote,       // a quoted field is not closed, or text follows its closing quote
  kEncoding,    // the line is not valid UTF-8
  kEmpty,       // no rules at all
  kTooMany,     // more rows than the reader takes
};

// A short English text ("a line needs old,target[,note]").
[[nodiscard]] std::string_view redirect_csv_problem_text(RedirectCsvProblem problem);
// A stable name ("field_count"), for message keys.
[[nodiscard]] std::string_view redirect_csv_problem_name(RedirectCsvProblem problem);

struct RedirectCsvRow {
  std::size_t line = 0;  // 1-based line of the file where the row starts
  RedirectInput input;   // as written (not yet normalised)
};

struct RedirectCsvError {
  std::size_t line = 0;
  RedirectCsvProblem problem = RedirectCsvProblem::kFieldCount;
};

struct RedirectCsv {
  std::vector<RedirectCsvRow> rows;      // the well-formed rows, in order
  std::vector<RedirectCsvError> errors;  // the others
};

// Blank lines are skipped. At most `max_rows` rows are read (the rest is one kTooMany error on
// the first line over), so that a huge upload cannot tie up the server.
[[nodiscard]] RedirectCsv read_redirect_csv(std::string_view text, std::size_t max_rows = 20000);

// The inputs of the rows, in order.
[[nodiscard]] std::vector<RedirectInput> redirect_inputs(const std::vector<RedirectCsvRow>& rows);

}  // namespace tori::core
