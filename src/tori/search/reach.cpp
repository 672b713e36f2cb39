// SPDX-License-Identifier: AGPL-3.0-or-later
// Reach and collision of the Finnish analyzer over UD tokens (CoNLL-U reading included).
#include "tori/search/reach.hpp"

#include <algorithm>
#include <random>
#include <string_view>

#include "tori/search/analyzer.hpp"

namespace tori::search {
namespace {

constexpr std::size_t kMissesKept = 200;

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    const std::size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return fields;
    line.remove_prefix(tab + 1);
  }
}

bool is_content_word(std::string_view upos) {
  return upos == "NOUN" || upos == "VERB" || upos == "ADJ";
}

// Whether a query for `lemma` finds a text containing `form`.
bool meets(const std::string& lemma, const std::string& form) {
  const std::vector<std::string> query = query_terms(lemma, Language::kFi);
  const IndexTerms index = index_terms(form, Language::kFi);
  return std::any_of(query.begin(), query.end(), [&index](const std::string& term) {
    return std::find(index.words.begin(), index.words.end(), term) != index.words.end() ||
           std::find(index.parts.begin(), index.parts.end(), term) != index.parts.end();
  });
}

}  // namespace

std::vector<UdToken> read_content_words(std::istream& conllu) {
  std::vector<UdToken> tokens;
  for (std::string line; std::getline(conllu, line);) {
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields.size() != 10) continue;
    const std::string_view id = fields[0];
    if (id.find_first_of("-.") != std::string_view::npos) continue;
    if (!is_content_word(fields[3])) continue;
    std::string lemma(fields[2]);
    std::erase(lemma, '#');
    tokens.push_back({std::string(fields[1]), std::move(lemma)});
  }
  return tokens;
}

double ReachResult::reach() const {
  return tokens == 0 ? 0.0 : static_cast<double>(reached) / static_cast<double>(tokens);
}

double ReachResult::collision() const {
  return pairs == 0 ? 0.0 : static_cast<double>(collisions) / static_cast<double>(pairs);
}

ReachResult measure_reach(const std::vector<UdToken>& tokens, std::size_t pairs,
                          std::uint64_t seed) {
  ReachResult result;
  result.tokens = tokens.size();
  for (const UdToken& token : tokens) {
    if (meets(token.lemma, token.form)) {
      ++result.reached;
    } else if (result.missed.size() < kMissesKept) {
      result.missed.push_back(token);
    }
  }
  if (tokens.size() < 2) return result;
  std::mt19937_64 random(seed);
  for (std::size_t attempts = 0; result.pairs < pairs && attempts < pairs * 10; ++attempts) {
    const UdToken& query = tokens[random() % tokens.size()];
    const UdToken& other = tokens[random() % tokens.size()];
    if (query.lemma == other.lemma) continue;
    ++result.pairs;
    if (meets(query.lemma, other.form)) ++result.collisions;
  }
  return result;
}

}  // namespace tori::search
