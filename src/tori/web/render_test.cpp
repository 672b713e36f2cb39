// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the Renderer: markers translated and escaped at load, load errors, escaping of values,
// thread safety, and that the product's templates and catalogues agree key for key.
#include "tori/web/render.hpp"

#include <algorithm>
#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <fstream>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <ctemplate/template_dictionary.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kPragma = "{{%AUTOESCAPE context=\"HTML\"}}\n";

text::Catalogue small_catalogue() {
  return text::Catalogue::from_texts({
      {Language::kFi, "greeting = Hei & <tervetuloa>\nbraces = a '{{'b'}}' c\nonly.fi = vain\n"},
      {Language::kSv, "greeting = Hej \"välkommen\"\nbraces = a '{{'b'}}' c\n"},
      {Language::kEn, "greeting = Hello\nbraces = a '{{'b'}}' c\n"},
  });
}

// Expands `name` in `language` with one value, NAME.
std::string expand(const Renderer& renderer, Language language, std::string_view name,
                   std::string_view value = "") {
  ctemplate::TemplateDictionary dictionary("test");
  dictionary.SetValue("NAME", std::string(value));
  return renderer.expand(language, name, dictionary);
}

TEST(RenderTest, MarkersBecomeEachLanguagesEscapedText) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(
      TemplateSources{{"page", kPragma + "<p title=\"[[greeting]]\">[[greeting]]</p>"}}, catalogue);
  EXPECT_EQ(expand(renderer, Language::kFi, "page"),
            "<p title=\"Hei &amp; &lt;tervetuloa&gt;\">Hei &amp; &lt;tervetuloa&gt;</p>");
  EXPECT_EQ(expand(renderer, Language::kSv, "page"),
            "<p title=\"Hej &quot;välkommen&quot;\">Hej &quot;välkommen&quot;</p>");
  EXPECT_EQ(expand(renderer, Language::kEn, "page"), "<p title=\"Hello\">Hello</p>");
}

TEST(RenderTest, AKeyMissingFromALanguageFallsBackToFinnish) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(TemplateSources{{"page", kPragma + "[[only.fi]]"}}, catalogue);
  EXPECT_EQ(expand(renderer, Language::kEn, "page"), "vain");
}

TEST(RenderTest, BuiltInMarkersGiveLanguageAndPaths) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(
      TemplateSources{
          {"page",
           kPragma + "[[@lang]] <a href=\"[[@home]]\">x</a> <a href=\"[[@prefix]]/haku\">y</a>"}},
      catalogue);
  EXPECT_EQ(expand(renderer, Language::kFi, "page"),
            "fi <a href=\"/\">x</a> <a href=\"/haku\">y</a>");
  EXPECT_EQ(expand(renderer, Language::kSv, "page"),
            "sv <a href=\"/sv\">x</a> <a href=\"/sv/haku\">y</a>");
  EXPECT_EQ(expand(renderer, Language::kEn, "page"),
            "en <a href=\"/en\">x</a> <a href=\"/en/haku\">y</a>");
}

TEST(RenderTest, MessageTextCannotOpenATemplateMarker) {
  const text::Catalogue catalogue = small_catalogue();
  ASSERT_EQ(catalogue.text(Language::kFi, "braces"), "a {{b}} c");
  Renderer renderer(TemplateSources{{"page", kPragma + "[[braces]] {{NAME}}"}}, catalogue);
  EXPECT_EQ(expand(renderer, Language::kFi, "page", "n"), "a &#123;&#123;b&#125;&#125; c n");
}

TEST(RenderTest, ValuesAreEscapedByContext) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(
      TemplateSources{
          {"page", kPragma + "<p>{{NAME}}</p><a href=\"{{NAME}}\" title=\"{{NAME}}\">x</a>"}},
      catalogue);
  const std::string html = expand(renderer, Language::kFi, "page", "<script>alert('x')</script>\"");
  EXPECT_THAT(html, HasSubstr("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;</p>"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(expand(renderer, Language::kFi, "page", "javascript:alert(1)"),
              HasSubstr("href=\"#\""));  // a dangerous URL scheme is dropped
}

TEST(RenderTest, IncludesAreLookedUpPerLanguage) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(TemplateSources{{"outer", kPragma + "[{{>INNER}}]"},
                                    {"parts/inner", kPragma + "[[greeting]]"}},
                    catalogue);
  ctemplate::TemplateDictionary dictionary("outer");
  dictionary.AddIncludeDictionary("INNER")->SetFilename(
      Renderer::template_key(Language::kEn, "parts/inner"));
  EXPECT_EQ(renderer.expand(Language::kEn, "outer", dictionary), "[Hello]");
  EXPECT_EQ(Renderer::template_key(Language::kSv, "about"), "sv/about");
  EXPECT_TRUE(renderer.has_template("parts/inner"));
  EXPECT_FALSE(renderer.has_template("inner"));
  EXPECT_EQ(renderer.template_names(), (std::vector<std::string>{"outer", "parts/inner"}));
}

TEST(RenderTest, LoadErrorsNameTheTemplateAndTheKey) {
  const text::Catalogue catalogue = small_catalogue();
  const struct {
    std::string source;
    std::string expected;
  } cases[] = {
      {kPragma + "<p>[[no.such.key]]</p>", "[[no.such.key]]"},
      {kPragma + "<p>[[greeting</p>\n]]", "unterminated"},
      {kPragma + "[[@nope]]", "[[@nope]]"},
      {"<p>[[greeting]]</p>", "AUTOESCAPE"},
      {kPragma + "{{#SECTION}}never closed", "ctemplate"},
  };
  for (const auto& row : cases) {
    SCOPED_TRACE(row.source);
    try {
      Renderer renderer(TemplateSources{{"broken/page", row.source}}, catalogue);
      ADD_FAILURE() << "no exception";
    } catch (const std::runtime_error& error) {
      EXPECT_THAT(error.what(), HasSubstr("broken/page"));
      EXPECT_THAT(error.what(), HasSubstr(row.expected));
    }
  }
}

TEST(RenderTest, ExpandingAnUnknownTemplateThrows) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(TemplateSources{{"page", kPragma + "x{{>MISSING}}"}}, catalogue);
  ctemplate::TemplateDictionary dictionary("page");
  EXPECT_THROW((void)renderer.expand(Language::kFi, "absent", dictionary), std::runtime_error);
  dictionary.AddIncludeDictionary("MISSING")->SetFilename("fi/absent");
  EXPECT_THROW((void)renderer.expand(Language::kFi, "page", dictionary), std::runtime_error);
}

TEST(RenderTest, TemplateMessageKeysListsKeysButNotBuiltIns) {
  EXPECT_EQ(template_message_keys("t", "[[a.b]] [[@lang]] x [[c]]"),
            (std::vector<std::string>{"a.b", "c"}));
  EXPECT_THROW((void)template_message_keys("t", "[[a"), std::runtime_error);
}

TEST(RenderTest, ManyThreadsRenderTheSameText) {
  const text::Catalogue catalogue = small_catalogue();
  Renderer renderer(TemplateSources{{"page", kPragma + "<p>[[greeting]] {{NAME}}</p>"}}, catalogue);
  const std::string expected = expand(renderer, Language::kSv, "page", "<b>");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        if (expand(renderer, Language::kSv, "page", "<b>") != expected) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
  EXPECT_EQ(expected, "<p>Hej &quot;välkommen&quot; &lt;b&gt;</p>");
}

// The keys defined in a language's .msg files (`key = …` at the start of a line): <lang>.msg
// and every <area>.<lang>.msg.
std::set<std::string> keys_of_language(const std::filesystem::path& dir, std::string_view code) {
  std::set<std::string> keys;
  const std::regex definition(R"(^([A-Za-z0-9_.-]+)\s*=)");
  const std::string suffix = std::string(code) + ".msg";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name != suffix && !name.ends_with("." + suffix)) continue;
    std::ifstream in(entry.path());
    std::smatch match;
    for (std::string line; std::getline(in, line);) {
      if (std::regex_search(line, match, definition)) keys.insert(match[1]);
    }
  }
  return keys;
}

TEST(RenderTest, ProductTemplatesLoadAndEveryKeyIsInEveryCatalogue) {
  const auto data = test_support::source_data_dir();
  const text::Catalogue catalogue = text::Catalogue::load(data / "i18n");
  const Renderer renderer(data / "templates", catalogue);  // throws on an unknown key
  EXPECT_TRUE(renderer.has_template("base"));
  EXPECT_TRUE(renderer.has_template("error"));

  const std::set<std::string> fi = keys_of_language(data / "i18n", "fi");
  for (const std::string& name : renderer.template_names()) {
    std::ifstream in(data / "templates" / (name + ".tpl"));
    const std::string source{std::istreambuf_iterator<char>(in), {}};
    for (const std::string& key : template_message_keys(name, source)) {
      SCOPED_TRACE(name + ": " + key);
      EXPECT_TRUE(fi.contains(key));
    }
  }
  // Swedish and English translate every Finnish key, and define nothing Finnish lacks.
  for (const char* code : {"sv", "en"}) {
    SCOPED_TRACE(code);
    EXPECT_EQ(keys_of_language(data / "i18n", code), fi);
  }
}

}  // namespace
}  // namespace tori::web
