// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the word splitter.
#include "tori/search/tokenize.hpp"

#include <gtest/gtest.h>

namespace tori::search {
namespace {

TEST(Tokenize, Words) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"", {}},
      {"  \t\n", {}},
      {"Työhyvinvointi", {"Työhyvinvointi"}},
      {"etätöihin, ja esihenkilöille!", {"etätöihin", "ja", "esihenkilöille"}},
      {"EU:n ohjeet", {"EU:n", "ohjeet"}},
      {"covid-19-ohjeet", {"covid-19-ohjeet"}},
      {"sosiaali- ja terveysala", {"sosiaali-", "ja", "terveysala"}},
      {"sosiaali-, terveys- ja opetusala", {"sosiaali-", "terveys-", "ja", "opetusala"}},
      {"rivin loppu-", {"rivin", "loppu-"}},
      {"--väli--", {"väli"}},
      {"2,5 miljoonaa ja 16.2.2024", {"2,5", "miljoonaa", "ja", "16.2.2024"}},
      {"lause. Toinen", {"lause", "Toinen"}},
      {"lista,toinen", {"lista", "toinen"}},
      {"Åbo Akademi", {"Åbo", "Akademi"}},
      {"o’clock l'eau", {"o’clock", "l'eau"}},
      {"<script>alert(1)</script>", {"script", "alert", "1", "script"}},
      {"a\xFF"
       "b",
       {"a", "b"}},  // invalid UTF-8 separates
      {"A\xCC\x8A"
       "bo",
       {"\xC3\x85"
        "bo"}},                       // decomposed Å becomes NFC
      {"työ—aika", {"työ", "aika"}},  // an em dash separates
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(tokenize(c.text), c.expected);
  }
}

TEST(Tokenize, OffsetsPointIntoTheNormalisedText) {
  const TokenizedText tokenized = tokenize_with_offsets(
      "  Työ—aika A\xCC\x8A"
      "bo 😀 x-");
  EXPECT_EQ(tokenized.text,
            "  Työ—aika \xC3\x85"
            "bo 😀 x-");
  ASSERT_EQ(tokenized.words.size(), 4u);
  for (const TokenSpan& span : tokenized.words)
    EXPECT_EQ(tokenized.text.substr(span.begin, span.end - span.begin), span.word);
  EXPECT_EQ(tokenized.words[2].word,
            "\xC3\x85"
            "bo");
  EXPECT_EQ(tokenized.words[3].word, "x-");
}

TEST(Tokenize, DanglingParts) {
  EXPECT_TRUE(is_dangling_part("sosiaali-"));
  EXPECT_FALSE(is_dangling_part("-"));
  EXPECT_FALSE(is_dangling_part("sosiaali"));
  EXPECT_FALSE(is_dangling_part("covid-19"));
}

}  // namespace
}  // namespace tori::search
