// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' campaign form through the routes on a real SQLite store: only editors get
// in; a valid form creates a campaign (audited, shown at /kampanjat/{slug}); an invalid one is
// shown again (422) with every typed value and the errors beside their inputs, nothing stored;
// a bad CSRF token is refused (403) with the values kept; more rows keep what was typed; an edit
// keeps the slug, the jury's awards and the jurors' account links, and refuses to remove an
// awarded category; the Swedish form renders.
#include <chrono>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/jury_store.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/campaigns/campaign_pages.hpp"
#include "tori/web/test_form_fields.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using test_support::with_field;
using ::testing::HasSubstr;
using ::testing::Not;

class CampaignFormTest : public ::testing::Test {
 protected:
  CampaignFormTest() {
    add_account_routes(router_, site_.services());
    add_campaign_routes(router_, site_.services());
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  // A new campaign as an editor would type it, dates the Finnish way.
  static Fields valid_form() {
    return {{"slug", ""},
            {"name", "Teot kiertoon 2031"},
            {"year", "2031"},
            {"description", "Kampanja kutsuu kertomaan teoista.\r\n\r\nTervetuloa!"},
            {"rules", ""},
            {"collecting_from", "1.3.2031"},
            {"collecting_until", "30.9.2031"},
            {"gala_date", "2031-11-20"},
            {"score_max", "10"},
            {"blind", "1"},
            {"public_vote", "1"},
            {"category0_slug", ""},
            {"category0_name", "Vuoden viestintäteko"},
            {"category0_description", "Viestintä."},
            {"category0_kind", "special"},
            {"category0_sector", ""},
            {"category0_theme", ""},
            {"category0_stored", ""},
            {"category1_slug", ""},
            {"category1_name", ""},
            {"category1_kind", "special"},
            {"criterion0_slug", "vaikuttavuus"},
            {"criterion0_name", "Vaikuttavuus"},
            {"criterion0_weight", "60"},
            {"criterion1_slug", ""},
            {"criterion1_name", ""},
            {"criterion1_weight", ""},
            {"juror0_name", "Maija Meikäläinen"},
            {"juror0_title", "henkilöstöjohtaja"},
            {"juror0_organisation", "Kuopion kaupunki"},
            {"juror0_email", "maija@kuopio.fi"},
            {"action", "save"}};
  }
  // Creates "teot-kiertoon-2031" through the form.
  void create(TestBrowser& editor) {
    editor.get("/toimitus/kampanjat/uusi");
    const auto created = editor.post("/toimitus/kampanjat/uusi", valid_form());
    ASSERT_EQ(created.status, 303) << created.body;
  }
  // A practice with an award in the campaign's communication category, stored as the jury chair
  // leaves it.
  void award(const std::string& campaign_slug) {
    store::PracticeWrite write;
    write.create_terms = true;
    write.input.external_id = "palkittu";
    write.input.title = "Palkittu teko";
    write.input.summary = "Yhteenveto.";
    write.input.organisations = {"Oulun kaupunki"};
    write.input.sectors = {"sosiaali- ja terveysala"};
    write.input.sections[0] = "Lähtökohta.";
    write.input.published_at =
        std::chrono::time_point_cast<std::chrono::seconds>(store::utc_now() - std::chrono::days(2));
    write.input.state = core::PracticeState::kPublished;
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
    core::CampaignInput input = site_.store().campaigns().find_by_slug(campaign_slug)->input;
    input.awards = {{"vuoden-viestintateko", "palkittu", core::AwardLevel::kWinner, "Perustelu."}};
    ASSERT_EQ(site_.store().campaigns().save(input, store::utc_now()).outcome,
              store::CampaignSaveOutcome::kUpdated);
  }
  // Links the campaign's first juror (maija@kuopio.fi) to her account, as accepting the
  // invitation does.
  void link_first_juror(std::int64_t campaign_id) {
    const std::int64_t maija = test_support::add_person(site_.store(), "maija@kuopio.fi");
    const auto later = store::utc_now() + std::chrono::days(7);
    ASSERT_EQ(site_.store().jury().create_invitation(campaign_id, 0, "kutsu", later, {},
                                                     store::utc_now()),
              store::InvitationOutcome::kCreated);
    ASSERT_EQ(site_.store().jury().accept_invitation("kutsu", {maija}, store::utc_now()).outcome,
              store::AcceptOutcome::kAccepted);
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(CampaignFormTest, OnlyEditorsGetIn) {
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get("/toimitus/kampanjat/uusi").status, 303);
  TestBrowser contributor(router_);
  ASSERT_TRUE(test_support::log_in(contributor, "kayttaja@kunta.fi"));
  EXPECT_EQ(contributor.get("/toimitus/kampanjat/uusi").status, 403);
  EXPECT_EQ(contributor.post("/toimitus/kampanjat/uusi", valid_form()).status, 403);
  EXPECT_TRUE(site_.store().campaigns().all().empty());
}

TEST_F(CampaignFormTest, AnEditorCreatesACampaign) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  const auto list = editor.get("/toimitus/kampanjat");
  EXPECT_THAT(list.body, HasSubstr("href=\"/toimitus/kampanjat/uusi\""));
  const auto form = editor.get("/toimitus/kampanjat/uusi");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("<legend>Sarjat</legend>"));
  EXPECT_THAT(form.body, HasSubstr("name=\"category1_slug\""));
  EXPECT_THAT(form.body, Not(HasSubstr("name=\"category2_slug\""))) << "two empty rows";
  const auto created = editor.post("/toimitus/kampanjat/uusi", valid_form());
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.headers.get("Location").value_or(""),
            "/toimitus/kampanjat/teot-kiertoon-2031?ilmoitus=campaign_created");
  const auto campaign = site_.store().campaigns().find_by_slug("teot-kiertoon-2031");
  ASSERT_TRUE(campaign);
  EXPECT_EQ(campaign->input.collecting_until, "2031-09-30");
  EXPECT_EQ(campaign->input.score_max, 10);
  EXPECT_TRUE(campaign->input.blind);
  EXPECT_TRUE(campaign->input.public_vote);
  EXPECT_EQ(campaign->input.description, "Kampanja kutsuu kertomaan teoista.\n\nTervetuloa!");
  ASSERT_EQ(campaign->input.categories.size(), 1U) << "the empty row left out";
  EXPECT_EQ(campaign->input.categories[0].slug, "vuoden-viestintateko");
  EXPECT_EQ(campaign->input.jurors.at(0).email, "maija@kuopio.fi");
  const auto audit = site_.store().audit_log().newest(1, 0);
  ASSERT_EQ(audit.size(), 1U);
  EXPECT_EQ(audit[0].action, "campaign.create");
  EXPECT_EQ(audit[0].object_id, std::to_string(campaign->id));
  EXPECT_THAT(editor.get("/toimitus/kampanjat/teot-kiertoon-2031?ilmoitus=campaign_created").body,
              HasSubstr("Kampanja on luotu."));
  const auto page = editor.get("/kampanjat/teot-kiertoon-2031");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Vuoden viestintäteko"));

  // The same slug again: an error beside the field, nothing stored.
  editor.get("/toimitus/kampanjat/uusi");
  const auto twice = editor.post("/toimitus/kampanjat/uusi",
                                 with_field(valid_form(), "slug", "teot-kiertoon-2031"));
  EXPECT_EQ(twice.status, 422);
  EXPECT_THAT(twice.body, HasSubstr("id=\"campaign-slug-error\""));
  EXPECT_EQ(site_.store().campaigns().all().size(), 1U);
}

TEST_F(CampaignFormTest, AnInvalidFormIsShownAgainWithWhatWasTyped) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/kampanjat/uusi");
  Fields fields = with_field(valid_form(), "name", "");
  fields = with_field(fields, "slug", "oma-kampanja");
  fields = with_field(fields, "collecting_until", "31.9.2031");
  fields = with_field(fields, "category0_kind", "sector");
  fields = with_field(fields, "criterion0_weight", "paljon");
  fields = with_field(fields, "juror0_email", "maija");
  const auto shown = editor.post("/toimitus/kampanjat/uusi", fields);
  ASSERT_EQ(shown.status, 422);
  const std::string& body = shown.body;
  // The summary in form order, each linking to its input.
  const auto name = body.find("href=\"#campaign-name\"");
  const auto until = body.find("href=\"#campaign-collecting_until\"");
  const auto sector = body.find("href=\"#campaign-category0_sector\"");
  const auto weight = body.find("href=\"#campaign-criterion0_weight\"");
  const auto email = body.find("href=\"#campaign-juror0_email\"");
  ASSERT_NE(email, std::string::npos);
  EXPECT_TRUE(name < until && until < sector && sector < weight && weight < email);
  EXPECT_THAT(body, HasSubstr("Valitse toimialan sarjalle toimiala."));
  EXPECT_THAT(body, HasSubstr("aria-describedby=\"campaign-criterion0_weight-hint "
                              "campaign-criterion0_weight-error\" aria-invalid=\"true\""));
  // Every typed value kept.
  EXPECT_THAT(body, HasSubstr("value=\"oma-kampanja\""));
  EXPECT_THAT(body, HasSubstr("value=\"31.9.2031\""));
  EXPECT_THAT(body, HasSubstr("value=\"paljon\""));
  EXPECT_THAT(body, HasSubstr("value=\"maija\""));
  EXPECT_THAT(body, HasSubstr("<option value=\"sector\" selected>"));
  EXPECT_THAT(body, HasSubstr("<option value=\"10\" selected>"));
  EXPECT_THAT(body, HasSubstr("name=\"blind\" type=\"checkbox\" value=\"1\" checked"));
  EXPECT_THAT(body, HasSubstr("name=\"public_vote\" type=\"checkbox\" value=\"1\" checked"));
  EXPECT_THAT(body, HasSubstr("Kampanja kutsuu kertomaan teoista.\n\nTervetuloa!</textarea>"));
  EXPECT_TRUE(site_.store().campaigns().all().empty());
}

TEST_F(CampaignFormTest, ABadCsrfTokenIsRefusedWithTheValuesKept) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/kampanjat/uusi");
  const auto refused = editor.post("/toimitus/kampanjat/uusi", valid_form(), false);
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr("value=\"Teot kiertoon 2031\""));
  EXPECT_THAT(refused.body, HasSubstr("href=\"#campaign-form\""));
  EXPECT_TRUE(site_.store().campaigns().all().empty());
}

TEST_F(CampaignFormTest, MoreRowsKeepWhatWasTyped) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  editor.get("/toimitus/kampanjat/uusi");
  const auto more =
      editor.post("/toimitus/kampanjat/uusi", with_field(valid_form(), "action", "more-rows"));
  ASSERT_EQ(more.status, 200);
  EXPECT_THAT(more.body, HasSubstr("value=\"Vuoden viestintäteko\""));
  EXPECT_THAT(more.body, HasSubstr("name=\"category4_slug\""));  // 2 posted + 3
  EXPECT_THAT(more.body, Not(HasSubstr("name=\"category5_slug\"")));
  EXPECT_THAT(more.body, HasSubstr("name=\"criterion4_slug\""));
  EXPECT_THAT(more.body, HasSubstr("name=\"juror3_name\""));  // 1 posted + 3
  EXPECT_THAT(more.body, Not(HasSubstr("class=\"error-summary\"")));
  EXPECT_TRUE(site_.store().campaigns().all().empty());
}

TEST_F(CampaignFormTest, AnEditKeepsTheSlugTheAwardsAndTheJurorsLinks) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  create(editor);
  award("teot-kiertoon-2031");
  const std::int64_t id = site_.store().campaigns().find_by_slug("teot-kiertoon-2031")->id;
  link_first_juror(id);
  const auto page = editor.get("/toimitus/kampanjat/teot-kiertoon-2031");
  EXPECT_THAT(page.body, HasSubstr("href=\"/toimitus/kampanjat/teot-kiertoon-2031/muokkaa\""));
  const auto form = editor.get("/toimitus/kampanjat/teot-kiertoon-2031/muokkaa");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, Not(HasSubstr("name=\"slug\""))) << "the slug is fixed";
  EXPECT_THAT(form.body, HasSubstr("value=\"30.9.2031\""));
  Fields fields = test_support::form_fields("campaign-form", form.body);
  fields = with_field(fields, "name", "Teot kiertoon 2031 – uusi nimi");
  fields = with_field(fields, "slug", "muu-osoite");  // not on the form: ignored
  fields = with_field(fields, "category1_name", "Vuoden johtamisteko");
  fields = with_field(fields, "category1_kind", "special");
  fields = with_field(fields, "juror0_title", "hallintojohtaja");
  fields = with_field(fields, "juror1_name", "Kalle Räty");
  const auto saved = editor.post("/toimitus/kampanjat/teot-kiertoon-2031/muokkaa", fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location").value_or(""),
            "/toimitus/kampanjat/teot-kiertoon-2031?ilmoitus=campaign_saved");
  const auto campaign = site_.store().campaigns().find_by_slug("teot-kiertoon-2031");
  ASSERT_TRUE(campaign);
  EXPECT_EQ(campaign->input.name, "Teot kiertoon 2031 – uusi nimi");
  EXPECT_EQ(campaign->input.categories.size(), 2U);
  ASSERT_EQ(campaign->input.awards.size(), 1U) << "the jury's award kept";
  EXPECT_EQ(campaign->input.awards[0].justification, "Perustelu.");
  EXPECT_FALSE(site_.store().campaigns().find_by_slug("muu-osoite"));
  const std::vector<store::JurorLink> jurors = site_.store().jury().jurors(id);
  ASSERT_EQ(jurors.size(), 2U);
  EXPECT_EQ(jurors[0].juror.title, "hallintojohtaja");
  EXPECT_TRUE(jurors[0].account_id) << "the juror with the same address stays linked";
  EXPECT_EQ(site_.store().audit_log().newest(1, 0).at(0).action, "campaign.update");

  // The form as shown, saved again: nothing changed.
  const auto again = editor.get("/toimitus/kampanjat/teot-kiertoon-2031/muokkaa");
  const auto unchanged = editor.post("/toimitus/kampanjat/teot-kiertoon-2031/muokkaa",
                                     test_support::form_fields("campaign-form", again.body));
  EXPECT_THAT(unchanged.headers.get("Location").value_or(""), HasSubstr("ilmoitus=unchanged"));
}

TEST_F(CampaignFormTest, RemovingAnAwardedCategoryIsRefused) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  create(editor);
  award("teot-kiertoon-2031");
  const auto form = editor.get("/toimitus/kampanjat/teot-kiertoon-2031/muokkaa");
  Fields fields = test_support::form_fields("campaign-form", form.body);
  for (const std::string part : {"slug", "name", "description"})
    fields = with_field(fields, "category0_" + part, "");
  fields = with_field(fields, "category1_name", "Vuoden johtamisteko");
  const auto refused = editor.post("/toimitus/kampanjat/teot-kiertoon-2031/muokkaa", fields);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("id=\"campaign-category0_slug-error\""));
  EXPECT_THAT(refused.body, HasSubstr("Tässä sarjassa on raadin antamia palkintoja"));
  const auto campaign = site_.store().campaigns().find_by_slug("teot-kiertoon-2031");
  EXPECT_EQ(campaign->input.categories.at(0).slug, "vuoden-viestintateko");
  EXPECT_EQ(campaign->input.awards.size(), 1U);
}

TEST_F(CampaignFormTest, UnknownCampaignsAndOtherLanguages) {
  TestBrowser editor(router_);
  ASSERT_TRUE(test_support::log_in(editor, "toimittaja@tori.fi"));
  EXPECT_EQ(editor.get("/toimitus/kampanjat/ei-ole/muokkaa").status, 404);
  const auto swedish = editor.get("/sv/toimitus/kampanjat/uusi");
  ASSERT_EQ(swedish.status, 200);
  EXPECT_THAT(swedish.body, HasSubstr("<h1>Ny kampanj</h1>"));
  EXPECT_THAT(swedish.body, HasSubstr("<legend>Serie 1</legend>"));
  EXPECT_THAT(swedish.body, HasSubstr("action=\"/sv/toimitus/kampanjat/uusi\""));
  const auto english = editor.get("/en/toimitus/kampanjat/uusi");
  EXPECT_THAT(english.body, Not(HasSubstr("Lägg till rader")));
  EXPECT_THAT(english.body, HasSubstr("Add rows"));
}

}  // namespace
}  // namespace tori::web
