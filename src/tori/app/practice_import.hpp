// SPDX-License-Identifier: AGPL-3.0-or-later
// Import and export of practices in the exchange format (formats/practices-jsonl.md): the
// logic of `tori import practices` and `tori export practices`, apart from the command line.
//
//   ImportReport report = import_practices(file, store.practices(), finland, options);
//   for (const auto& error : report.errors) std::cerr << error << '\n';   // "line 7: …"
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/core/practice.hpp"
#include "tori/store/practice_store.hpp"

namespace tori::app {

struct ImportOptions {
  bool create_terms = false;     // unknown vocabulary labels become new terms
  std::size_t batch_size = 500;  // lines saved per transaction
  // Called after each batch with the number of lines read so far (progress display).
  std::function<void(std::size_t lines)> progress;
};

struct ImportReport {
  std::size_t lines = 0;  // non-blank lines read
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::vector<std::string> errors;  // "line N: reason", in line order
  [[nodiscard]] bool ok() const { return errors.empty(); }
};

// Reads JSON lines; a bad line is reported and nothing of it is written, the others go on.
// Blank lines are skipped. Throws only when the store fails.
[[nodiscard]] ImportReport import_practices(std::istream& in, store::PracticeStore& practices,
                                            const core::Finland& finland,
                                            const ImportOptions& options);

// Saves already-parsed inputs (the demo) the same way; errors are "external_id: reason".
[[nodiscard]] ImportReport import_inputs(const std::vector<core::PracticeInput>& inputs,
                                         store::PracticeStore& practices,
                                         const core::Finland& finland,
                                         const ImportOptions& options);

// Writes every practice, one line each, in external_id order; returns how many.
std::size_t export_practices(store::PracticeStore& practices, std::ostream& out);

}  // namespace tori::app
