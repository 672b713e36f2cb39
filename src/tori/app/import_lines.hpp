// SPDX-License-Identifier: AGPL-3.0-or-later
// The JSON Lines imports' shared steps: reading a file line by line, opening a demo file, and
// printing the report.
//
//   for_each_import_line<core::NetworkInput>(in, report, &core::parse_network_line,
//                                            [&](const std::string& label, auto&& input) { … });
//   return print_import_report(report, "networks: ");
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "tori/app/practice_import.hpp"  // ImportReport

namespace tori::app {

// Gives each non-blank line of `in` that `parse` reads to `take(label, input)` (label "line N");
// reports the others as "line N: reason".
template <class Input>
void for_each_import_line(
    std::istream& in, ImportReport& report,
    const std::function<std::variant<Input, std::string>(std::string_view)>& parse,
    const std::function<void(const std::string&, Input&&)>& take) {
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++report.lines;
    const std::string label = "line " + std::to_string(number);
    auto parsed = parse(line);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      report.errors.push_back(label + ": " + *reason);
      continue;
    }
    take(label, std::move(std::get<Input>(parsed)));
  }
}

// Counts a save's `outcome` in `report` when it is kCreated, kUpdated or kUnchanged (any store's
// outcome enum with those names); false for the others, which the caller reports.
template <class Outcome>
bool count_saved(ImportReport& report, Outcome outcome) {
  if (outcome == Outcome::kCreated) {
    ++report.created;
  } else if (outcome == Outcome::kUpdated) {
    ++report.updated;
  } else if (outcome == Outcome::kUnchanged) {
    ++report.unchanged;
  } else {
    return false;
  }
  return true;
}

// The errors to stderr, then "<prefix>N created, N updated, N unchanged, N refused" to stdout;
// kExitOk when nothing was refused.
int print_import_report(const ImportReport& report, std::string_view prefix);

// The demo file `path` opened, or nothing after saying on stderr that it cannot be read.
[[nodiscard]] std::optional<std::ifstream> open_demo_file(const std::filesystem::path& path);

}  // namespace tori::app
