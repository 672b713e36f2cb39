// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of validate_site_page: a valid page, a row per rule naming its field, and the limits at
// their edges.
#include "tori/core/site_page.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace tori::core {
namespace {

constexpr std::array<std::string_view, 3> kTestReserved = {"teot", "tietoa", "tietosuoja"};

SitePageInput valid_site_page() {
  SitePageInput input{.slug = "yhteystiedot", .nav_position = 3};
  input.version(text::Language::kFi) = {"Yhteystiedot", "## Ohjelmatoimisto\n\nHelsinki"};
  input.version(text::Language::kEn) = {"Contact", "## Programme office\n\nHelsinki"};
  return input;
}

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> fields;
  for (const FieldError& error : errors)
    fields.push_back(error.field);
  return fields;
}

TEST(SitePageValidate, ValidPageHasNoErrors) {
  EXPECT_EQ(validate_site_page(valid_site_page(), kTestReserved), std::vector<FieldError>{});
  SitePageInput bare{.slug = "ab"};
  bare.versions[0] = {"A", "B"};
  EXPECT_EQ(validate_site_page(bare, kTestReserved), std::vector<FieldError>{});
}

TEST(SitePageValidate, VersionsAreInLanguageOrder) {
  const SitePageInput input = valid_site_page();
  EXPECT_EQ(input.versions[0].title, "Yhteystiedot");
  EXPECT_FALSE(input.versions[1].exists());
  EXPECT_EQ(input.versions[2].title, "Contact");
}

struct SitePageRule {
  const char* name;
  std::function<void(SitePageInput&)> change;
  std::vector<std::string> fields;
};

TEST(SitePageValidate, EachRuleNamesItsField) {
  const std::string long_title(kMaxSitePageTitleLength + 1, 'a');
  const std::string long_slug(kMaxSitePageSlugLength + 1, 'a');
  const std::vector<SitePageRule> rules = {
      {"empty slug", [](SitePageInput& p) { p.slug = ""; }, {"slug"}},
      {"one character", [](SitePageInput& p) { p.slug = "a"; }, {"slug"}},
      {"upper case", [](SitePageInput& p) { p.slug = "Tietoa"; }, {"slug"}},
      {"two segments", [](SitePageInput& p) { p.slug = "a/b"; }, {"slug"}},
      {"double dash", [](SitePageInput& p) { p.slug = "a--b"; }, {"slug"}},
      {"ends with dash", [](SitePageInput& p) { p.slug = "ab-"; }, {"slug"}},
      {"umlaut", [](SitePageInput& p) { p.slug = "hyvä"; }, {"slug"}},
      {"too long", [&](SitePageInput& p) { p.slug = long_slug; }, {"slug"}},
      {"reserved", [](SitePageInput& p) { p.slug = "teot"; }, {"slug"}},
      {"reserved statement", [](SitePageInput& p) { p.slug = "tietosuoja"; }, {"slug"}},
      {"replaceable about", [](SitePageInput& p) { p.slug = "tietoa"; }, {}},
      {"no Finnish title", [](SitePageInput& p) { p.versions[0].title = ""; }, {"fi.title"}},
      {"no Finnish body", [](SitePageInput& p) { p.versions[0].body = ""; }, {"fi.body"}},
      {"title too long", [&](SitePageInput& p) { p.versions[0].title = long_title; }, {"fi.title"}},
      {"title on two lines", [](SitePageInput& p) { p.versions[0].title = "a\nb"; }, {"fi.title"}},
      {"title at its limit",
       [](SitePageInput& p) { p.versions[0].title = std::string(kMaxSitePageTitleLength, 'a'); },
       {}},
      {"body too long",
       [](SitePageInput& p) { p.versions[2].body = std::string(kMaxSitePageBodyLength + 1, 'a'); },
       {"en.body"}},
      {"Swedish title without body",
       [](SitePageInput& p) { p.versions[1].title = "Kontakt"; },
       {"sv.body"}},
      {"English body without title",
       [](SitePageInput& p) { p.versions[2].title = ""; },
       {"en.title"}},
      {"bad UTF-8", [](SitePageInput& p) { p.versions[2].title = "\xff"; }, {"en.title"}},
      {"position 0", [](SitePageInput& p) { p.nav_position = 0; }, {"nav_position"}},
      {"position 1", [](SitePageInput& p) { p.nav_position = 1; }, {}},
      {"position 99", [](SitePageInput& p) { p.nav_position = 99; }, {}},
      {"position 100", [](SitePageInput& p) { p.nav_position = 100; }, {"nav_position"}},
      {"not in navigation", [](SitePageInput& p) { p.nav_position.reset(); }, {}},
  };
  for (const SitePageRule& rule : rules) {
    SitePageInput input = valid_site_page();
    rule.change(input);
    EXPECT_EQ(fields_of(validate_site_page(input, kTestReserved)), rule.fields) << rule.name;
  }
}

TEST(SitePageValidate, OnlyTheAboutPageMayReplaceAFixedPage) {
  EXPECT_TRUE(is_replaceable_page_slug("tietoa"));
  EXPECT_FALSE(is_replaceable_page_slug("tietosuoja"));
  EXPECT_FALSE(is_replaceable_page_slug("saavutettavuus"));
}

}  // namespace
}  // namespace tori::core
