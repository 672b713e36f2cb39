// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the newsletter issue rules (a row per rule) and of the past issues' JSON Lines: every
// demo line parses and validates, and each wrong shape gives its reason.
#include <gtest/gtest.h>

#include <sstream>

#include "tori/core/newsletter_issue.hpp"
#include "tori/core/newsletter_jsonl.hpp"
#include "tori/core/test_support.hpp"
#include "tori/text/time_format.hpp"

namespace tori::core {
namespace {

NewsletterInput valid_issue() {
  return {.slug = "uutiskirje-2026-12",
          .subject = "Tori-uutiskirje joulukuu 2026",
          .body = "Hei!\n\n## Gaala\n\nKiitos kaikille.",
          .language = "fi",
          .topics = {"news", "events"},
          .blocks = {"practices", "events"}};
}

struct IssueCase {
  const char* name;
  void (*change)(NewsletterInput&);
  const char* field;  // "" when valid
};

const IssueCase kIssueCases[] = {
    {"valid", [](NewsletterInput&) {}, ""},
    {"no topics is every subscriber", [](NewsletterInput& i) { i.topics.clear(); }, ""},
    {"no blocks", [](NewsletterInput& i) { i.blocks.clear(); }, ""},
    {"swedish", [](NewsletterInput& i) { i.language = "sv"; }, ""},
    {"slug empty", [](NewsletterInput& i) { i.slug.clear(); }, "slug"},
    {"slug upper case", [](NewsletterInput& i) { i.slug = "Uutiskirje"; }, "slug"},
    {"subject empty", [](NewsletterInput& i) { i.subject.clear(); }, "subject"},
    {"subject two lines", [](NewsletterInput& i) { i.subject = "a\nb"; }, "subject"},
    {"subject too long", [](NewsletterInput& i) { i.subject = std::string(201, 'a'); }, "subject"},
    {"body empty", [](NewsletterInput& i) { i.body.clear(); }, "body"},
    {"body too long", [](NewsletterInput& i) { i.body = std::string(30001, 'a'); }, "body"},
    {"body bad utf-8", [](NewsletterInput& i) { i.body = "\xff"; }, "body"},
    {"language unknown", [](NewsletterInput& i) { i.language = "de"; }, "language"},
    {"topic unknown",
     [](NewsletterInput& i) {
       i.topics = {"news", "weather"};
     },
     "topics[1]"},
    {"block unknown", [](NewsletterInput& i) { i.blocks = {"jobs"}; }, "blocks[0]"},
};

TEST(NewsletterIssue, EachRuleNamesItsField) {
  for (const IssueCase& test : kIssueCases) {
    SCOPED_TRACE(test.name);
    NewsletterInput input = valid_issue();
    test.change(input);
    const std::vector<FieldError> errors = validate_newsletter_input(input);
    if (std::string_view(test.field).empty()) {
      EXPECT_TRUE(errors.empty()) << errors.front().message;
    } else {
      ASSERT_EQ(errors.size(), 1U);
      EXPECT_EQ(errors.front().field, test.field);
    }
  }
}

TEST(NewsletterIssue, StatesAndBlocksHaveNames) {
  for (const NewsletterState state :
       {NewsletterState::kDraft, NewsletterState::kSending, NewsletterState::kSent}) {
    EXPECT_EQ(parse_newsletter_state(newsletter_state_name(state)), state);
  }
  EXPECT_EQ(parse_newsletter_state("queued"), std::nullopt);
  EXPECT_EQ(canonical_blocks({"events", "x", "practices", "events"}),
            (std::vector<std::string>{"practices", "events"}));
}

TEST(NewsletterJsonl, EveryDemoLineParsesAndValidates) {
  std::istringstream demo(testing::read_data_file("demo/newsletters.jsonl"));
  std::string line;
  int count = 0;
  while (std::getline(demo, line)) {
    SCOPED_TRACE("line " + std::to_string(++count));
    auto read = parse_newsletter_line(line);
    ASSERT_TRUE(std::holds_alternative<PastNewsletter>(read)) << std::get<std::string>(read);
    const PastNewsletter& issue = std::get<PastNewsletter>(read);
    EXPECT_EQ(validate_newsletter_input(issue.input), std::vector<FieldError>{});
    EXPECT_TRUE(issue.input.body.starts_with("Hei!"));
    EXPECT_NE(issue.input.body.find("\n\n## "), std::string::npos);
  }
  EXPECT_EQ(count, 4);
}

TEST(NewsletterJsonl, SectionsBecomeHeadingsAfterTheIntro) {
  auto read = parse_newsletter_line(
      R"({"slug":"k","subject":"S","sent_at":"2025-02-18T09:00:00+02:00","intro":"Hei!\n",)"
      R"("sections":[{"heading":"A","text":"a\n"},{"heading":"B","text":"b"}]})");
  ASSERT_TRUE(std::holds_alternative<PastNewsletter>(read));
  const PastNewsletter& issue = std::get<PastNewsletter>(read);
  EXPECT_EQ(issue.input.body, "Hei!\n\n## A\n\na\n\n## B\n\nb");
  EXPECT_EQ(issue.sent_at, *text::parse_rfc3339("2025-02-18T07:00:00Z"));
}

TEST(NewsletterJsonl, EachWrongShapeGivesItsReason) {
  const std::pair<const char*, const char*> cases[] = {
      {"[]", "the line must be a JSON object"},
      {"{", "not valid JSON"},
      {R"({"slug":"k","subject":"S"})", "field 'sent_at' is required"},
      {R"({"slug":"k","subject":"S","sent_at":"eilen"})", "field 'sent_at' must be"},
      {R"({"slug":"k","subject":"S","sent_at":"2025-02-18T09:00:00+02:00","x":1})",
       "unknown field 'x'"},
      {R"({"slug":"k","subject":"S","sent_at":"2025-02-18T09:00:00+02:00","sections":[{"h":1}]})",
       "unknown field 'sections[0].h'"},
  };
  for (const auto& [line, reason] : cases) {
    SCOPED_TRACE(line);
    auto read = parse_newsletter_line(line);
    ASSERT_TRUE(std::holds_alternative<std::string>(read));
    EXPECT_TRUE(std::get<std::string>(read).starts_with(reason)) << std::get<std::string>(read);
  }
}

}  // namespace
}  // namespace tori::core
