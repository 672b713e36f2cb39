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

// The index of the first word matching `terms`, or words.size() when none does.
std::size_t first_match(const std::vector<TokenSpan>& words, const std::vector<std::string>& terms,
                        text::Language language) {
  for (std::size_t i = 0; i < words.size(); ++i)
    if (matches(words[i].word, terms, language)) return i;
  return words.size();
}

// The excerpt from word `first` (byte `begin` of the text), matches marked, "…" where it cuts.
std::string excerpt(const TokenizedText& tokenized, std::size_t first, std::size_t length,
                    const std::vector<std::string>& terms, text::Language language) {
  const std::vector<TokenSpan>& words = tokenized.words;
  const std::size_t begin = first == 0 ? 0 : words[first].begin;
  std::string html = begin == 0 ? "" : "…";
  std::size_t at = begin;
  std::size_t i = first;
  for (; i < words.size() && words[i].end - begin <= length; ++i) {
    html += text::escape_html(std::string_view(tokenized.text).substr(at, words[i].begin - at));
    const std::string word = text::escape_html(words[i].word);
    html += matches(words[i].word, terms, language) ? "<mark>" + word + "</mark>" : word;
    at = words[i].end;
  }
  if (i < words.size()) return html + "…";
  return html + text::escape_html(std::string_view(tokenized.text).substr(at));
}

}  // namespace

std::optional<std::string> matched_snippet_html(std::string_view text,
                                                const std::vector<std::string>& terms,
                                                text::Language language, std::size_t length) {
  const TokenizedText tokenized = tokenize_with_offsets(text);
  const std::size_t match = first_match(tokenized.words, terms, language);
  if (match == tokenized.words.size()) return std::nullopt;
  return excerpt(tokenized, match > kWordsBefore ? match - kWordsBefore : 0, length, terms,
                 language);
}

std::string snippet_html(std::string_view text, const std::vector<std::string>& terms,
                         text::Language language, std::size_t length) {
  if (std::optional<std::string> html = matched_snippet_html(text, terms, language, length))
    return *std::move(html);
  const TokenizedText tokenized = tokenize_with_offsets(text);
  if (tokenized.words.empty()) return text::escape_html(tokenized.text.substr(0, length));
  return excerpt(tokenized, 0, length, terms, language);
}

}  // namespace tori::search
