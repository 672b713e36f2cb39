// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading redirects from CSV: records split with RFC 4180 quoting, the header checked, line
// numbers kept for the messages.
#include "tori/core/redirect_csv.hpp"

#include <optional>
#include <string>

#include "tori/text/escape.hpp"  // is_valid_utf8

namespace tori::core {
namespace {

struct CsvRecord {
  std::size_t line = 0;
  std::vector<std::string> fields;
  bool bad_quote = false;
};

// Reads one record from `text` at `at`, advancing `at` and `line` past its line end.
CsvRecord next_csv_record(std::string_view text, std::size_t& at, std::size_t& line) {
  CsvRecord record{line, {std::string()}, false};
  bool quoted = false, closed = false;
  while (at < text.size()) {
    const char c = text[at++];
    if (quoted) {
      if (c == '"' && at < text.size() && text[at] == '"') {
        record.fields.back() += '"';
        ++at;
      } else if (c == '"') {
        quoted = false;
        closed = true;
      } else {
        if (c == '\n') ++line;
        record.fields.back() += c;
      }
    } else if (c == ',') {
      record.fields.emplace_back();
      closed = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && at < text.size() && text[at] == '\n') ++at;
      ++line;
      return record;
    } else if (c == '"' && record.fields.back().empty() && !closed) {
      quoted = true;
    } else if (closed || c == '"') {
      record.bad_quote = true;
      record.fields.back() += c;
    } else {
      record.fields.back() += c;
    }
  }
  if (quoted) record.bad_quote = true;
  return record;
}

bool blank_record(const CsvRecord& record) {
  return record.fields.size() == 1 &&
         record.fields[0].find_first_not_of(" \t") == std::string::npos;
}

bool csv_header_ok(const CsvRecord& record) {
  const auto& f = record.fields;
  return (f.size() == 2 || f.size() == 3) && f[0] == "old" && f[1] == "target" &&
         (f.size() == 2 || f[2] == "note");
}

std::optional<RedirectCsvProblem> csv_record_problem(const CsvRecord& record) {
  if (record.bad_quote) return RedirectCsvProblem::kQuote;
  for (const std::string& field : record.fields) {
    if (!text::is_valid_utf8(field)) return RedirectCsvProblem::kEncoding;
  }
  if (record.fields.size() < 2 || record.fields.size() > 3) return RedirectCsvProblem::kFieldCount;
  return std::nullopt;
}

}  // namespace

std::string_view redirect_csv_problem_text(RedirectCsvProblem problem) {
  switch (problem) {
    case RedirectCsvProblem::kHeader:
      return "the first line must be old,target or old,target,note";
    case RedirectCsvProblem::kFieldCount:
      return "a line needs old,target or old,target,note";
    case RedirectCsvProblem::kQuote:
      return "a quoted field is not closed properly";
    case RedirectCsvProblem::kEncoding:
      return "the line is not valid UTF-8";
    case RedirectCsvProblem::kEmpty:
      return "the file has no redirects";
    case RedirectCsvProblem::kTooMany:
      return "the file has too many lines";
  }
  return "";
}

std::string_view redirect_csv_problem_name(RedirectCsvProblem problem) {
  switch (problem) {
    case RedirectCsvProblem::kHeader:
      return "header";
    case RedirectCsvProblem::kFieldCount:
      return "field_count";
    case RedirectCsvProblem::kQuote:
      return "quote";
    case RedirectCsvProblem::kEncoding:
      return "encoding";
    case RedirectCsvProblem::kEmpty:
      return "empty";
    case RedirectCsvProblem::kTooMany:
      return "too_many";
  }
  return "";
}

RedirectCsv read_redirect_csv(std::string_view text, std::size_t max_rows) {
  RedirectCsv csv;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t at = 0, line = 1;
  bool header = false;
  while (at < text.size()) {
    const CsvRecord record = next_csv_record(text, at, line);
    if (blank_record(record)) continue;
    if (!header) {
      header = true;
      if (!csv_header_ok(record)) csv.errors.push_back({record.line, RedirectCsvProblem::kHeader});
      continue;
    }
    if (csv.rows.size() + csv.errors.size() >= max_rows) {
      csv.errors.push_back({record.line, RedirectCsvProblem::kTooMany});
      break;
    }
    if (auto problem = csv_record_problem(record)) {
      csv.errors.push_back({record.line, *problem});
      continue;
    }
    const auto& f = record.fields;
    csv.rows.push_back({record.line, {f[0], f[1], f.size() == 3 ? f[2] : std::string()}});
  }
  if (!header) csv.errors.push_back({1, RedirectCsvProblem::kHeader});
  if (csv.rows.empty() && csv.errors.empty())
    csv.errors.push_back({line, RedirectCsvProblem::kEmpty});
  return csv;
}

std::vector<RedirectInput> redirect_inputs(const std::vector<RedirectCsvRow>& rows) {
  std::vector<RedirectInput> inputs;
  inputs.reserve(rows.size());
  for (const RedirectCsvRow& row : rows)
    inputs.push_back(row.input);
  return inputs;
}

}  // namespace tori::core
