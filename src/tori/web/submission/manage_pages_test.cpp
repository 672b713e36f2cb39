// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' vocabulary and organisation pages through their routes on a real SQLite store:
// listing, adding, renaming, hiding, merging and editing with post-redirect-get notices, field
// errors with the text kept, CSRF refusal, the audit log, and hidden terms refused on the form.
#include <gtest/gtest.h>

#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

using test_support::has;

std::string location(const http::Response& response) {
  return std::string{response.headers.get("Location").value_or("")};
}

class ManagePagesTest : public ::testing::Test {
 protected:
  ManagePagesTest() {
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    store::Store& store = site_.store();
    organisation_ = test_support::seed_organisation(store, "Kontiolahden kunta");
    (void)test_support::seed_organisation(store, "Kontiolahti");
    test_support::add_person(store, "eeva@example.fi", {core::Role::kEditor}, true);
    maija_ = test_support::add_person(store, "maija@example.fi");
    test_support::approve_membership(store, maija_, organisation_);
    EXPECT_TRUE(test_support::log_in(editor_, "eeva@example.fi"));
  }
  store::Store& store() { return site_.store(); }
  std::optional<store::Term> theme(std::string_view slug) {
    for (store::Term& term : store().vocabularies().all_terms(core::Vocabulary::kTheme))
      if (term.slug == slug) return term;
    return std::nullopt;
  }
  std::vector<std::string> audited_actions() {
    std::vector<std::string> actions;
    for (const store::AuditEntry& entry : store().audit_log().newest(50, 0))
      if (!entry.action.empty()) actions.push_back(entry.action);  // the set-up's approval has none
    return actions;
  }

  test_support::TestSite site_;
  http::Router router_;
  TestBrowser editor_{router_};
  std::int64_t organisation_ = 0, maija_ = 0;
};

TEST_F(ManagePagesTest, VocabulariesListTermsAndAddOne) {
  const auto page = editor_.get("/toimitus/sanastot");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "työhyvinvointi"));
  EXPECT_TRUE(has(page, "href=\"/toimitus/sanastot/themes/tyohyvinvointi\""));
  EXPECT_TRUE(has(page, "Asiakasryhmät"));
  const auto added =
      editor_.post("/toimitus/sanastot", {{"vocabulary", "themes"}, {"label", "Kestävä kehitys"}});
  ASSERT_EQ(added.status, 303);
  EXPECT_EQ(location(added), "/toimitus/sanastot/themes/kestava-kehitys?ilmoitus=added");
  const auto shown = editor_.get(location(added));
  EXPECT_EQ(shown.status, 200);
  EXPECT_TRUE(has(shown, "Termi on lisätty."));
  EXPECT_TRUE(theme("kestava-kehitys").has_value());
  EXPECT_EQ(audited_actions().front(), "term.add");
}

TEST_F(ManagePagesTest, AddErrorsKeepTheTextAndSummarise) {
  editor_.get("/toimitus/sanastot");
  struct Case {
    std::string vocabulary, label, message;
  };
  const Case cases[] = {
      {"themes", "  ", "Kirjoita termin nimi."},
      {"themes", "INNOVOINTI", "Sanastossa on jo termi"},
      {"colours", "Punainen", "Valitse sanasto."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.label);
    const auto page =
        editor_.post("/toimitus/sanastot", {{"vocabulary", c.vocabulary}, {"label", c.label}});
    EXPECT_EQ(page.status, 422);
    EXPECT_TRUE(has(page, "class=\"error-summary\""));
    EXPECT_TRUE(has(page, c.message));
    EXPECT_TRUE(has(page, "value=\"" + c.label + "\""));
  }
  EXPECT_TRUE(audited_actions().empty());
}

TEST_F(ManagePagesTest, ForgedPostsWithoutCsrfAreRefused) {
  editor_.get("/toimitus/sanastot");
  EXPECT_EQ(
      editor_.post("/toimitus/sanastot", {{"vocabulary", "themes"}, {"label", "Uusi termi"}}, false)
          .status,
      403);
  EXPECT_EQ(
      editor_.post("/toimitus/sanastot/themes/innovointi", {{"action", "hide"}}, false).status,
      403);
  EXPECT_EQ(editor_.post("/toimitus/organisaatiot", {{"name", "Uusi Oy"}, {"type", "other"}}, false)
                .status,
            403);
  EXPECT_FALSE(theme("uusi-termi").has_value());
  EXPECT_FALSE(theme("innovointi")->hidden);
  EXPECT_FALSE(store().organisations().find_by_slug("uusi-oy").has_value());
}

TEST_F(ManagePagesTest, TermIsRenamedHiddenAndMerged) {
  const std::string page = "/toimitus/sanastot/themes/innovointi";
  ASSERT_EQ(editor_.get(page).status, 200);
  const auto renamed = editor_.post(page, {{"action", "rename"}, {"label", "Innovaatiot"}});
  ASSERT_EQ(renamed.status, 303);
  EXPECT_EQ(location(renamed), page + "?ilmoitus=renamed");
  EXPECT_EQ(theme("innovointi")->label, "Innovaatiot");
  const auto taken = editor_.post(page, {{"action", "rename"}, {"label", "viestintä"}});
  EXPECT_EQ(taken.status, 422);
  EXPECT_TRUE(has(taken, "value=\"viestintä\""));
  EXPECT_TRUE(has(taken, "href=\"#term-label\""));
  EXPECT_EQ(editor_.post(page, {{"action", "hide"}}).status, 303);
  EXPECT_TRUE(theme("innovointi")->hidden);
  const auto hidden = editor_.get(page);
  EXPECT_TRUE(has(hidden, "value=\"show\""));
  EXPECT_FALSE(has(editor_.get("/toimitus/sanastot"), "piilotettu</strong>") == false);
  const auto bad_merge = editor_.post(page, {{"action", "merge"}, {"into", "hallinto"}});
  EXPECT_EQ(bad_merge.status, 422);  // a sector, not a theme
  EXPECT_TRUE(has(bad_merge, "href=\"#term-into\""));
  const auto merged = editor_.post(page, {{"action", "merge"}, {"into", "osaaminen"}});
  ASSERT_EQ(merged.status, 303);
  EXPECT_EQ(location(merged), "/toimitus/sanastot?ilmoitus=merged");
  EXPECT_FALSE(theme("innovointi").has_value());
  EXPECT_EQ(editor_.get(page).status, 404);
  EXPECT_EQ(editor_.post(page, {{"action", "explode"}}).status, 400);
  const std::vector<std::string> actions = audited_actions();
  EXPECT_EQ(actions, (std::vector<std::string>{"term.merge", "term.hide", "term.rename"}));
}

TEST_F(ManagePagesTest, PagesAnswerInSwedishAndEnglish) {
  for (const auto& [path, text] :
       {std::pair{"/sv/toimitus/sanastot", "Vokabulärer"},
        {"/en/toimitus/sanastot", "Vocabularies"},
        {"/sv/toimitus/organisaatiot", "Organisationer"},
        {"/en/toimitus/organisaatiot/kontiolahden-kunta", "Edit the details"},
        {"/en/toimitus/sanastot/sectors/hallinto", "Merge into another"}}) {
    SCOPED_TRACE(path);
    const auto page = editor_.get(path);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(has(page, text));
  }
}

TEST_F(ManagePagesTest, HiddenTermIsNotOfferedAndAForgedOneIsRefusedOnTheForm) {
  // Maija's draft already has the theme the editors then hide.
  store::PracticeWrite draft;
  draft.input.external_id = "tori-vihrea";
  draft.input.state = core::PracticeState::kDraft;
  draft.input.title = "Vihreä keittiö";
  draft.input.summary = "Yhteenveto.";
  draft.input.organisations = {"Kontiolahden kunta"};
  draft.input.themes = {"ympäristö"};
  ASSERT_TRUE(std::holds_alternative<store::WriteResult>(
      store().submissions().save(draft, {maija_, "Maija", ""}, store::utc_now())));
  ASSERT_EQ(store().vocabularies().set_term_hidden(core::Vocabulary::kTheme, "ymparisto", true, {},
                                                   store::utc_now()),
            store::AdminOutcome::kDone);
  TestBrowser maija{router_};
  ASSERT_TRUE(test_support::log_in(maija, "maija@example.fi"));
  const auto form = maija.get("/teot/uusi");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form, "value=\"tyohyvinvointi\""));
  EXPECT_FALSE(has(form, "value=\"ymparisto\""));
  const auto refused = maija.post("/teot/uusi", {{"title", "Vihreä toimisto"},
                                                 {"organisation", "kontiolahden-kunta"},
                                                 {"themes", "ymparisto"},
                                                 {"action", "save"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused, "Valitse vain listalla olevia vaihtoehtoja."));
  EXPECT_TRUE(has(refused, "value=\"Vihreä toimisto\""));
  // The draft that has it shows it checked and keeps it when saved again.
  const auto edit = maija.get("/teot/vihrea-keittio/muokkaa");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(has(edit, "value=\"ymparisto\" checked"));
  const auto saved =
      maija.post("/teot/vihrea-keittio/muokkaa", {{"title", "Vihreä keittiö"},
                                                  {"summary", "Yhteenveto."},
                                                  {"organisation", "kontiolahden-kunta"},
                                                  {"themes", "ymparisto"},
                                                  {"action", "save"}});
  EXPECT_EQ(saved.status, 303);
  const auto stored = store().practices().find_by_external_id("tori-vihrea");
  ASSERT_EQ(stored->themes.size(), 1u);
  EXPECT_EQ(stored->themes[0].slug, "ymparisto");
}

TEST_F(ManagePagesTest, OrganisationsAreCreatedEditedAndMerged) {
  ASSERT_EQ(editor_.get("/toimitus/organisaatiot").status, 200);
  const auto invalid = editor_.post(
      "/toimitus/organisaatiot",
      {{"name", "Joensuun kaupunki"}, {"type", "kingdom"}, {"municipality", "Atlantis"}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(has(invalid, "href=\"#organisation-type\""));
  EXPECT_TRUE(has(invalid, "href=\"#organisation-municipality\""));
  EXPECT_TRUE(has(invalid, "value=\"Atlantis\""));
  const auto created =
      editor_.post("/toimitus/organisaatiot",
                   {{"name", "Joensuun kaupunki"}, {"type", "city"}, {"municipality", "Joensuu"}});
  ASSERT_EQ(created.status, 303);
  EXPECT_EQ(location(created), "/toimitus/organisaatiot/joensuun-kaupunki?ilmoitus=created");
  const auto joensuu = store().organisations().find_by_slug("joensuun-kaupunki");
  ASSERT_TRUE(joensuu.has_value());
  EXPECT_EQ(joensuu->municipality->code, "167");
  const auto duplicate =
      editor_.post("/toimitus/organisaatiot", {{"name", "JOENSUUN KAUPUNKI"}, {"type", "city"}});
  EXPECT_EQ(duplicate.status, 422);
  EXPECT_TRUE(has(duplicate, "Organisaatio tällä nimellä on jo olemassa."));
  const std::string page = "/toimitus/organisaatiot/joensuun-kaupunki";
  const auto edited = editor_.post(page, {{"action", "edit"},
                                          {"name", "Joensuun kaupunki (JNS)"},
                                          {"type", "city"},
                                          {"municipality", "167"}});
  ASSERT_EQ(edited.status, 303);
  EXPECT_EQ(location(edited), page + "?ilmoitus=saved");
  EXPECT_EQ(store().organisations().find_by_slug("joensuun-kaupunki")->name,
            "Joensuun kaupunki (JNS)");
  // The duplicate "Kontiolahti" merges into "Kontiolahden kunta".
  const auto merged = editor_.post("/toimitus/organisaatiot/kontiolahti",
                                   {{"action", "merge"}, {"into", "kontiolahden-kunta"}});
  ASSERT_EQ(merged.status, 303);
  EXPECT_FALSE(store().organisations().find_by_slug("kontiolahti").has_value());
  EXPECT_EQ(store().practices().find_by_external_id("seed-Kontiolahti")->organisations.at(0).slug,
            "kontiolahden-kunta");
  const auto into_itself = editor_.post("/toimitus/organisaatiot/kontiolahden-kunta",
                                        {{"action", "merge"}, {"into", "kontiolahden-kunta"}});
  EXPECT_EQ(into_itself.status, 422);
  EXPECT_EQ(audited_actions(), (std::vector<std::string>{"organisation.merge", "organisation.edit",
                                                         "organisation.create"}));
}

TEST_F(ManagePagesTest, QueueLinksToTheManagementPages) {
  const auto queue = editor_.get("/toimitus");
  ASSERT_EQ(queue.status, 200);
  EXPECT_TRUE(has(queue, "href=\"/toimitus/sanastot\""));
  EXPECT_TRUE(has(queue, "href=\"/toimitus/organisaatiot\""));
}

}  // namespace
}  // namespace tori::web
