// SPDX-License-Identifier: AGPL-3.0-or-later
// PracticeIndex::build: dense numbers in newest order, the title order, and per facet option
// the bitset of its practices, ordered as the SQLite facets() orders them.
#include <algorithm>
#include <limits>
#include <map>
#include <string_view>

#include "tori/store/practice_index.hpp"
#include "tori/text/collate.hpp"
#include "tori/text/time_format.hpp"

namespace tori::store {
namespace {

constexpr std::array<std::string_view, PracticeIndex::kFamilyCount> kFamilyNames = {
    "organisation", "region",       "municipality", "sector",
    "theme",        "client_group", "maturity",     "year"};
constexpr std::size_t kRegion = 1;
constexpr std::size_t kMunicipality = 2;
constexpr std::size_t kMaturity = 6;
constexpr std::size_t kYear = 7;

// The calendar year of `time` in Europe/Helsinki, as text ("2021").
std::string helsinki_year(core::TimePoint time) {
  const std::string stamp = text::format_rfc3339_helsinki(time);  // "YYYY-MM-DDTHH:MM:SS+HH:MM"
  return std::to_string(std::stoi(stamp.substr(0, stamp.find('-', 1))));
}

// The options of one family while collecting: value → label and members.
struct Collected {
  std::string label;
  std::vector<std::uint32_t> members;
};
using Collecting = std::map<std::string, Collected>;

void add(Collecting& family, const std::string& value, const std::string& label,
         std::uint32_t number, bool keep_greatest_label) {
  auto [entry, fresh] = family.try_emplace(value, Collected{label, {}});
  if (!fresh && keep_greatest_label && label > entry->second.label) entry->second.label = label;
  if (entry->second.members.empty() || entry->second.members.back() != number)
    entry->second.members.push_back(number);
}

void collect(const core::Practice& practice, std::uint32_t number,
             std::array<Collecting, PracticeIndex::kFamilyCount>& families) {
  for (const core::Named& organisation : practice.organisations)
    add(families[0], organisation.slug, organisation.name, number, false);
  // Region and municipality labels: the greatest stored name, as SQL's max() picks.
  if (practice.region)
    add(families[kRegion], practice.region->slug, practice.region->name, number, true);
  if (practice.municipality) {
    add(families[kMunicipality], practice.municipality->code, practice.municipality->name, number,
        true);
  }
  for (std::size_t v = 0; v < core::kVocabularies.size(); ++v) {
    for (const core::Named& term : core::terms_of(practice, core::kVocabularies[v]))
      add(families[3 + v], term.slug, term.name, number, false);
  }
  if (practice.maturity) {
    const std::string code{core::to_string(*practice.maturity)};
    add(families[kMaturity], code, code, number, false);
  }
  if (practice.published_at) {
    const std::string year = helsinki_year(*practice.published_at);
    add(families[kYear], year, year, number, false);
  }
}

PracticeBits bits_of(const std::vector<std::uint32_t>& members, std::size_t count) {
  PracticeBits bits((count + 63) / 64, 0);
  for (std::uint32_t number : members)
    bits[number / 64] |= std::uint64_t{1} << (number % 64);
  return bits;
}

// The options' order of facets(): Finnish collation of the labels then the value; maturity
// by its enumeration; year descending.
std::vector<std::string> option_order(const Collecting& family, std::size_t which) {
  std::vector<std::pair<std::string, std::string>> keyed;  // (sort key, value)
  for (const auto& [value, option] : family) {
    if (which == kMaturity) {
      const auto rank =
          static_cast<int>(core::parse_maturity(value).value_or(core::Maturity::kIdea));
      keyed.emplace_back(std::string(1, static_cast<char>('0' + rank)), value);
    } else if (which == kYear) {
      // Descending numbers: a fixed-width complement sorts ascending.
      keyed.emplace_back(std::to_string(100000000 - std::stol(value)), value);
    } else {
      keyed.emplace_back(text::sort_key_finnish(option.label), value);
    }
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::string> values;
  for (auto& [key, value] : keyed)
    values.push_back(std::move(value));
  return values;
}

IndexedFamily finish_family(Collecting& collected, std::size_t which, std::size_t count) {
  IndexedFamily family;
  family.name = std::string{kFamilyNames[which]};
  for (const std::string& value : option_order(collected, which)) {
    Collected& option = collected.at(value);
    family.by_value.emplace(value, family.options.size());
    family.options.push_back({value, std::move(option.label), bits_of(option.members, count)});
  }
  return family;
}

// Newest first: published_at descending (never published last), then id descending.
void sort_newest_first(std::vector<core::Practice>& items) {
  std::sort(items.begin(), items.end(), [](const core::Practice& a, const core::Practice& b) {
    if (a.published_at != b.published_at) return a.published_at > b.published_at;
    return a.id > b.id;
  });
}

std::vector<std::uint32_t> title_order(const std::vector<core::Practice>& items) {
  std::vector<std::pair<std::string, std::int64_t>> keys;
  keys.reserve(items.size());
  for (const core::Practice& practice : items)
    keys.emplace_back(text::sort_key_finnish(practice.title), practice.id);
  std::vector<std::uint32_t> order(items.size());
  for (std::uint32_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::sort(order.begin(), order.end(),
            [&keys](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

// The options of hidden terms stay for filtering but are not offered (as SQL's facets()).
void mark_hidden(std::array<IndexedFamily, PracticeIndex::kFamilyCount>& families,
                 const PublishedDirectory& directory) {
  for (std::size_t v = 0; v < core::kVocabularies.size(); ++v) {
    IndexedFamily& family = families[3 + v];
    for (const std::string& slug : directory.hidden_terms.at(v)) {
      if (auto found = family.by_value.find(slug); found != family.by_value.end())
        family.options[found->second].hidden = true;
    }
  }
}

}  // namespace

PracticeQuery PracticeIndex::all_published() {
  return {.states = {core::PracticeState::kPublished},
          .sort = PracticeQuery::Sort::kNewest,
          .limit = std::numeric_limits<int>::max()};
}

bool PracticeIndex::answers(const PracticeQuery& query) {
  return query.states.size() == 1 && query.states.front() == core::PracticeState::kPublished;
}

std::shared_ptr<const PracticeIndex> PracticeIndex::build(PracticeList published,
                                                          std::int64_t position,
                                                          PublishedDirectory directory) {
  Parts parts;
  parts.items = std::move(published.items);
  if (parts.items.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("too many practices for the index");
  }
  sort_newest_first(parts.items);
  parts.title_order = title_order(parts.items);
  std::array<Collecting, kFamilyCount> collecting;
  for (std::uint32_t number = 0; number < parts.items.size(); ++number)
    collect(parts.items[number], number, collecting);
  for (std::size_t which = 0; which < kFamilyCount; ++which)
    parts.families[which] = finish_family(collecting[which], which, parts.items.size());
  mark_hidden(parts.families, directory);
  return std::make_shared<const PracticeIndex>(std::move(parts), position, std::move(directory));
}

PracticeIndex::PracticeIndex(Parts parts, std::int64_t position, PublishedDirectory directory)
    : items_(std::move(parts.items)),
      title_order_(std::move(parts.title_order)),
      families_(std::move(parts.families)),
      position_(position),
      directory_(std::move(directory)) {
  for (std::size_t i = 0; i < directory_.organisations.size(); ++i)
    organisation_by_slug_.emplace(directory_.organisations[i].slug, i);
  for (std::size_t i = 0; i < items_.size(); ++i)
    item_by_id_.emplace(items_[i].id, i);
}

std::vector<core::Practice> PracticeIndex::published_by_ids(
    std::span<const std::int64_t> ids) const {
  std::vector<core::Practice> found;
  for (const std::int64_t id : ids) {
    const auto item = item_by_id_.find(id);
    if (item == item_by_id_.end()) continue;
    const core::Practice& practice = items_[item->second];
    if (practice.state == core::PracticeState::kPublished) found.push_back(practice);
  }
  return found;
}

std::optional<core::Organisation> PracticeIndex::organisation(std::string_view slug) const {
  const auto found = organisation_by_slug_.find(std::string{slug});
  if (found == organisation_by_slug_.end()) return std::nullopt;
  return directory_.organisations[found->second];
}

}  // namespace tori::store
