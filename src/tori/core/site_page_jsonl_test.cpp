// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of parse_site_page_line: a line of each language, every line of the demo's pages.jsonl
// (valid once grouped), and a row per refused shape.
#include "tori/core/site_page_jsonl.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

TEST(SitePageJsonl, ReadsALine) {
  const auto parsed = parse_site_page_line(
      R"({"slug": "om-programmet", "title": "Om programmet", "body": "Text.", "language": "sv"})");
  const auto* page = std::get_if<SitePageLine>(&parsed);
  ASSERT_TRUE(page) << std::get<std::string>(parsed);
  EXPECT_EQ(page->slug, "om-programmet");
  EXPECT_EQ(page->language, text::Language::kSv);
  EXPECT_EQ(page->version, (SitePageVersion{"Om programmet", "Text."}));
}

TEST(SitePageJsonl, RefusesBadShapes) {
  const std::pair<const char*, const char*> cases[] = {
      {"[]", "the line must be a JSON object"},
      {R"({"slug": "a", "title": "T", "body": "B"})", "missing field 'language'"},
      {R"({"slug": "a", "title": "T", "body": "B", "language": "de"})",
       "field 'language' must be one of fi, sv, en"},
      {R"({"slug": 1, "title": "T", "body": "B", "language": "fi"})",
       "field 'slug' must be a string"},
      {R"({"slug": "a", "title": "T", "body": "B", "language": "fi", "x": ""})",
       "unknown field 'x'"},
  };
  for (const auto& [line, reason] : cases) {
    const auto parsed = parse_site_page_line(line);
    ASSERT_TRUE(std::holds_alternative<std::string>(parsed)) << line;
    EXPECT_EQ(std::get<std::string>(parsed), reason) << line;
  }
}

TEST(SitePageJsonl, EveryDemoLineIsAValidVersion) {
  std::istringstream in(testing::read_data_file("demo/pages.jsonl"));
  int lines = 0;
  for (std::string line; std::getline(in, line); ++lines) {
    const auto parsed = parse_site_page_line(line);
    const auto* page = std::get_if<SitePageLine>(&parsed);
    ASSERT_TRUE(page) << line.substr(0, 60) << ": " << std::get<std::string>(parsed);
    SitePageInput input{.slug = page->slug};
    input.version(text::Language::kFi) = page->version;
    EXPECT_EQ(validate_site_page(input, {}), std::vector<FieldError>{}) << page->slug;
  }
  EXPECT_EQ(lines, 8);
}

}  // namespace
}  // namespace tori::core
