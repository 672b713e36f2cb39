// SPDX-License-Identifier: AGPL-3.0-or-later
// Participle → verb: strip a participle ending, try infinitive endings, keep what Voikko confirms.
#include "tori/search/participle.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "tori/search/voikko.hpp"

namespace tori::search {
namespace {

// A participle ending and the infinitive endings that may replace it.
struct Ending {
  std::string_view participle;
  std::array<std::string_view, 12> infinitives;
};

constexpr std::array<std::string_view, 12> kAny = {"a",  "ä",  "da", "dä", "na", "nä",
                                                   "la", "lä", "ra", "rä", "ta", "tä"};
constexpr std::array<std::string_view, 12> kVowel = {"a", "ä", "ta", "tä"};

// Past active (tehnyt, tullut, pessyt), past passive (kiristytty, perusteltu), present active
// (kannattava), present passive (muunneltava), agent (hapertama).
constexpr std::array<Ending, 16> kEndings = {{
    {"nut", kAny},
    {"nyt", kAny},
    {"lut", kAny},
    {"lyt", kAny},
    {"rut", kAny},
    {"ryt", kAny},
    {"sut", kAny},
    {"syt", kAny},
    {"ttu", kVowel},
    {"tty", kVowel},
    {"tu", kAny},
    {"ty", kAny},
    {"tava", kAny},
    {"tävä", kAny},
    {"va", kVowel},
    {"vä", kVowel},
}};

bool is_infinitive(const std::string& word, const Voikko& voikko) {
  const std::vector<VoikkoAnalysis> analyses = voikko.analyze(word);
  return std::any_of(analyses.begin(), analyses.end(), [&word](const VoikkoAnalysis& analysis) {
    return analysis.word_class == "teonsana" && analysis.baseform == word;
  });
}

}  // namespace

std::vector<std::string> participle_verbs(std::string_view baseform, const Voikko& voikko) {
  std::vector<std::string> verbs;
  for (const Ending& ending : kEndings) {
    if (!baseform.ends_with(ending.participle) || baseform.size() <= ending.participle.size() + 1)
      continue;
    const std::string_view stem = baseform.substr(0, baseform.size() - ending.participle.size());
    for (const std::string_view infinitive : ending.infinitives) {
      if (infinitive.empty()) break;
      std::string candidate(stem);
      candidate += infinitive;
      if (std::find(verbs.begin(), verbs.end(), candidate) == verbs.end() &&
          is_infinitive(candidate, voikko))
        verbs.push_back(std::move(candidate));
    }
  }
  return verbs;
}

}  // namespace tori::search
