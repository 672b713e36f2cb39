// SPDX-License-Identifier: AGPL-3.0-or-later
// Analysing a whole text: words in order, and hyphenated coordination ("sosiaali- ja terveysala").
#include <algorithm>
#include <array>

#include "tori/search/analyzer.hpp"
#include "tori/search/compound.hpp"
#include "tori/search/tokenize.hpp"
#include "tori/search/voikko.hpp"
#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

// Words that join coordinated parts: "sosiaali- ja terveysala", "etä- tai lähityö".
bool is_coordinator(std::string_view word) {
  static constexpr std::array<std::string_view, 5> kWords = {"ja", "tai", "sekä", "eli", "tahi"};
  const std::string folded = text::fold_case(word);
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

// The compound a dangling part at `index` shares its head with: the next word that is neither
// a dangling part nor a coordinator, within a few words.
const std::string* head_word(const std::vector<std::string>& words, std::size_t index) {
  for (std::size_t at = index + 1; at < words.size() && at <= index + 5; ++at) {
    if (is_dangling_part(words[at]) || is_coordinator(words[at])) continue;
    return &words[at];
  }
  return nullptr;
}

// "sosiaali-" + "terveysala" → "sosiaaliala": the part with the last sub-compound of the head.
std::string coordinated_compound(std::string_view part, const std::string& head) {
  for (const VoikkoAnalysis& analysis : Voikko::this_thread().analyze(head)) {
    const std::vector<std::string> subs = subcompounds(head, analysis.baseform, analysis.structure);
    if (subs.empty()) continue;
    std::string compound(part.substr(0, part.size() - 1));
    compound += subs.back();
    return text::fold_case(compound);
  }
  return {};
}

void add_terms(std::vector<std::string>& into, const std::vector<std::string>& terms) {
  for (const std::string& term : terms)
    if (std::find(into.begin(), into.end(), term) == into.end()) into.push_back(term);
}

}  // namespace

std::vector<AnalyzedWord> analyze_text(std::string_view text, Language language, bool query) {
  const std::vector<std::string> words = tokenize(text);
  std::vector<AnalyzedWord> result;
  result.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    AnalyzedWord analyzed{words[i], {}};
    if (query)
      analyzed.terms.words = query_terms(words[i], language);
    else
      analyzed.terms = index_terms(words[i], language);
    const std::string* head =
        is_dangling_part(words[i]) && language == Language::kFi ? head_word(words, i) : nullptr;
    if (head != nullptr) {
      const std::string compound = coordinated_compound(words[i], *head);
      if (!compound.empty())
        add_terms(analyzed.terms.words,
                  query ? query_terms(compound, language) : index_terms(compound, language).words);
    }
    result.push_back(std::move(analyzed));
  }
  return result;
}

}  // namespace tori::search
