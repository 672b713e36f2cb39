// SPDX-License-Identifier: AGPL-3.0-or-later
// An in-memory read model of the published practices that answers list() and facets() for
// queries on published practices, backend-neutral: built from any PracticeStore's own list().
// A snapshot never changes once built, so any number of threads may read one at once.
//
//   auto index = PracticeIndex::build(practices.list(PracticeIndex::all_published()), position);
//   if (PracticeIndex::answers(query)) page = index->list(query);   // same as practices.list()
//
// Layout: the practices in "newest" order get dense numbers 0…n-1; every facet option keeps the
// set of its practices as a bitset. A query is the AND of its families' ORs (and the publication
// window, a range of the dense numbers); a facet count is the popcount of the option's set AND
// the other families' filters.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "tori/store/practice_store.hpp"

namespace tori::store {

// A set of dense practice numbers, 64 to a word.
using PracticeBits = std::vector<std::uint64_t>;

// One option of a facet family: its value, its label and the practices that have it.
struct IndexedOption {
  std::string value;
  std::string label;
  PracticeBits members;
  bool hidden = false;  // a hidden term: filters by it work, facets() leave it out
};

// What the organisations and vocabularies stores answered when the index was built (their
// published counts change only with practice writes, which the change log records).
struct PublishedDirectory {
  std::array<std::vector<Term>, 3> terms;  // by core::Vocabulary
  std::vector<core::Organisation> organisations;
  std::array<std::vector<std::string>, 3> hidden_terms;  // slugs, by core::Vocabulary
};

// The options of one filter family in the order facets() gives them.
struct IndexedFamily {
  std::string name;  // "organisation", "region", … (the keys of FacetCounts)
  std::vector<IndexedOption> options;
  std::unordered_map<std::string, std::size_t> by_value;  // value → position in options
};

class PracticeIndex {
 public:
  // The families in the order of FacetCounts' documentation.
  static constexpr std::size_t kFamilyCount = 8;

  // The query that lists every published practice in one page (what build() takes).
  [[nodiscard]] static PracticeQuery all_published();
  // Whether list() and facets() of this index answer `query` (it asks for published only).
  [[nodiscard]] static bool answers(const PracticeQuery& query);
  // An index of `published` (light items of published practices, as list() gives them),
  // reflecting the change log up to `position`.
  [[nodiscard]] static std::shared_ptr<const PracticeIndex> build(
      PracticeList published, std::int64_t position, PublishedDirectory directory = {});

  // As PracticeStore::list and ::facets. REQUIRES: answers(query).
  [[nodiscard]] PracticeList list(const PracticeQuery& query) const;
  [[nodiscard]] FacetCounts facets(const PracticeQuery& query) const;

  // The change-log position this index reflects, and how many practices it holds.
  [[nodiscard]] std::int64_t position() const { return position_; }
  [[nodiscard]] std::size_t size() const { return items_.size(); }
  // As VocabularyStore::terms and OrganisationStore::list and ::find_by_slug at build time.
  [[nodiscard]] const std::vector<Term>& terms(core::Vocabulary vocabulary) const {
    return directory_.terms.at(static_cast<std::size_t>(vocabulary));
  }
  [[nodiscard]] const std::vector<core::Organisation>& organisations() const {
    return directory_.organisations;
  }
  [[nodiscard]] std::optional<core::Organisation> organisation(std::string_view slug) const;
  // The indexed (published) practices among `ids`, in the order of `ids`.
  [[nodiscard]] std::vector<core::Practice> published_by_ids(
      std::span<const std::int64_t> ids) const;

  // Public for build(): filled once, never changed after.
  struct Parts {
    std::vector<core::Practice> items;       // newest first: published_at, then id, descending
    std::vector<std::uint32_t> title_order;  // dense numbers in Finnish title order, then id
    std::array<IndexedFamily, kFamilyCount> families;
  };
  PracticeIndex(Parts parts, std::int64_t position, PublishedDirectory directory);

 private:
  // The practices matching every filter of `query` except family `ignored` (kFamilyCount:
  // none ignored), given each family's mask (empty: not filtered) and the window.
  [[nodiscard]] PracticeBits matching(const std::array<PracticeBits, kFamilyCount>& masks,
                                      const PracticeBits& window, std::size_t ignored) const;
  [[nodiscard]] std::array<PracticeBits, kFamilyCount> family_masks(
      const PracticeQuery& query) const;
  [[nodiscard]] PracticeBits window(const PracticeQuery& query) const;
  [[nodiscard]] std::vector<core::Practice> page(const PracticeBits& matches,
                                                 const PracticeQuery& query) const;

  std::vector<core::Practice> items_;
  std::vector<std::uint32_t> title_order_;
  std::array<IndexedFamily, kFamilyCount> families_;
  std::int64_t position_ = 0;
  PublishedDirectory directory_;
  std::unordered_map<std::string, std::size_t> organisation_by_slug_;
  std::unordered_map<std::int64_t, std::size_t> item_by_id_;
};

}  // namespace tori::store
