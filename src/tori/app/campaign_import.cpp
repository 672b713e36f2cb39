// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns in as JSON Lines, line by line; the demo's file with its running campaign kept judging.
#include "tori/app/campaign_import.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "tori/app/data_folder.hpp"
#include "tori/core/campaign_jsonl.hpp"
#include "tori/demo/event_dates.hpp"

namespace tori::app {
namespace {

void save_campaign(const core::CampaignInput& input, const std::string& label,
                   store::CampaignStore& campaigns, store::UtcTime now, ImportReport& report) {
  if (const auto errors = core::validate_campaign_input(input); !errors.empty()) {
    report.errors.push_back(label + ": " + errors.front().field + ": " + errors.front().message);
    return;
  }
  const store::CampaignSaved saved = campaigns.save(input, now);
  switch (saved.outcome) {
    case store::CampaignSaveOutcome::kCreated:
      ++report.created;
      break;
    case store::CampaignSaveOutcome::kUpdated:
      ++report.updated;
      break;
    case store::CampaignSaveOutcome::kUnchanged:
      ++report.unchanged;
      break;
    case store::CampaignSaveOutcome::kUnknownPractice:
      report.errors.push_back(label + ": no practice has external_id '" + saved.unknown_practice +
                              "'");
      break;
  }
}

// The lines of `in` that parse; the others reported ("line N: …").
std::vector<core::CampaignInput> parse_lines(std::istream& in, ImportReport& report) {
  std::vector<core::CampaignInput> inputs;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++report.lines;
    auto parsed = core::parse_campaign_line(line);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      report.errors.push_back("line " + std::to_string(number) + ": " + *reason);
      continue;
    }
    inputs.push_back(std::move(std::get<core::CampaignInput>(parsed)));
  }
  return inputs;
}

}  // namespace

ImportReport import_campaigns(std::istream& in, store::CampaignStore& campaigns,
                              store::UtcTime now) {
  ImportReport report;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++report.lines;
    const std::string label = "line " + std::to_string(number);
    auto parsed = core::parse_campaign_line(line);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      report.errors.push_back(label + ": " + *reason);
      continue;
    }
    save_campaign(std::get<core::CampaignInput>(parsed), label, campaigns, now, report);
  }
  return report;
}

int run_import_campaigns(const CommandContext& context, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const ImportReport report = import_campaigns(in, store->campaigns(), store::utc_now());
  for (const auto& error : report.errors)
    std::cerr << error << "\n";
  std::cout << report.created << " created, " << report.updated << " updated, " << report.unchanged
            << " unchanged, " << report.errors.size() << " refused\n";
  return report.ok() ? kExitOk : kExitFailed;
}

int load_demo_campaigns(const CommandContext& context, store::Store& store, bool if_empty) {
  if (if_empty && !store.campaigns().all().empty()) {
    std::cout << "demo: the database has campaigns already; no campaigns added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "campaigns.jsonl";
  std::ifstream in(path);
  if (!in) {
    std::cerr << "tori: cannot read " << path.string() << "\n";
    return kExitFailed;
  }
  ImportReport report;
  std::vector<core::CampaignInput> inputs = parse_lines(in, report);
  // A smaller demo (tori demo --practices N) lacks some awarded practices: their awards go.
  std::size_t left_out = 0;
  for (core::CampaignInput& input : inputs) {
    left_out += std::erase_if(input.awards, [&](const core::Award& award) {
      return !store.practices().find_by_external_id(award.external_id);
    });
  }
  if (left_out > 0) {
    std::cout << "campaigns: " << left_out << " awards left out (their practices are not in this"
              << " demo)\n";
  }
  const store::UtcTime now = store::utc_now();
  demo::keep_campaign_judging(inputs, std::chrono::time_point_cast<std::chrono::seconds>(now));
  for (const core::CampaignInput& input : inputs)
    save_campaign(input, input.slug, store.campaigns(), now, report);
  for (const auto& error : report.errors)
    std::cerr << "tori: " << path.string() << ": " << error << "\n";
  std::cout << "campaigns: " << report.created << " created, " << report.updated << " updated, "
            << report.unchanged << " unchanged, " << report.errors.size() << " refused\n";
  return report.ok() ? kExitOk : kExitFailed;
}

}  // namespace tori::app
