// SPDX-License-Identifier: AGPL-3.0-or-later
// Table tests of reading WORDBASES and STRUCTURE (values as Voikko 4.3 with voikko-fi 2.5 gives).
#include "tori/search/compound.hpp"

#include <gtest/gtest.h>

namespace tori::search {
namespace {

TEST(Compound, ParseWordbases) {
  struct Case {
    const char* wordbases;
    std::vector<CompoundPart> expected;
  };
  const Case cases[] = {
      {"+kehittämis(kehittää)+työ(työ)+paja(paja)",
       {{"kehittämis", {"kehittää"}}, {"työ", {"työ"}}, {"paja", {"paja"}}}},
      {"+etä+työ(työ)", {{"etä", {"etä"}}, {"työ", {"työ"}}}},
      {"+kokeil(kokeilla)+u(+u)+rahasto(rahasto)",
       {{"kokeilu", {"kokeilla"}}, {"rahasto", {"rahasto"}}}},
      {"+terve(terve)+ys(+ys)+ala(ala)", {{"terveys", {"terve"}}, {"ala", {"ala"}}}},
      {"+työ(työ)+hyvinvointi(hyvin=vointi)", {{"työ", {"työ"}}, {"hyvinvointi", {"hyvinvointi"}}}},
      {"+kirjoite(kirjoittaa)+t+tu(+tu)", {{"kirjoitettu", {"kirjoittaa"}}}},
      {"+sote(sote)+-+uudist(uudistaa)+us(+us)", {{"sote", {"sote"}}, {"uudistus", {"uudistaa"}}}},
      {"+2000+-+luku(luku)", {{"2000", {"2000"}}, {"luku", {"luku"}}}},
      {"+Helsinki(Helsinki)", {{"Helsinki", {"Helsinki"}}}},
      {"+sosiaali-", {{"sosiaali-", {"sosiaali-"}}}},
      {"", {}},
      {"no plus at all", {}},
      {"+unclosed(base", {{"unclosed", {"base"}}}},
      {"+(+u)", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.wordbases);
    EXPECT_EQ(parse_wordbases(c.wordbases), c.expected);
  }
}

TEST(Compound, Subcompounds) {
  struct Case {
    const char* word;
    const char* baseform;
    const char* structure;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"kehittämistyöpajoissa",
       "kehittämistyöpaja",
       "=pppppppppp=ppp=pppppppp",
       {"työpaja", "paja"}},
      {"etätöihin", "etätyö", "=ppp=pppppp", {"työ"}},
      {"sote-uudistus", "sote-uudistus", "=qqqq-=pppppppp", {"uudistus"}},
      {"2000-luvulla", "2000-luku", "=qqqq-=ppppppp", {"luku"}},
      {"Kokeilurahasto", "kokeilurahasto", "=ipppppp=ppppppp", {"rahasto"}},
      {"työhyvinvointia", "työhyvinvointi", "=ppp=ppppp=ppppppp", {"hyvinvointi", "vointi"}},
      {"Helsingissä", "Helsinki", "=ipppppppppp", {}},
      // The word and its base form differ before a boundary: that boundary gives nothing.
      {"kunnanjohtajalle", "kunnanjohtaja", "=pppppp=pppppppppp", {"johtaja"}},
      {"miehet", "mies", "=pppppp", {}},
      {"lyhyt", "lyhyt", "=ppppp=ppppppppp", {}},  // structure longer than the word
      {"", "", "", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.word);
    EXPECT_EQ(subcompounds(c.word, c.baseform, c.structure), c.expected);
  }
}

}  // namespace
}  // namespace tori::search
