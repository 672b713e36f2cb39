// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the editors' pages through the routes on a real SQLite store: only editors get in;
// an editor creates, previews, edits and deletes a page (audited, shown on the site and in the
// navigation); an invalid form comes back 422 with what was typed and the errors beside their
// inputs; reserved words and the site's own addresses are refused as keys, "tietoa" is not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/store.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_form_fields.hpp"
#include "tori/web/test_people.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::Fields;
using test_support::TestBrowser;
using ::testing::HasSubstr;
using ::testing::Not;
using text::Language;

class PageEditorTest : public ::testing::Test {
 protected:
  PageEditorTest() {
    add_account_routes(router_, site_.services());
    add_page_routes(router_, site_.services());
    test_support::add_person(site_.store(), "toimittaja@tori.fi", {core::Role::kEditor}, true);
    test_support::add_person(site_.store(), "kayttaja@kunta.fi");
  }
  static Fields page_form(std::string slug) {
    return {{"slug", std::move(slug)},
            {"fi_title", "Palvelut työpaikoille"},
            {"fi_body", "## Työpajat\r\n\r\nMaksuttomia."},
            {"sv_title", ""},
            {"sv_body", ""},
            {"en_title", "Services"},
            {"en_body", "Free."},
            {"in_nav", "1"},
            {"nav_position", "2"},
            {"action", "save"}};
  }
  int audited(const std::string& action) {
    int count = 0;
    for (const store::AuditEntry& entry : site_.store().audit_log().newest(50, 0))
      count += entry.action == action;
    return count;
  }
  TestBrowser editor() {
    TestBrowser browser(router_);
    EXPECT_TRUE(test_support::log_in(browser, "toimittaja@tori.fi"));
    return browser;
  }
  test_support::TestSite site_;
  http::Router router_;
};

TEST_F(PageEditorTest, VisitorsAndContributorsAreRefused) {
  core::SitePageInput stored{.slug = "palvelut"};
  stored.versions[0] = {"Palvelut", "Teksti."};
  (void)site_.store().pages().save(stored, std::nullopt, store::utc_now());
  TestBrowser visitor(router_);
  for (const char* path :
       {"/toimitus/sivut", "/toimitus/sivut/uusi", "/toimitus/sivut/palvelut/muokkaa"}) {
    EXPECT_EQ(visitor.get(path).status, 303) << path;
  }
  TestBrowser contributor(router_);
  ASSERT_TRUE(test_support::log_in(contributor, "kayttaja@kunta.fi"));
  EXPECT_EQ(contributor.get("/toimitus/sivut").status, 403);
  EXPECT_EQ(contributor.get("/sv/toimitus/sivut/uusi").status, 403);
  EXPECT_EQ(contributor.post("/toimitus/sivut/uusi", page_form("uusi-sivu")).status, 403);
  EXPECT_EQ(contributor.post("/toimitus/sivut/palvelut/muokkaa", page_form("")).status, 403);
  EXPECT_EQ(contributor.post("/toimitus/sivut/palvelut/poista", {}).status, 403);
  EXPECT_EQ(site_.store().pages().list().size(), 1U);
  EXPECT_EQ(site_.store().pages().find("palvelut")->input, stored) << "nothing changed";
}

TEST_F(PageEditorTest, AnEditorCreatesEditsAndDeletesAPage) {
  TestBrowser browser = editor();
  const auto form = browser.get("/toimitus/sivut/uusi");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("<h1>Uusi sivu</h1>"));
  EXPECT_THAT(form.body, HasSubstr("name=\"sv_body\""));
  EXPECT_EQ(form.headers.get("Cache-Control"), "no-store");
  const auto created = browser.post("/toimitus/sivut/uusi", page_form("palvelut"));
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.headers.get("Location"), "/toimitus/sivut?ilmoitus=page_created");
  auto stored = site_.store().pages().find("palvelut");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->input.version(Language::kFi).body, "## Työpajat\n\nMaksuttomia.");
  EXPECT_FALSE(stored->input.version(Language::kSv).exists());
  EXPECT_EQ(stored->input.nav_position, 2);
  EXPECT_EQ(stored->updated_by_name, "toimittaja");
  EXPECT_EQ(audited("page.create"), 1);
  const auto list = browser.get("/toimitus/sivut?ilmoitus=page_created");
  EXPECT_THAT(list.body, HasSubstr("Sivu on luotu."));
  EXPECT_THAT(list.body, HasSubstr("href=\"/toimitus/sivut/palvelut/muokkaa\""));
  EXPECT_THAT(list.body, HasSubstr("<td>fi, en</td>"));
  EXPECT_THAT(browser.get("/").body, HasSubstr("<a href=\"/palvelut\">Palvelut työpaikoille</a>"));

  const std::string edit = "/toimitus/sivut/palvelut/muokkaa";
  const auto editing = browser.get(edit);
  EXPECT_THAT(editing.body, HasSubstr("Maksuttomia.</textarea>"));
  EXPECT_THAT(editing.body, Not(HasSubstr("name=\"slug\""))) << "the key stays";
  Fields fields = test_support::with_field(page_form("muu"), "sv_title", "Tjänster");
  fields = test_support::with_field(fields, "sv_body", "**Avgiftsfria**.");
  const auto preview = browser.post(edit, test_support::with_field(fields, "action", "preview"));
  ASSERT_EQ(preview.status, 200);
  EXPECT_THAT(preview.body, HasSubstr("<strong>Avgiftsfria</strong>"));
  EXPECT_FALSE(site_.store().pages().find("palvelut")->input.version(Language::kSv).exists())
      << "a preview stores nothing";
  const auto saved = browser.post(edit, fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers.get("Location"), "/toimitus/sivut?ilmoitus=page_saved");
  EXPECT_EQ(site_.store().pages().find("palvelut")->input.version(Language::kSv).title, "Tjänster");
  EXPECT_FALSE(site_.store().pages().find("muu"));
  EXPECT_EQ(audited("page.update"), 1);
  EXPECT_THAT(browser.get("/sv/palvelut").body, HasSubstr("<h1>Tjänster</h1>"));

  browser.get(edit);
  const auto deleted = browser.post("/toimitus/sivut/palvelut/poista", {});
  ASSERT_EQ(deleted.status, 303);
  EXPECT_EQ(deleted.headers.get("Location"), "/toimitus/sivut?ilmoitus=page_deleted");
  EXPECT_FALSE(site_.store().pages().find("palvelut"));
  EXPECT_EQ(audited("page.delete"), 1);
  EXPECT_EQ(browser.get("/palvelut").status, 404);
  EXPECT_EQ(browser.get(edit).status, 404);
}

TEST_F(PageEditorTest, AnInvalidFormComesBackWithWhatWasTyped) {
  TestBrowser browser = editor();
  browser.get("/toimitus/sivut/uusi");
  Fields fields = test_support::with_field(page_form("palvelut"), "fi_title", "");
  fields = test_support::with_field(fields, "nav_position", "ensin");
  fields = test_support::with_field(fields, "en_body", "");
  fields = test_support::with_field(fields, "fi_body", "Teksti <tallessa> & \"kaikki\"");
  const auto shown = browser.post("/toimitus/sivut/uusi", fields);
  ASSERT_EQ(shown.status, 422);
  EXPECT_THAT(shown.body, HasSubstr("class=\"error-summary\""));
  EXPECT_THAT(shown.body, HasSubstr("<a href=\"#page-fi_title\">Suomeksi: otsikko puuttuu"));
  EXPECT_THAT(shown.body, HasSubstr("id=\"page-fi_title-error\""));
  EXPECT_THAT(shown.body, HasSubstr("id=\"page-en_body-error\""));
  EXPECT_THAT(shown.body, HasSubstr("id=\"page-nav_position-error\""));
  EXPECT_THAT(shown.body, HasSubstr("Teksti &lt;tallessa&gt; &amp; &quot;kaikki&quot;</textarea>"));
  EXPECT_THAT(shown.body, HasSubstr("value=\"Services\""));
  EXPECT_THAT(shown.body, HasSubstr("value=\"ensin\""));
  EXPECT_THAT(shown.body, HasSubstr("value=\"palvelut\""));
  EXPECT_TRUE(site_.store().pages().list().empty());
  // Without its CSRF token the form is refused and kept.
  const auto forged = browser.post("/toimitus/sivut/uusi", page_form("palvelut"), false);
  EXPECT_EQ(forged.status, 403);
  EXPECT_THAT(forged.body, HasSubstr("value=\"Services\""));
  EXPECT_TRUE(site_.store().pages().list().empty());
}

TEST_F(PageEditorTest, ReservedWordsAndTheSiteAddressesAreRefused) {
  TestBrowser browser = editor();
  browser.get("/toimitus/sivut/uusi");
  struct SlugCase {
    const char* slug;
    const char* message;  // "" when accepted
  };
  const SlugCase cases[] = {
      {"teot", "Sivuston omia osoitteita"},                // reserved
      {"tietosuoja", "Sivuston omia osoitteita"},          // reserved: the fixed statement stays
      {"palkitut", "Osoite on sivuston omassa käytössä"},  // a route of the router
      {"Iso-Kirjain", "Anna osoite"},
      {"tietoa", ""},  // the fixed about page's editable replacement
      {"tietoa", "Tällä osoitteella on jo sivu."},
  };
  for (const SlugCase& c : cases) {
    const auto answer = browser.post("/toimitus/sivut/uusi", page_form(c.slug));
    if (std::string_view(c.message).empty()) {
      EXPECT_EQ(answer.status, 303) << c.slug;
      browser.get("/toimitus/sivut/uusi");
      continue;
    }
    EXPECT_EQ(answer.status, 422) << c.slug;
    EXPECT_THAT(answer.body, HasSubstr("id=\"page-slug-error\"")) << c.slug;
    EXPECT_THAT(answer.body, HasSubstr(c.message)) << c.slug;
  }
  EXPECT_EQ(site_.store().pages().list().size(), 1U);
}

}  // namespace
}  // namespace tori::web
