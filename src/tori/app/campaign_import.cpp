// SPDX-License-Identifier: AGPL-3.0-or-later
// Campaigns in as JSON Lines, line by line; the demo's file with its running campaign kept judging.
#include "tori/app/campaign_import.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "tori/app/data_folder.hpp"
#include "tori/app/import_lines.hpp"
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
  if (count_saved(report, saved.outcome)) return;
  report.errors.push_back(label + ": no practice has external_id '" + saved.unknown_practice + "'");
}

}  // namespace

ImportReport import_campaigns(std::istream& in, store::CampaignStore& campaigns,
                              store::UtcTime now) {
  ImportReport report;
  for_each_import_line<core::CampaignInput>(
      in, report, &core::parse_campaign_line,
      [&](const std::string& label, core::CampaignInput&& input) {
        save_campaign(input, label, campaigns, now, report);
      });
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
  return print_import_report(import_campaigns(in, store->campaigns(), store::utc_now()), "");
}

int load_demo_campaigns(const CommandContext& context, store::Store& store, bool if_empty) {
  if (if_empty && !store.campaigns().all().empty()) {
    std::cout << "demo: the database has campaigns already; no campaigns added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "campaigns.jsonl";
  auto in = open_demo_file(path);
  if (!in) return kExitFailed;
  ImportReport report;
  std::vector<core::CampaignInput> inputs;
  for_each_import_line<core::CampaignInput>(
      *in, report, &core::parse_campaign_line,
      [&inputs](const std::string&, core::CampaignInput&& input) {
        inputs.push_back(std::move(input));
      });
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
  for (auto& error : report.errors)
    error = "tori: " + path.string() + ": " + error;
  return print_import_report(report, "campaigns: ");
}

}  // namespace tori::app
