// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading the facet table from the value streams, and keeping it per index revision.
#include "tori/search/facet_table.hpp"

#include <mutex>
#include <string_view>
#include <unordered_map>

#include "tori/search/practice_document.hpp"
#include "tori/search/search_filters.hpp"

namespace tori::search {
namespace {

// The index a table was read from: its identity and revision.
struct TableKey {
  std::string uuid;
  Xapian::rev revision = 0;
  bool operator==(const TableKey&) const = default;
};

}  // namespace

FacetTable::Family FacetTable::load_family(const Xapian::Database& database, Xapian::valueno slot) {
  Family family;
  std::unordered_map<std::string, std::uint32_t> code_of;
  family.starts.reserve(database.get_lastdocid() + 2);
  const auto fill_to = [&family](Xapian::docid id) {  // documents up to `id` start here
    while (family.starts.size() <= id)
      family.starts.push_back(static_cast<std::uint32_t>(family.codes.size()));
  };
  for (auto value = database.valuestream_begin(slot); value != database.valuestream_end(slot);
       ++value) {
    fill_to(value.get_docid());
    const std::string joined = *value;
    std::string_view rest = joined;
    while (!rest.empty()) {
      const std::size_t separator = rest.find(kValueSeparator);
      const std::string_view text = rest.substr(0, separator);
      if (!text.empty()) {
        const auto [found, added] =
            code_of.try_emplace(std::string(text), static_cast<std::uint32_t>(code_of.size()));
        if (added) family.values.emplace_back(text);
        family.codes.push_back(found->second);
      }
      if (separator == std::string_view::npos) break;
      rest.remove_prefix(separator + 1);
    }
  }
  fill_to(database.get_lastdocid() + 1);
  return family;
}

std::shared_ptr<const FacetTable> FacetTable::load(const Xapian::Database& database,
                                                   const std::vector<Xapian::valueno>& slots) {
  auto table = std::make_shared<FacetTable>();
  for (Xapian::valueno slot : slots)
    table->families_.push_back(load_family(database, slot));
  return table;
}

std::shared_ptr<const FacetTable> FacetTable::of(const Xapian::Database& database) {
  static std::mutex mutex;
  static TableKey cached_key;
  static std::shared_ptr<const FacetTable> cached;
  const TableKey key{database.get_uuid(), database.get_revision()};
  // Held while reading: the other threads at this revision wait for the one table (a read
  // takes about 0.1 s at 100k practices) rather than each reading its own.
  const std::lock_guard lock(mutex);
  if (cached && cached_key == key) return cached;
  std::vector<Xapian::valueno> slots;
  for (const FacetFamily& family : facet_families())
    slots.push_back(family.slot);
  cached = load(database, slots);
  cached_key = key;
  return cached;
}

}  // namespace tori::search
