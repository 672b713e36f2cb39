// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' campaign pages through the routes on a real SQLite store: only editors
// get in; the entries' forms show where each entry is; a move into and out of categories is
// saved, audited and shown on the public page; an unknown campaign or entry is 404; a form
// without its CSRF token changes nothing.
#include <chrono>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
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

std::string editor_test_day(int days) {
  const auto when = std::chrono::time_point_cast<std::chrono::seconds>(
      store::utc_now() + std::chrono::days(days));
  return text::format_rfc3339_helsinki(when).substr(0, 10);
}

class CampaignEditorTest : public ::testing::Test {
 protected:
  CampaignEditorTest() {
    add_account_routes(router_, site_.services());
    add_campaign_routes(router_, site_.services());
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
    store::PracticeWrite write;
    write.create_terms = true;
    write.input.external_id = "siirrettava";
    write.input.title = "Siirrettävä teko";
    write.input.summary = "Yhteenveto.";
    write.input.organisations = {"Oulun kaupunki"};
    write.input.sectors = {"sosiaali- ja terveysala"};
    write.input.sections[0] = "Lähtökohta.";
    write.input.published_at = std::chrono::time_point_cast<std::chrono::seconds>(
        store::utc_now() - std::chrono::days(2));
    write.input.state = core::PracticeState::kPublished;
    EXPECT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
    core::CampaignInput input;
    input.slug = "siirrot";
    input.name = "Teot kiertoon siirrot";
    input.year = 2026;
    input.collecting_from = editor_test_day(-20);
    input.collecting_until = editor_test_day(5);
    input.gala_date = editor_test_day(30);
    input.categories = {{"sote", "Sosiaali- ja terveysala", "", core::CategoryKind::kSector,
                         "sosiaali- ja terveysala"},
                        {"viestinta", "Vuoden viestintäteko", "", core::CategoryKind::kSpecial}};
    input.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
    EXPECT_EQ(site_.store().campaigns().save(input, store::utc_now()).outcome,
              store::CampaignSaveOutcome::kCreated);
    slug_ = site_.store().practices().find_by_external_id("siirrettava")->slug;
  }
  test_support::TestSite site_;
  http::Router router_;
  std::string slug_;
};

TEST_F(CampaignEditorTest, OnlyEditorsGetIn) {
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get("/toimitus/kampanjat").status, 303);
  TestBrowser contributor(router_);
  ASSERT_TRUE(test_support::log_in(contributor, "kayttaja@kunta.fi"));
  EXPECT_EQ(contributor.get("/toimitus/kampanjat/siirrot").status, 403);
  EXPECT_EQ(contributor.post("/toimitus/kampanjat/siirrot/teot/" + slug_, {{"category", "viestinta"}})
                .status,
            403);
  EXPECT_TRUE(site_.store().campaign_entries().choices(1).empty());
}

TEST_F(CampaignEditorTest, AnEditorMovesAnEntry) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto list = editor.get("/toimitus/kampanjat");
  EXPECT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("href=\"/toimitus/kampanjat/siirrot\""));
  const auto page = editor.get("/toimitus/kampanjat/siirrot");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("name=\"category\" value=\"sote\" checked>"));
  EXPECT_THAT(page.body, HasSubstr("name=\"category\" value=\"viestinta\">"));

  // Out of its sector's category, into communication.
  const auto moved =
      editor.post("/toimitus/kampanjat/siirrot/teot/" + slug_, {{"category", "viestinta"}});
  EXPECT_EQ(moved.status, 303);
  EXPECT_THAT(moved.headers.get("Location").value_or(""),
              HasSubstr("/toimitus/kampanjat/siirrot?ilmoitus=saved#entry-" + slug_));
  const auto after = editor.get("/toimitus/kampanjat/siirrot?ilmoitus=saved");
  EXPECT_THAT(after.body, HasSubstr("name=\"category\" value=\"sote\">"));
  EXPECT_THAT(after.body, HasSubstr("name=\"category\" value=\"viestinta\" checked>"));
  EXPECT_THAT(after.body, HasSubstr("role=\"status\""));
  const std::vector<store::AuditEntry> audit = site_.store().audit_log().newest(10, 0);
  ASSERT_GE(audit.size(), 2U);
  EXPECT_EQ(audit[0].action, "campaign.entry_move");
  EXPECT_EQ(audit[1].action, "campaign.entry_move");
  EXPECT_THAT(editor.get("/kampanjat/siirrot?sarja=viestinta").body, HasSubstr("Siirrettävä teko"));
  EXPECT_THAT(editor.get("/kampanjat/siirrot?sarja=sote").body, Not(HasSubstr("Siirrettävä teko")));

  // The same again changes nothing.
  const auto again =
      editor.post("/toimitus/kampanjat/siirrot/teot/" + slug_, {{"category", "viestinta"}});
  EXPECT_THAT(again.headers.get("Location").value_or(""), HasSubstr("ilmoitus=unchanged"));
  EXPECT_EQ(site_.store().audit_log().newest(10, 0).size(), audit.size());
}

TEST_F(CampaignEditorTest, RefusalsChangeNothing) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/kampanjat/siirrot");
  EXPECT_EQ(editor.get("/toimitus/kampanjat/ei-ole").status, 404);
  EXPECT_EQ(editor.post("/toimitus/kampanjat/ei-ole/teot/" + slug_, {}).status, 404);
  EXPECT_EQ(editor.post("/toimitus/kampanjat/siirrot/teot/ei-ole", {}).status, 404);
  EXPECT_EQ(editor.post("/toimitus/kampanjat/siirrot/teot/" + slug_, {}, false).status, 403);
  const auto campaign = site_.store().campaigns().find_by_slug("siirrot");
  EXPECT_TRUE(site_.store().campaign_entries().choices(campaign->id).empty());
}

}  // namespace
}  // namespace tori::web
