// SPDX-License-Identifier: AGPL-3.0-or-later
// A libvoikko handle for Finnish morphological analysis, owned by one thread.
//
//   for (const VoikkoAnalysis& a : Voikko::this_thread().analyze("etätöihin"))
//     a.baseform;   // "etätyö"; a.wordbases "+etä+työ(työ)", a.structure "=ppp=pppppp"
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct VoikkoHandle;

namespace tori::search {

// One reading of a word, with the fields the analyzer uses.
struct VoikkoAnalysis {
  std::string baseform;
  std::string word_class;  // CLASS: "nimisana", "teonsana", "laatusana", "etuliite", …
  std::string structure;   // STRUCTURE
  std::string wordbases;   // WORDBASES (may be empty)
  std::string participle;  // PARTICIPLE, "" when not a participle
};

class Voikko {
 public:
  // Opens the Finnish dictionary; throws std::runtime_error when libvoikko or voikko-fi is missing.
  Voikko();
  ~Voikko();
  Voikko(const Voikko&) = delete;
  Voikko& operator=(const Voikko&) = delete;

  // This thread's handle, opened on first use (a handle must not be shared between threads).
  [[nodiscard]] static Voikko& this_thread();

  // Every reading of `word` (UTF-8); none when Voikko does not know it. Words of more than 255
  // bytes are not analysed.
  [[nodiscard]] std::vector<VoikkoAnalysis> analyze(std::string_view word) const;

 private:
  VoikkoHandle* handle_ = nullptr;
};

}  // namespace tori::search
