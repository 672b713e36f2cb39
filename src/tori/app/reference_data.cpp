// SPDX-License-Identifier: AGPL-3.0-or-later
// Loads the reference data that import, demo and serve share.
#include "tori/app/reference_data.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <variant>

namespace tori::app {

std::unique_ptr<core::Finland> load_finland(const CommandContext& context) {
  auto path = context.assets / "finland" / "municipalities.csv";
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  auto parsed = core::Finland::parse(text.str());
  if (auto* error = std::get_if<std::string>(&parsed)) {
    std::cerr << "tori: " << path.string() << ": " << *error << "\n";
    return nullptr;
  }
  return std::make_unique<core::Finland>(std::move(std::get<core::Finland>(parsed)));
}

}  // namespace tori::app
