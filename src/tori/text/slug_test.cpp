// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of slugify, is_valid_slug and unique_slug: letters, punctuation, length, collisions.
#include "tori/text/slug.hpp"

#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace tori::text {
namespace {

using namespace std::string_literals;  // "\0"s keeps the NUL byte

struct SlugCase {
  std::string_view name;
  std::string title;
  std::string expected;
};

TEST(Slug, Slugify) {
  const SlugCase cases[] = {
      {"plain words", "Hyvä arki", "hyva-arki"},
      {"Finnish letters", "Äitiysneuvolan öljyinen pää", "aitiysneuvolan-oljyinen-paa"},
      {"Swedish letters", "Åbo Akademi och Västerås", "abo-akademi-och-vasteras"},
      {"upper-case Finnish and Swedish", "ÅÄÖ åäö", "aao-aao"},
      {"decomposed a + U+0308", "pa\xCC\x88iva\xCC\x88", "paiva"},
      {"sharp s and ligatures", "Straße Æsir œuvre", "strasse-aesir-oeuvre"},
      {"accents", "Café crème, São Paulo, Škoda", "cafe-creme-sao-paulo-skoda"},
      {"Sámi letters", "Sápmi Čáhppes Ŋ", "sapmi-cahppes-n"},
      {"punctuation run is one dash", "Tulokset!!! ... ja -- muuta???", "tulokset-ja-muuta"},
      {"leading and trailing punctuation trimmed", "  --«Hyvä»--  ", "hyva"},
      {"dashes and quotes", "Työ – ja “hyvinvointi”", "tyo-ja-hyvinvointi"},
      {"digits kept", "Kesä 2024: 3 vinkkiä", "kesa-2024-3-vinkkia"},
      {"only digits", "2024", "2024"},
      {"apostrophe separates", "Facebook'ssa", "facebook-ssa"},
      {"underscore and slash separate", "a_b/c\\d", "a-b-c-d"},
      {"emoji dropped", "🚀 Raketti 👍🏽 lähtee", "raketti-lahtee"},
      {"symbols transliterated", "Hinta ½ ©", "hinta-1-2-c"},
      {"tabs and newlines", "rivi\tyksi\nrivi\r\nkaksi", "rivi-yksi-rivi-kaksi"},
      {"empty", "", "teko"},
      {"only punctuation", "!!!", "teko"},
      {"only spaces", "   ", "teko"},
      {"only emoji", "🎉🎉", "teko"},
      {"Cyrillic only", "Привет мир", "teko"},
      {"Greek only", "Καλημέρα", "teko"},
      {"Chinese only", "你好", "teko"},
      {"Latin kept beside other scripts", "Kyiv Київ 2024", "kyiv-2024"},
      {"ill-formed UTF-8 is a separator",
       "a\xFF\xFE"
       "b",
       "a-b"},
      {"NUL is a separator", "a\0b"s, "a-b"},
      {"full-width letters", "ｆｕｌｌ", "full"},
  };
  for (const SlugCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(slugify(c.title), c.expected);
    EXPECT_TRUE(is_valid_slug(slugify(c.title)));
  }
}

TEST(Slug, SlugifyKeepsAValidSlug) {
  // Stores re-slugify slugs typed by editors: a valid slug must come back unchanged.
  const std::string slugs[] = {"a", "hyva-arki", "kesa-2024-3-vinkkia", std::string(80, 'x'),
                               "1-2-3"};
  for (const std::string& slug : slugs) {
    SCOPED_TRACE(slug);
    ASSERT_TRUE(is_valid_slug(slug));
    EXPECT_EQ(slugify(slug), slug);
  }
}

TEST(Slug, SlugifyLongTitles) {
  const std::string word10 = "kehitystyo";  // 10 letters
  std::string eight_words;                  // 8 × 10 + 7 dashes = 87 characters as a slug
  for (int i = 0; i < 8; ++i)
    eight_words += word10 + " ";
  const SlugCase cases[] = {
      {"exactly 80 kept", std::string(80, 'a'), std::string(80, 'a')},
      {"81 letters, one word: hard cut", std::string(81, 'a'), std::string(80, 'a')},
      {"cut at the last dash in reach", eight_words,
       "kehitystyo-kehitystyo-kehitystyo-kehitystyo-kehitystyo-kehitystyo-kehitystyo"},
      {"a dash exactly at 80 cuts there", std::string(80, 'b') + " c", std::string(80, 'b')},
      {"dash at 79 gives 79", std::string(79, 'b') + " cc", std::string(79, 'b')},
      {"short word then a long one", "ab " + std::string(100, 'x'), "ab"},
      {"very long title", std::string(100'000, 'z') + " loppu", std::string(80, 'z')},
      {"long title of ä", std::string(200, 'a') + "ä", std::string(80, 'a')},
  };
  for (const SlugCase& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string slug = slugify(c.title);
    EXPECT_EQ(slug, c.expected);
    EXPECT_LE(slug.size(), kMaxSlugLength);
    EXPECT_TRUE(is_valid_slug(slug));
  }
}

TEST(Slug, IsValidSlug) {
  const struct {
    std::string_view name;
    std::string slug;
    bool valid;
  } cases[] = {
      {"one letter", "a", true},
      {"one digit", "7", true},
      {"words", "hyva-arki-2024", true},
      {"80 characters", std::string(80, 'a'), true},
      {"81 characters", std::string(81, 'a'), false},
      {"empty", "", false},
      {"leading dash", "-a", false},
      {"trailing dash", "a-", false},
      {"only a dash", "-", false},
      {"double dash", "a--b", false},
      {"upper case", "Hyva", false},
      {"non-ASCII", "hyvä", false},
      {"space", "a b", false},
      {"underscore", "a_b", false},
      {"dot", "a.b", false},
      {"slash", "a/b", false},
      {"NUL", "a\0b"s, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(is_valid_slug(c.slug), c.valid);
  }
}

TEST(Slug, UniqueSlug) {
  const std::vector<std::string_view> reserved = {"uusi", "haku"};
  const struct {
    std::string_view name;
    std::string base;
    std::set<std::string, std::less<>> taken;
    std::string expected;
  } cases[] = {
      {"free base", "hyva-arki", {}, "hyva-arki"},
      {"taken base gets -2", "hyva-arki", {"hyva-arki"}, "hyva-arki-2"},
      {"-2 taken too gets -3", "hyva-arki", {"hyva-arki", "hyva-arki-2"}, "hyva-arki-3"},
      {"a gap is used", "a", {"a", "a-2", "a-4"}, "a-3"},
      {"reserved uusi", "uusi", {}, "uusi-2"},
      {"reserved haku", "haku", {}, "haku-2"},
      {"reserved and -2 taken", "uusi", {"uusi-2"}, "uusi-3"},
      {"reserved word inside a slug is fine", "uusi-teko", {}, "uusi-teko"},
      {"base that is no slug is slugified", "Hyvä Arki!", {}, "hyva-arki"},
      {"slugified base taken", "Hyvä Arki!", {"hyva-arki"}, "hyva-arki-2"},
      {"empty base", "", {}, "teko"},
      {"empty base, teko taken", "", {"teko"}, "teko-2"},
      {"suffix keeps 80 characters",
       std::string(80, 'a'),
       {std::string(80, 'a')},
       std::string(78, 'a') + "-2"},
      {"suffix cuts at a dash",
       std::string(40, 'a') + "-" + std::string(39, 'b'),
       {std::string(40, 'a') + "-" + std::string(39, 'b')},
       std::string(40, 'a') + "-2"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> asked;
    const auto taken = [&](std::string_view slug) {
      asked.emplace_back(slug);
      return c.taken.contains(slug);
    };
    const std::string slug = unique_slug(c.base, taken, reserved);
    EXPECT_EQ(slug, c.expected);
    EXPECT_TRUE(is_valid_slug(slug));
    EXPECT_LE(slug.size(), kMaxSlugLength);
    for (const std::string& word : asked) {
      EXPECT_NE(word, "uusi") << "reserved words are never looked up";
      EXPECT_NE(word, "haku");
    }
  }
}

TEST(Slug, UniqueSlugSuffixThatIsReserved) {
  // A candidate with a suffix can itself be reserved: it is skipped like a taken one.
  const std::vector<std::string_view> reserved = {"raportti", "raportti-2"};
  EXPECT_EQ(unique_slug(
                "raportti", [](std::string_view) { return false; }, reserved),
            "raportti-3");
}

TEST(Slug, UniqueSlugGivesUpWhenEverythingIsTaken) {
  int asked = 0;
  const auto all_taken = [&](std::string_view) {
    ++asked;
    return true;
  };
  EXPECT_THROW((void)unique_slug("a", all_taken, {}), std::runtime_error);
  EXPECT_EQ(asked, 10'000);  // base plus a-2 … a-10000
}

TEST(Slug, SlugifyFromManyThreads) {
  // One transliterator per thread: concurrent use must give every thread the same answers.
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &wrong] {
      for (int i = 0; i < 200; ++i) {
        if (slugify("Äitiys Åbo Straße " + std::to_string(i)) !=
            "aitiys-abo-strasse-" + std::to_string(i)) {
          ++wrong[t];
        }
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace tori::text
