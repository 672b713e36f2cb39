// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of a practice's enumerations as text and the per-vocabulary and per-section accessors.
#include "tori/core/practice.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

TEST(Practice, StatesAsText) {
  struct Case {
    PracticeState state;
    std::string_view text;
  };
  const Case cases[] = {{PracticeState::kDraft, "draft"},
                        {PracticeState::kSubmitted, "submitted"},
                        {PracticeState::kPublished, "published"},
                        {PracticeState::kArchived, "archived"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(to_string(c.state), c.text);
    EXPECT_EQ(parse_practice_state(c.text), c.state);
  }
}

TEST(Practice, MaturitiesAsText) {
  struct Case {
    Maturity maturity;
    std::string_view text;
  };
  const Case cases[] = {{Maturity::kIdea, "idea"},
                        {Maturity::kPilot, "pilot"},
                        {Maturity::kInUse, "in_use"},
                        {Maturity::kEstablished, "established"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(to_string(c.maturity), c.text);
    EXPECT_EQ(parse_maturity(c.text), c.maturity);
  }
}

TEST(Practice, LanguagesAsText) {
  struct Case {
    ContentLanguage language;
    std::string_view text;
  };
  const Case cases[] = {
      {ContentLanguage::kFi, "fi"}, {ContentLanguage::kSv, "sv"}, {ContentLanguage::kEn, "en"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(to_string(c.language), c.text);
    EXPECT_EQ(parse_content_language(c.text), c.language);
  }
}

TEST(Practice, SectionKeysInPageOrder) {
  const std::string_view expected[] = {"background", "solution", "implementation", "resources",
                                       "results",    "transfer", "lessons"};
  ASSERT_EQ(kSections.size(), std::size(expected));
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    SCOPED_TRACE(expected[i]);
    EXPECT_EQ(section_key(kSections[i]), expected[i]);
    EXPECT_EQ(parse_section_key(expected[i]), kSections[i]);
  }
}

TEST(Practice, VocabularyFields) {
  struct Case {
    Vocabulary vocabulary;
    std::string_view field;
  };
  const Case cases[] = {{Vocabulary::kSector, "sectors"},
                        {Vocabulary::kTheme, "themes"},
                        {Vocabulary::kClientGroup, "client_groups"}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.field);
    EXPECT_EQ(vocabulary_field(c.vocabulary), c.field);
    EXPECT_EQ(parse_vocabulary_field(c.field), c.vocabulary);
  }
}

TEST(Practice, UnknownTextsParseToNothing) {
  // Matching is exact: no case folding, no trimming, no other spelling.
  const std::string_view texts[] = {"",    "Draft",      " draft", "in-use",       "FI",
                                    "fin", "Background", "sector", "client-groups"};
  for (std::string_view text : texts) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_practice_state(text), std::nullopt);
    EXPECT_EQ(parse_maturity(text), std::nullopt);
    EXPECT_EQ(parse_content_language(text), std::nullopt);
    EXPECT_EQ(parse_section_key(text), std::nullopt);
    EXPECT_EQ(parse_vocabulary_field(text), std::nullopt);
  }
}

TEST(Practice, AccessorsReachTheirMembers) {
  PracticeInput input;
  labels_of(input, Vocabulary::kSector).push_back("hallinto");
  labels_of(input, Vocabulary::kTheme).push_back("johtaminen");
  labels_of(input, Vocabulary::kClientGroup).push_back("henkilöstö");
  EXPECT_EQ(input.sectors, std::vector<std::string>{"hallinto"});
  EXPECT_EQ(input.themes, std::vector<std::string>{"johtaminen"});
  EXPECT_EQ(input.client_groups, std::vector<std::string>{"henkilöstö"});

  Practice practice;
  terms_of(practice, Vocabulary::kTheme).push_back({"johtaminen", "johtaminen"});
  EXPECT_EQ(practice.themes.size(), 1U);
  EXPECT_TRUE(terms_of(practice, Vocabulary::kSector).empty());

  section_text(input.sections, Section::kResults) = "Tulokset";
  EXPECT_EQ(input.sections[4], "Tulokset");
  EXPECT_EQ(section_text(input.sections, Section::kBackground), "");
}

}  // namespace
}  // namespace tori::core
