// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the region map: the real borders load into 19 small shapes, classes, links, escaping.
#include "tori/web/region_map.hpp"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const RegionMap& real_map() {
  static const RegionMap map =
      RegionMap::load(test_support::source_data_dir() / "finland" / "maakuntarajat.2023.json");
  return map;
}

TEST(RegionMapTest, LoadsEveryRegionOfTheRealBorders) {
  const RegionMap& map = real_map();
  EXPECT_EQ(map.shapes().size(), 19u);
  EXPECT_EQ(map.width(), 300);
  EXPECT_GT(map.height(), 450);  // Finland is about twice as tall as wide
  EXPECT_LT(map.height(), 700);
  ASSERT_NE(map.shape("01"), nullptr);
  EXPECT_EQ(map.shape("01")->name_fi, "Uusimaa");
  ASSERT_NE(map.shape("21"), nullptr);
  for (const RegionShape& shape : map.shapes())
    EXPECT_THAT(shape.path, ::testing::StartsWith("M")) << shape.code;
}

TEST(RegionMapTest, WholeMapStaysSmall) {
  const RegionMap& map = real_map();
  std::vector<MapRegion> regions;
  for (const RegionShape& shape : map.shapes()) {
    regions.push_back(
        {shape.code, 12345, "/alueet/" + shape.name_fi, shape.name_fi + ": 12 345 tekoa"});
  }
  const std::string svg = render_region_map(map, "map", "Teot", regions, choropleth_classes(99999));
  EXPECT_LT(svg.size(), 60u * 1024);
  EXPECT_GT(svg.size(), 5u * 1024);
  RecordProperty("svg_bytes", static_cast<int>(svg.size()));
}

TEST(RegionMapTest, RejectsMalformedGeoJson) {
  for (const char* text :
       {"", "[]", R"({"features": []})", R"({"features": [{"properties": {}, "geometry": {}}]})",
        R"({"features": [{"properties": {"NATCODE": "01", "NAMEFIN": "U"},
                               "geometry": {"type": "Point", "coordinates": [1, 2]}}]})"}) {
    EXPECT_TRUE(std::holds_alternative<std::string>(RegionMap::parse(text))) << text;
  }
}

struct ClassCase {
  std::int64_t max;
  std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
};

class ChoroplethClassesTest : public ::testing::TestWithParam<ClassCase> {};

TEST_P(ChoroplethClassesTest, SplitsIntoEqualSteps) {
  std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
  for (const MapClass& c : choropleth_classes(GetParam().max))
    ranges.emplace_back(c.low, c.high);
  EXPECT_EQ(ranges, GetParam().ranges);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ChoroplethClassesTest,
    ::testing::Values(ClassCase{0, {}}, ClassCase{1, {{1, 1}}}, ClassCase{2, {{1, 1}, {2, 2}}},
                      ClassCase{5, {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}}},
                      ClassCase{100, {{1, 20}, {21, 40}, {41, 60}, {61, 80}, {81, 100}}},
                      ClassCase{7, {{1, 2}, {3, 3}, {4, 5}, {6, 6}, {7, 7}}}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(ChoroplethClassesTest, StepOfCount) {
  const auto classes = choropleth_classes(100);
  EXPECT_EQ(class_step(0, classes), 0);
  EXPECT_EQ(class_step(1, classes), 1);
  EXPECT_EQ(class_step(20, classes), 1);
  EXPECT_EQ(class_step(21, classes), 2);
  EXPECT_EQ(class_step(100, classes), 5);
  EXPECT_EQ(choropleth_classes(2)[1].step, 5);  // the darkest colour always means the largest
}

TEST(RegionMapTest, LinksEachRegionWithItsNameAndClass) {
  const std::vector<MapRegion> regions = {
      {"01", 100, "/alueet/uusimaa", "Uusimaa: 100 tekoa"},
      {"19", 0, "/sv/alueet/lappi", "Lappland: 0 verksamheter"},
      {"99", 5, "/alueet/x", "no shape"},
      {"21", 30, "/alueet/\"><script>", "<script>alert(1)</script>"}};
  const std::string svg =
      render_region_map(real_map(), "m", "Teot <maakunnittain>", regions, choropleth_classes(100));
  EXPECT_THAT(svg, HasSubstr("aria-labelledby=\"m-title\""));
  EXPECT_THAT(svg, HasSubstr("<title id=\"m-title\">Teot &lt;maakunnittain&gt;</title>"));
  EXPECT_THAT(svg, HasSubstr("<a href=\"/alueet/uusimaa\" aria-label=\"Uusimaa: 100 tekoa\">"));
  EXPECT_THAT(svg, HasSubstr("region-map__region--5"));
  EXPECT_THAT(svg,
              HasSubstr("<a href=\"/sv/alueet/lappi\" aria-label=\"Lappland: 0 verksamheter\">"));
  EXPECT_THAT(svg, HasSubstr("region-map__region--0"));
  EXPECT_THAT(svg, HasSubstr("region-map__region--2"));
  EXPECT_THAT(svg, Not(HasSubstr("no shape")));
  EXPECT_THAT(svg, Not(HasSubstr("<script>")));
  EXPECT_THAT(svg, Not(HasSubstr("style")));
}

}  // namespace
}  // namespace tori::web
