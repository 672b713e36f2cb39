// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import redirects FILE.csv`: the CSV read, checked and saved all or nothing.
#include "tori/app/redirect_import.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string_view>

#include "tori/app/data_folder.hpp"
#include "tori/app/import_lines.hpp"  // print_import_report
#include "tori/core/redirect_csv.hpp"

namespace tori::app {
namespace {

std::string redirect_line_error(std::size_t line, std::string_view reason) {
  return "line " + std::to_string(line) + ": " + std::string(reason);
}

// "the target leads back …" with the field named for the command line.
std::string redirect_rule_error(const core::RedirectError& error) {
  const std::string_view field = error.field == core::RedirectField::kOldPath  ? "old"
                                 : error.field == core::RedirectField::kTarget ? "target"
                                                                               : "note";
  return std::string(field) + ": " + std::string(core::redirect_problem_text(error.problem));
}

void report_csv_errors(const core::RedirectCsv& csv, ImportReport& report) {
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const core::RedirectCsvError& error : csv.errors) {
    found.emplace_back(error.line, std::string(core::redirect_csv_problem_text(error.problem)));
  }
  for (const core::RedirectCsvRow& row : csv.rows) {
    for (const core::RedirectError& error : core::check_redirect_input(row.input).errors) {
      found.emplace_back(row.line, redirect_rule_error(error));
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [line, reason] : found)
    report.errors.push_back(redirect_line_error(line, reason));
}

}  // namespace

ImportReport import_redirects(std::istream& in, store::Store& store, store::UtcTime now) {
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const core::RedirectCsv csv = core::read_redirect_csv(text);
  ImportReport report;
  report.lines = csv.rows.size() + csv.errors.size();
  if (!csv.errors.empty()) {
    report_csv_errors(csv, report);
    return report;
  }
  const store::RedirectImportOutcome imported =
      store.redirects().import(core::redirect_inputs(csv.rows), std::nullopt, now);
  for (const store::RedirectImportError& error : imported.errors) {
    report.errors.push_back(
        redirect_line_error(csv.rows[error.index - 1].line, redirect_rule_error(error.error)));
  }
  if (!report.ok()) return report;
  report.created = imported.created;
  report.updated = imported.replaced;
  store.audit_log().record({.actor = "tori import redirects",
                            .action = "redirect.import",
                            .object_type = "redirect",
                            .detail = "{\"created\":" + std::to_string(imported.created) +
                                      ",\"replaced\":" + std::to_string(imported.replaced) + "}"},
                           now);
  return report;
}

int run_import_redirects(const CommandContext& context, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  return print_import_report(import_redirects(in, *store, store::utc_now()), "redirects: ");
}

}  // namespace tori::app
