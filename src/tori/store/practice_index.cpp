// SPDX-License-Identifier: AGPL-3.0-or-later
// PracticeIndex queries: filter masks as bitsets, totals and facet counts by popcount, pages
// in the newest, oldest or title order.
#include "tori/store/practice_index.hpp"

#include <algorithm>
#include <bit>

namespace tori::store {
namespace {

// The query's selected values of family `which` as text (the options' values).
std::vector<std::string> selected_values(const PracticeQuery& query, std::size_t which) {
  switch (which) {
    case 0:
      return query.organisations;
    case 1:
      return query.regions;
    case 2:
      return query.municipalities;
    case 3:
      return query.sectors;
    case 4:
      return query.themes;
    case 5:
      return query.client_groups;
    case 6: {
      std::vector<std::string> texts;
      for (core::Maturity maturity : query.maturities)
        texts.emplace_back(core::to_string(maturity));
      return texts;
    }
    default: {
      std::vector<std::string> texts;
      for (int year : query.years)
        texts.push_back(std::to_string(year));
      return texts;
    }
  }
}

// Every practice of `count`.
PracticeBits all_of(std::size_t count) {
  PracticeBits bits((count + 63) / 64, ~std::uint64_t{0});
  if (count % 64 != 0) bits.back() = (std::uint64_t{1} << (count % 64)) - 1;
  return bits;
}

// The practices numbered first…last-1.
PracticeBits range_of(std::size_t count, std::size_t first, std::size_t last) {
  PracticeBits bits((count + 63) / 64, 0);
  for (std::size_t number = first; number < last; ++number)
    bits[number / 64] |= std::uint64_t{1} << (number % 64);
  return bits;
}

void and_into(PracticeBits& into, const PracticeBits& other) {
  for (std::size_t i = 0; i < into.size(); ++i)
    into[i] &= other[i];
}

// The counting loops are most of a facets() call: on x86-64 a clone uses the POPCNT instruction
// where the processor has it (else std::popcount is a libgcc call per word).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define TORI_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define TORI_POPCOUNT_CLONES
#endif

TORI_POPCOUNT_CLONES std::int64_t count_of(const PracticeBits& bits) {
  std::int64_t count = 0;
  for (std::uint64_t word : bits)
    count += std::popcount(word);
  return count;
}

TORI_POPCOUNT_CLONES std::int64_t count_both(const PracticeBits& a, const PracticeBits& b) {
  std::int64_t count = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    count += std::popcount(a[i] & b[i]);
  return count;
}

bool has(const PracticeBits& bits, std::uint32_t number) {
  return (bits[number / 64] >> (number % 64)) & 1U;
}

// The dense numbers in `bits` in ascending (or descending) order, after skipping `skip`, at
// most `limit` of them.
std::vector<std::uint32_t> numbers_in(const PracticeBits& bits, bool descending, std::int64_t skip,
                                      std::int64_t limit) {
  std::vector<std::uint32_t> numbers;
  const std::size_t words = bits.size();
  for (std::size_t step = 0; step < words && static_cast<std::int64_t>(numbers.size()) < limit;
       ++step) {
    const std::size_t w = descending ? words - 1 - step : step;
    std::uint64_t word = bits[w];
    const std::int64_t here = std::popcount(word);
    if (skip >= here) {
      skip -= here;
      continue;
    }
    while (word != 0 && static_cast<std::int64_t>(numbers.size()) < limit) {
      const int bit = descending ? 63 - std::countl_zero(word) : std::countr_zero(word);
      word &= ~(std::uint64_t{1} << bit);
      if (skip > 0) {
        --skip;
        continue;
      }
      numbers.push_back(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(bit)));
    }
  }
  return numbers;
}

}  // namespace

std::array<PracticeBits, PracticeIndex::kFamilyCount> PracticeIndex::family_masks(
    const PracticeQuery& query) const {
  std::array<PracticeBits, kFamilyCount> masks;  // empty: the family is not filtered
  for (std::size_t which = 0; which < kFamilyCount; ++which) {
    const std::vector<std::string> values = selected_values(query, which);
    if (values.empty()) continue;
    // One word more than the items need, so that a filtered mask is never empty.
    masks[which].assign((items_.size() + 63) / 64 + 1, 0);
    for (const std::string& value : values) {
      const auto found = families_[which].by_value.find(value);
      if (found == families_[which].by_value.end()) continue;
      const PracticeBits& members = families_[which].options[found->second].members;
      for (std::size_t i = 0; i < members.size(); ++i)
        masks[which][i] |= members[i];
    }
  }
  return masks;
}

PracticeBits PracticeIndex::window(const PracticeQuery& query) const {
  if (!query.published_from && !query.published_before) return {};
  // items_ is in descending publication order, the never published last.
  auto published_at_or_after = [](core::TimePoint time) {
    return [time](const core::Practice& p) { return p.published_at && *p.published_at >= time; };
  };
  const auto published_end =
      std::partition_point(items_.begin(), items_.end(),
                           [](const core::Practice& p) { return p.published_at.has_value(); });
  auto first = items_.begin();
  auto last = published_end;
  if (query.published_from) {
    last = std::partition_point(items_.begin(), published_end,
                                published_at_or_after(*query.published_from));
  }
  if (query.published_before) {
    first = std::partition_point(items_.begin(), published_end,
                                 published_at_or_after(*query.published_before));
  }
  if (first >= last) return PracticeBits((items_.size() + 63) / 64 + 1, 0);
  PracticeBits bits = range_of(items_.size(), static_cast<std::size_t>(first - items_.begin()),
                               static_cast<std::size_t>(last - items_.begin()));
  bits.push_back(0);
  return bits;
}

PracticeBits PracticeIndex::matching(const std::array<PracticeBits, kFamilyCount>& masks,
                                     const PracticeBits& window, std::size_t ignored) const {
  PracticeBits bits = all_of(items_.size());
  for (std::size_t which = 0; which < kFamilyCount; ++which) {
    if (which != ignored && !masks[which].empty()) and_into(bits, masks[which]);
  }
  if (!window.empty()) and_into(bits, window);
  return bits;
}

std::vector<core::Practice> PracticeIndex::page(const PracticeBits& matches,
                                                const PracticeQuery& query) const {
  const std::int64_t skip = std::max(query.offset, 0);
  std::vector<std::uint32_t> numbers;
  if (query.sort == PracticeQuery::Sort::kTitle) {
    for (std::uint32_t number : title_order_) {
      if (!has(matches, number)) continue;
      if (static_cast<std::int64_t>(numbers.size()) >= skip + query.limit) break;
      numbers.push_back(number);
    }
    numbers.erase(
        numbers.begin(),
        numbers.begin() + std::min<std::int64_t>(skip, static_cast<std::int64_t>(numbers.size())));
  } else {
    numbers = numbers_in(matches, query.sort == PracticeQuery::Sort::kOldest, skip, query.limit);
  }
  std::vector<core::Practice> items;
  items.reserve(numbers.size());
  for (std::uint32_t number : numbers)
    items.push_back(items_[number]);
  return items;
}

PracticeList PracticeIndex::list(const PracticeQuery& query) const {
  const PracticeBits matches = matching(family_masks(query), window(query), kFamilyCount);
  PracticeList result;
  result.total = count_of(matches);
  if (query.limit > 0 && result.total > 0) result.items = page(matches, query);
  return result;
}

FacetCounts PracticeIndex::facets(const PracticeQuery& query) const {
  const std::array<PracticeBits, kFamilyCount> masks = family_masks(query);
  const PracticeBits dates = window(query);
  FacetCounts counts;
  for (std::size_t which = 0; which < kFamilyCount; ++which) {
    const PracticeBits others = matching(masks, dates, which);
    std::vector<FacetCount> options;
    for (const IndexedOption& option : families_[which].options) {
      const std::int64_t count = count_both(others, option.members);
      if (count > 0 && !option.hidden) options.push_back({option.value, option.label, count});
    }
    counts.emplace(families_[which].name, std::move(options));
  }
  return counts;
}

}  // namespace tori::store
