// SPDX-License-Identifier: AGPL-3.0-or-later
// The JSON Lines imports' report and demo files.
#include "tori/app/import_lines.hpp"

#include <iostream>

#include "tori/app/command.hpp"

namespace tori::app {

int print_import_report(const ImportReport& report, std::string_view prefix) {
  for (const auto& error : report.errors)
    std::cerr << error << "\n";
  std::cout << prefix << report.created << " created, " << report.updated << " updated, "
            << report.unchanged << " unchanged, " << report.errors.size() << " refused\n";
  return report.ok() ? kExitOk : kExitFailed;
}

std::optional<std::ifstream> open_demo_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "tori: cannot read " << path.string() << "\n";
    return std::nullopt;
  }
  return in;
}

}  // namespace tori::app
