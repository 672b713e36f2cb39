// SPDX-License-Identifier: AGPL-3.0-or-later
// Parsing the search box and building the Xapian query from analysed words.
#include "tori/search/query.hpp"

#include <algorithm>
#include <array>

#include "tori/search/tokenize.hpp"
#include "tori/text/escape.hpp"

namespace tori::search {
namespace {

constexpr std::size_t kMostClauses = 32;

bool is_or_word(std::string_view chunk) {
  static constexpr std::array<std::string_view, 3> kWords = {"OR", "TAI", "ELLER"};
  return std::find(kWords.begin(), kWords.end(), chunk) != kWords.end();
}

// The parse being built: where the next clause goes.
struct Builder {
  ParsedQuery parsed;
  bool join_with_previous = false;
  std::size_t clauses = 0;

  void add(QueryClause clause, bool excluded) {
    if (clause.words.empty() || clauses >= kMostClauses) return;
    ++clauses;
    if (excluded) {
      parsed.excluded.push_back(std::move(clause));
    } else if (join_with_previous && !parsed.groups.empty()) {
      parsed.groups.back().push_back(std::move(clause));
    } else {
      parsed.groups.push_back({std::move(clause)});
    }
    join_with_previous = false;
  }
};

void add_phrase(Builder& builder, std::string_view text, bool excluded) {
  std::vector<std::string> words = tokenize(text);
  if (words.size() == 1)
    builder.add({std::move(words), false, false}, excluded);
  else
    builder.add({std::move(words), true, false}, excluded);
}

void add_chunk(Builder& builder, std::string_view chunk) {
  if (is_or_word(chunk)) {
    builder.join_with_previous = true;
    return;
  }
  const bool excluded = chunk.size() > 1 && chunk.front() == '-';
  if (excluded) chunk.remove_prefix(1);
  const bool prefix = chunk.ends_with('*');
  std::vector<std::string> words = tokenize(chunk);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool last = i + 1 == words.size();
    const bool is_prefix = prefix && last && words[i].size() >= 2;
    builder.add({{words[i]}, false, is_prefix}, excluded);
  }
}

// The pieces of the search box in order: a "phrase" (its text without the quotes; excluded
// when written -"…") or a chunk between spaces and quotes. `visit(piece, phrase, excluded)`.
template <typename Visit>
void scan(std::string_view text, Visit&& visit) {
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++at;
      continue;
    }
    const bool excluded_phrase = c == '-' && at + 1 < text.size() && text[at + 1] == '"';
    if (c == '"' || excluded_phrase) {
      const std::size_t open = at + (excluded_phrase ? 1 : 0);
      const std::size_t close = text.find('"', open + 1);
      const std::size_t end = close == std::string_view::npos ? text.size() : close;
      visit(text.substr(open + 1, end - open - 1), true, excluded_phrase);
      at = close == std::string_view::npos ? text.size() : close + 1;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' &&
           text[end] != '\r' && text[end] != '"')
      ++end;
    visit(text.substr(at, end - at), false, false);
    at = end;
  }
}

// The words of a chunk that add_chunk() makes plain word clauses of, with their places in it.
std::vector<TokenSpan> plain_words(std::string_view chunk) {
  if (is_or_word(chunk) || (chunk.size() > 1 && chunk.front() == '-')) return {};
  TokenizedText tokens = tokenize_with_offsets(chunk);
  if (tokens.text != chunk) return {};  // not NFC: the places would not be the chunk's
  if (chunk.ends_with('*') && !tokens.words.empty() && tokens.words.back().word.size() >= 2)
    tokens.words.pop_back();
  return std::move(tokens.words);
}

}  // namespace

ParsedQuery parse_query(std::string_view text) {
  Builder builder;
  scan(text, [&builder](std::string_view piece, bool phrase, bool excluded) {
    if (phrase)
      add_phrase(builder, piece, excluded);
    else
      add_chunk(builder, piece);
  });
  return std::move(builder.parsed);
}

std::string replace_plain_words(std::string_view text,
                                const std::map<std::string, std::string>& replacements) {
  const std::string nfc = text::to_nfc(text);
  std::string result;
  std::size_t copied = 0;
  scan(std::string_view(nfc), [&](std::string_view piece, bool phrase, bool) {
    if (phrase) return;
    const auto offset = static_cast<std::size_t>(piece.data() - nfc.data());
    for (const TokenSpan& span : plain_words(piece)) {
      const auto found = replacements.find(span.word);
      if (found == replacements.end()) continue;
      result.append(nfc, copied, offset + span.begin - copied);
      result += found->second;
      copied = offset + span.end;
    }
  });
  result.append(nfc, copied);
  return result;
}

}  // namespace tori::search
