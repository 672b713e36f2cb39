// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the SVG charts: escaping hostile labels, accessibility attributes, no inline styles,
// numbers as text, bar lengths in proportion, label shortening.
#include "tori/web/svg_chart.hpp"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::vector<ChartRow> kHostile = {
    {"<script>alert(1)</script>", 5, "5"},
    {"\" onerror=\"x", 3, ""},
    {"Tom & 'Jerry'", 0, "0"},
};

TEST(SvgChartTest, EscapesLabelsTitleAndId) {
  for (const std::string& svg : {bar_chart("c1", "<b>Otsikko</b>", kHostile),
                                 column_chart("c1", "<b>Otsikko</b>", kHostile)}) {
    EXPECT_THAT(svg, Not(HasSubstr("<script>")));
    EXPECT_THAT(svg, Not(HasSubstr("<b>")));
    EXPECT_THAT(svg, Not(HasSubstr("\" onerror")));
    EXPECT_THAT(svg, HasSubstr("&lt;b&gt;Otsikko&lt;/b&gt;"));
  }
  EXPECT_THAT(bar_chart("c1", "t", kHostile), HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(bar_chart("c1", "t", kHostile), HasSubstr("Tom &amp; &#39;Jerry&#39;"));
  EXPECT_THAT(bar_chart("x\"y", "t", kHostile), HasSubstr("aria-labelledby=\"x&quot;y-title\""));
}

TEST(SvgChartTest, IsAnAccessibleImageWithoutInlineStyles) {
  const std::string svg = bar_chart("chart-theme", "Teot teemoittain", kHostile);
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
  EXPECT_THAT(svg, HasSubstr("aria-labelledby=\"chart-theme-title\""));
  EXPECT_THAT(svg, HasSubstr("<title id=\"chart-theme-title\">Teot teemoittain</title>"));
  EXPECT_THAT(svg, HasSubstr("viewBox=\"0 0 360 120\""));
  EXPECT_THAT(svg, Not(HasSubstr("style")));
  EXPECT_THAT(svg, Not(HasSubstr("fill=")));
  EXPECT_THAT(svg, Not(HasSubstr(" width=\"360\"")));  // sized by viewBox and CSS only
}

TEST(SvgChartTest, PrintsEveryNumberAsText) {
  const std::vector<ChartRow> rows = {{"Uusimaa", 1234, "1 234"}, {"Lappi", 7, ""}};
  for (const std::string& svg : {bar_chart("a", "t", rows), column_chart("a", "t", rows)}) {
    EXPECT_THAT(svg, HasSubstr(">1 234</text>"));
    EXPECT_THAT(svg, HasSubstr(">7</text>"));
  }
}

TEST(SvgChartTest, BarsAreInProportion) {
  const std::vector<ChartRow> rows = {{"a", 100, ""}, {"b", 50, ""}, {"c", 0, ""}};
  const std::string svg = bar_chart("a", "t", rows);
  EXPECT_THAT(svg, HasSubstr("width=\"304\""));  // 360 − 56 room for the value
  EXPECT_THAT(svg, HasSubstr("width=\"152\""));
  EXPECT_THAT(svg, HasSubstr("width=\"0\""));
}

TEST(SvgChartTest, EmptyChartIsStillValid) {
  const std::string svg = bar_chart("a", "t", {});
  EXPECT_THAT(svg, HasSubstr("viewBox=\"0 0 360 40\""));
  EXPECT_THAT(svg, HasSubstr("</svg>"));
}

struct ShortenCase {
  const char* text;
  std::size_t max;
  const char* expected;
};

class ShortenLabelTest : public ::testing::TestWithParam<ShortenCase> {};

TEST_P(ShortenLabelTest, Shortens) {
  EXPECT_EQ(shorten_label(GetParam().text, GetParam().max), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Table, ShortenLabelTest,
                         ::testing::Values(ShortenCase{"", 5, ""}, ShortenCase{"abcde", 5, "abcde"},
                                           ShortenCase{"abcdef", 5, "abcd…"},
                                           ShortenCase{"äöåäöå", 4, "äöå…"},
                                           ShortenCase{"ääää", 4, "ääää"}),
                         [](const auto& info) { return "case" + std::to_string(info.index); });

}  // namespace
}  // namespace tori::web
