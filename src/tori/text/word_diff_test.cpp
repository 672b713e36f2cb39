// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of word_diff and diff_tokens: every kind of change, whitespace, UTF-8, size limits.
#include "tori/text/word_diff.hpp"

#include <chrono>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tori/text/escape.hpp"

namespace tori::text {

// Readable failures: {removed "vanha"} rather than bytes.
void PrintTo(const DiffPiece& piece, std::ostream* out) {
  static constexpr const char* kNames[] = {"same", "added", "removed"};
  *out << '{' << kNames[piece.kind] << " \"" << piece.text << "\"}";
}

namespace {

using Pieces = std::vector<DiffPiece>;

DiffPiece same(std::string text) {
  return {DiffPiece::kSame, std::move(text)};
}
DiffPiece added(std::string text) {
  return {DiffPiece::kAdded, std::move(text)};
}
DiffPiece removed(std::string text) {
  return {DiffPiece::kRemoved, std::move(text)};
}

// The text the pieces give without the `left_out` kind.
std::string join(const Pieces& pieces, DiffPiece::Kind left_out) {
  std::string text;
  for (const DiffPiece& piece : pieces) {
    if (piece.kind != left_out) text += piece.text;
  }
  return text;
}

// What every diff promises: both texts back byte for byte, no empty pieces, no two pieces of the
// same kind in a row, removed before added, every piece valid UTF-8 when the texts are.
void expect_whole(const Pieces& pieces, std::string_view before, std::string_view after) {
  EXPECT_EQ(join(pieces, DiffPiece::kAdded), before);
  EXPECT_EQ(join(pieces, DiffPiece::kRemoved), after);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    EXPECT_FALSE(pieces[i].text.empty()) << i;
    if (is_valid_utf8(before) && is_valid_utf8(after)) {
      EXPECT_TRUE(is_valid_utf8(pieces[i].text)) << i;
    }
    if (i == 0) continue;
    EXPECT_NE(pieces[i].kind, pieces[i - 1].kind) << i;
    EXPECT_FALSE(pieces[i].kind == DiffPiece::kRemoved && pieces[i - 1].kind == DiffPiece::kAdded);
  }
}

struct DiffCase {
  std::string_view name;
  std::string before;
  std::string after;
  Pieces expected;
};

TEST(WordDiff, Cases) {
  const DiffCase cases[] = {
      {"both empty", "", "", {}},
      {"equal texts", "Hyvä arki.", "Hyvä arki.", {same("Hyvä arki.")}},
      {"empty before: all added", "", "Uusi teko.", {added("Uusi teko.")}},
      {"empty after: all removed", "Vanha teko.", "", {removed("Vanha teko.")}},
      {"insertion in the middle",
       "Kummi jokaiselle työntekijälle.",
       "Kummi jokaiselle uudelle työntekijälle.",
       {same("Kummi jokaiselle "), added("uudelle "), same("työntekijälle.")}},
      {"deletion in the middle",
       "Kummi jokaiselle uudelle työntekijälle.",
       "Kummi jokaiselle työntekijälle.",
       {same("Kummi jokaiselle "), removed("uudelle "), same("työntekijälle.")}},
      {"one word replaced",
       "Vaihtuvuus oli suurta.",
       "Vaihtuvuus oli pientä.",
       {same("Vaihtuvuus oli "), removed("suurta"), added("pientä"), same(".")}},
      {"words replaced, the space between taken in",
       "Vaihtuvuus oli hyvin suurta nyt.",
       "Vaihtuvuus oli aika pientä nyt.",
       {same("Vaihtuvuus oli "), removed("hyvin suurta"), added("aika pientä"), same(" nyt.")}},
      {"everything different",
       "yksi kaksi",
       "kolme neljä",
       {removed("yksi kaksi"), added("kolme neljä")}},
      {"change at the start",
       "Vanha malli toimii.",
       "Uusi malli toimii.",
       {removed("Vanha"), added("Uusi"), same(" malli toimii.")}},
      {"change at the end",
       "Malli toimii hyvin",
       "Malli toimii huonosti",
       {same("Malli toimii "), removed("hyvin"), added("huonosti")}},
      {"added at the end",
       "Malli toimii.",
       "Malli toimii. Kokeile!",
       {same("Malli toimii."), added(" Kokeile!")}},
      {"removed at the start",
       "Huom! Malli toimii.",
       "Malli toimii.",
       {removed("Huom! "), same("Malli toimii.")}},
      {"punctuation changed",
       "Se toimii.",
       "Se toimii!",
       {same("Se toimii"), removed("."), added("!")}},
      {"whitespace changed and kept",
       "yksi kaksi",
       "yksi  kaksi",
       {same("yksi"), removed(" "), added("  "), same("kaksi")}},
      {"a line break in place of a space",
       "Eka rivi. Toka rivi.",
       "Eka rivi.\nToka rivi.",
       {same("Eka rivi."), removed(" "), added("\n"), same("Toka rivi.")}},
      {"paragraphs kept",
       "Eka kappale.\n\nToka kappale.",
       "Eka kappale.\n\nToinen kappale.\nLisärivi.",
       {same("Eka kappale.\n\n"), removed("Toka"), added("Toinen"), same(" kappale."),
        added("\nLisärivi.")}},
      {"Finnish letters stay in their words",
       "Hyvä työ",
       "Hyvä yö",
       {same("Hyvä "), removed("työ"), added("yö")}},
      {"ä for å is a different word",
       "Västerås on kaunis",
       "Västeräs on kaunis",
       {removed("Västerås"), added("Västeräs"), same(" on kaunis")}},
      {"a decomposed ä is never split",
       "pa\xCC\x88iva\xCC\x88 on",
       "paiva\xCC\x88 on",
       {removed("pa\xCC\x88iva\xCC\x88"), added("paiva\xCC\x88"), same(" on")}},
      {"multi-byte punctuation whole",
       "a – b",
       "a — b",
       {same("a "), removed("–"), added("—"), same(" b")}},
      {"emoji whole",
       "Kiitos 👍",
       "Kiitos 👍🏽",
       {same("Kiitos "), removed("👍"), added("👍🏽")}},
      {"hostile text is only text",
       "<b>x</b>",
       "<i>x</i>",
       {same("<"), removed("b"), added("i"), same(">x</"), removed("b"), added("i"), same(">")}},
      {"invalid bytes are tokens of their own",
       "a \xFF\xFE b",
       "a \xFF b",
       {same("a \xFF"), removed("\xFE"), same(" b")}},
  };
  for (const DiffCase& c : cases) {
    SCOPED_TRACE(c.name);
    const Pieces pieces = word_diff(c.before, c.after);
    EXPECT_EQ(pieces, c.expected);
    expect_whole(pieces, c.before, c.after);
  }
}

struct TokenCase {
  std::string_view name;
  std::string text;
  std::vector<std::string_view> expected;
};

TEST(WordDiff, Tokens) {
  const TokenCase cases[] = {
      {"empty", "", {}},
      {"words, spaces, punctuation",
       "Hyvä arki, kiitos!",
       {"Hyvä", " ", "arki", ",", " ", "kiitos", "!"}},
      {"digits are word characters",
       "v. 2024 ja 3,5",
       {"v", ".", " ", "2024", " ", "ja", " ", "3", ",", "5"}},
      {"a run of whitespace is one token", "a \n\t b", {"a", " \n\t ", "b"}},
      {"Swedish and Finnish letters", "Åbo öljy", {"Åbo", " ", "öljy"}},
      {"a combining mark stays", "a\xCC\x88 \xCC\x88", {"a\xCC\x88", " \xCC\x88"}},
      {"non-breaking space is whitespace",
       "a\xC2\xA0"
       "b",
       {"a", "\xC2\xA0", "b"}},
      {"an invalid byte alone", "a\xC3(", {"a", "\xC3", "("}},
  };
  for (const TokenCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(diff_tokens(c.text), c.expected);
  }
}

// Many random edits of a text of Finnish words: both texts always come back whole.
TEST(WordDiff, RandomEditsKeepBothTexts) {
  const std::vector<std::string> words = {"työ",
                                          "hyvä",
                                          "Åbo",
                                          "ä",
                                          "öljy",
                                          " ",
                                          "  ",
                                          "\n",
                                          ".",
                                          ", ",
                                          "–",
                                          "🚀",
                                          "pa\xCC\x88iva\xCC\x88",
                                          "x"};
  std::mt19937 random(2026);
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> before(1 + round % 40), after;
    for (std::string& word : before)
      word = words[pick(random)];
    for (const std::string& word : before) {
      const std::size_t dice = pick(random);
      if (dice < 2) continue;                                  // deleted
      if (dice < 4) after.push_back(words[pick(random)]);      // inserted
      after.push_back(dice < 5 ? words[pick(random)] : word);  // replaced or kept
    }
    std::string old_text, new_text;
    for (const std::string& word : before)
      old_text += word;
    for (const std::string& word : after)
      new_text += word;
    SCOPED_TRACE(old_text + " → " + new_text);
    expect_whole(word_diff(old_text, new_text), old_text, new_text);
  }
}

// A long text (a maximal section) with two small changes: only those are marked.
TEST(WordDiff, LongTextsWithSmallChanges) {
  std::string before;
  for (int i = 0; i < 2000; ++i)
    before += "Sana" + std::to_string(i) + " ";
  std::string after = before;
  after.replace(after.find("Sana100 "), 8, "Muutettu ");
  after += "loppu";
  const Pieces pieces = word_diff(before, after);
  ASSERT_EQ(pieces.size(), 5U);
  EXPECT_EQ(pieces[1], removed("Sana100"));
  EXPECT_EQ(pieces[2], added("Muutettu"));
  EXPECT_EQ(pieces[4], added("loppu"));
  expect_whole(pieces, before, after);
}

// Two entirely different long texts still finish quickly.
TEST(WordDiff, LongDifferentTextsFinish) {
  std::string before, after;
  for (int i = 0; i < 3000; ++i) {
    before += "a" + std::to_string(i) + " ";
    after += "b" + std::to_string(i) + ", ";
  }
  const auto start = std::chrono::steady_clock::now();
  expect_whole(word_diff(before, after), before, after);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

// Past kMaxDiffTokens the texts are not compared: all removed, all added.
TEST(WordDiff, HugeTextsAreReplacedWhole) {
  std::string before;
  for (std::size_t i = 0; i < kMaxDiffTokens / 4 + 1; ++i)
    before += "sana ";
  std::string after = "alku " + before;
  EXPECT_GT(diff_tokens(before).size() + diff_tokens(after).size(), kMaxDiffTokens);
  EXPECT_EQ(word_diff(before, after), (Pieces{removed(before), added(after)}));
  EXPECT_EQ(word_diff(before, before), Pieces{same(before)});
  const std::string small = "alku sana";
  EXPECT_EQ(word_diff("sana", small), (Pieces{added("alku "), same("sana")}));
}

}  // namespace
}  // namespace tori::text
