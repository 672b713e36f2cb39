// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of placeholder filling, capitals, ASCII folding and word counts.
#include "tori/demo/fill.hpp"

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

namespace tori::demo {
namespace {

TEST(Fill, ReplacesEveryPlaceholder) {
  Fill fill;
  fill.set("t_ine", "kotihoidossa");
  fill.set("w", "hoitajat");
  fill.set("t", "kotihoito");
  struct Case {
    const char* name;
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"no placeholder", "Ei paikkaa.", "Ei paikkaa."},
      {"one", "Työ {t_ine} muuttui.", "Työ kotihoidossa muuttui."},
      {"two and adjacent", "{w}{t_ine}", "hoitajatkotihoidossa"},
      {"a key that is a prefix of another", "{t} ja {t_ine}", "kotihoito ja kotihoidossa"},
      {"empty text", "", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(fill.apply(c.text), c.expected);
  }
}

TEST(Fill, SetReplacesAValue) {
  Fill fill;
  fill.set("euros", "5 000");
  fill.set("euros", "12 500");
  EXPECT_EQ(fill.apply("{euros} euroa"), "12 500 euroa");
}

TEST(Fill, UnknownOrUnclosedPlaceholderIsATableBug) {
  Fill fill;
  fill.set("a", "x");
  EXPECT_THROW((void)fill.apply("{b}"), std::logic_error);
  EXPECT_THROW((void)fill.apply("{a"), std::logic_error);
}

TEST(Capitalise, FirstLetterOnly) {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {{"kotihoito", "Kotihoito"},
                        {"äänekoski", "Äänekoski"},
                        {"öljy", "Öljy"},
                        {"åland", "Åland"},
                        {"Jo iso", "Jo iso"},
                        {"", ""},
                        {"3 000 euroa", "3 000 euroa"},
                        {"émile", "émile"}};
  for (Case c : cases) {
    SCOPED_TRACE(c.in);
    capitalise(c.in);
    EXPECT_EQ(c.in, c.out);
  }
}

TEST(AsciiFold, MakesAddressParts) {
  EXPECT_EQ(ascii_fold("Mäkinen", '-', true), "makinen");
  EXPECT_EQ(ascii_fold("Öhman", '-', true), "ohman");
  EXPECT_EQ(ascii_fold("Sjöberg", '-', true), "sjoberg");
  EXPECT_EQ(ascii_fold("Anna-Leena", '-', true), "anna-leena");
  EXPECT_EQ(ascii_fold("Kodin ja koulun yhteistyö", '-', true), "kodin-ja-koulun-yhteistyo");
  EXPECT_EQ(ascii_fold("Café Ümlaut, Åbo!", '_', false), "cafe_umlaut_abo");
}

TEST(CountWords, CountsRunsOfNonSpaces) {
  EXPECT_EQ(count_words(""), 0u);
  EXPECT_EQ(count_words("yksi"), 1u);
  EXPECT_EQ(count_words("  kaksi  sanaa "), 2u);
  EXPECT_EQ(count_words("Noin 3 000 euroa."), 4u);
}

}  // namespace
}  // namespace tori::demo
