// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of Finnish collation: comparison, sort keys, sorting strings and structs, threads.
#include "tori/text/collate.hpp"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

namespace tori::text {
namespace {

int sign(int value) {
  return (value > 0) - (value < 0);
}

TEST(Collate, CompareFinnish) {
  struct Case {
    std::string_view name, a, b;
    int expected;  // the sign of compare_finnish(a, b)
  };
  const Case cases[] = {
      {"equal", "Tori", "Tori", 0},
      {"empty", "", "", 0},
      {"empty first", "", "a", -1},
      {"plain order", "Espoo", "Helsinki", -1},
      {"z before å", "z", "å", -1},
      {"å before ä", "å", "ä", -1},
      {"ä before ö", "ä", "ö", -1},
      {"Öljy after Zeta", "Öljy", "Zeta", 1},
      {"Åland after Zürich", "Åland", "Zürich", 1},
      {"ä is not a (unlike English)", "äiti", "aivan", 1},
      {"ü sorts as y, before z", "Müller", "Mz", -1},
      {"ü after y at the second level", "Müller", "Myller", 1},
      {"case is a lesser difference: lower first", "tori", "Tori", -1},
      {"case only after letters", "Tori", "torikauppa", -1},
      {"prefix first", "Kemi", "Kemijärvi", -1},
      {"ill-formed UTF-8 does not crash", "\xFF", "a", 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(sign(compare_finnish(c.a, c.b)), c.expected);
    EXPECT_EQ(sign(compare_finnish(c.b, c.a)), -c.expected);
    const std::string key_a = sort_key_finnish(c.a);
    const std::string key_b = sort_key_finnish(c.b);
    EXPECT_EQ(sign(key_a.compare(key_b)), c.expected) << "sort keys agree with compare";
  }
}

TEST(Collate, SortFinnish) {
  struct Case {
    std::string_view name;
    std::vector<std::string> input, expected;
  };
  const Case cases[] = {
      {"empty", {}, {}},
      {"one", {"Oulu"}, {"Oulu"}},
      {"å ä ö after z",
       {"Övermark", "Äänekoski", "Zeta", "Åbo", "Aura", "Ylöjärvi"},
       {"Aura", "Ylöjärvi", "Zeta", "Åbo", "Äänekoski", "Övermark"}},
      {"inside words too",
       {"Kärsämäki", "Karstula", "Kaarina", "Köyliö", "Kouvola"},
       {"Kaarina", "Karstula", "Kouvola", "Kärsämäki", "Köyliö"}},
      {"duplicates kept", {"b", "a", "b"}, {"a", "b", "b"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> sorted = c.input;
    sort_finnish(sorted);
    EXPECT_EQ(sorted, c.expected);
  }
}

TEST(Collate, SortStructsByNameIsStable) {
  struct Organisation {
    std::string name;
    int id;
  };
  std::vector<Organisation> organisations = {
      {"Östersundom", 1}, {"Espoo", 2}, {"Åbo Akademi", 3}, {"espoo", 4}, {"Espoo", 5}};
  sort_finnish_by(organisations, [](const Organisation& o) { return o.name; });
  std::vector<int> ids;
  for (const Organisation& o : organisations)
    ids.push_back(o.id);
  EXPECT_EQ(ids, (std::vector<int>{4, 2, 5, 3, 1}));
}

TEST(Collate, ConcurrentUse) {
  constexpr int kThreads = 4;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i) {
        if (compare_finnish("Öljy", "Zeta") <= 0) ++wrong;
        std::vector<std::string> names = {"ö", "a", "z", "ä", "å"};
        sort_finnish(names);
        if (names != std::vector<std::string>{"a", "z", "å", "ä", "ö"}) ++wrong;
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace tori::text
