// SPDX-License-Identifier: AGPL-3.0-or-later
// The facet values of every document of one index revision, in memory: document id → each
// family's value codes. Counting the facets of 10,000 matches then reads no document values
// (eight value lookups a match, most of a search's time at 100k practices), only this table.
//
//   std::shared_ptr<const FacetTable> table = FacetTable::of(database);   // cached per revision
//   std::vector<Xapian::doccount> counts(table->value_count(family));
//   for (Xapian::docid id : matched) table->count(id, family, counts);
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace tori::search {

class FacetTable {
 public:
  // The table of `database` as it is now, read once per index revision (and shared by every
  // thread's handle at that revision); the facet families of search_filters.hpp, in order.
  [[nodiscard]] static std::shared_ptr<const FacetTable> of(const Xapian::Database& database);
  // Reads the table of `slots` from their value streams (one pass over each).
  [[nodiscard]] static std::shared_ptr<const FacetTable> load(
      const Xapian::Database& database, const std::vector<Xapian::valueno>& slots);

  // How many distinct values family number `family` has.
  [[nodiscard]] std::size_t value_count(std::size_t family) const {
    return families_[family].values.size();
  }
  // The value of a code.
  [[nodiscard]] const std::string& value(std::size_t family, std::uint32_t code) const {
    return families_[family].values[code];
  }
  // Adds one to `counts[code]` for each value the document has in the family.
  void count(Xapian::docid document, std::size_t family,
             std::vector<Xapian::doccount>& counts) const {
    const Family& f = families_[family];
    if (document + 1 >= f.starts.size()) return;
    for (std::uint32_t i = f.starts[document]; i < f.starts[document + 1]; ++i)
      ++counts[f.codes[i]];
  }

 private:
  struct Family {
    std::vector<std::string> values;    // by code
    std::vector<std::uint32_t> starts;  // by document id: its codes are [starts[id], starts[id+1])
    std::vector<std::uint32_t> codes;
  };
  static Family load_family(const Xapian::Database& database, Xapian::valueno slot);

  std::vector<Family> families_;
};

// A match spy that keeps the ids of the documents it sees (for FacetTable counts).
class DocumentIdSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& document, double) override {
    ids_.push_back(document.get_docid());
  }
  [[nodiscard]] const std::vector<Xapian::docid>& ids() const { return ids_; }

 private:
  std::vector<Xapian::docid> ids_;
};

}  // namespace tori::search
