// SPDX-License-Identifier: AGPL-3.0-or-later
// Choosing a snippet's window and marking its matching words.
#include "tori/search/snippet.hpp"

#include <algorithm>

#include "tori/search/analyzer.hpp"
#include "tori/search/tokenize.hpp"
#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

constexpr std::size_t kWordsBefore = 4;  // context kept before the first match

bool matches(const std::string& word, const std::vector<std::string>& terms,
             text::Language language) {
  const IndexTerms own = index_terms(word, language);
  for (const std::vector<std::string>* list : {&own.words, &own.parts})
    for (const std::string& term : *list)
      if (std::find(terms.begin(), terms.end(), term) != terms.end()) return true;
  return false;
}

// The index of the first word to show: a few words before the first match, or the first word.
std::size_t window_start(const std::vector<bool>& marked) {
  const auto first = std::find(marked.begin(), marked.end(), true);
  if (first == marked.end()) return 0;
  const auto index = static_cast<std::size_t>(first - marked.begin());
  return index > kWordsBefore ? index - kWordsBefore : 0;
}

}  // namespace

std::string snippet_html(std::string_view text, const std::vector<std::string>& terms,
                         text::Language language, std::size_t length) {
  const TokenizedText tokenized = tokenize_with_offsets(text);
  const std::vector<TokenSpan>& words = tokenized.words;
  if (words.empty()) return text::escape_html(tokenized.text.substr(0, length));
  std::vector<bool> marked;
  marked.reserve(words.size());
  for (const TokenSpan& span : words)
    marked.push_back(matches(span.word, terms, language));
  const std::size_t first = window_start(marked);
  const std::size_t begin = first == 0 ? 0 : words[first].begin;
  std::string html = begin == 0 ? "" : "…";
  std::size_t at = begin;
  std::size_t i = first;
  for (; i < words.size() && words[i].end - begin <= length; ++i) {
    html += text::escape_html(std::string_view(tokenized.text).substr(at, words[i].begin - at));
    const std::string word = text::escape_html(words[i].word);
    html += marked[i] ? "<mark>" + word + "</mark>" : word;
    at = words[i].end;
  }
  if (i < words.size()) return html + "…";
  return html + text::escape_html(std::string_view(tokenized.text).substr(at));
}

}  // namespace tori::search
