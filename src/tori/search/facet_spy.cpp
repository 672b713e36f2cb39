// SPDX-License-Identifier: AGPL-3.0-or-later
// The facet match spy: splitting a slot's joined values and counting each.
#include "tori/search/facet_spy.hpp"

#include <string_view>

#include "tori/search/practice_document.hpp"

namespace tori::search {

void FacetSpy::operator()(const Xapian::Document& document, double) {
  ++seen_;
  const std::string joined = document.get_value(slot_);
  std::string_view rest = joined;
  while (!rest.empty()) {
    const std::size_t separator = rest.find(kValueSeparator);
    const std::string_view value = rest.substr(0, separator);
    if (!value.empty()) ++counts_[std::string(value)];
    if (separator == std::string_view::npos) break;
    rest.remove_prefix(separator + 1);
  }
}

}  // namespace tori::search
