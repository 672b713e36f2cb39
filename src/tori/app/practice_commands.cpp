// SPDX-License-Identifier: AGPL-3.0-or-later
// import/export/demo: command-line flags, progress on a terminal, reports and exit codes.
#include "tori/app/practice_commands.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "tori/app/campaign_import.hpp"
#include "tori/app/data_folder.hpp"
#include "tori/app/episode_import.hpp"
#include "tori/app/event_commands.hpp"
#include "tori/app/network_import.hpp"
#include "tori/app/news_import.hpp"
#include "tori/app/newsletter_import.hpp"
#include "tori/app/page_import.hpp"
#include "tori/app/practice_import.hpp"
#include "tori/app/redirect_import.hpp"
#include "tori/app/reference_data.hpp"
#include "tori/app/wordpress_import.hpp"
#include "tori/core/practice_jsonl.hpp"
#include "tori/demo/generate.hpp"
#include "tori/store/store.hpp"
#include "tori/web/newsletter/subscriber_export.hpp"

namespace tori::app {
namespace {

struct ImportArguments {
  std::string what;  // the subcommand: "practices" or "events"
  std::string file;
  bool create_terms = false;
  std::string uploads;  // wordpress: the old site's wp-content/uploads folder
  std::string audio;    // episodes: the folder of the audio files
};

struct ExportArguments {
  // The subcommand: "practices", "events", "registrations", "network-costs", "subscribers".
  std::string what;
  std::string event;    // registrations: the event's slug
  std::string network;  // network-costs: the network's slug
};

struct DemoArguments {
  int practices = 700;
  std::uint64_t seed = 2016;
  bool if_empty = false;
};

// A progress line on stderr when it is a terminal.
std::function<void(std::size_t)> terminal_progress() {
  if (!::isatty(2)) return {};
  return [](std::size_t lines) { std::cerr << "\r" << lines << " lines read" << std::flush; };
}

int report(const ImportReport& result, bool progress_shown) {
  if (progress_shown) std::cerr << "\n";
  for (const auto& error : result.errors)
    std::cerr << error << "\n";
  std::cout << result.created << " created, " << result.updated << " updated, " << result.unchanged
            << " unchanged, " << result.errors.size() << " refused\n";
  return result.ok() ? kExitOk : kExitFailed;
}

int run_import(const CommandContext& context, const ImportArguments& arguments) {
  if (arguments.what == "events") return run_import_events(context, arguments.file);
  if (arguments.what == "campaigns") return run_import_campaigns(context, arguments.file);
  if (arguments.what == "networks") return run_import_networks(context, arguments.file);
  if (arguments.what == "news") return run_import_news(context, arguments.file);
  if (arguments.what == "episodes")
    return run_import_episodes(context, arguments.file, arguments.audio);
  if (arguments.what == "redirects") return run_import_redirects(context, arguments.file);
  if (arguments.what == "wordpress")
    return run_import_wordpress(context, arguments.file, arguments.uploads);
  std::ifstream in(arguments.file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << arguments.file << "\n";
    return kExitFailed;
  }
  auto finland = load_finland(context);
  auto store = finland ? open_data_folder(context) : nullptr;
  if (!store) return kExitFailed;
  ImportOptions options;
  options.create_terms = arguments.create_terms;
  options.progress = terminal_progress();
  auto result = import_practices(in, store->practices(), *finland, options);
  return report(result, static_cast<bool>(options.progress));
}

// The newsletter's subscribers as CSV; the export of personal data is audited (its row count).
int run_export_subscribers(const CommandContext& context) {
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const std::vector<store::Subscriber> subscribers = store->subscribers().all();
  store->audit_log().record({.actor = "tori export subscribers",
                             .action = "subscribers.export",
                             .object_type = "newsletter",
                             .object_id = "subscribers",
                             .detail = "{\"rows\":" + std::to_string(subscribers.size()) + "}"},
                            store::utc_now());
  web::write_subscribers_csv(subscribers, std::cout);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

int run_export(const CommandContext& context, const ExportArguments& arguments) {
  if (arguments.what == "subscribers") return run_export_subscribers(context);
  if (arguments.what == "events") return run_export_events(context);
  if (arguments.what == "registrations") {
    return run_export_registrations(context, arguments.event);
  }
  if (arguments.what == "network-costs")
    return run_export_network_costs(context, arguments.network);
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  export_practices(store->practices(), std::cout);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

// The hand-written demo practices (data/demo/practices.jsonl), the first `limit` of them.
std::variant<std::vector<core::PracticeInput>, std::string> hand_written(
    const CommandContext& context, std::size_t limit) {
  auto path = context.assets / "demo" / "practices.jsonl";
  std::ifstream in(path);
  if (!in) return "cannot read " + path.string();
  std::vector<core::PracticeInput> inputs;
  std::string line;
  for (std::size_t number = 1; inputs.size() < limit && std::getline(in, line); ++number) {
    auto parsed = core::parse_practice_line(line);
    if (auto* reason = std::get_if<std::string>(&parsed)) {
      return path.string() + ": line " + std::to_string(number) + ": " + *reason;
    }
    inputs.push_back(std::move(std::get<core::PracticeInput>(parsed)));
  }
  return inputs;
}

bool has_practices(store::Store& store) {
  store::PracticeQuery query;
  query.states = {core::PracticeState::kDraft, core::PracticeState::kSubmitted,
                  core::PracticeState::kPublished, core::PracticeState::kArchived};
  query.limit = 1;
  return store.practices().list(query).total > 0;
}

int run_demo(const CommandContext& context, const DemoArguments& arguments) {
  auto finland = load_finland(context);
  auto store = finland ? open_data_folder(context) : nullptr;
  if (!store) return kExitFailed;
  const int events = load_demo_events(context, *store, *finland, arguments.if_empty);
  if (arguments.if_empty && has_practices(*store)) {
    std::cout << "demo: the database has practices already; no practices added\n";
    const int campaigns = load_demo_campaigns(context, *store, true);
    const int networks = load_demo_networks(context, *store, *finland, true);
    const int news = load_demo_news(context, *store, true);
    const int episodes = load_demo_episodes(context, *store, true);
    const int pages = load_demo_pages(context, *store, true);
    const int newsletters = load_demo_newsletters(context, *store, true);
    for (const int code : {events, campaigns, news, episodes, pages, newsletters}) {
      if (code != kExitOk) return code;
    }
    return networks;
  }
  auto wanted = static_cast<std::size_t>(std::max(0, arguments.practices));
  auto loaded = hand_written(context, wanted);
  if (auto* error = std::get_if<std::string>(&loaded)) {
    std::cerr << "tori: " << *error << "\n";
    return kExitFailed;
  }
  auto inputs = std::move(std::get<std::vector<core::PracticeInput>>(loaded));
  auto generated =
      demo::generate_practices(*finland, static_cast<int>(wanted - inputs.size()), arguments.seed);
  std::move(generated.begin(), generated.end(), std::back_inserter(inputs));
  ImportOptions options;
  options.progress = terminal_progress();
  auto result = import_inputs(inputs, store->practices(), *finland, options);
  const int practices = report(result, static_cast<bool>(options.progress));
  load_demo_applications(*store);
  const int campaigns = load_demo_campaigns(context, *store, arguments.if_empty);
  const int networks = load_demo_networks(context, *store, *finland, arguments.if_empty);
  const int news = load_demo_news(context, *store, arguments.if_empty);
  const int episodes = load_demo_episodes(context, *store, arguments.if_empty);
  const int pages = load_demo_pages(context, *store, arguments.if_empty);
  const int newsletters = load_demo_newsletters(context, *store, arguments.if_empty);
  for (const int code : {practices, events, campaigns, news, episodes, pages, newsletters}) {
    if (code != kExitOk) return code;
  }
  return networks;
}

void declare_import(CLI::App& app, const std::shared_ptr<ImportArguments>& arguments) {
  app.require_subcommand(1);
  CLI::App* practices = app.add_subcommand("practices", "Import practices from a JSON Lines file");
  practices->add_option("FILE", arguments->file, "The file (formats/practices-jsonl.md)")
      ->required();
  practices->add_flag("--create-terms", arguments->create_terms,
                      "Add unknown sectors, themes and client groups to the vocabularies");
  practices->callback([arguments] { arguments->what = "practices"; });
  CLI::App* events = app.add_subcommand("events", "Import events from a JSON Lines file");
  events->add_option("FILE", arguments->file, "The file (docs/formats/events-jsonl.md)")
      ->required();
  events->callback([arguments] { arguments->what = "events"; });
  CLI::App* campaigns = app.add_subcommand("campaigns", "Import campaigns from a JSON Lines file");
  campaigns->add_option("FILE", arguments->file, "The file (docs/formats/campaigns-jsonl.md)")
      ->required();
  campaigns->callback([arguments] { arguments->what = "campaigns"; });
  CLI::App* networks = app.add_subcommand("networks", "Import networks from a JSON Lines file");
  networks->add_option("FILE", arguments->file, "The file (docs/formats/networks-jsonl.md)")
      ->required();
  networks->callback([arguments] { arguments->what = "networks"; });
  CLI::App* news = app.add_subcommand("news", "Import news articles from a JSON Lines file");
  news->add_option("FILE", arguments->file, "The file (docs/formats/news-jsonl.md)")->required();
  news->callback([arguments] { arguments->what = "news"; });
  CLI::App* episodes =
      app.add_subcommand("episodes", "Import podcast and webinar episodes from a JSON Lines file");
  episodes->add_option("FILE", arguments->file, "The file (docs/formats/episodes-jsonl.md)")
      ->required();
  episodes->add_option("--audio", arguments->audio, "The folder of the audio files the lines name")
      ->required();
  episodes->callback([arguments] { arguments->what = "episodes"; });
  CLI::App* redirects = app.add_subcommand(
      "redirects", "Import redirects from CSV (old,target[,note]); all or nothing");
  redirects->add_option("FILE", arguments->file, "The CSV file with the header row")->required();
  redirects->callback([arguments] { arguments->what = "redirects"; });
  CLI::App* wordpress = app.add_subcommand(
      "wordpress", "Import a WordPress export (WXR): posts as news, pages, pictures, redirects");
  wordpress->add_option("FILE", arguments->file, "The export file (Tools → Export → All content)")
      ->required();
  wordpress->add_option("--uploads", arguments->uploads,
                        "The old site's wp-content/uploads folder, for the pictures");
  wordpress->callback([arguments] { arguments->what = "wordpress"; });
}

void declare_export(CLI::App& app, const std::shared_ptr<ExportArguments>& arguments) {
  app.require_subcommand(1);
  app.add_subcommand("practices", "Every practice as JSON Lines, in external_id order")
      ->callback([arguments] { arguments->what = "practices"; });
  app.add_subcommand("events", "Every event as JSON Lines, in external_id order")
      ->callback([arguments] { arguments->what = "events"; });
  CLI::App* registrations = app.add_subcommand(
      "registrations", "An event's registrations as CSV (personal data: audited)");
  registrations->add_option("--event", arguments->event, "The event's slug")->required();
  registrations->callback([arguments] { arguments->what = "registrations"; });
  CLI::App* costs = app.add_subcommand(
      "network-costs", "A network's shared expert days as CSV, a row per day and organisation");
  costs->add_option("--network", arguments->network, "The network's slug")->required();
  costs->callback([arguments] { arguments->what = "network-costs"; });
  app.add_subcommand("subscribers", "The newsletter's subscribers as CSV (personal data: audited)")
      ->callback([arguments] { arguments->what = "subscribers"; });
}

void declare_demo(CLI::App& app, const std::shared_ptr<DemoArguments>& arguments) {
  app.add_option("--practices", arguments->practices, "How many practices in all (default 700)")
      ->check(CLI::Range(0, 1000000));
  app.add_option("--seed", arguments->seed, "Seed of the generated content (default 2016)");
  app.add_flag("--if-empty", arguments->if_empty, "Do nothing if the database has practices");
}

}  // namespace

std::vector<Command> practice_commands() {
  auto import_arguments = std::make_shared<ImportArguments>();
  auto demo_arguments = std::make_shared<DemoArguments>();
  auto export_arguments = std::make_shared<ExportArguments>();
  return {
      {"import", "Import data (practices, events, campaigns, networks, news) into the database",
       [import_arguments](CLI::App& app, Settings&) { declare_import(app, import_arguments); },
       [import_arguments](const CommandContext& c) { return run_import(c, *import_arguments); }},
      {"export",
       "Write data (practices, events, registrations, network costs, subscribers) to standard "
       "output",
       [export_arguments](CLI::App& app, Settings&) { declare_export(app, export_arguments); },
       [export_arguments](const CommandContext& c) { return run_export(c, *export_arguments); }},
      {"demo",
       "Fill the database with demo practices, events, campaigns, networks and news "
       "(deterministic)",
       [demo_arguments](CLI::App& app, Settings&) { declare_demo(app, demo_arguments); },
       [demo_arguments](const CommandContext& c) { return run_demo(c, *demo_arguments); }},
  };
}

}  // namespace tori::app
