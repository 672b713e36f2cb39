// SPDX-License-Identifier: AGPL-3.0-or-later
// Facet counts of a search: a Xapian match spy that counts each value of a multi-valued slot
// (values joined by kValueSeparator, practice_document.hpp) over the documents it sees.
//
//   FacetSpy themes(kThemeSlot);
//   enquire.add_matchspy(&themes);
//   auto matches = enquire.get_mset(0, 20, 10'000);   // look at up to 10,000 matches
//   themes.counts();   // {"tyohyvinvointi": 12, …}; exact when themes.seen() == total matches
#pragma once

#include <map>
#include <string>

#include <xapian.h>

namespace tori::search {

class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& document, double weight) override;

  // Each value with the number of seen documents that have it.
  [[nodiscard]] const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }
  // How many documents the spy saw.
  [[nodiscard]] Xapian::doccount seen() const { return seen_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, Xapian::doccount> counts_;
  Xapian::doccount seen_ = 0;
};

}  // namespace tori::search
