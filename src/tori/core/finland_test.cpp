// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the municipality classification: the real file, look-ups in both languages, order
// of regions, quoted CSV fields, and bad files naming their line.
#include "tori/core/finland.hpp"

#include <gtest/gtest.h>

#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

using testing::real_finland;

constexpr std::string_view kHeader =
    "code,name_fi,name_sv,region_code,region_fi,region_sv,wellbeing_county_fi\n";

TEST(Finland, RealFileHasEveryMunicipalityAndRegion) {
  const Finland& finland = real_finland();
  // 292 on the mainland and 16 on Åland (data/finland/SOURCE.md).
  EXPECT_EQ(finland.municipalities().size(), 308U);
  // 18 mainland regions and Ahvenanmaa/Åland.
  EXPECT_EQ(finland.regions().size(), 19U);
  for (const Municipality& municipality : finland.municipalities()) {
    SCOPED_TRACE(municipality.name_fi);
    EXPECT_NE(finland.region_by_code(municipality.region_code), nullptr);
    EXPECT_EQ(finland.municipality_by_name(municipality.name_sv), &municipality);
  }
}

TEST(Finland, RegionsInFinnishOrder) {
  std::vector<std::string> names;
  for (const Region& region : real_finland().regions())
    names.push_back(region.name_fi);
  // Päijät-Häme after Pohjois-Savo: ä sorts after z in Finnish.
  const std::vector<std::string> expected = {
      "Ahvenanmaa",  "Etelä-Karjala",   "Etelä-Pohjanmaa", "Etelä-Savo",        "Kainuu",
      "Kanta-Häme",  "Keski-Pohjanmaa", "Keski-Suomi",     "Kymenlaakso",       "Lappi",
      "Pirkanmaa",   "Pohjanmaa",       "Pohjois-Karjala", "Pohjois-Pohjanmaa", "Pohjois-Savo",
      "Päijät-Häme", "Satakunta",       "Uusimaa",         "Varsinais-Suomi"};
  EXPECT_EQ(names, expected);
}

TEST(Finland, MunicipalityByNameInEitherLanguageIgnoringCase) {
  struct Case {
    std::string_view name;
    std::string_view code;  // empty: not found
  };
  const Case cases[] = {
      {"Helsingfors", "091"},   {"Helsinki", "091"},
      {"HELSINKI", "091"},      {"helsingfors", "091"},
      {" Tampere ", "837"},     {"Tammerfors", "837"},
      {"ÄHTÄRI", "989"},        {"Etseri", "989"},
      {"Maarianhamina", "478"}, {"MARIEHAMN", "478"},
      {"Koski Tl", "284"},      {"S:t Mårtens", "480"},
      {"Pertunmaa", ""},  // merged into Mäntyharju on 2025-01-01
      {"Helsink", ""},          {"", ""},
  };
  const Finland& finland = real_finland();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Municipality* found = finland.municipality_by_name(c.name);
    EXPECT_EQ(found == nullptr ? "" : found->code, c.code);
  }
  const Municipality* helsinki = finland.municipality_by_name("Helsingfors");
  ASSERT_NE(helsinki, nullptr);
  EXPECT_EQ(helsinki->name_fi, "Helsinki");
  EXPECT_EQ(helsinki->region_code, "01");
  EXPECT_EQ(finland.municipality_by_code("091"), helsinki);
  EXPECT_EQ(finland.municipality_by_code("91"), nullptr);
  EXPECT_EQ(municipality_ref(*helsinki), (MunicipalityRef{"091", "Helsinki"}));
}

TEST(Finland, RegionByNameSlugAndCode) {
  struct Case {
    std::string_view name;
    std::string_view code;  // empty: not found
    std::string_view slug;
  };
  const Case cases[] = {
      {"Uusimaa", "01", "uusimaa"},
      {"Nyland", "01", "uusimaa"},
      {"Pohjanmaa", "15", "pohjanmaa"},
      {"österbotten", "15", "pohjanmaa"},
      {"Päijät-Häme", "07", "paijat-hame"},
      {"Päijänne-Tavastland", "07", "paijat-hame"},
      {"Ahvenanmaa", "21", "ahvenanmaa"},
      {"ÅLAND", "21", "ahvenanmaa"},
      {"Egentliga Finland", "02", "varsinais-suomi"},
      {"Ahvenanmaan maakunta", "", ""},
      {"Helsinki", "", ""},
  };
  const Finland& finland = real_finland();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Region* region = finland.region_by_name(c.name);
    EXPECT_EQ(region == nullptr ? "" : region->code, c.code);
    if (region == nullptr) continue;
    EXPECT_EQ(region->slug, c.slug);
    EXPECT_EQ(finland.region_by_slug(c.slug), region);
    EXPECT_EQ(finland.region_by_code(c.code), region);
    EXPECT_EQ(region_ref(*region), (Named{region->slug, region->name_fi}));
  }
  EXPECT_EQ(finland.region_by_slug("Uusimaa"), nullptr);  // slugs are exact
  EXPECT_EQ(finland.region_by_code("03"), nullptr);       // unused since 1998
}

TEST(Finland, QuotedFieldsLineEndingsAndBom) {
  const std::string csv = "\xEF\xBB\xBF" + std::string(kHeader) +
                          "\"091\",\"Helsinki, the capital\",\"Hel\"\"sing\"\"fors\",01,"
                          "Uusimaa,Nyland,Helsingin kaupunki\r\n"
                          "478,Maarianhamina,Mariehamn,21,Ahvenanmaa,Åland,\n";
  auto parsed = Finland::parse(csv);
  ASSERT_TRUE(std::holds_alternative<Finland>(parsed)) << std::get<std::string>(parsed);
  const Finland& finland = std::get<Finland>(parsed);
  ASSERT_EQ(finland.municipalities().size(), 2U);
  EXPECT_EQ(finland.municipalities()[0].name_fi, "Helsinki, the capital");
  EXPECT_EQ(finland.municipalities()[0].name_sv, "Hel\"sing\"fors");
  EXPECT_EQ(finland.municipalities()[1].code, "478");
  EXPECT_EQ(finland.regions().size(), 2U);
}

TEST(Finland, BadFilesNameTheLine) {
  const std::string row = "091,Helsinki,Helsingfors,01,Uusimaa,Nyland,Helsingin kaupunki\n";
  struct Case {
    std::string_view name;
    std::string csv;
    std::string error;
  };
  const std::string h(kHeader);
  const Case cases[] = {
      {"empty", "", "line 1: expected the header " + h.substr(0, h.size() - 1)},
      {"other header", "code,name\n" + row,
       "line 1: expected the header " + h.substr(0, h.size() - 1)},
      {"header only", h, "no municipalities"},
      {"too few fields", h + row + "092,Vantaa,Vanda,01\n", "line 3: expected 7 fields, found 4"},
      {"too many fields", h + row + "," + row, "line 3: expected 7 fields, found 8"},
      {"blank line", h + "\n" + row, "line 2: expected 7 fields, found 1"},
      {"unclosed quote", h + "\"091,Helsinki\n", "line 2: a quoted field is not closed"},
      {"quote inside", h + "09\"1,Helsinki\n", "line 2: a quote inside an unquoted field"},
      {"text after quote", h + "\"091\"x,Helsinki\n", "line 2: text after a closing quote"},
      {"short code", h + "91,Helsinki,Helsingfors,01,Uusimaa,Nyland,\n",
       "line 2: code '91' is not three digits"},
      {"bad region code", h + "091,Helsinki,Helsingfors,1,Uusimaa,Nyland,\n",
       "line 2: region_code '1' is not two digits"},
      {"empty name", h + "091,,Helsingfors,01,Uusimaa,Nyland,\n", "line 2: name_fi is empty"},
      {"bad UTF-8",
       h + "091,Helsinki,Helsingfors,01,Uusimaa,Nyl\xFF"
           "and,\n",
       "line 2: region_sv is not valid UTF-8"},
      {"code twice", h + row + row, "line 3: code 091 appears twice"},
      {"name twice", h + row + "092,HELSINKI,Vanda,01,Uusimaa,Nyland,\n",
       "line 3: name 'HELSINKI' is also municipality 091"},
      {"region renamed", h + row + "092,Vantaa,Vanda,01,Uusimaa,Nylands,\n",
       "line 3: region 01 was named Uusimaa / Nyland before"},
      {"region name twice", h + row + "092,Vantaa,Vanda,02,Uusimaa,Egentliga Finland,\n",
       "region name 'Uusimaa' is also region 01"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto parsed = Finland::parse(c.csv);
    ASSERT_TRUE(std::holds_alternative<std::string>(parsed));
    EXPECT_EQ(std::get<std::string>(parsed), c.error);
  }
}

}  // namespace
}  // namespace tori::core
