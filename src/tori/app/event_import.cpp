// SPDX-License-Identifier: AGPL-3.0-or-later
// Events in and out as JSON Lines: parse, validate, resolve the municipality, save each line.
#include "tori/app/event_import.hpp"

#include <optional>
#include <string>

#include "tori/core/event_jsonl.hpp"

namespace tori::app {
namespace {

// The reason `input` cannot be saved, or nothing; fixes the municipality's spelling.
std::optional<std::string> prepare(core::EventInput& input, const core::Finland& finland) {
  const std::vector<core::FieldError> errors = core::validate_event_input(input);
  if (!errors.empty()) return errors.front().message;
  if (input.place) {
    const core::Municipality* municipality =
        finland.municipality_by_name(input.place->municipality);
    if (municipality == nullptr) {
      return "unknown municipality '" + input.place->municipality + "'";
    }
    input.place->municipality = municipality->name_fi;
  }
  return std::nullopt;
}

void save(core::EventInput& input, const std::string& label, store::EventStore& events,
          const core::Finland& finland, store::UtcTime now, ImportReport& report) {
  if (auto reason = prepare(input, finland)) {
    report.errors.push_back(label + ": " + *reason);
    return;
  }
  switch (events.save(input, now).outcome) {
    case store::EventSaveOutcome::kCreated:
      ++report.created;
      break;
    case store::EventSaveOutcome::kUpdated:
      ++report.updated;
      break;
    case store::EventSaveOutcome::kUnchanged:
      ++report.unchanged;
      break;
  }
}

bool blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

ImportReport import_events(std::istream& in, store::EventStore& events,
                           const core::Finland& finland, store::UtcTime now) {
  ImportReport report;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (blank(line)) continue;
    ++report.lines;
    const std::string label = "line " + std::to_string(number);
    auto parsed = core::parse_event_line(line);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      report.errors.push_back(label + ": " + *reason);
      continue;
    }
    save(std::get<core::EventInput>(parsed), label, events, finland, now, report);
  }
  return report;
}

ImportReport import_event_inputs(std::vector<core::EventInput> inputs, store::EventStore& events,
                                 const core::Finland& finland, store::UtcTime now) {
  ImportReport report;
  for (core::EventInput& input : inputs) {
    ++report.lines;
    save(input, input.external_id, events, finland, now, report);
  }
  return report;
}

std::size_t export_events(store::EventStore& events, std::ostream& out) {
  std::size_t written = 0;
  for (const core::Event& event : events.all()) {
    out << core::write_event_line(event.input) << '\n';
    ++written;
  }
  return written;
}

}  // namespace tori::app
