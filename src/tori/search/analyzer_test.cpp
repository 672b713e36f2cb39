// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the analyzer with the real Voikko dictionary: inflection, compounds, hyphen
// coordination, unknown words, numbers, Swedish and English.
#include "tori/search/analyzer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace tori::search {
namespace {

using ::testing::Contains;
using ::testing::Not;

bool has_term(const IndexTerms& terms, const std::string& term) {
  return std::find(terms.words.begin(), terms.words.end(), term) != terms.words.end() ||
         std::find(terms.parts.begin(), terms.parts.end(), term) != terms.parts.end();
}

// A query for `query` finds a text containing `text_word` (both Finnish unless stated).
bool finds(const std::string& query, const std::string& text_word, Language language) {
  const IndexTerms index = index_terms(text_word, language);
  for (const std::string& term : query_terms(query, language))
    if (has_term(index, term)) return true;
  return false;
}

TEST(Analyzer, QueriesFindInflectedAndCompoundForms) {
  struct Case {
    const char* query;
    const char* text_word;
    Language language;
    bool found;
  };
  const Case cases[] = {
      {"etätyö", "etätöihin", Language::kFi, true},
      {"työpaja", "kehittämistyöpajoissa", Language::kFi, true},
      {"paja", "kehittämistyöpajoissa", Language::kFi, true},
      {"kehittäminen", "kehittämistyöpajoissa", Language::kFi, true},
      {"esihenkilö", "esihenkilöiden", Language::kFi, true},
      {"kokeilu", "kokeilurahastosta", Language::kFi, true},
      {"rahasto", "kokeilurahastosta", Language::kFi, true},
      {"kirjoittaa", "kirjoitettu", Language::kFi, true},
      {"Helsinki", "Helsingissä", Language::kFi, true},
      {"TYÖHYVINVOINTI", "työhyvinvointia", Language::kFi, true},
      {"hyvinvointi", "työhyvinvointia", Language::kFi, true},
      {"uudistus", "sote-uudistuksessa", Language::kFi, true},
      {"2024", "2024", Language::kFi, true},
      {"covid-19", "covid-19", Language::kFi, true},
      {"kissa", "koiralle", Language::kFi, false},
      {"työ", "työpaikalla", Language::kFi, true},
      {"kommun", "kommunerna", Language::kSv, true},
      {"workshops", "workshop", Language::kEn, true},
      {"frobnikaatio", "frobnikaatiota", Language::kFi, true},  // unknown: Snowball on both
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.query) + " → " + c.text_word);
    EXPECT_EQ(finds(c.query, c.text_word, c.language), c.found);
  }
}

TEST(Analyzer, IndexTermsOfACompound) {
  const IndexTerms terms = index_terms("kehittämistyöpajoissa", Language::kFi);
  EXPECT_EQ(terms.words, std::vector<std::string>{"kehittämistyöpaja"});
  for (const char* part : {"työpaja", "paja", "kehittää", "työ"})
    EXPECT_THAT(terms.parts, Contains(part));
  EXPECT_THAT(terms.parts, Not(Contains("kehittämistyöpaja")));  // never in both lists
}

TEST(Analyzer, QueryTermsAreBaseFormsOnly) {
  EXPECT_EQ(query_terms("työpajoissa", Language::kFi), std::vector<std::string>{"työpaja"});
  EXPECT_EQ(query_terms("Sosiaali-", Language::kFi), std::vector<std::string>{"sosiaali"});
  EXPECT_EQ(query_terms("2024", Language::kFi), std::vector<std::string>{"2024"});
  EXPECT_EQ(query_terms("R2", Language::kFi), std::vector<std::string>{"r2"});
  EXPECT_TRUE(query_terms("", Language::kFi).empty());
  EXPECT_TRUE(query_terms("", Language::kSv).empty());
  EXPECT_TRUE(index_terms("", Language::kEn).words.empty());
  // Spoken Finnish past participles without their -t.
  EXPECT_EQ(query_terms("tehny", Language::kFi), std::vector<std::string>{"tehnyt"});
}

TEST(Analyzer, HyphenCoordinationGivesTheSharedCompound) {
  struct Case {
    const char* text;
    const char* dangling;
    const char* compound;
  };
  const Case cases[] = {
      {"sosiaali- ja terveysala", "sosiaali-", "sosiaaliala"},
      {"etä- tai hybridityö", "etä-", "etätyö"},
      {"sosiaali-, terveys- ja opetusalalla", "terveys-", "terveysala"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    for (const bool query : {false, true}) {
      bool seen = false;
      for (const AnalyzedWord& word : analyze_text(c.text, Language::kFi, query)) {
        if (word.word != c.dangling) continue;
        seen = true;
        EXPECT_THAT(word.terms.words, Contains(c.compound));
      }
      EXPECT_TRUE(seen);
    }
  }
}

TEST(Analyzer, HostileAndOddInputIsJustText) {
  const std::string long_word(10'000, 'a');
  EXPECT_FALSE(index_terms(long_word, Language::kFi).words.empty());
  const auto words =
      analyze_text("<script>alert(\"x\")</script> \xFF -- ** \"\"", Language::kFi, true);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].word, "script");
}

}  // namespace
}  // namespace tori::search
