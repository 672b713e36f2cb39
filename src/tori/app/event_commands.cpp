// SPDX-License-Identifier: AGPL-3.0-or-later
// import/export/demo of events: files, reports and exit codes around event_import.
#include "tori/app/event_commands.hpp"

#include <fstream>
#include <iostream>
#include <variant>

#include "tori/app/data_folder.hpp"
#include "tori/app/event_import.hpp"
#include "tori/app/reference_data.hpp"
#include "tori/core/event_jsonl.hpp"
#include "tori/demo/event_dates.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/registration/registration_export.hpp"

namespace tori::app {
namespace {

int report_events(const ImportReport& result, std::string_view prefix) {
  for (const auto& error : result.errors)
    std::cerr << error << "\n";
  std::cout << prefix << result.created << " created, " << result.updated << " updated, "
            << result.unchanged << " unchanged, " << result.errors.size() << " refused\n";
  return result.ok() ? kExitOk : kExitFailed;
}

std::variant<std::vector<core::EventInput>, std::string> demo_events(
    const CommandContext& context) {
  const auto path = context.assets / "demo" / "events.jsonl";
  std::ifstream in(path);
  if (!in) return "cannot read " + path.string();
  std::vector<core::EventInput> inputs;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    auto parsed = core::parse_event_line(line);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      return path.string() + ": line " + std::to_string(number) + ": " + *reason;
    }
    inputs.push_back(std::move(std::get<core::EventInput>(parsed)));
  }
  return inputs;
}

}  // namespace

int run_import_events(const CommandContext& context, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  auto finland = load_finland(context);
  auto store = finland ? open_data_folder(context) : nullptr;
  if (!store) return kExitFailed;
  return report_events(import_events(in, store->events(), *finland, store::utc_now()), "");
}

int run_export_events(const CommandContext& context) {
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  export_events(store->events(), std::cout);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

int run_export_registrations(const CommandContext& context, const std::string& slug) {
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const auto event = store->events().find_by_slug(slug);
  if (!event) {
    std::cerr << "tori: no event '" << slug << "'\n";
    return kExitFailed;
  }
  const auto registrations = store->registrations().of_event(event->id);
  store->audit_log().record({.actor = "tori export registrations",
                             .action = "registrations.export",
                             .object_type = "event",
                             .object_id = event->slug,
                             .detail = "{\"rows\":" + std::to_string(registrations.size()) + "}"},
                            store::utc_now());
  web::write_registrations_csv(*event, registrations, std::cout);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

int load_demo_events(const CommandContext& context, store::Store& store,
                     const core::Finland& finland, bool if_empty) {
  store::EventQuery any;
  any.when = store::EventQuery::When::kAll;
  any.limit = 1;
  if (if_empty && store.events().list(any).total > 0) {
    std::cout << "demo: the database has events already; no events added\n";
    return kExitOk;
  }
  auto loaded = demo_events(context);
  if (auto* error = std::get_if<std::string>(&loaded)) {
    std::cerr << "tori: " << *error << "\n";
    return kExitFailed;
  }
  auto inputs = std::move(std::get<std::vector<core::EventInput>>(loaded));
  const store::UtcTime now = store::utc_now();
  demo::keep_events_current(inputs, std::chrono::time_point_cast<std::chrono::seconds>(now));
  return report_events(import_event_inputs(std::move(inputs), store.events(), finland, now),
                       "events: ");
}

namespace {

// The slugs of the first `count` published practices.
std::vector<std::string> demo_practice_slugs(store::Store& store, int count) {
  store::PracticeQuery query;
  query.limit = count;
  std::vector<std::string> slugs;
  for (const auto& practice : store.practices().list(query).items)
    slugs.push_back(practice.slug);
  return slugs;
}

}  // namespace

void load_demo_applications(store::Store& store) {
  store::ApplicationStore& applications = store.applications();
  if (!applications.list(std::nullopt).empty()) return;
  const store::UtcTime now = store::utc_now();
  const auto today = std::chrono::time_point_cast<std::chrono::seconds>(now);
  // The training took applications until a month ago.
  const std::string closed =
      text::format_rfc3339_helsinki(today - std::chrono::days(30)).substr(0, 10);
  (void)applications.set_deadline("koulutus", closed, now);
  store::EventQuery past{.when = store::EventQuery::When::kPast,
                         .now = now,
                         .kind = core::EventKind::kWorkshop,
                         .limit = 1};
  const auto held = store.events().list(past);
  if (held.items.empty()) return;
  // The organisation from the event's title ("Kekseliäät kehittäjät -työpaja: Ikaalisten
  // kaupunki").
  const std::string& title = held.items.front().input.title;
  const auto colon = title.rfind(": ");
  store::ApplicationRequest request;
  request.type_code = std::string{core::kWorkshopService};
  request.input = {"Liisa Laaksonen",
                   "liisa.laaksonen@example.fi",
                   "",
                   colon == std::string::npos ? "Kontiolahden kunta" : title.substr(colon + 2),
                   240,
                   "Veto- ja pitovoima työnantajana",
                   {3, 4},
                   {{"osallistujat", {"Koko henkilöstö, noin 40"}}}};
  const auto stored = applications.apply(request, {}, now);
  if (!stored.application) return;
  const std::int64_t id = stored.application->id;
  (void)applications.set_status(id, core::ApplicationStatus::kAccepted, now);
  (void)applications.link_event(id, held.items.front().id, now);
  (void)applications.publish_summary(
      id,
      "Työpajassa tunnistettiin kokousten ja perehdytyksen pullonkaulat ja suunniteltiin kaksi "
      "kokeilua, joista syntyi kehittämisteot.",
      demo_practice_slugs(store, 2), now);
  std::cout << "applications: a held workshop with its summary\n";
}

}  // namespace tori::app
