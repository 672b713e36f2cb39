// SPDX-License-Identifier: AGPL-3.0-or-later
// Finnish alphabetical order (ICU's "fi" collator): å, ä and ö come after z, case and accents
// matter only after the letters do.
//
//   compare_finnish("Öljy", "Zeta") > 0;               // Ö sorts after Z
//   sort_finnish(names);                                // a vector<std::string>, in place
//   sort_finnish_by(organisations, [](const Organisation& o) { return o.name; });
//
// Every function may be called from any number of threads at once (each thread keeps its own
// ICU collator). Texts are UTF-8; ill-formed sequences compare as U+FFFD.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tori::text {

// Negative, zero or positive as `a` sorts before, equal to, or after `b` in Finnish.
[[nodiscard]] int compare_finnish(std::string_view a, std::string_view b);

// A byte string whose plain byte order (std::string's operator<, memcmp) is the Finnish order of
// the texts: compute it once per item to sort many items or to keep as an index column. Keys are
// only comparable with keys made by the same ICU version.
[[nodiscard]] std::string sort_key_finnish(std::string_view text);

// Sorts `items` in Finnish order of `name_of(item)` (something convertible to std::string_view),
// computing each key once; items with equal keys keep their order (stable).
template <class T, class NameOf>
void sort_finnish_by(std::vector<T>& items, NameOf name_of) {
  std::vector<std::pair<std::string, std::size_t>> keys;  // (sort key, position in `items`)
  keys.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    keys.emplace_back(sort_key_finnish(std::string_view(name_of(items[i]))), i);
  }
  std::sort(keys.begin(), keys.end());  // the position breaks ties, so the order is stable
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const auto& key : keys)
    sorted.push_back(std::move(items[key.second]));
  items = std::move(sorted);
}

// Sorts texts in Finnish order (stable).
void sort_finnish(std::vector<std::string>& texts);

}  // namespace tori::text
