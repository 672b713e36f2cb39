// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the news exchange format and the article rules: every demo line parses, validates
// and is written back byte for byte; each wrong shape gives its reason; each rule its field.
#include "tori/core/news_jsonl.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

ArticleInput article_parsed(std::string_view line) {
  auto read = parse_news_line(line);
  if (auto* reason = std::get_if<std::string>(&read)) throw std::runtime_error(*reason);
  return std::get<ArticleInput>(read);
}

TEST(NewsJsonl, EveryDemoLineParsesValidatesAndComesBackByteForByte) {
  std::istringstream demo(testing::read_data_file("demo/news.jsonl"));
  std::string line;
  int count = 0;
  std::size_t images = 0;
  std::size_t swedish = 0;
  while (std::getline(demo, line)) {
    SCOPED_TRACE("line " + std::to_string(++count));
    const ArticleInput article = article_parsed(line);
    EXPECT_EQ(validate_article_input(article), std::vector<FieldError>{});
    EXPECT_EQ(write_news_line(article), line);
    images += article.images.size();
    swedish += article.language == "sv";
  }
  EXPECT_EQ(count, 30);
  EXPECT_GE(images, 30U);
  EXPECT_EQ(swedish, 2U);
}

const std::string kMinimal =
    R"({"slug": "a", "title": "T", "body": "B", "published_at": "2024-02-16T09:00:00+02:00"})";

TEST(NewsJsonl, DefaultsOfAMinimalLine) {
  const ArticleInput article = article_parsed(kMinimal);
  EXPECT_EQ(article.language, "fi");
  EXPECT_EQ(article.lead, "");
  EXPECT_TRUE(article.keywords.empty());
  EXPECT_EQ(article.published_at.time_since_epoch().count(), 1708066800);
  EXPECT_EQ(validate_article_input(article), std::vector<FieldError>{});
}

TEST(NewsJsonl, RelatedPracticesComeBackWhenGiven) {
  ArticleInput article = article_parsed(kMinimal);
  article.related_practices = {"hyva-arki"};
  EXPECT_EQ(article_parsed(write_news_line(article)).related_practices, article.related_practices);
}

struct BadNewsLine {
  std::string line;
  std::string reason;
};

class NewsJsonlBadLine : public ::testing::TestWithParam<BadNewsLine> {};

TEST_P(NewsJsonlBadLine, GivesItsReason) {
  auto read = parse_news_line(GetParam().line);
  ASSERT_TRUE(std::holds_alternative<std::string>(read));
  EXPECT_EQ(std::get<std::string>(read), GetParam().reason);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NewsJsonlBadLine,
    ::testing::Values(BadNewsLine{"[]", "the line must be a JSON object"},
                      BadNewsLine{R"({"slug": "a", "title": "T", "body": "B"})",
                                  "field 'published_at' is required"},
                      BadNewsLine{
                          R"({"title": "T", "body": "B", "published_at": "2024-02-16T09:00:00Z"})",
                          "field 'slug' is required"},
                      BadNewsLine{R"({"slug": "a", "published_at": "16.2.2024"})",
                                  "field 'published_at' must be an RFC 3339 time"},
                      BadNewsLine{R"({"slug": "a", "colour": "red"})", "unknown field 'colour'"},
                      BadNewsLine{R"({"slug": "a", "keywords": "Tori"})",
                                  "field 'keywords' must be a list of strings"},
                      BadNewsLine{R"({"slug": "a", "images": [{"alt": "x", "size": 3}]})",
                                  "unknown field 'images[0].size'"},
                      BadNewsLine{R"({"slug": 5})", "field 'slug' must be a string"}));

struct ArticleRule {
  std::string name;
  void (*change)(ArticleInput&);
  std::string field;
};

class ArticleRules : public ::testing::TestWithParam<ArticleRule> {};

TEST_P(ArticleRules, NameTheirField) {
  ArticleInput article = article_parsed(kMinimal);
  GetParam().change(article);
  const std::vector<FieldError> errors = validate_article_input(article);
  ASSERT_EQ(errors.size(), 1U) << (errors.empty() ? "none" : errors[0].field);
  EXPECT_EQ(errors[0].field, GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ArticleRules,
    ::testing::Values(
        ArticleRule{"SlugWithCapitals", [](ArticleInput& a) { a.slug = "Uutinen"; }, "slug"},
        ArticleRule{"EmptyTitle", [](ArticleInput& a) { a.title.clear(); }, "title"},
        ArticleRule{"TitleOnTwoLines", [](ArticleInput& a) { a.title = "a\nb"; }, "title"},
        ArticleRule{"EmptyBody", [](ArticleInput& a) { a.body.clear(); }, "body"},
        ArticleRule{"LongLead", [](ArticleInput& a) { a.lead = std::string(1001, 'x'); }, "lead"},
        ArticleRule{"Language", [](ArticleInput& a) { a.language = "de"; }, "language"},
        ArticleRule{"KeywordTwiceBySlug",
                    [](ArticleInput& a) {
                      a.keywords = {"Gaala", "gaala"};
                    },
                    "keywords[1]"},
        ArticleRule{"EmptyKeyword", [](ArticleInput& a) { a.keywords = {""}; }, "keywords[0]"},
        ArticleRule{"TooManyKeywords",
                    [](ArticleInput& a) {
                      for (int i = 0; i < 13; ++i)
                        a.keywords.push_back("k" + std::to_string(i));
                    },
                    "keywords"},
        ArticleRule{"ImageWithoutAlt", [](ArticleInput& a) { a.images.push_back({}); },
                    "images[0].alt"},
        ArticleRule{"EventTwice",
                    [](ArticleInput& a) {
                      a.related_events = {"ev-1", "ev-1"};
                    },
                    "related_events[1]"},
        ArticleRule{"EmptyPractice", [](ArticleInput& a) { a.related_practices = {""}; },
                    "related_practices[0]"}),
    [](const ::testing::TestParamInfo<ArticleRule>& info) { return info.param.name; });

TEST(ArticleRules, TwelveKeywordsAreFine) {
  ArticleInput article = article_parsed(kMinimal);
  for (int i = 0; i < 12; ++i)
    article.keywords.push_back("k" + std::to_string(i));
  EXPECT_EQ(validate_article_input(article), std::vector<FieldError>{});
}

TEST(KeywordSlug, IsTheSlugOfTheName) {
  EXPECT_EQ(keyword_slug("Kekseliäät kehittäjät"), "kekseliaat-kehittajat");
  EXPECT_EQ(keyword_slug("Tori"), "tori");
}

}  // namespace
}  // namespace tori::core
