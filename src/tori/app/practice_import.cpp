// SPDX-License-Identifier: AGPL-3.0-or-later
// The importer: parse, validate and resolve each line, then save in batches of one transaction.
#include "tori/app/practice_import.hpp"

#include <algorithm>
#include <span>

#include "tori/core/practice_input.hpp"
#include "tori/core/practice_jsonl.hpp"

namespace tori::app {
namespace {

// A refusal: where (line number or input index, for ordering) and the message to show.
struct Refusal {
  std::size_t position;
  std::string message;
};

// A write waiting for its batch, and where its errors are reported.
struct Pending {
  std::size_t position;
  std::string label;  // "line 7" or "dm-001"
  store::PracticeWrite write;
};

// The write for a parsed input, or why it cannot be stored.
std::variant<store::PracticeWrite, std::string> prepare(core::PracticeInput input,
                                                        const core::Finland& finland,
                                                        bool create_terms) {
  auto errors = core::validate_practice_input(input);
  if (!errors.empty()) return errors.front().message;
  auto place = core::resolve_place(input, finland);
  if (auto* error = std::get_if<core::FieldError>(&place)) {
    return error->message;
  }
  const auto& resolved = std::get<core::Place>(place);
  return store::PracticeWrite{std::move(input), resolved.municipality, resolved.region,
                              create_terms};
}

void count(ImportReport& report, store::WriteOutcome outcome) {
  switch (outcome) {
    case store::WriteOutcome::kCreated:
      ++report.created;
      break;
    case store::WriteOutcome::kUpdated:
      ++report.updated;
      break;
    case store::WriteOutcome::kUnchanged:
      ++report.unchanged;
      break;
  }
}

// Collects writes into batches of one transaction each and refusals in input order.
class Importer {
 public:
  Importer(store::PracticeStore& practices, const core::Finland& finland,
           const ImportOptions& options)
      : practices_(practices), finland_(finland), options_(options) {}

  // Takes one parsed input (or the reason it could not be parsed).
  void add(std::size_t position, std::string label,
           std::variant<core::PracticeInput, std::string> parsed) {
    ++report_.lines;
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      refused_.push_back({position, label + ": " + *reason});
      return;
    }
    auto write =
        prepare(std::move(std::get<core::PracticeInput>(parsed)), finland_, options_.create_terms);
    if (auto* reason = std::get_if<std::string>(&write)) {
      refused_.push_back({position, label + ": " + *reason});
      return;
    }
    batch_.push_back(
        {position, std::move(label), std::move(std::get<store::PracticeWrite>(write))});
    if (batch_.size() >= options_.batch_size) flush();
  }

  ImportReport finish() {
    flush();
    std::stable_sort(refused_.begin(), refused_.end(),
                     [](const Refusal& a, const Refusal& b) { return a.position < b.position; });
    for (auto& refusal : refused_)
      report_.errors.push_back(std::move(refusal.message));
    return std::move(report_);
  }

 private:
  void flush() {
    if (batch_.empty()) return;
    std::vector<store::PracticeWrite> writes;
    writes.reserve(batch_.size());
    for (auto& pending : batch_)
      writes.push_back(std::move(pending.write));
    auto results = practices_.save_many(std::span<const store::PracticeWrite>(writes));
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (const auto* saved = std::get_if<store::WriteResult>(&results[i])) {
        count(report_, saved->outcome);
      } else {
        const auto& error = std::get<store::WriteError>(results[i]);
        refused_.push_back({batch_[i].position, batch_[i].label + ": " + error.message});
      }
    }
    batch_.clear();
    if (options_.progress) options_.progress(report_.lines);
  }

  store::PracticeStore& practices_;
  const core::Finland& finland_;
  const ImportOptions& options_;
  ImportReport report_;
  std::vector<Refusal> refused_;
  std::vector<Pending> batch_;
};

}  // namespace

ImportReport import_practices(std::istream& in, store::PracticeStore& practices,
                              const core::Finland& finland, const ImportOptions& options) {
  Importer importer(practices, finland, options);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    importer.add(number, "line " + std::to_string(number), core::parse_practice_line(line));
  }
  return importer.finish();
}

ImportReport import_inputs(const std::vector<core::PracticeInput>& inputs,
                           store::PracticeStore& practices, const core::Finland& finland,
                           const ImportOptions& options) {
  Importer importer(practices, finland, options);
  for (std::size_t index = 0; index < inputs.size(); ++index) {
    importer.add(index, inputs[index].external_id, inputs[index]);
  }
  return importer.finish();
}

std::size_t export_practices(store::PracticeStore& practices, std::ostream& out) {
  std::size_t written = 0;
  practices.for_each([&](const core::Practice& practice) {
    out << core::write_practice_line(practice) << '\n';
    ++written;
  });
  return written;
}

}  // namespace tori::app
