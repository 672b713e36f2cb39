// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the campaign form's fields apart from HTTP: rows read from a posted form and their
// empty ones left out, Finnish dates, slugs typed or made from the name, validate_campaign_input's
// field names on the form's inputs, the stored awards kept and an awarded category's removal
// refused, and a stored campaign that reads back unchanged. Table-driven where inputs vary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/web/campaigns/campaign_form.hpp"

namespace tori::web {
namespace {

using ::testing::ElementsAre;

// A valid campaign as typed: one special category, one criterion, one juror.
CampaignFormValues campaign_fields_valid() {
  CampaignFormValues values;
  values.name = "Teot kiertoon 2031";
  values.year = "2031";
  values.description = "Kuvaus.";
  values.collecting_from = "1.3.2031";
  values.collecting_until = "30.9.2031";
  values.gala_date = "2031-11-20";
  values.categories = {{"viestinta", "Vuoden viestintäteko", "", "special", "", "", ""}};
  values.criteria = {{"vaikuttavuus", "Vaikuttavuus", "60"}};
  values.jurors = {{"Maija Meikäläinen", "henkilöstöjohtaja", "Kuopion kaupunki", ""}};
  return values;
}

bool campaign_fields_nothing_taken(std::string_view) {
  return false;
}

std::vector<std::string> campaign_fields_of(const std::vector<CampaignFormProblem>& problems) {
  std::vector<std::string> fields;
  for (const CampaignFormProblem& problem : problems)
    fields.push_back(problem.field);
  return fields;
}

TEST(CampaignFormFields, FieldNamesWithTheirRows) {
  const struct {
    std::string_view field;
    CampaignFormFieldName expected;
  } cases[] = {
      {"name", {"name", -1}},
      {"collecting_from", {"collecting_from", -1}},
      {"category0_slug", {"category_slug", 0}},
      {"category12_sector", {"category_sector", 12}},
      {"criterion3_weight", {"criterion_weight", 3}},
      {"juror1_email", {"juror_email", 1}},
      {"categories", {"categories", -1}},
      {"other2_slug", {"other2_slug", -1}},
      {"category_slug", {"category_slug", -1}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.field);
    EXPECT_EQ(campaign_form_field_name(c.field), c.expected);
  }
}

TEST(CampaignFormFields, ThePostedFormIsTrimmedAndItsRowsRead) {
  const auto form = http::Form::parse(
      "name=+Kampanja%0D%0A&year=2031&description=Rivi%0D%0Atoinen+&blind=1"
      "&category0_slug=sote&category0_name=Sote&category0_description=&category0_kind=sector"
      "&category0_sector=sosiaali-+ja+terveysala&category0_theme=&category0_stored=sote"
      "&category1_slug=&category1_name=&category1_kind=special"
      "&category3_slug=ohitettu"  // after a missing row number: not read
      "&criterion0_slug=&criterion0_name=Vaikuttavuus&criterion0_weight=+40"
      "&juror0_name=Eeva&juror0_title=&juror0_organisation=Oulu&juror0_email=eeva%40oulu.fi");
  ASSERT_TRUE(form);
  const CampaignFormValues values = read_campaign_form(*form);
  EXPECT_EQ(values.name, "Kampanja");
  EXPECT_EQ(values.description, "Rivi\ntoinen");
  EXPECT_TRUE(values.blind);
  EXPECT_EQ(values.score_max, "");
  ASSERT_EQ(values.categories.size(), 2U);
  EXPECT_EQ(values.categories[0], (CampaignCategoryRow{"sote", "Sote", "", "sector",
                                                       "sosiaali- ja terveysala", "", "sote"}));
  EXPECT_EQ(values.criteria, (std::vector<CampaignCriterionRow>{{"", "Vaikuttavuus", "40"}}));
  EXPECT_EQ(values.jurors, (std::vector<CampaignJurorRow>{{"Eeva", "", "Oulu", "eeva@oulu.fi"}}));
}

TEST(CampaignFormFields, ValidValuesMakeTheInputWithEmptyRowsLeftOut) {
  CampaignFormValues values = campaign_fields_valid();
  values.categories.push_back({});
  values.criteria.insert(values.criteria.begin(), CampaignCriterionRow{});
  values.criteria.push_back({"", "Osallisuus ja yhteistyö", "40"});  // slug from the name
  values.jurors.push_back({});
  const CampaignFormReading reading =
      parse_campaign_form(values, nullptr, campaign_fields_nothing_taken);
  ASSERT_THAT(reading.problems, ElementsAre());
  const core::CampaignInput& input = reading.input;
  EXPECT_EQ(input.slug, "teot-kiertoon-2031") << "made from the name";
  EXPECT_EQ(input.year, 2031);
  EXPECT_EQ(input.collecting_from, "2031-03-01");
  EXPECT_EQ(input.collecting_until, "2031-09-30");
  EXPECT_EQ(input.gala_date, "2031-11-20");
  EXPECT_EQ(input.score_max, 5);
  EXPECT_EQ(input.categories.size(), 1U);
  ASSERT_EQ(input.criteria.size(), 2U);
  EXPECT_EQ(input.criteria[1],
            (core::Criterion{"osallisuus-ja-yhteistyo", "Osallisuus ja yhteistyö", 40}));
  EXPECT_EQ(input.jurors.size(), 1U);
}

TEST(CampaignFormFields, ATakenSlugIsRefusedWhenTypedAndAvoidedWhenMade) {
  const auto taken = [](std::string_view slug) { return slug == "teot-kiertoon-2031"; };
  CampaignFormValues values = campaign_fields_valid();
  EXPECT_EQ(parse_campaign_form(values, nullptr, taken).input.slug, "teot-kiertoon-2031-2");
  values.slug = "teot-kiertoon-2031";
  const CampaignFormReading typed = parse_campaign_form(values, nullptr, taken);
  EXPECT_EQ(typed.problems,
            (std::vector<CampaignFormProblem>{{"slug", "campaign_editor.error.slug_taken", 0}}));
  values.slug = "uusi";  // the new campaign form's own address
  EXPECT_THAT(campaign_fields_of(parse_campaign_form(values, nullptr, taken).problems),
              ElementsAre("slug"));
}

TEST(CampaignFormFields, WhatIsWrongIsPutBesideItsInput) {
  const struct {
    const char* what;
    void (*change)(CampaignFormValues&);
    std::string field;
    std::string key;
  } cases[] = {
      {"no name", [](CampaignFormValues& v) { v.name = ""; }, "name", "required"},
      {"a year in letters", [](CampaignFormValues& v) { v.year = "kolmekymmentä"; }, "year",
       "year"},
      {"a year out of range", [](CampaignFormValues& v) { v.year = "1999"; }, "year", "year"},
      {"no such day", [](CampaignFormValues& v) { v.collecting_from = "31.2.2031"; },
       "collecting_from", "date"},
      {"no deadline", [](CampaignFormValues& v) { v.collecting_until = ""; }, "collecting_until",
       "date"},
      {"the deadline first", [](CampaignFormValues& v) { v.collecting_until = "28.2.2031"; },
       "collecting_until", "until_before_from"},
      {"the gala before the deadline", [](CampaignFormValues& v) { v.gala_date = "30.9.2031"; },
       "gala_date", "gala_before_deadline"},
      {"a scale of 7", [](CampaignFormValues& v) { v.score_max = "7"; }, "score_max", "score_max"},
      {"no categories", [](CampaignFormValues& v) { v.categories = {{}}; }, "categories",
       "categories"},
      {"a sector category without its sector",
       [](CampaignFormValues& v) { v.categories[0].kind = "sector"; }, "category0_sector",
       "sector_required"},
      {"a theme on a special category",
       [](CampaignFormValues& v) { v.categories[0].theme = "johtaminen"; }, "category0_theme",
       "theme_only"},
      {"a bad category slug", [](CampaignFormValues& v) { v.categories[0].slug = "Iso-"; },
       "category0_slug", "row_slug"},
      {"no criteria", [](CampaignFormValues& v) { v.criteria.clear(); }, "criteria", "criteria"},
      {"a weight in letters", [](CampaignFormValues& v) { v.criteria[0].weight = "paljon"; },
       "criterion0_weight", "weight"},
      {"a weight of 0", [](CampaignFormValues& v) { v.criteria[0].weight = "0"; },
       "criterion0_weight", "weight"},
      {"a juror without a name", [](CampaignFormValues& v) { v.jurors[0].name = ""; },
       "juror0_name", "required"},
      {"a juror's bad e-mail", [](CampaignFormValues& v) { v.jurors[0].email = "eeva"; },
       "juror0_email", "email"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    CampaignFormValues values = campaign_fields_valid();
    c.change(values);
    const auto problems =
        parse_campaign_form(values, nullptr, campaign_fields_nothing_taken).problems;
    ASSERT_THAT(campaign_fields_of(problems), ElementsAre(c.field));
    EXPECT_EQ(problems[0].key, "campaign_editor.error." + c.key);
  }
}

TEST(CampaignFormFields, RowsAreNamedByTheirNumberOnTheFormAndSummarisedInOrder) {
  CampaignFormValues values = campaign_fields_valid();
  values.name = "";
  values.categories.insert(values.categories.begin(), 2, CampaignCategoryRow{});
  values.categories.push_back({"viestinta", "Kahdesti", "", "special", "", "", ""});
  values.jurors = {{}, {"", "", "", "x"}};
  const auto problems =
      parse_campaign_form(values, nullptr, campaign_fields_nothing_taken).problems;
  EXPECT_THAT(campaign_fields_of(problems),
              ElementsAre("name", "category3_slug", "juror1_name", "juror1_email"));
  EXPECT_EQ(problems[1].key, "campaign_editor.error.row_slug_twice");
}

TEST(CampaignFormFields, FindingsOfTheValidatorMapToInputs) {
  const CampaignFormRows rows{{0, 2, 5}, {1}, {0, 4}};
  const struct {
    core::FieldError finding;
    CampaignFormProblem expected;
  } cases[] = {
      {{"name", "name is required"}, {"name", "campaign_editor.error.required", 0}},
      {{"name", "name is longer than 200 characters"},
       {"name", "campaign_editor.error.too_long", 200}},
      {{"categories[2].sector", "categories[2].sector is required for kind sector"},
       {"category5_sector", "campaign_editor.error.sector_required", 0}},
      {{"categories[1].name", "categories[1].name contains a line break"},
       {"category2_name", "campaign_editor.error.characters", 0}},
      {{"criteria[0].weight", "criteria[0].weight must be 1–100"},
       {"criterion1_weight", "campaign_editor.error.weight", 0}},
      {{"jurors[1].email", "jurors[1].email is not an e-mail address"},
       {"juror4_email", "campaign_editor.error.email", 0}},
      {{"categories", "a campaign has 1–30 categories"},
       {"categories", "campaign_editor.error.categories", 30}},
      {{"jurors", "at most 50 jurors"}, {"jurors", "campaign_editor.error.jurors", 50}},
      {{"gala_date", "gala_date must be a date YYYY-MM-DD"},
       {"gala_date", "campaign_editor.error.date", 0}},
      {{"winners[0].category", "winners[0].category is not a category of the campaign"},
       {"form", "campaign_editor.error.awards", 0}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.finding.field);
    EXPECT_EQ(campaign_form_problem(c.finding, rows), c.expected);
  }
}

// A stored campaign with an award in its first category.
core::CampaignInput campaign_fields_stored() {
  const CampaignFormReading reading =
      parse_campaign_form(campaign_fields_valid(), nullptr, campaign_fields_nothing_taken);
  core::CampaignInput stored = reading.input;
  stored.slug = "vanha";
  stored.categories.push_back({"sote", "Sote", "", core::CategoryKind::kSector, "sote-ala", ""});
  stored.awards = {{"viestinta", "teko-1", core::AwardLevel::kWinner, "Perustelu."}};
  return stored;
}

TEST(CampaignFormFields, AnEditKeepsTheSlugAndTheAwards) {
  const core::CampaignInput stored = campaign_fields_stored();
  CampaignFormValues values = campaign_form_values(stored);
  EXPECT_EQ(values.collecting_until, "30.9.2031") << "shown as the editors write dates";
  EXPECT_EQ(values.categories[0].stored, "viestinta");
  values.slug = "muu";  // not on the edit form: ignored
  values.name = "Uusi nimi";
  values.categories[1] = {};  // the category without awards removed
  const CampaignFormReading reading =
      parse_campaign_form(values, &stored, campaign_fields_nothing_taken);
  ASSERT_THAT(reading.problems, ElementsAre());
  EXPECT_EQ(reading.input.slug, "vanha");
  EXPECT_EQ(reading.input.awards, stored.awards);
  EXPECT_EQ(reading.input.categories.size(), 1U);
}

TEST(CampaignFormFields, AnAwardedCategoryCannotBeRemovedOrRenamed) {
  const core::CampaignInput stored = campaign_fields_stored();
  for (const std::string slug : {"", "uusi-viestinta"}) {
    SCOPED_TRACE(slug);
    CampaignFormValues values = campaign_form_values(stored);
    values.categories[0] = {slug,       slug.empty() ? "" : "Viestintä", "", "special", "", "",
                            "viestinta"};
    const auto problems =
        parse_campaign_form(values, &stored, campaign_fields_nothing_taken).problems;
    EXPECT_EQ(problems, (std::vector<CampaignFormProblem>{
                            {"category0_slug", "campaign_editor.error.category_awarded", 0}}));
  }
}

TEST(CampaignFormFields, AStoredCampaignReadsBackUnchanged) {
  core::CampaignInput stored = campaign_fields_stored();
  stored.score_max = 10;
  stored.blind = true;
  stored.rules = "Säännöt.\n\n- yksi";
  stored.jurors.push_back({"Eeva", "", "", "eeva@oulu.fi"});
  const CampaignFormReading reading =
      parse_campaign_form(campaign_form_values(stored), &stored, campaign_fields_nothing_taken);
  ASSERT_THAT(reading.problems, ElementsAre());
  EXPECT_EQ(reading.input, stored);
}

}  // namespace
}  // namespace tori::web
