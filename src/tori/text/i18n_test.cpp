// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the message catalogue: file syntax and its errors, plurals, fallback, threads.
#include "tori/text/i18n.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

#include "tori/testing/temp_dir.hpp"

namespace tori::text {
namespace {

// The runtime_error message of from_texts, or "" if it loaded.
std::string load_error(const std::map<Language, std::string>& texts) {
  try {
    (void)Catalogue::from_texts(texts);
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return "";
}

TEST(I18n, LanguageCodes) {
  struct Case {
    std::string_view name, code;
    std::optional<Language> expected;
  };
  const Case cases[] = {
      {"finnish", "fi", Language::kFi},         {"swedish", "sv", Language::kSv},
      {"english", "en", Language::kEn},         {"upper case is not a code", "FI", std::nullopt},
      {"unknown language", "de", std::nullopt}, {"empty", "", std::nullopt},
      {"with region", "fi-FI", std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(language_from_code(c.code), c.expected);
    if (c.expected) EXPECT_EQ(language_code(*c.expected), c.code);
  }
}

TEST(I18n, FileSyntaxAccepted) {
  struct Case {
    std::string_view name, file, key, expected;
  };
  const Case cases[] = {
      {"one message", "a = Hei", "a", "Hei"},
      {"comments and blank lines", "# otsikko\n\na = Hei\n   \n# loppu\n", "a", "Hei"},
      {"no spaces around '='", "a.b_c-9=Hei", "a.b_c-9", "Hei"},
      {"'=' inside the message", "a = x = y", "a", "x = y"},
      {"'#' inside the message", "a = Hei #1", "a", "Hei #1"},
      {"continuation lines joined with one space", "a = yksi\n  kaksi\n\tkolme", "a",
       "yksi kaksi kolme"},
      {"message starting on the next line", "a =\n    Hei", "a", "Hei"},
      {"plural over continuation lines starting with '#'",
       "a = {n, plural,\n  one {# teko}\n  other {# tekoa}}\nb = Moi", "b", "Moi"},
      {"CRLF line ends", "a = Hei\r\nb = Moi\r\n", "b", "Moi"},
      {"byte order mark",
       "\xEF\xBB\xBF"
       "a = Hei",
       "a", "Hei"},
      {"trailing spaces trimmed", "a = Hei   \t", "a", "Hei"},
      {"UTF-8 text", "a = Sök på svenska", "a", "Sök på svenska"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Catalogue catalogue = Catalogue::from_texts({{Language::kFi, std::string(c.file)}});
    EXPECT_EQ(catalogue.text(Language::kFi, c.key), c.expected);
  }
}

TEST(I18n, FileSyntaxRejectedWithFileAndLine) {
  struct Case {
    std::string_view name;
    Language language;
    std::string_view file, expected_error;
  };
  const Case cases[] = {
      {"no '='", Language::kFi, "a = Hei\n\nthis line has none",
       "fi.msg:3: expected `key = message`"},
      {"no key", Language::kFi, "= Hei", "fi.msg:1: no key before '='"},
      {"space in key", Language::kFi, "a b = Hei", "fi.msg:1: key 'a b' has a character"},
      {"duplicate key", Language::kFi, "a = 1\nb = 2\na = 3",
       "fi.msg:3: duplicate key 'a' (first on line 1)"},
      {"indented first line", Language::kFi, "  orphan", "fi.msg:1: indented line continues no"},
      {"indented line after a blank line", Language::kFi, "a = 1\n\n  more", "fi.msg:3: indented"},
      {"indented line after a comment", Language::kFi, "a = 1\n# c\n  more", "fi.msg:3: indented"},
      {"indented comment is not a comment", Language::kFi, "  # note", "fi.msg:1: indented"},
      {"empty message", Language::kFi, "a =\nb = 2", "fi.msg:1: message 'a' is empty"},
      {"empty message at the end", Language::kFi, "a = 1\nb =", "fi.msg:2: message 'b' is empty"},
      {"invalid UTF-8", Language::kFi, "a = 1\nb = \xFF", "fi.msg:2: not valid UTF-8"},
      {"unclosed brace", Language::kFi, "a = 1\nb = {count, plural, one {x}",
       "fi.msg:2: message 'b' is not valid MessageFormat"},
      {"plural without other", Language::kFi, "a = {n, plural, one {x}}",
       "fi.msg:1: message 'a' is not valid MessageFormat"},
      {"unknown argument type", Language::kFi, "a = {n, nosuchtype}", "fi.msg:1: message 'a'"},
      {"numbered argument", Language::kFi, "a = {0} tekoa",
       "fi.msg:1: message 'a' uses a numbered"},
      {"error line after a continuation", Language::kFi, "a = 1\n  2\n  3\nbroken",
       "fi.msg:4: expected"},
      {"error in the sv file names sv.msg", Language::kSv, "a = Hej\nb", "sv.msg:2: expected"},
      {"error in the en file names en.msg", Language::kEn, "x y = Hi", "en.msg:1: key 'x y'"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string error = load_error({{c.language, std::string(c.file)}});
    EXPECT_NE(error.find(c.expected_error), std::string::npos) << error;
  }
}

const std::map<Language, std::string> kTexts = {
    {Language::kFi,
     "practice.count = {count, plural, one {# teko} other {# tekoa}}\n"
     "practice.none = {count, plural, =0 {ei tekoja} one {# teko} other {# tekoa}}\n"
     "nav.search = Haku\n"
     "greeting = Hei {name}!\n"
     "only.fi = Vain suomeksi\n"
     "quoted = Tekijän ''lainaus'' ja '{ei argumentti}'\n"
     "state = Tila: {state}\n"
     "state.bad = {state, plural, one {yksi} other {monta}}\n"
     "sum = Yhteensä {amount, number} euroa\n"
     "event = {kind, select, gala {Gaala} other {Tapahtuma}}\n"},
    {Language::kSv,
     "practice.count = {count, plural, one {# insats} other {# insatser}}\n"
     "greeting = Hej {name}!\n"
     "state = {state, plural, one {en} other {flera}}\n"
     "only.sv = Bara på svenska\n"},
    {Language::kEn,
     "practice.count = {count, plural, one {# practice} other {# practices}}\n"
     "dont = Don't stop\n"
     "its = It''s {name}''s turn\n"
     "hash = {n, plural, other {'#' #}}\n"
     "sum = Total {amount, number}\n"},
};

TEST(I18n, Format) {
  const Catalogue catalogue = Catalogue::from_texts(kTexts);
  struct Case {
    std::string_view name;
    Language language;
    std::string_view key;
    MessageArguments arguments;
    std::string_view expected;
  };
  const Case cases[] = {
      {"fi 0", Language::kFi, "practice.count", {{"count", 0}}, "0 tekoa"},
      {"fi 1", Language::kFi, "practice.count", {{"count", 1}}, "1 teko"},
      {"fi 2", Language::kFi, "practice.count", {{"count", 2}}, "2 tekoa"},
      {"fi 21 is not 'one'", Language::kFi, "practice.count", {{"count", 21}}, "21 tekoa"},
      {"fi 1.5 is not 'one'", Language::kFi, "practice.count", {{"count", 1.5}}, "1,5 tekoa"},
      {"fi grouping", Language::kFi, "practice.count", {{"count", 1000}}, "1\u00A0000 tekoa"},
      {"fi explicit =0", Language::kFi, "practice.none", {{"count", 0}}, "ei tekoja"},
      {"sv 0", Language::kSv, "practice.count", {{"count", 0}}, "0 insatser"},
      {"sv 1", Language::kSv, "practice.count", {{"count", 1}}, "1 insats"},
      {"sv 2", Language::kSv, "practice.count", {{"count", 2}}, "2 insatser"},
      {"en 1", Language::kEn, "practice.count", {{"count", 1}}, "1 practice"},
      {"en 21", Language::kEn, "practice.count", {{"count", 21}}, "21 practices"},
      {"en grouping", Language::kEn, "practice.count", {{"count", 1000}}, "1,000 practices"},
      {"string argument", Language::kFi, "greeting", {{"name", "Aino"}}, "Hei Aino!"},
      {"argument not given", Language::kFi, "greeting", {}, "Hei {name}!"},
      {"unused argument ignored", Language::kFi, "nav.search", {{"x", 1}}, "Haku"},
      {"fi number", Language::kFi, "sum", {{"amount", 1234.5}}, "Yhteensä 1\u00A0234,5 euroa"},
      {"en number", Language::kEn, "sum", {{"amount", 1234.5}}, "Total 1,234.5"},
      {"select", Language::kFi, "event", {{"kind", "gala"}}, "Gaala"},
      {"select other", Language::kFi, "event", {{"kind", "webinar"}}, "Tapahtuma"},
      {"apostrophes with an argument",
       Language::kEn,
       "its",
       {{"name", "Anna"}},
       "It's Anna's turn"},
      {"quoted '#' in a plural", Language::kEn, "hash", {{"n", 3}}, "# 3"},
      {"sv falls back to fi", Language::kSv, "sum", {{"amount", 2}}, "Yhteensä 2 euroa"},
      {"sv message fails, fi works", Language::kSv, "state", {{"state", "auki"}}, "Tila: auki"},
      {"missing everywhere shows the key", Language::kEn, "no.such", {{"n", 1}}, "no.such"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(catalogue.format(c.language, c.key, c.arguments), c.expected);
  }
}

TEST(I18n, TextResolvesApostrophesAndFallsBack) {
  const Catalogue catalogue = Catalogue::from_texts(kTexts);
  struct Case {
    std::string_view name;
    Language language;
    std::string_view key, expected;
  };
  const Case cases[] = {
      {"fi plain", Language::kFi, "nav.search", "Haku"},
      {"doubled and quoting apostrophes", Language::kFi, "quoted",
       "Tekijän 'lainaus' ja {ei argumentti}"},
      {"single apostrophe is literal", Language::kEn, "dont", "Don't stop"},
      {"argument left as is", Language::kSv, "greeting", "Hej {name}!"},
      {"en falls back to fi", Language::kEn, "nav.search", "Haku"},
      {"sv falls back to fi", Language::kSv, "only.fi", "Vain suomeksi"},
      {"sv-only key in sv", Language::kSv, "only.sv", "Bara på svenska"},
      {"sv-only key in en: not in fi either", Language::kEn, "only.sv", "only.sv"},
      {"missing key", Language::kFi, "no.such.key", "no.such.key"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(catalogue.text(c.language, c.key), c.expected);
  }
}

TEST(I18n, WrongArgumentTypeThrowsWhenNoFallbackWorks) {
  const Catalogue catalogue = Catalogue::from_texts(kTexts);
  EXPECT_THROW((void)catalogue.format(Language::kFi, "state.bad", {{"state", "auki"}}),
               std::runtime_error);
  EXPECT_THROW((void)catalogue.format(Language::kSv, "state.bad", {{"state", "auki"}}),
               std::runtime_error);
}

TEST(I18n, KeysAreTheSortedFinnishKeys) {
  const Catalogue catalogue = Catalogue::from_texts(
      {{Language::kFi, "b = 2\na = 1\nc.x = 3"}, {Language::kSv, "sv.only = x"}});
  EXPECT_EQ(catalogue.keys(), (std::vector<std::string>{"a", "b", "c.x"}));
  EXPECT_TRUE(Catalogue().keys().empty());
  EXPECT_TRUE(catalogue.has("c.x"));
  EXPECT_FALSE(catalogue.has("c"));
  EXPECT_FALSE(catalogue.has("sv.only"));  // only what Finnish defines
}

// A directory under the system temporary folder, removed afterwards.
using TempDir = tori::testing::TempDir;

TEST(I18n, LoadFromDirectory) {
  const TempDir dir;
  dir.write("fi.msg", "nav.search = Haku\n");
  dir.write("sv.msg", "nav.search = Sök\n");
  dir.write("en.msg", "# nothing translated yet\n");
  const Catalogue catalogue = Catalogue::load(dir.path());
  EXPECT_EQ(catalogue.text(Language::kSv, "nav.search"), "Sök");
  EXPECT_EQ(catalogue.text(Language::kEn, "nav.search"), "Haku");
}

TEST(I18n, LoadsAreaFilesBesideTheMainOnes) {
  const TempDir dir;
  dir.write("fi.msg", "nav.search = Haku\n");
  dir.write("sv.msg", "nav.search = Sök\n");
  dir.write("en.msg", "nav.search = Search\n");
  dir.write("stats.fi.msg", "stats.title = Tilastot\n");
  dir.write("stats.sv.msg", "stats.title = Statistik\n");
  dir.write("stats.fi.msg.orig", "broken\n");  // not a catalogue file: ignored
  const Catalogue catalogue = Catalogue::load(dir.path());
  EXPECT_EQ(catalogue.text(Language::kSv, "stats.title"), "Statistik");
  EXPECT_EQ(catalogue.text(Language::kEn, "stats.title"), "Tilastot");
  EXPECT_EQ(catalogue.text(Language::kEn, "nav.search"), "Search");

  dir.write("more.fi.msg", "\nnav.search = Etsi\n");
  try {
    (void)Catalogue::load(dir.path());
    ADD_FAILURE() << "a key defined in two files must not load";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()),
              (dir.path() / "more.fi.msg").string() +
                  ":2: key 'nav.search' is already defined in another file");
  }
}

TEST(I18n, LoadErrorsNameThePath) {
  const TempDir dir;
  dir.write("fi.msg", "a = 1\n");
  dir.write("sv.msg", "a = 1\n");
  try {
    (void)Catalogue::load(dir.path());
    ADD_FAILURE() << "a missing en.msg must not load";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()), (dir.path() / "en.msg").string() + ": cannot be opened");
  }
  dir.write("en.msg", "a = 1\n\n  stray");
  try {
    (void)Catalogue::load(dir.path());
    ADD_FAILURE() << "a malformed en.msg must not load";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()).rfind((dir.path() / "en.msg").string() + ":3: ", 0), 0u)
        << error.what();
  }
}

// The product's own catalogue (data/i18n) must load, once someone has written it.
TEST(I18n, ProductCatalogueLoads) {
  const std::filesystem::path dir = std::filesystem::path(TORI_SOURCE_DATA_DIR) / "i18n";
  if (!std::filesystem::exists(dir / "fi.msg")) GTEST_SKIP() << "no " << dir << "/fi.msg yet";
  const Catalogue catalogue = Catalogue::load(dir);
  EXPECT_FALSE(catalogue.keys().empty());
}

TEST(I18n, ConcurrentFormatting) {
  const Catalogue catalogue = Catalogue::from_texts(kTexts);
  constexpr int kThreads = 4;
  constexpr int kRounds = 2000;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRounds; ++i) {
        const long long count = (i + t) % 500;
        const std::string expected = std::to_string(count) + (count == 1 ? " teko" : " tekoa");
        if (catalogue.format(Language::kFi, "practice.count", {{"count", count}}) != expected) {
          ++wrong;
        }
        const std::string name = "n" + std::to_string(i);
        if (catalogue.format(Language::kSv, "greeting", {{"name", name}}) != "Hej " + name + "!") {
          ++wrong;
        }
        if (catalogue.text(Language::kEn, "nav.search") != "Haku") ++wrong;
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace tori::text
