// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the words that go to the spelling data (the suggestions are tested in searcher_test).
#include "tori/search/spelling.hpp"

#include <gtest/gtest.h>

#include <map>

#include "tori/testing/temp_dir.hpp"

namespace tori::search {
namespace {

// The spelling data after counting `words` and adding them: word → frequency.
std::map<std::string, Xapian::termcount> spelling_of(const std::vector<std::string>& words) {
  const tori::testing::TempDir dir;
  Xapian::WritableDatabase database((dir.path() / "index").string(), Xapian::DB_CREATE);
  SpellingWords counted;
  for (const std::string& word : words)
    count_spelling_word(word, counted);
  add_spelling(database, counted);
  database.commit();
  std::map<std::string, Xapian::termcount> spelling;
  for (auto word = database.spellings_begin(); word != database.spellings_end(); ++word)
    spelling[*word] = word.get_termfreq();
  return spelling;
}

TEST(Spelling, KeepsLowerCaseWordsOfThreeCharactersWithoutDigits) {
  struct Case {
    const char* word;
    const char* kept;  // "" when left out
  };
  const Case cases[] = {
      {"Työhyvinvointi", "työhyvinvointi"},
      {"TYÖ", "työ"},  // three characters, four bytes
      {"Sosiaali-", "sosiaali"},
      {"EU:n", "eu:n"},
      {"ja", ""},
      {"yö", ""},
      {"2024", ""},
      {"covid-19", ""},
      {"-", ""},
  };
  for (const Case& c : cases) {
    const std::map<std::string, Xapian::termcount> spelling = spelling_of({c.word});
    if (*c.kept == '\0')
      EXPECT_TRUE(spelling.empty()) << c.word;
    else
      EXPECT_EQ(spelling, (std::map<std::string, Xapian::termcount>{{c.kept, 1}})) << c.word;
  }
}

TEST(Spelling, CountsEachSpellingOnce) {
  EXPECT_EQ(spelling_of({"Kahvi", "kahvi", "KAHVI", "tee", "kahvi"}),
            (std::map<std::string, Xapian::termcount>{{"kahvi", 4}, {"tee", 1}}));
}

}  // namespace
}  // namespace tori::search
