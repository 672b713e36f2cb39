// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' news draft of a campaign's results: Markdown's special characters made
// literal (table-driven), the page (nothing to announce before the jury decides; the embargo
// before the gala; winners first with the justifications) and the Atom entry (well-formed XML
// that Python's parser reads, with its id, dates and escaped content), editors only.
#include "tori/web/campaigns/results_draft.hpp"

#include <cstdlib>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/testing/temp_dir.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(ResultsDraft, MarkdownLiteral) {
  struct Case {
    const char* text;
    const char* literal;
  };
  const Case cases[] = {
      {"Työhyvinvointi", "Työhyvinvointi"},
      {"Loppu. Piste, pilkku - ja viiva.", "Loppu. Piste, pilkku - ja viiva."},
      {"*tähti* ja _viiva_", "\\*tähti\\* ja \\_viiva\\_"},
      {"[linkki](x)", "\\[linkki\\](x)"},
      {"# otsikko", "\\# otsikko"},
      {"1. lista", "1\\. lista"},
      {"2026) luku", "2026\\) luku"},
      {"- kohta", "\\- kohta"},
      {"+ kohta", "\\+ kohta"},
      {"<b>&", "\\<b\\>&"},
      {"a\\b `c`", "a\\\\b \\`c\\`"},
      {"a|b ~c~", "a\\|b \\~c\\~"},
      {"rivi\ntoinen", "rivi toinen"},
      {"", ""},
  };
  for (const Case& c : cases)
    EXPECT_EQ(markdown_literal(c.text), c.literal) << c.text;
}

std::string draft_test_day(int days) {
  const auto when = std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() +
                                                                       std::chrono::days(days));
  return text::format_rfc3339_helsinki(when).substr(0, 10);
}

class ResultsDraftPageTest : public ::testing::Test {
 protected:
  ResultsDraftPageTest() {
    add_account_routes(router_, site_.services());
    add_campaign_routes(router_, site_.services());
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    for (const char* id : {"voittaja", "mainittu"}) {
      store::PracticeWrite write;
      write.create_terms = true;
      write.input.external_id = id;
      write.input.title = std::string{"Teko "} + id;
      write.input.summary = "Yhteenveto.";
      write.input.organisations = {"Oulun kaupunki"};
      write.input.sections[0] = "Lähtökohta.";
      write.input.published_at = std::chrono::time_point_cast<std::chrono::seconds>(
          store::utc_now() - std::chrono::days(40));
      write.input.state = core::PracticeState::kPublished;
      EXPECT_TRUE(
          std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
    }
  }
  void save(int gala, std::vector<core::Award> awards) {
    core::CampaignInput input;
    input.slug = "tulokset";
    input.name = "Teot kiertoon tulokset";
    input.year = 2026;
    input.collecting_from = draft_test_day(-60);
    input.collecting_until = draft_test_day(-20);
    input.gala_date = draft_test_day(gala);
    input.categories = {{"viestinta", "Vuoden viestintäteko", "", core::CategoryKind::kSpecial}};
    input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
    input.awards = std::move(awards);
    ASSERT_TRUE(core::validate_campaign_input(input).empty());
    site_.store().campaigns().save(input, store::utc_now());
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(ResultsDraftPageTest, NothingToAnnounceUntilTheJuryDecides) {
  save(10, {});
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  EXPECT_THAT(editor.get("/toimitus/kampanjat/tulokset").body,
              HasSubstr("href=\"/toimitus/kampanjat/tulokset/tiedote\""));
  const auto page = editor.get("/toimitus/kampanjat/tulokset/tiedote");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Raati ei ole vielä tehnyt päätöksiä"));
  EXPECT_EQ(editor.get("/toimitus/kampanjat/tulokset/tiedote.atom").status, 404);
  EXPECT_EQ(editor.get("/toimitus/kampanjat/ei-ole/tiedote").status, 404);
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get("/toimitus/kampanjat/tulokset/tiedote.atom").status, 303);
}

TEST_F(ResultsDraftPageTest, TheDraftAndItsAtomEntry) {
  save(10, {{"viestinta", "mainittu", core::AwardLevel::kHonourableMention, "Myös <hyvä> & reilu."},
            {"viestinta", "voittaja", core::AwardLevel::kWinner, "Paras *viestintä*."}});
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const std::string before = editor.get("/toimitus/kampanjat/tulokset/tiedote").body;
  EXPECT_THAT(before, HasSubstr("julkaise vasta gaalassa"));
  EXPECT_THAT(before, HasSubstr("Raati palkitsi 2 tekoa"));
  const auto winner = before.find("Teko voittaja");
  const auto mention = before.find("Teko mainittu");
  ASSERT_NE(mention, std::string::npos);
  EXPECT_LT(winner, mention) << "the winner first";
  EXPECT_THAT(before, HasSubstr("\n&gt; Paras \\*viestintä\\*.\n"));  // in the Markdown textarea
  EXPECT_THAT(before, HasSubstr("Myös &lt;hyvä&gt; &amp; reilu."));

  save(-1, {{"viestinta", "voittaja", core::AwardLevel::kWinner, "Paras <viestintä> & muu."}});
  EXPECT_THAT(editor.get("/toimitus/kampanjat/tulokset/tiedote").body,
              Not(HasSubstr("julkaise vasta gaalassa")));
  const auto atom = editor.get("/en/toimitus/kampanjat/tulokset/tiedote.atom");
  ASSERT_EQ(atom.status, 200);
  EXPECT_EQ(atom.headers.get("Content-Type"), "application/atom+xml;type=entry;charset=utf-8");
  EXPECT_THAT(atom.body,
              HasSubstr("<entry xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
  EXPECT_THAT(atom.body, HasSubstr("<id>https://tori.example.fi/en/palkitut#tulokset</id>"));
  EXPECT_THAT(atom.body, HasSubstr("<title>Teot kiertoon tulokset: the winners announced</title>"));
  EXPECT_THAT(atom.body, HasSubstr("Paras &amp;lt;viestintä&amp;gt; &amp;amp; muu."));
  testing::TempDir folder;
  const auto file = folder.path() / "entry.atom";
  std::ofstream(file) << atom.body;
  const std::string check =
      "python3 -c \"import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
      "assert d.documentElement.tagName == 'entry'\" " +
      file.string();
  EXPECT_EQ(std::system(check.c_str()), 0) << atom.body;
}

}  // namespace
}  // namespace tori::web
