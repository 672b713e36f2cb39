// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of the synonym groups, and the product's own list.
#include "tori/search/synonyms.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace tori::search {
namespace {

TEST(Synonyms, Groups) {
  const Synonyms synonyms = Synonyms::parse(
      "# comment\n"
      "esimies esihenkilö\n"
      "\n"
      "Etätyö etätyöskentely etätyö\n"
      "esimies johtaja\n");
  struct Case {
    const char* term;
    std::vector<std::string> others;
  };
  const Case cases[] = {
      {"esimies", {"esihenkilö", "johtaja"}},
      {"esihenkilö", {"esimies"}},
      {"etätyö", {"etätyöskentely"}},  // folded, duplicates once
      {"johtaja", {"esimies"}},
      {"kissa", {}},
      {"# comment", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.term);
    EXPECT_EQ(synonyms.of(c.term), c.others);
  }
  EXPECT_TRUE(Synonyms::parse("# only a comment\n").empty());
}

TEST(Synonyms, ProductListLoads) {
  std::ifstream in(std::string(TORI_SOURCE_DATA_DIR) + "/search/synonyms.txt");
  std::ostringstream text;
  text << in.rdbuf();
  const Synonyms synonyms = Synonyms::parse(text.str());
  EXPECT_EQ(synonyms.of("esimies"), std::vector<std::string>{"esihenkilö"});
  EXPECT_EQ(synonyms.of("etätyöskentely"), std::vector<std::string>{"etätyö"});
}

}  // namespace
}  // namespace tori::search
