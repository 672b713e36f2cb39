// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's editable pages: lines grouped by their Finnish key, checked and saved.
#include "tori/app/page_import.hpp"

#include <algorithm>
#include <array>
#include <iostream>
#include <map>
#include <utility>

#include "tori/app/import_lines.hpp"
#include "tori/core/site_page_jsonl.hpp"
#include "tori/store/reserved_slugs.hpp"

namespace tori::app {
namespace {

// The translations' own slugs and the page they translate (nothing in the data says so).
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kDemoTranslations = {{
    {"om-programmet", "tietoa"},
    {"about", "tietoa"},
}};
// The pages of the navigation, in order.
constexpr std::array<std::string_view, 4> kDemoNavigation = {"tietoa", "palvelut", "yhteystiedot",
                                                             "hyva-kehittamiskuvaus"};
// Drafts with [placeholders]: the site's own statements are at /tietosuoja and /saavutettavuus.
constexpr std::array<std::string_view, 2> kDemoSkipped = {"tietosuojaseloste",
                                                          "saavutettavuusseloste"};

std::string demo_page_key(const std::string& slug) {
  for (const auto& [translation, key] : kDemoTranslations) {
    if (slug == translation) return std::string(key);
  }
  return slug;
}

std::optional<int> demo_nav_position(const std::string& slug) {
  const auto found = std::find(kDemoNavigation.begin(), kDemoNavigation.end(), slug);
  if (found == kDemoNavigation.end()) return std::nullopt;
  return static_cast<int>(found - kDemoNavigation.begin()) + 1;
}

}  // namespace

ImportReport import_demo_pages(std::istream& in, store::PageStore& pages, store::UtcTime now) {
  ImportReport report;
  std::map<std::string, core::SitePageInput> grouped;
  std::vector<std::string> order;
  for_each_import_line<core::SitePageLine>(
      in, report, &core::parse_site_page_line, [&](const std::string&, core::SitePageLine&& line) {
        if (std::find(kDemoSkipped.begin(), kDemoSkipped.end(), line.slug) != kDemoSkipped.end())
          return;
        const std::string key = demo_page_key(line.slug);
        auto [entry, added] = grouped.try_emplace(key);
        if (added) order.push_back(key);
        entry->second.slug = key;
        entry->second.nav_position = demo_nav_position(key);
        entry->second.version(line.language) = std::move(line.version);
      });
  for (const std::string& key : order) {
    const core::SitePageInput& input = grouped[key];
    if (const auto errors = core::validate_site_page(input, store::reserved_slugs());
        !errors.empty()) {
      report.errors.push_back(key + ": " + errors.front().field + ": " + errors.front().message);
      continue;
    }
    (void)count_saved(report, pages.save(input, std::nullopt, now).outcome);
  }
  return report;
}

int load_demo_pages(const CommandContext& context, store::Store& store, bool if_empty) {
  if (if_empty && !store.pages().list().empty()) {
    std::cout << "demo: the database has pages already; no pages added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "pages.jsonl";
  auto in = open_demo_file(path);
  if (!in) return kExitFailed;
  ImportReport report = import_demo_pages(*in, store.pages(), store::utc_now());
  for (auto& error : report.errors)
    error = path.string() + ": " + error;
  return print_import_report(report, "pages: ");
}

}  // namespace tori::app
