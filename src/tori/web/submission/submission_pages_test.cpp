// SPDX-License-Identifier: AGPL-3.0-or-later
// The submission workflow through its routes on a real SQLite store: a member writes a draft,
// it survives an expired session, is submitted, the editor requests changes (mail to the
// author), the author fixes it, the editor publishes; who may do what; hostile text inert.
#include "tori/web/submission/submission_pages.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/auth/token.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;

using test_support::kPassword;
constexpr std::string_view kRecovery = "abcdefghjkmn";

class SubmissionPagesTest : public ::testing::Test {
 protected:
  SubmissionPagesTest() {
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    add_practice_routes(router_, site_.services());
    // An organisation exists once a practice names it.
    store::PracticeWrite seed;
    seed.input.external_id = "seed";
    seed.input.title = "Kontiolahden vanha teko";
    seed.input.summary = "Yhteenveto.";
    seed.input.organisations = {"Kontiolahden kunta"};
    seed.input.sections[0] = "Lähtökohta.";
    EXPECT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(seed)));
    organisation_ = site_.store().organisations().find_by_slug("kontiolahden-kunta")->id;
    member_ = account("maija@example.fi", {});
    site_.store().memberships().request(member_, organisation_, "", store::utc_now());
    site_.store().memberships().decide(member_, organisation_, true, {}, store::utc_now());
    editor_ = account("eeva@example.fi", {core::Role::kEditor});
    site_.store().accounts().enable_totp(editor_, "JBSWY3DPEHPK3PXP",
                                         {auth::token_digest(std::string(kRecovery))},
                                         store::utc_now());
  }

  std::int64_t account(const std::string& email, std::vector<core::Role> roles) {
    const auto hash = auth::hash_password(kPassword, auth::PasswordCost::minimum());
    return *site_.store().accounts().create({.email = email,
                                             .name = email.substr(0, email.find('@')),
                                             .password_hash = hash,
                                             .roles = std::move(roles),
                                             .email_verified = true},
                                            std::nullopt, {}, store::utc_now());
  }

  void log_in(TestBrowser& browser, const std::string& email) {
    browser.get("/kirjaudu");
    auto response =
        browser.post("/kirjaudu", {{"email", email}, {"password", std::string(kPassword)}});
    ASSERT_EQ(response.status, 303);
    if (response.headers.get("Location")->starts_with("/kirjaudu/vahvistus")) {
      browser.get("/kirjaudu/vahvistus");
      ASSERT_EQ(browser.post("/kirjaudu/vahvistus", {{"code", std::string(kRecovery)}}).status,
                303);
    }
  }

  static Fields practice_fields(std::string title, std::string action) {
    return {{"title", std::move(title)},
            {"summary", "Kummi jokaiselle uudelle työntekijälle."},
            {"organisation", "kontiolahden-kunta"},
            {"municipality", "Kontiolahti"},
            {"language", "fi"},
            {"themes", "tyohyvinvointi"},
            {"section_background", "Vaihtuvuus oli suurta."},
            {"keywords", "perehdytys, kummi"},
            {"action", std::move(action)}};
  }

  test_support::TestSite site_;
  http::Router router_;
  std::int64_t organisation_ = 0, member_ = 0, editor_ = 0;
};

TEST_F(SubmissionPagesTest, FromDraftToPublishedWithAChangeRequest) {
  TestBrowser author(router_);
  log_in(author, "maija@example.fi");
  const auto form = author.get("/teot/uusi");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Kontiolahden kunta"), std::string::npos);
  const auto saved = author.post("/teot/uusi", practice_fields("Kummit uusille", "save"));
  ASSERT_EQ(saved.status, 303);
  const std::string location(*saved.headers.get("Location"));
  EXPECT_EQ(location, "/teot/kummit-uusille/muokkaa?tallennettu=1");
  const auto draft = site_.store().practices().find_by_slug("kummit-uusille");
  ASSERT_TRUE(draft);
  EXPECT_EQ(draft->state, core::PracticeState::kDraft);
  EXPECT_EQ(draft->municipality->code, "276");
  EXPECT_EQ(site_.store().submissions().author_of(draft->id), member_);
  TestBrowser visitor(router_);
  EXPECT_EQ(visitor.get("/teot/kummit-uusille").status, 404);  // not public yet

  author.get(location);
  ASSERT_EQ(author.post("/teot/kummit-uusille/muokkaa", practice_fields("Kummit uusille", "submit"))
                .status,
            303);
  EXPECT_EQ(site_.store().practices().find_by_slug("kummit-uusille")->state,
            core::PracticeState::kSubmitted);
  EXPECT_EQ(author.get("/teot/kummit-uusille/muokkaa").status, 403);  // with the editors now

  TestBrowser editor(router_, "198.51.100.20");
  log_in(editor, "eeva@example.fi");
  const auto queue = editor.get("/toimitus");
  ASSERT_EQ(queue.status, 200);
  EXPECT_NE(queue.body.find("Kummit uusille"), std::string::npos);
  editor.get("/toimitus/kummit-uusille");
  EXPECT_EQ(editor.post("/toimitus/kummit-uusille", {{"action", "request_changes"}}).status, 422);
  ASSERT_EQ(editor
                .post("/toimitus/kummit-uusille",
                      {{"action", "request_changes"}, {"message", "Lisää tulokset."}})
                .status,
            303);
  const auto mail = test_support::mail_to(site_.store(), "maija@example.fi");
  ASSERT_EQ(mail.size(), 1U);
  EXPECT_NE(test_support::decode_quoted_printable(mail[0]).find("Lisää tulokset."),
            std::string::npos);
  EXPECT_EQ(test_support::link_path(mail[0], "/teot/kummit-uusille/muokkaa"),
            "/teot/kummit-uusille/muokkaa");

  const auto again = author.get("/teot/kummit-uusille/muokkaa");
  ASSERT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("Lisää tulokset."), std::string::npos);
  Fields fixed = practice_fields("Kummit uusille", "submit");
  fixed.emplace_back("section_results", "Vaihtuvuus puolittui.");
  ASSERT_EQ(author.post("/teot/kummit-uusille/muokkaa", fixed).status, 303);
  editor.get("/toimitus/kummit-uusille");
  ASSERT_EQ(editor.post("/toimitus/kummit-uusille", {{"action", "publish"}}).status, 303);
  const auto page = visitor.get("/teot/kummit-uusille");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Vaihtuvuus puolittui."), std::string::npos);
  const auto history = editor.get("/toimitus/kummit-uusille");
  EXPECT_NE(history.body.find("Muutoksia pyydetty"), std::string::npos);
  EXPECT_GE(site_.store().submissions().revisions(draft->id).size(), 5U);
}

TEST_F(SubmissionPagesTest, TheContributorPicksTheCollectingCampaignsSpecialCategories) {
  const auto day = [](int days) {
    return text::format_rfc3339_helsinki(std::chrono::time_point_cast<std::chrono::seconds>(
                                             store::utc_now() + std::chrono::days(days)))
        .substr(0, 10);
  };
  core::CampaignInput campaign;
  campaign.slug = "kerays";
  campaign.name = "Teot kiertoon kerays";
  campaign.year = 2026;
  campaign.collecting_from = day(-10);
  campaign.collecting_until = day(10);
  campaign.gala_date = day(40);
  campaign.categories = {
      {"sote", "Sosiaali- ja terveysala", "", core::CategoryKind::kSector,
       "sosiaali- ja terveysala"},
      {"viestinta", "Vuoden viestintäteko", "Viestintä.", core::CategoryKind::kSpecial},
      {"teknologia", "Vuoden teknologiateko", "", core::CategoryKind::kSpecial}};
  campaign.criteria = {{"vaikuttavuus", "Vaikuttavuus", 100}};
  const std::int64_t campaign_id = site_.store().campaigns().save(campaign, store::utc_now()).id;
  TestBrowser author(router_);
  log_in(author, "maija@example.fi");
  const auto form = author.get("/teot/uusi");
  EXPECT_THAT(form.body, ::testing::HasSubstr("name=\"campaign_category\" value=\"viestinta\">"));
  EXPECT_THAT(form.body, ::testing::Not(::testing::HasSubstr("value=\"sote\">")));
  Fields fields = practice_fields("Viestintäkummit", "save");
  fields.emplace_back("campaign_category", "viestinta");
  fields.emplace_back("campaign_category", "sote");  // not the contributor's to choose: ignored
  ASSERT_EQ(author.post("/teot/uusi", fields).status, 303);
  const auto practice = site_.store().practices().find_by_slug("viestintakummit");
  ASSERT_TRUE(practice);
  EXPECT_EQ(site_.store().campaign_entries().choices_of(campaign_id, practice->id),
            (std::vector<core::EntryChoice>{
                {practice->id, "viestinta", true, core::EntryChooser::kContributor}}));
  EXPECT_THAT(author.get("/teot/viestintakummit/muokkaa").body,
              ::testing::HasSubstr("value=\"viestinta\" checked>"));
  // Unticked on the next save: out of the category.
  ASSERT_EQ(author.post("/teot/viestintakummit/muokkaa", practice_fields("Viestintäkummit", "save"))
                .status,
            303);
  EXPECT_EQ(site_.store().campaign_entries().choices_of(campaign_id, practice->id),
            (std::vector<core::EntryChoice>{
                {practice->id, "viestinta", false, core::EntryChooser::kContributor}}));
}

TEST_F(SubmissionPagesTest, ErrorsKeepTheTextAndADraftNeedsOnlyATitle) {
  TestBrowser author(router_);
  log_in(author, "maija@example.fi");
  author.get("/teot/uusi");
  Fields incomplete = {{"title", ""},
                       {"summary", "<script>alert(1)</script>"},
                       {"organisation", "kontiolahden-kunta"},
                       {"started", "eilen"},
                       {"contact_email", "ei osoite"},
                       {"link_1_url", "javascript:alert(1)"},
                       {"link_1_title", "x"},
                       {"action", "submit"}};
  const auto response = author.post("/teot/uusi", incomplete);
  EXPECT_EQ(response.status, 422);
  for (const char* anchor : {"#practice-title", "#practice-started", "#practice-contact_email",
                             "#practice-link_1_url", "#practice-sections"}) {
    EXPECT_NE(response.body.find(anchor), std::string::npos) << anchor;
  }
  EXPECT_NE(response.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(response.body.find("<script>alert(1)"), std::string::npos);
  const auto draft = author.post(
      "/teot/uusi",
      {{"title", "Vain otsikko"}, {"organisation", "kontiolahden-kunta"}, {"action", "save"}});
  EXPECT_EQ(draft.status, 303);
  EXPECT_TRUE(site_.store().practices().find_by_slug("vain-otsikko"));
}

TEST_F(SubmissionPagesTest, TheFormSurvivesAnExpiredSession) {
  TestBrowser author(router_);
  log_in(author, "maija@example.fi");
  const auto page = author.get("/teot/uusi");
  const auto page_key_at = page.body.find("name=\"draft_key\" value=\"");
  ASSERT_NE(page_key_at, std::string::npos);
  Fields fields = practice_fields("Kesken jäänyt", "save");
  fields.emplace_back("draft_key", page.body.substr(page_key_at + 24, 43));
  const std::string old_csrf = author.csrf();
  // The session ends (idle timeout, another tab logged out …).
  site_.store().accounts().purge_sessions(store::utc_now() + std::chrono::hours(1),
                                          store::utc_now());
  auto expired = author.post("/teot/uusi", fields);
  EXPECT_EQ(expired.status, 401);
  EXPECT_NE(expired.body.find("Kesken jäänyt"), std::string::npos);
  EXPECT_NE(expired.body.find("Vaihtuvuus oli suurta."), std::string::npos);
  const auto key_at = expired.body.find("name=\"draft_key\" value=\"");
  ASSERT_NE(key_at, std::string::npos);
  EXPECT_EQ(expired.body.substr(key_at + 24, 43), fields.back().second);  // kept
  TestBrowser other_tab(router_);
  log_in(other_tab, "maija@example.fi");
  author.set_cookie("tori_session", other_tab.cookie("tori_session"));
  fields.emplace_back("csrf", old_csrf);  // the old session's token no longer matches
  EXPECT_EQ(author.post("/teot/uusi", fields, false).status, 303);
  EXPECT_TRUE(site_.store().practices().find_by_slug("kesken-jaanyt"));
}

TEST_F(SubmissionPagesTest, OnlyMembersAndEditorsWrite) {
  TestBrowser anonymous(router_);
  EXPECT_EQ(anonymous.get("/teot/uusi").status, 303);
  EXPECT_EQ(anonymous.get("/toimitus").status, 303);
  account("pekka@example.fi", {});
  TestBrowser outsider(router_, "198.51.100.30");
  log_in(outsider, "pekka@example.fi");
  const auto no_organisation = outsider.get("/teot/uusi");
  EXPECT_EQ(no_organisation.status, 200);
  EXPECT_NE(no_organisation.body.find("Liity ensin organisaatioon"), std::string::npos);
  EXPECT_EQ(outsider.get("/toimitus").status, 403);
  outsider.get("/omat-tiedot");  // a page with this session's CSRF token
  EXPECT_EQ(outsider.post("/teot/uusi", practice_fields("Vieras", "save")).status, 422);
  TestBrowser author(router_);
  log_in(author, "maija@example.fi");
  author.get("/teot/uusi");
  ASSERT_EQ(author.post("/teot/uusi", practice_fields("Oma teko", "save")).status, 303);
  EXPECT_EQ(outsider.get("/teot/oma-teko/muokkaa").status, 403);
  EXPECT_EQ(outsider.get("/teot/oma-teko/esikatselu").status, 403);
  EXPECT_EQ(author.get("/teot/oma-teko/esikatselu").status, 200);
  EXPECT_EQ(author.get("/toimitus").status, 403);
}

TEST_F(SubmissionPagesTest, AnotherOrganisationSaysItAdoptedAPractice) {
  store::PracticeWrite published;
  published.input.external_id = "published";
  published.input.title = "Julkaistu teko";
  published.input.summary = "Yhteenveto.";
  published.input.organisations = {"Kontiolahden kunta"};
  published.input.sections[0] = "Lähtökohta.";
  published.input.published_at =
      core::TimePoint{std::chrono::sys_days{std::chrono::year{2025} / 5 / 1}};
  ASSERT_TRUE(
      std::holds_alternative<store::WriteResult>(site_.store().practices().save(published)));
  published.input.external_id = "espoo";
  published.input.title = "Espoon teko";
  published.input.organisations = {"Espoon kaupunki"};
  (void)site_.store().practices().save(published);
  const auto espoo = site_.store().organisations().find_by_slug("espoon-kaupunki")->id;
  const auto pekka = account("pekka@example.fi", {});
  site_.store().memberships().request(pekka, espoo, "", store::utc_now());
  site_.store().memberships().decide(pekka, espoo, true, {}, store::utc_now());

  TestBrowser visitor(router_);
  EXPECT_NE(visitor.get("/teot/julkaistu-teko").body.find("Otimme tämän käyttöön"),
            std::string::npos);
  EXPECT_EQ(visitor.get("/teot/julkaistu-teko/kayttoon").status, 303);  // log in first
  TestBrowser own(router_);
  log_in(own, "maija@example.fi");  // Kontiolahti's own member: nothing to adopt
  EXPECT_EQ(own.get("/teot/julkaistu-teko/kayttoon").body.find("name=\"organisation\""),
            std::string::npos);
  TestBrowser other(router_, "198.51.100.50");
  log_in(other, "pekka@example.fi");
  ASSERT_EQ(other.get("/teot/julkaistu-teko/kayttoon").status, 200);
  EXPECT_EQ(other
                .post("/teot/julkaistu-teko/kayttoon",
                      {{"organisation", "kontiolahden-kunta"}, {"note", ""}})
                .status,
            422);
  EXPECT_EQ(other
                .post("/teot/julkaistu-teko/kayttoon",
                      {{"organisation", "espoon-kaupunki"}, {"note", "Käytössä kotihoidossa"}})
                .status,
            303);
  const auto page = visitor.get("/teot/julkaistu-teko");
  EXPECT_NE(page.body.find("Espoon kaupunki: Käytössä kotihoidossa"), std::string::npos);
  EXPECT_EQ(visitor.get("/teot/vain-luonnos/kayttoon").status, 404);
}

}  // namespace
}  // namespace tori::web
