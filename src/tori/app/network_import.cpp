// SPDX-License-Identifier: AGPL-3.0-or-later
// Networks in as JSON Lines, the demo's networks linked to their meeting events, and the costs'
// CSV export.
#include "tori/app/network_import.hpp"

#include <fstream>
#include <functional>
#include <iostream>

#include "tori/app/data_folder.hpp"
#include "tori/app/import_lines.hpp"
#include "tori/app/reference_data.hpp"
#include "tori/core/network_jsonl.hpp"
#include "tori/demo/event_dates.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/networks/network_costs_table.hpp"

namespace tori::app {
namespace {

store::NetworkSaveContext homes_of(const core::NetworkInput& input, const core::Finland& finland) {
  store::NetworkSaveContext context;
  for (const core::NetworkMember& member : input.members) {
    if (const core::Municipality* home = finland.municipality_by_name(member.municipality))
      context.municipalities.emplace(member.municipality, core::municipality_ref(*home));
  }
  return context;
}

void save_network(const core::NetworkInput& input, const std::string& label,
                  store::NetworkStore& networks, const core::Finland& finland, store::UtcTime now,
                  ImportReport& report) {
  if (const auto errors = core::validate_network_input(input); !errors.empty()) {
    report.errors.push_back(label + ": " + errors.front().field + ": " + errors.front().message);
    return;
  }
  const store::NetworkSaved saved = networks.save(input, homes_of(input, finland), now);
  if (count_saved(report, saved.outcome)) return;
  report.errors.push_back(
      label + (saved.outcome == store::NetworkSaveOutcome::kUnknownEvent
                   ? ": no event has external_id '" + saved.unknown_event + "'"
                   : ": no practice has the slug '" + saved.unknown_practice + "' (results)"));
}

// Each meeting of `network` without an event gets the network_meeting event of its day whose
// title starts with the network's name.
void link_meeting_events(core::NetworkInput& network, const std::vector<core::Event>& events) {
  for (core::NetworkMeeting& meeting : network.meetings) {
    for (const core::Event& event : events) {
      const std::string day = text::format_rfc3339_helsinki(event.input.starts_at).substr(0, 10);
      if (meeting.event.empty() && day == meeting.date &&
          event.input.title.starts_with(network.name)) {
        meeting.event = event.input.external_id;
      }
    }
  }
}

}  // namespace

ImportReport import_networks(std::istream& in, store::NetworkStore& networks,
                             const core::Finland& finland, store::UtcTime now) {
  ImportReport report;
  for_each_import_line<core::NetworkInput>(
      in, report, &core::parse_network_line,
      [&](const std::string& label, core::NetworkInput&& input) {
        save_network(input, label, networks, finland, now, report);
      });
  return report;
}

int run_import_networks(const CommandContext& context, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  auto finland = load_finland(context);
  auto store = finland ? open_data_folder(context) : nullptr;
  if (!store) return kExitFailed;
  return print_import_report(import_networks(in, store->networks(), *finland, store::utc_now()),
                             "");
}

int load_demo_networks(const CommandContext& context, store::Store& store,
                       const core::Finland& finland, bool if_empty) {
  if (if_empty && !store.networks().all().empty()) {
    std::cout << "demo: the database has networks already; no networks added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "networks.jsonl";
  auto in = open_demo_file(path);
  if (!in) return kExitFailed;
  ImportReport report;
  std::vector<core::NetworkInput> inputs;
  for_each_import_line<core::NetworkInput>(
      *in, report, &core::parse_network_line,
      [&inputs](const std::string&, core::NetworkInput&& input) {
        inputs.push_back(std::move(input));
      });
  const store::UtcTime now = store::utc_now();
  demo::keep_network_meetings_current(inputs,
                                      std::chrono::time_point_cast<std::chrono::seconds>(now));
  store::EventQuery meetings{.when = store::EventQuery::When::kAll,
                             .kind = core::EventKind::kNetworkMeeting,
                             .limit = 1000};
  const auto events = store.events().list(meetings).items;
  for (core::NetworkInput& input : inputs) {
    link_meeting_events(input, events);
    // The young workers' network shows its board to everyone, so that the demo has a public one.
    if (input.slug == "nuoret-kuntatyossa") input.board = core::BoardVisibility::kPublic;
    save_network(input, input.slug, store.networks(), finland, now, report);
  }
  for (auto& error : report.errors)
    error = path.string() + ": " + error;
  return print_import_report(report, "networks: ");
}

int run_export_network_costs(const CommandContext& context, const std::string& slug) {
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const auto network = store->networks().find_by_slug(slug);
  if (!network) {
    std::cerr << "tori: no network '" << slug << "'\n";
    return kExitFailed;
  }
  const auto rows = web::network_cost_rows(*network);
  if (!rows) {
    std::cerr << "tori: the costs of '" << slug << "' cannot be split (a share or fee is wrong)\n";
    return kExitFailed;
  }
  web::write_network_costs_csv(*rows, std::cout);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

}  // namespace tori::app
