// SPDX-License-Identifier: AGPL-3.0-or-later
// The authorisation matrix: every route of people's pages × every role (anonymous, a contributor
// of the practice's organisation, a contributor of another, an editor, a juror, an
// administrator, a development network's leader without other roles) → the expected status, from
// one table. A real SQLite store, real sessions
// (staff log in with a second factor), real CSRF tokens.
#include <gtest/gtest.h>

#include <array>
#include <map>

#include "tori/auth/password.hpp"
#include "tori/auth/token.hpp"
#include "tori/core/network.hpp"
#include "tori/web/account/account_pages.hpp"
#include "tori/web/account/test_browser.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/submission/submission_pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using test_support::TestBrowser;

enum Who {
  kAnonymous,
  kOwnContributor,
  kOtherContributor,
  kEditor,
  kJuror,
  kAdmin,
  kLeader,
  kWhoCount
};
constexpr std::array<const char*, kWhoCount> kWhoNames = {"anonymous",
                                                          "contributor of the organisation",
                                                          "contributor of another organisation",
                                                          "editor",
                                                          "juror",
                                                          "admin",
                                                          "network leader"};

struct Row {
  const char* method;
  const char* path;
  std::array<int, kWhoCount> status;  // in the order of Who
  test_support::Fields fields{};      // for POST (the CSRF token is added)
};

// 303 for anonymous visitors means "log in first".
const Row kRows[] = {
    {"GET", "/", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/teot/julkaistu", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/teot/luonnos", {404, 404, 404, 404, 404, 404, 404}},
    {"GET", "/verkostot", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/verkostot/ei-ole", {404, 404, 404, 404, 404, 404, 404}},
    // A network's costs: its leaders (network_costs_pages_test) and editors; a member
    // organisation's people ("matriisi" has Kontiolahden kunta) and others are refused.
    {"GET", "/verkostot/ei-ole/kustannukset", {303, 404, 404, 404, 404, 404, 404}},
    {"GET", "/sv/verkostot/ei-ole/kustannukset.csv", {303, 404, 404, 404, 404, 404, 404}},
    {"GET", "/en/verkostot/ei-ole/kustannukset/muokkaa", {303, 404, 404, 404, 404, 404, 404}},
    // A network's members' area and its forms: members of a member organisation, its leaders and
    // editors; joining: organisations outside it; leaving: a member organisation's administrator.
    {"GET", "/verkostot/matriisi", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/verkostot/matriisi/jasenalue", {303, 200, 403, 200, 403, 403, 200}},
    {"GET", "/en/verkostot/ei-ole/jasenalue", {303, 404, 404, 404, 404, 404, 404}},
    {"GET", "/verkostot/matriisi/liity", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/verkostot/matriisi/kustannukset", {303, 403, 403, 200, 403, 403, 200}},
    {"GET", "/verkostot/matriisi/kustannukset.csv", {303, 403, 403, 200, 403, 403, 200}},
    {"GET", "/verkostot/matriisi/kustannukset/muokkaa", {303, 403, 403, 200, 403, 403, 200}},
    // The network's edit form: the same people as its costs.
    {"GET", "/sv/verkostot/ei-ole/muokkaa", {303, 404, 404, 404, 404, 404, 404}},
    {"GET", "/verkostot/matriisi/muokkaa", {303, 403, 403, 200, 403, 403, 200}},
    {"GET", "/kirjaudu", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/rekisteroidy", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/salasana", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot/tiedot.json", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot/organisaatiot", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot/kaksivaiheinen", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot/sahkoposti", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot/sahkoposti/lahetetty", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/omat-tiedot/sahkoposti/vaihdettu", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/sahkoposti/vahvista/tuntematon", {410, 410, 410, 410, 410, 410, 410}},
    {"GET", "/teot/uusi", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/teot/luonnos/muokkaa", {303, 200, 403, 200, 403, 403, 403}},
    {"GET", "/teot/luonnos/esikatselu", {303, 200, 403, 200, 403, 403, 403}},
    {"GET", "/teot/julkaistu/kayttoon", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/toimitus", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/luonnos", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/jasenyydet", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/sv/toimitus", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/sanastot", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/sv/toimitus/sanastot/themes/innovointi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/organisaatiot", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/en/toimitus/organisaatiot/espoon-kaupunki", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/tapahtumat/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/en/toimitus/tapahtumat/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/kampanjat", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/ohjaukset", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/sv/toimitus/ohjaukset/puuttuvat", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/kampanjat/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/en/toimitus/kampanjat/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/sv/toimitus/kampanjat/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/toimitus/kampanjat/ei-ole/tiedote", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/en/toimitus/kampanjat/ei-ole/tiedote.atom", {303, 403, 403, 404, 403, 403, 403}},
    // The editable pages: public to all; the editors' pages for editors only.
    {"GET", "/ei-ole-sivua", {404, 404, 404, 404, 404, 404, 404}},
    {"GET", "/toimitus/sivut", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/sivut/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/sv/toimitus/sivut/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/toimitus/uutiskirjeet", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/uutiset", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/uutiset/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/sv/toimitus/uutiset/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/toimitus/podcast", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/en/toimitus/podcast/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/podcast/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/toimitus/uutiskirjeet/uusi", {303, 403, 403, 200, 403, 403, 403}},
    {"GET", "/toimitus/uutiskirjeet/ei-ole", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/en/toimitus/uutiskirjeet/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/raati", {303, 403, 403, 403, 200, 403, 403}},
    {"GET", "/en/raati/ei-ole", {303, 403, 403, 403, 404, 403, 403}},
    {"GET", "/raati/ei-ole/teot/julkaistu", {303, 403, 403, 403, 404, 403, 403}},
    {"GET", "/raati/kutsu/tuntematon", {303, 200, 200, 200, 200, 200, 200}},
    {"GET", "/raati/ei-ole/tulokset", {303, 403, 403, 403, 404, 403, 403}},
    {"GET", "/sv/toimitus/kampanjat/ei-ole", {303, 403, 403, 404, 403, 403, 403}},
    {"GET", "/yllapito", {303, 403, 403, 403, 403, 200, 403}},
    {"GET", "/en/yllapito?sivu=2", {303, 403, 403, 403, 403, 200, 403}},
    {"POST",
     "/yllapito/roolit",
     {303, 403, 403, 403, 403, 303, 403},
     {{"email", "tuomari@example.fi"}, {"roles", "juror"}}},
    {"POST", "/toimitus/julkaistu", {303, 403, 403, 409, 403, 403, 403}, {{"action", "publish"}}},
    {"POST",
     "/toimitus/sanastot",
     {303, 403, 403, 303, 403, 403, 403},
     {{"vocabulary", "themes"}, {"label", "Matriisi"}}},
    {"POST",
     "/toimitus/sanastot/themes/innovointi",
     {303, 403, 403, 303, 403, 403, 403},
     {{"action", "hide"}}},
    {"POST",
     "/toimitus/organisaatiot",
     {303, 403, 403, 303, 403, 403, 403},
     {{"name", "Matriisin kunta"}, {"type", "municipality"}}},
    {"POST",
     "/toimitus/organisaatiot/espoon-kaupunki",
     {303, 403, 403, 303, 403, 403, 403},
     {{"action", "edit"}, {"name", "Espoon kaupunki"}, {"type", "other"}}},
    {"POST",
     "/toimitus/ohjaukset",
     {303, 403, 403, 303, 403, 403, 403},
     {{"old_path", "/matriisi/vanha"}, {"target", "/teot"}, {"note", ""}}},
    {"POST", "/toimitus/ohjaukset/999/poista", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST",
     "/en/toimitus/ohjaukset/tuonti",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's post without a file: shown again
     {}},
    {"POST",
     "/toimitus/ohjaukset/puuttuvat/poista",
     {303, 403, 403, 303, 403, 403, 403},
     {{"path", "/matriisi/ei-ole"}}},
    {"POST",
     "/toimitus/tapahtumat/uusi",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's empty form: shown again, nothing stored
     {{"title", ""}}},
    {"POST",
     "/toimitus/kampanjat/uusi",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's empty form: shown again, nothing stored
     {{"name", ""}}},
    {"POST",
     "/toimitus/sivut/uusi",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's empty form: shown again, nothing stored
     {{"slug", ""}}},
    {"POST", "/toimitus/sivut/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST", "/en/toimitus/sivut/ei-ole/poista", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST",
     "/toimitus/uutiskirjeet/uusi",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's empty form: shown again, nothing stored
     {{"slug", ""}}},
    {"POST", "/toimitus/uutiskirjeet/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST",
     "/toimitus/uutiset/uusi",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's empty form: shown again, nothing stored
     {{"slug", ""}}},
    {"POST", "/toimitus/uutiset/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST", "/toimitus/uutiset/ei-ole/poista", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST",
     "/toimitus/podcast/uusi",
     {303, 403, 403, 422, 403, 403, 403},  // an editor's empty form: shown again, nothing stored
     {{"slug", ""}}},
    {"POST", "/sv/toimitus/podcast/ei-ole/muokkaa", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST", "/en/toimitus/podcast/ei-ole/poista", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST", "/toimitus/uutiskirjeet/ei-ole/testi", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST", "/sv/toimitus/uutiskirjeet/ei-ole/laheta", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST", "/toimitus/uutiskirjeet/ei-ole/poista", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST",
     "/toimitus/kampanjat/ei-ole/muokkaa",
     {303, 403, 403, 404, 403, 403, 403},
     {{"name", "Matriisin kampanja"}}},
    {"POST",
     "/toimitus/kampanjat/ei-ole/teot/julkaistu",
     {303, 403, 403, 404, 403, 403, 403},
     {{"category", "viestinta"}}},
    {"POST", "/toimitus/kampanjat/ei-ole/raati/0/kutsu", {303, 403, 403, 404, 403, 403, 403}, {}},
    {"POST",
     "/raati/ei-ole/teot/julkaistu",
     {303, 403, 403, 403, 404, 403, 403},
     {{"action", "save"}, {"score-vaikuttavuus", "3"}}},
    {"POST", "/raati/kutsu/tuntematon", {303, 410, 410, 410, 410, 410, 410}, {}},
    {"POST",
     "/raati/ei-ole/tulokset/sote",
     {303, 403, 403, 403, 404, 403, 403},
     {{"award-1", "winner"}, {"justification-1", "Perustelu."}}},
    {"POST",
     "/toimitus/kampanjat/ei-ole/raati/0/puheenjohtaja",
     {303, 403, 403, 404, 403, 403, 403},
     {}},
    {"POST", "/sahkoposti/vahvista/tuntematon", {410, 410, 410, 410, 410, 410, 410}},
    // The newsletter: anyone subscribes; its links are authenticated by their tokens alone.
    {"GET", "/uutiskirje", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/sv/uutiskirje/kiitos", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/uutiskirje/arkisto", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/en/uutiskirje/arkisto/ei-ole", {404, 404, 404, 404, 404, 404, 404}},
    {"POST", "/uutiskirje", {422, 422, 422, 422, 422, 422, 422}, {{"email", ""}}},
    {"GET", "/uutiskirje/vahvista/tuntematon", {404, 404, 404, 404, 404, 404, 404}},
    {"POST", "/uutiskirje/vahvista/tuntematon", {404, 404, 404, 404, 404, 404, 404}},
    {"GET", "/en/uutiskirje/tilaus/tuntematon", {404, 404, 404, 404, 404, 404, 404}},
    {"POST", "/uutiskirje/tilaus/tuntematon", {404, 404, 404, 404, 404, 404, 404}},
    {"GET", "/uutiskirje/peru/tuntematon", {404, 404, 404, 404, 404, 404, 404}},
    {"POST", "/uutiskirje/peru/tuntematon", {404, 404, 404, 404, 404, 404, 404}},
    // The podcast: public; an unknown (or scheduled) episode is a 404 except to editors.
    {"GET", "/podcast", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/sv/podcast?tyyppi=webinar", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/podcast.rss", {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/en/podcast/ei-ole", {404, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/verkostot/ei-ole/kustannukset/muokkaa",
     {303, 404, 404, 404, 404, 404, 404},
     {{"paid_days", "2"}, {"day_fee", "1400"}}},
    {"POST",
     "/verkostot/matriisi/kustannukset/muokkaa",
     {303, 403, 403, 422, 403, 403, 422},  // an editor's empty form: shown again, nothing stored
     {{"paid_days", ""}, {"day_fee", ""}}},
    {"POST",
     "/verkostot/matriisi/ideataulu",
     {303, 303, 403, 303, 403, 403, 303},
     {{"quadrant", "idea"}, {"text", "Matriisin idea."}}},
    {"POST",
     "/verkostot/matriisi/ideataulu/valita",
     {303, 403, 403, 422, 403, 403, 422},  // a leader's form without items: shown again
     {{"recipients", "Johtoryhmä"}}},
    {"POST",
     "/verkostot/matriisi/tapaamiset/0/muistio",
     {303, 403, 403, 303, 403, 403, 303},
     {{"minutes", "Muistio."}}},
    {"POST",
     "/verkostot/matriisi/tapaamiset/9/muistio",
     {303, 403, 403, 404, 403, 403, 404},
     {{"minutes", "Muistio."}}},
    {"POST",
     "/verkostot/matriisi/liity",
     {303, 403, 303, 403, 403, 403, 403},
     {{"organisation", "espoon-kaupunki"}, {"message", "Haluamme mukaan."}}},
    {"POST",
     "/verkostot/matriisi/eroa",
     {303, 403, 403, 403, 403, 403, 403},  // a member, not the organisation's administrator
     {{"organisation", "kontiolahden-kunta"}}},
    {"POST",
     "/verkostot/matriisi/muokkaa",
     {303, 403, 403, 422, 403, 403, 422},  // a board not offered: shown again, nothing stored
     {{"goals", "Matriisi"}, {"board", "kaikille"}}},
    {"POST",
     "/omat-tiedot/sahkoposti",
     {303, 422, 422, 422, 422, 422, 422},  // the wrong password: refused, nothing sent
     {{"email", "uusi@example.fi"}, {"password", "väärä salasana"}}},
    {"POST",
     "/teot/luonnos/muokkaa",
     {401, 303, 403, 303, 403, 403, 403},
     {{"title", "Luonnos"}, {"organisation", "kontiolahden-kunta"}, {"action", "save"}}},
    {"POST",
     "/omat-tiedot/organisaatiot/paatos",
     {303, 403, 403, 303, 403, 403, 403},  // a member, not the organisation's admin
     {{"account", "1"}, {"organisation", "kontiolahden-kunta"}, {"decision", "approve"}}},
};

class AuthorizationMatrixTest : public ::testing::Test {
 protected:
  AuthorizationMatrixTest() {
    add_page_routes(router_, site_.services());
    add_account_routes(router_, site_.services());
    add_submission_routes(router_, site_.services());
    seed("julkaistu", "Julkaistu", "Kontiolahden kunta", true);
    seed("toinen", "Toinen", "Espoon kaupunki", true);
    const auto own = organisation("kontiolahden-kunta");
    const auto other = organisation("espoon-kaupunki");
    const std::int64_t author = person("oma@example.fi", {}, own);
    person("toinen@example.fi", {}, other);
    person("toimittaja@example.fi", {core::Role::kEditor}, 0);
    person("tuomari@example.fi", {core::Role::kJuror}, 0);
    person("yllapito@example.fi", {core::Role::kAdmin}, 0);
    person("vetaja@example.fi", {}, 0);  // leads "matriisi"
    store::PracticeWrite draft = practice("luonnos", "Luonnos", "Kontiolahden kunta", false);
    (void)site_.store().submissions().save(draft, {author, "Oma", ""}, store::utc_now());
    save_network();
  }

  // "matriisi", a network of Kontiolahden kunta led by someone outside the matrix's roles.
  void save_network() {
    core::NetworkInput network;
    network.slug = "matriisi";
    network.name = "Matriisiverkosto";
    network.period_from = "2025-01-01";
    network.period_until = "2027-12-31";
    network.leaders = {{"Vetäjä", "", "", "vetaja@example.fi"}};
    network.members = {{"Kontiolahden kunta", "", {}}};
    network.meetings = {{"2025-05-16", "Kontiolahti", false, "1. Avaus", ""}};
    network.costs = {.paid_days = 2, .day_fee_cents = 140000, .days = {}};
    ASSERT_TRUE(core::validate_network_input(network).empty());
    ASSERT_EQ(site_.store().networks().save(network, {}, store::utc_now()).outcome,
              store::NetworkSaveOutcome::kCreated);
  }

  void seed(const std::string& id, const std::string& title, const std::string& organisation,
            bool published) {
    (void)site_.store().practices().save(practice(id, title, organisation, published));
  }
  static store::PracticeWrite practice(const std::string& id, const std::string& title,
                                       const std::string& organisation, bool published) {
    store::PracticeWrite write;
    write.input.external_id = id;
    write.input.title = title;
    write.input.summary = "Yhteenveto.";
    write.input.organisations = {organisation};
    write.input.sections[0] = "Lähtökohta.";
    if (published) write.input.published_at = test_support::utc(2025, 5, 1);
    return write;
  }
  std::int64_t organisation(const std::string& slug) {
    return site_.store().organisations().find_by_slug(slug)->id;
  }
  // An account (staff with a second factor, recovery code "abcdefghjkmn"), a member of
  // `organisation_id` when it is not 0.
  std::int64_t person(const std::string& email, std::vector<core::Role> roles,
                      std::int64_t organisation_id) {
    store::AccountStore& accounts = site_.store().accounts();
    const bool staff = !roles.empty();
    const auto id = *accounts.create(
        {.email = email,
         .password_hash = auth::hash_password(kPassword, auth::PasswordCost::minimum()),
         .roles = std::move(roles),
         .email_verified = true},
        std::nullopt, {}, store::utc_now());
    if (staff) {
      accounts.enable_totp(id, "JBSWY3DPEHPK3PXP", {auth::token_digest("abcdefghjkmn")},
                           store::utc_now());
    }
    if (organisation_id != 0) {
      site_.store().memberships().request(id, organisation_id, "", store::utc_now());
      site_.store().memberships().decide(id, organisation_id, true, {}, store::utc_now());
    }
    return id;
  }

  TestBrowser& browser(Who who) {
    static const std::map<Who, std::string> kEmails = {
        {kOwnContributor, "oma@example.fi"}, {kOtherContributor, "toinen@example.fi"},
        {kEditor, "toimittaja@example.fi"},  {kJuror, "tuomari@example.fi"},
        {kAdmin, "yllapito@example.fi"},     {kLeader, "vetaja@example.fi"}};
    auto found = browsers_.find(who);
    if (found != browsers_.end()) return found->second;
    TestBrowser& made =
        browsers_.emplace(who, TestBrowser(router_, "198.51.100." + std::to_string(10 + who)))
            .first->second;
    if (who != kAnonymous) log_in(made, kEmails.at(who));
    return made;
  }
  void log_in(TestBrowser& browser, const std::string& email) {
    browser.get("/kirjaudu");
    const auto response =
        browser.post("/kirjaudu", {{"email", email}, {"password", std::string(kPassword)}});
    ASSERT_EQ(response.status, 303) << email;
    if (response.headers.get("Location")->starts_with("/kirjaudu/vahvistus")) {
      browser.get("/kirjaudu/vahvistus");
      ASSERT_EQ(browser.post("/kirjaudu/vahvistus", {{"code", "abcdefghjkmn"}}).status, 303);
    }
  }

  static constexpr std::string_view kPassword = "pitkä salasana 2026";
  test_support::TestSite site_;
  http::Router router_;
  std::map<Who, TestBrowser> browsers_;
};

TEST_F(AuthorizationMatrixTest, EveryRouteForEveryRole) {
  for (const Row& row : kRows) {
    for (int who = 0; who < kWhoCount; ++who) {
      TestBrowser& visitor = browser(static_cast<Who>(who));
      int status = 0;
      if (std::string_view(row.method) == "GET") {
        status = visitor.get(row.path).status;
      } else {
        visitor.get(who == kAnonymous ? "/kirjaudu" : "/omat-tiedot");  // this session's token
        status = visitor.post(row.path, row.fields).status;
      }
      EXPECT_EQ(status, row.status[who])
          << row.method << " " << row.path << " as " << kWhoNames[who];
    }
  }
}

}  // namespace
}  // namespace tori::web
