// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the directory's small pieces: index letters, the page parameter, page counts.
#include "tori/web/directory_pages_view.hpp"

#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

TEST(IndexLetterTest, FirstLetterInUpperCaseUnaccentedButFinnishVowelsKept) {
  const struct {
    std::string name;
    std::string letter;
  } cases[] = {
      {"Ylöjärven kaupunki", "Y"},
      {"ylöjärvi", "Y"},
      {"Åbo Akademi", "Å"},
      {"åbo", "Å"},
      {"Äänekosken kaupunki", "Ä"},
      {"Östersundom", "Ö"},
      {"öljy", "Ö"},
      {"Éva Oy", "E"},
      {"Šiauliai", "S"},
      {"Ümit", "U"},
      {"<script>alert(1)</script>", "#"},
      {"\"Lainaus\" ry", "#"},
      {"1. koulu", "#"},
      {" välilyönti", "#"},
      {"", "#"},
      {"\xFF\xFE", "#"},  // not UTF-8
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(index_letter(c.name), c.letter);
  }
}

TEST(PageNumberTest, AbsentIsOneAndMalformedIsNothing) {
  const struct {
    std::string query;
    std::optional<int> page;
  } cases[] = {
      {"", 1},
      {"page=", 1},
      {"page=1", 1},
      {"page=7", 7},
      {"x=2", 1},
      {"page=0", std::nullopt},
      {"page=-1", std::nullopt},
      {"page=abc", std::nullopt},
      {"page=2x", std::nullopt},
      {"page=100001", std::nullopt},
      {"page=100000", 100000},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.query);
    http::Request request = test_support::get_request("/alueet/lappi");
    request.query = c.query;
    EXPECT_EQ(parse_page_number(request), c.page);
  }
}

TEST(PageCountTest, TwentyAPage) {
  EXPECT_EQ(page_count(0), 0);
  EXPECT_EQ(page_count(1), 1);
  EXPECT_EQ(page_count(20), 1);
  EXPECT_EQ(page_count(21), 2);
  EXPECT_EQ(page_count(1055), 53);
}

}  // namespace
}  // namespace tori::web
