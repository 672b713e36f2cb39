// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the rules a practice input must meet, one row per rule, and of place resolution.
#include "tori/core/practice_input.hpp"

#include <functional>

#include <gtest/gtest.h>

#include "tori/core/test_support.hpp"

namespace tori::core {
namespace {

// An input that meets every rule.
PracticeInput valid_input() {
  PracticeInput input;
  input.external_id = "ho-001";
  input.slug = "etatyon-pelisaannot";
  input.title = "Etätyön pelisäännöt yhdessä sovittuina";
  input.summary = "Sovimme yhdessä, miten etätyötä tehdään.";
  input.organisations = {"Kontiolahden kunta"};
  input.municipality = "Kontiolahti";
  input.region = "Pohjois-Karjala";
  input.themes = {"etä- ja hybridityö", "työhyvinvointi"};
  input.started = "2021-03";
  section_text(input.sections, Section::kBackground) = "Etätyö lisääntyi.\n\nSovimme *yhdessä*.";
  input.keywords = {"etätyö", "pelisäännöt"};
  input.contact = {"Maija Meikäläinen", "kehittäjä", "maija.meikalainen@example.fi",
                   "+358 40 000 0000"};
  input.links = {{"Ohje", "https://www.example.fi/ohje?a=1&b=2"}};
  return input;
}

TEST(PracticeInput, ValidInputHasNoErrors) {
  EXPECT_EQ(validate_practice_input(valid_input()), std::vector<FieldError>{});
  PracticeInput minimal;  // only what is required
  minimal.external_id = "x";
  minimal.title = "T";
  minimal.summary = "S";
  minimal.organisations = {"O"};
  section_text(minimal.sections, Section::kLessons) = "L";
  minimal.started = "1950";
  EXPECT_EQ(validate_practice_input(minimal), std::vector<FieldError>{});
}

TEST(PracticeInput, EachRuleReportsItsField) {
  struct Case {
    std::string_view name;
    std::function<void(PracticeInput&)> change;
    FieldError expected;
  };
  const std::string long_text(201, 'a');
  const Case cases[] = {
      {"external_id required",
       [](auto& in) { in.external_id.clear(); },
       {"external_id", "external_id is required"}},
      {"external_id too long",
       [](auto& in) { in.external_id = std::string(101, 'x'); },
       {"external_id", "external_id is longer than 100 characters"}},
      {"external_id control",
       [](auto& in) { in.external_id = "ho\t001"; },
       {"external_id", "external_id contains a control character"}},
      {"external_id C1 control",
       [](auto& in) { in.external_id = "ho\u0085001"; },
       {"external_id", "external_id contains a control character"}},
      {"title required", [](auto& in) { in.title.clear(); }, {"title", "title is required"}},
      {"title too long",
       [&](auto& in) { in.title = long_text; },
       {"title", "title is longer than 200 characters"}},
      {"title one line",
       [](auto& in) { in.title = "a\nb"; },
       {"title", "title contains a control character"}},
      {"title invalid UTF-8",
       [](auto& in) { in.title = "\xC3\x28"; },
       {"title", "title is not valid UTF-8"}},
      {"summary required",
       [](auto& in) { in.summary.clear(); },
       {"summary", "summary is required"}},
      {"summary too long",
       [](auto& in) { in.summary = std::string(1001, 's'); },
       {"summary", "summary is longer than 1000 characters"}},
      {"summary NUL",
       [](auto& in) { in.summary = std::string("a\0b", 3); },
       {"summary", "summary contains a control character"}},
      {"organisations required",
       [](auto& in) { in.organisations.clear(); },
       {"organisations", "organisations are required"}},
      {"organisation empty",
       [](auto& in) { in.organisations.push_back(""); },
       {"organisations[1]", "organisations[1] is required"}},
      {"organisation too long",
       [&](auto& in) { in.organisations[0] = long_text; },
       {"organisations[0]", "organisations[0] is longer than 200 characters"}},
      {"organisation twice",
       [](auto& in) { in.organisations.push_back("KONTIOLAHDEN KUNTA"); },
       {"organisations[1]", "'KONTIOLAHDEN KUNTA' is listed twice in organisations"}},
      {"sections required",
       [](auto& in) { in.sections = {}; },
       {"sections", "at least one section is required"}},
      {"section too long",
       [](auto& in) { section_text(in.sections, Section::kResults) = std::string(20001, 'r'); },
       {"sections.results", "sections.results is longer than 20000 characters"}},
      {"section invalid UTF-8",
       [](auto& in) { section_text(in.sections, Section::kTransfer) = "\xED\xA0\x80"; },
       {"sections.transfer", "sections.transfer is not valid UTF-8"}},
      {"slug not valid",
       [](auto& in) { in.slug = "Etätyö"; },
       {"slug", "slug must be lower-case a–z, 0–9 and single hyphens"}},
      {"theme empty",
       [](auto& in) { in.themes.push_back(""); },
       {"themes[2]", "themes[2] is required"}},
      {"sector twice",
       [](auto& in) {
         in.sectors = {"hallinto", "Hallinto"};
       },
       {"sectors[1]", "'Hallinto' is listed twice in sectors"}},
      {"client group too long",
       [&](auto& in) { in.client_groups = {long_text}; },
       {"client_groups[0]", "client_groups[0] is longer than 200 characters"}},
      {"municipality one line",
       [](auto& in) { in.municipality = "Kontio\nlahti"; },
       {"municipality", "municipality contains a control character"}},
      {"started shape",
       [](auto& in) { in.started = "3/2021"; },
       {"started", "started must be YYYY or YYYY-MM"}},
      {"started with day",
       [](auto& in) { in.started = "2021-03-01"; },
       {"started", "started must be YYYY or YYYY-MM"}},
      {"started signed",
       [](auto& in) { in.started = "2021-+3"; },
       {"started", "started must be YYYY or YYYY-MM"}},
      {"started year low",
       [](auto& in) { in.started = "1949-12"; },
       {"started", "started year must be 1950–2100"}},
      {"started year high",
       [](auto& in) { in.started = "2101"; },
       {"started", "started year must be 1950–2100"}},
      {"started month 00",
       [](auto& in) { in.started = "2021-00"; },
       {"started", "started month must be 01–12"}},
      {"started month 13",
       [](auto& in) { in.started = "2021-13"; },
       {"started", "started month must be 01–12"}},
      {"too many keywords",
       [](auto& in) { in.keywords.assign(31, "k"); },
       {"keywords", "at most 30 keywords"}},
      {"keyword too long",
       [](auto& in) { in.keywords.push_back(std::string(61, 'k')); },
       {"keywords[2]", "keywords[2] is longer than 60 characters"}},
      {"keyword empty",
       [](auto& in) { in.keywords = {""}; },
       {"keywords[0]", "keywords[0] is required"}},
      {"email without @",
       [](auto& in) { in.contact.email = "maija.example.fi"; },
       {"contact.email", "contact.email is not a valid email address"}},
      {"email without domain dot",
       [](auto& in) { in.contact.email = "maija@localhost"; },
       {"contact.email", "contact.email is not a valid email address"}},
      {"email with space",
       [](auto& in) { in.contact.email = "maija m@example.fi"; },
       {"contact.email", "contact.email is not a valid email address"}},
      {"email two @",
       [](auto& in) { in.contact.email = "a@b@example.fi"; },
       {"contact.email", "contact.email is not a valid email address"}},
      {"contact name one line",
       [](auto& in) { in.contact.name = "Maija\r"; },
       {"contact.name", "contact.name contains a control character"}},
      {"link scheme",
       [](auto& in) { in.links[0].url = "javascript:alert(1)"; },
       {"links[0].url", "links[0].url must be an http:// or https:// address"}},
      {"link ftp",
       [](auto& in) { in.links[0].url = "ftp://example.fi/"; },
       {"links[0].url", "links[0].url must be an http:// or https:// address"}},
      {"link no host",
       [](auto& in) { in.links[0].url = "https://"; },
       {"links[0].url", "links[0].url must be an http:// or https:// address"}},
      {"link url required",
       [](auto& in) {
         in.links.push_back({"Toinen", ""});
       },
       {"links[1].url", "links[1].url is required"}},
      {"link title required",
       [](auto& in) { in.links[0].title.clear(); },
       {"links[0].title", "links[0].title is required"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    PracticeInput input = valid_input();
    c.change(input);
    EXPECT_EQ(validate_practice_input(input), std::vector<FieldError>{c.expected});
  }
}

TEST(PracticeInput, LimitsCountCharactersNotBytes) {
  PracticeInput input = valid_input();
  input.title = std::string();
  for (int i = 0; i < 200; ++i)
    input.title += "ä";  // 400 bytes, 200 characters
  input.external_id = "HTTPS-ok";
  input.links[0].url = "HTTPS://www.example.fi/";  // the scheme in either case
  input.contact.email.clear();                     // optional
  EXPECT_EQ(validate_practice_input(input), std::vector<FieldError>{});
  input.title += "ä";
  EXPECT_EQ(validate_practice_input(input),
            (std::vector<FieldError>{{"title", "title is longer than 200 characters"}}));
}

TEST(PracticeInput, ReportsEveryBrokenRuleInFieldOrder) {
  PracticeInput input;
  const std::vector<FieldError> expected = {
      {"external_id", "external_id is required"},
      {"title", "title is required"},
      {"summary", "summary is required"},
      {"organisations", "organisations are required"},
      {"sections", "at least one section is required"},
  };
  EXPECT_EQ(validate_practice_input(input), expected);
}

TEST(PracticeInput, ResolvesPlaceNames) {
  struct Case {
    std::string_view name, municipality, region;
    std::variant<Place, FieldError> expected;
  };
  const Named pohjois_karjala{"pohjois-karjala", "Pohjois-Karjala"};
  const Named pohjanmaa{"pohjanmaa", "Pohjanmaa"};
  const Case cases[] = {
      {"both Finnish", "Kontiolahti", "Pohjois-Karjala",
       Place{MunicipalityRef{"276", "Kontiolahti"}, pohjois_karjala}},
      {"both Swedish", "Vasa", "Österbotten", Place{MunicipalityRef{"905", "Vaasa"}, pohjanmaa}},
      {"region from municipality", "kontiolax", "",
       Place{MunicipalityRef{"276", "Kontiolahti"}, pohjois_karjala}},
      {"region only", "", "Norra Karelen", Place{std::nullopt, pohjois_karjala}},
      {"neither", "", "", Place{}},
      {"unknown municipality", "Kontiolahden kunta", "",
       FieldError{"municipality", "unknown municipality 'Kontiolahden kunta'"}},
      {"unknown region", "Vaasa", "Pohjanmaan maakunta",
       FieldError{"region", "unknown region 'Pohjanmaan maakunta'"}},
      {"municipality elsewhere", "Vaasa", "Pohjois-Karjala",
       FieldError{"municipality", "municipality 'Vaasa' is not in region 'Pohjois-Karjala'"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    PracticeInput input;
    input.municipality = c.municipality;
    input.region = c.region;
    EXPECT_EQ(resolve_place(input, testing::real_finland()), c.expected);
  }
}

TEST(PracticeInput, EffectiveStateFollowsTheFormatDocument) {
  const TimePoint when{std::chrono::seconds(1'700'000'000)};
  struct Case {
    const char* name;
    std::optional<PracticeState> state;
    std::optional<TimePoint> published_at;
    PracticeState expected;
  };
  const Case cases[] = {
      {"nothing given: draft", std::nullopt, std::nullopt, PracticeState::kDraft},
      {"published_at alone: published", std::nullopt, when, PracticeState::kPublished},
      {"state given wins", PracticeState::kArchived, when, PracticeState::kArchived},
      {"submitted without a time", PracticeState::kSubmitted, std::nullopt,
       PracticeState::kSubmitted},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    PracticeInput input;
    input.state = c.state;
    input.published_at = c.published_at;
    EXPECT_EQ(effective_state(input), c.expected);
    EXPECT_EQ(practice_from_input(input).state, c.expected);
  }
}

TEST(PracticeInput, PracticeFromInputCopiesOwnFieldsAndLeavesLookUps) {
  PracticeInput input;
  input.external_id = "x-1";
  input.slug = "oma-slug";
  input.title = "Otsikko";
  input.summary = "Tiivistelmä";
  input.organisations = {"Kontiolahden kunta"};
  input.themes = {"innovointi"};
  input.municipality = "Kontiolahti";
  input.keywords = {"kokeilu"};
  input.maturity = Maturity::kPilot;
  const Practice practice = practice_from_input(input);
  EXPECT_EQ(practice.external_id, "x-1");
  EXPECT_EQ(practice.title, "Otsikko");
  EXPECT_EQ(practice.summary, "Tiivistelmä");
  EXPECT_EQ(practice.keywords, std::vector<std::string>{"kokeilu"});
  EXPECT_EQ(practice.maturity, Maturity::kPilot);
  EXPECT_TRUE(practice.slug.empty());
  EXPECT_TRUE(practice.organisations.empty());
  EXPECT_TRUE(practice.themes.empty());
  EXPECT_FALSE(practice.municipality.has_value());
}

}  // namespace
}  // namespace tori::core
