// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the practice list (/teot) and practice pages over a seeded temporary store: counts,
// filters, 400 and 404, pagination, the empty state, sections, hostile text, hidden addresses.
#include "tori/web/practice_pages.hpp"

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "tori/http/router.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using test_support::utc;

// A published practice with one organisation, a theme and a section.
store::PracticeWrite make_write(const std::string& id, const std::string& title) {
  store::PracticeWrite write;
  write.create_terms = true;
  core::PracticeInput& input = write.input;
  input.external_id = id;
  input.title = title;
  input.summary = "Yhteenveto " + title + ".";
  input.organisations = {"Kontiolahden kunta"};
  input.themes = {"työhyvinvointi"};
  input.sections[0] = "Lähtökohta.";
  input.published_at = utc(2021, 9, 15);
  input.state = core::PracticeState::kPublished;
  return write;
}

// The text of the page's JSON-LD block ("" when there is none).
std::string json_ld_of(const std::string& html) {
  const std::string open = "<script type=\"application/ld+json\">";
  const std::size_t start = html.find(open);
  if (start == std::string::npos) return "";
  const std::size_t end = html.find("</script>", start);
  return html.substr(start + open.size(), end - start - open.size());
}

class PracticePagesTest : public ::testing::Test {
 protected:
  void seed(const std::vector<store::PracticeWrite>& writes) {
    for (const store::SaveResult& result : site_.services().store.practices().save_many(writes)) {
      if (const auto* error = std::get_if<store::WriteError>(&result)) {
        ADD_FAILURE() << "save refused: " << error->field << ": " << error->message;
      }
    }
  }
  // Three published practices (two themes, two places, two years) and one draft.
  void seed_basic() {
    std::vector<store::PracticeWrite> writes;
    writes.push_back(make_write("a", "Aamupalaveri"));
    writes.push_back(make_write("b", "Etätyön pelisäännöt"));
    writes[1].input.themes = {"etä- ja hybridityö"};
    writes[1].input.published_at = utc(2023, 3, 1);
    writes[1].municipality = core::MunicipalityRef{"837", "Tampere"};
    writes[1].region = core::Named{"pirkanmaa", "Pirkanmaa"};
    writes.push_back(make_write("c", "Kiertävä kahvi"));
    writes.push_back(make_write("d", "Luonnosteko"));
    writes[3].input.state = core::PracticeState::kDraft;
    writes[3].input.published_at.reset();
    seed(writes);
  }
  http::Response list(const std::string& target, Language language = Language::kFi) {
    http::Request request = test_support::get_request(localised_path(language, "/teot"));
    const std::size_t mark = target.find('?');
    if (mark != std::string::npos) request.query = target.substr(mark + 1);
    request.target = request.path + (mark == std::string::npos ? "" : target.substr(mark));
    return practice_list_page(request, site_.services(), language);
  }
  http::Response detail(const std::string& slug, Language language = Language::kFi) {
    http::Request request = test_support::get_request(localised_path(language, "/teot/" + slug));
    request.path_params = {{"slug", slug}};
    return practice_page(request, site_.services(), language);
  }
  std::string slug_of(const std::string& external_id) {
    return site_.services().store.practices().find_by_external_id(external_id)->slug;
  }
  std::string theme_of(const std::string& external_id) {
    return site_.services().store.practices().find_by_external_id(external_id)->themes.at(0).slug;
  }

  test_support::TestSite site_;
};

TEST_F(PracticePagesTest, ListShowsPublishedPracticesWithCounts) {
  seed_basic();
  const http::Response response = list("/teot");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("role=\"status\">3 tekoa</p>"));
  EXPECT_THAT(response.body, HasSubstr("Aamupalaveri"));
  EXPECT_THAT(response.body, HasSubstr("href=\"/teot/" + slug_of("b") + "\""));
  EXPECT_THAT(response.body, Not(HasSubstr("Luonnosteko")));
  EXPECT_THAT(response.body, HasSubstr("1.3.2023"));            // Finnish date
  EXPECT_THAT(response.body, HasSubstr("Tampere, Pirkanmaa"));  // place
  // The theme facet: two practices have työhyvinvointi, one the other theme.
  EXPECT_THAT(response.body, HasSubstr("value=\"" + theme_of("a") + "\"> <label"));
  EXPECT_THAT(response.body, HasSubstr("(2)</span>"));
  EXPECT_THAT(response.body, HasSubstr("<legend>Teema</legend>"));
  EXPECT_THAT(response.body, HasSubstr("<details>"));  // organisations are a disclosure
}

TEST_F(PracticePagesTest, EveryLanguageHasTheList) {
  seed_basic();
  const struct {
    Language language;
    std::string count;
  } cases[] = {
      {Language::kFi, "3 tekoa"}, {Language::kSv, "3 insatser"}, {Language::kEn, "3 practices"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.count);
    const http::Response response = list("/teot", c.language);
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, HasSubstr(c.count));
    EXPECT_THAT(response.body, HasSubstr("action=\"" + localised_path(c.language, "/teot") + "\""));
  }
}

TEST_F(PracticePagesTest, SwedishAndEnglishListsNameTermsAndPlacesInTheirLanguage) {
  seed_basic();
  const std::string sv = list("/teot", Language::kSv).body;
  EXPECT_THAT(sv, HasSubstr("Tammerfors, Birkaland"));  // the card's place
  EXPECT_THAT(sv, HasSubstr(">arbetshälsa <span"));     // theme options
  EXPECT_THAT(sv, HasSubstr(">distans- och hybridarbete <span"));
  EXPECT_THAT(sv, HasSubstr(">Birkaland <span"));   // region option
  EXPECT_THAT(sv, HasSubstr(">Tammerfors <span"));  // municipality option
  EXPECT_THAT(sv, Not(HasSubstr("työhyvinvointi")));
  // Options sorted by the shown label: "arbetshälsa" before "distans…", unlike in Finnish.
  EXPECT_LT(sv.find("value=\"tyohyvinvointi\""), sv.find("value=\"eta-ja-hybridityo\""));
  const std::string fi = list("/teot").body;
  EXPECT_GT(fi.find("value=\"tyohyvinvointi\""), fi.find("value=\"eta-ja-hybridityo\""));
  const std::string en = list("/teot?theme=eta-ja-hybridityo", Language::kEn).body;
  EXPECT_THAT(en, HasSubstr(">remote and hybrid work <span"));
  EXPECT_THAT(en, HasSubstr("Remove filter Theme: remote and hybrid work"));
  EXPECT_THAT(en, HasSubstr("Tampere, Pirkanmaa"));  // English uses the Finnish place names
}

TEST_F(PracticePagesTest, FiltersNarrowAndRepeatedValuesAreOr) {
  seed_basic();
  const std::string other = theme_of("b");
  http::Response response = list("/teot?theme=" + other);
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr(">1 teko</p>"));
  EXPECT_THAT(response.body, HasSubstr("Etätyön pelisäännöt"));
  EXPECT_THAT(response.body, Not(HasSubstr("Aamupalaveri")));
  EXPECT_THAT(response.body, HasSubstr("value=\"" + other + "\" checked>"));
  response = list("/teot?theme=" + other + "&theme=" + theme_of("a"));
  EXPECT_THAT(response.body, HasSubstr(">3 tekoa</p>"));
  response = list("/teot?year=2021&municipality=837");
  EXPECT_THAT(response.body, HasSubstr(">0 tekoa</p>"));
}

TEST_F(PracticePagesTest, UnknownOrMalformedParametersAre400) {
  seed_basic();
  for (const std::string target :
       {"/teot?theme=ei-ole", "/teot?organisation=x", "/teot?maturity=ripe", "/teot?year=180",
        "/teot?year=abcd", "/teot?sort=random", "/teot?page=0", "/teot?page=abc",
        "/teot?municipality=999", "/teot?region=ei-ole", "/teot?sector=ei-ole", "/teot?theme="}) {
    SCOPED_TRACE(target);
    EXPECT_EQ(list(target).status, 400);
  }
  EXPECT_EQ(list("/teot?page=2").status, 404);  // past the last page
}

TEST_F(PracticePagesTest, RealValuesWithNothingPublishedAreEmptyResultsNot400) {
  seed_basic();
  // A region, a municipality, a year and a default term that no published practice has.
  for (const std::string target :
       {"/teot?region=lappi", "/teot?municipality=091", "/teot?year=1800",
        "/teot?client_group=lapset-ja-nuoret", "/teot?maturity=idea"}) {
    SCOPED_TRACE(target);
    const http::Response response = list(target);
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, HasSubstr(">0 tekoa</p>"));
    EXPECT_THAT(response.body, HasSubstr("checked>"));  // the choice stays in the form
  }
  EXPECT_THAT(list("/teot?region=lappi").body, HasSubstr("Poista rajaus Maakunta: Lappi"));
  EXPECT_THAT(list("/teot?region=lappi", Language::kSv).body, HasSubstr(": Lappland"));
}

TEST_F(PracticePagesTest, PaginationKeepsTheFilters) {
  std::vector<store::PracticeWrite> writes;
  for (int i = 0; i < 25; ++i)
    writes.push_back(make_write("p" + std::to_string(i), "Teko " + std::to_string(i)));
  seed(writes);
  const std::string theme = theme_of("p0");
  http::Response first = list("/teot?theme=" + theme + "&sort=title");
  EXPECT_THAT(first.body, HasSubstr(">25 tekoa</p>"));
  EXPECT_THAT(first.body, HasSubstr("rel=\"next\" href=\"/teot?theme=" + theme +
                                    "&amp;sort=title&amp;page=2\""));
  EXPECT_THAT(first.body, Not(HasSubstr("rel=\"prev\"")));
  http::Response second = list("/teot?theme=" + theme + "&sort=title&page=2");
  EXPECT_EQ(second.status, 200);
  EXPECT_THAT(second.body,
              HasSubstr("rel=\"prev\" href=\"/teot?theme=" + theme + "&amp;sort=title\""));
  EXPECT_THAT(second.body, Not(HasSubstr("rel=\"next\"")));
  EXPECT_THAT(second.body, HasSubstr("Sivu 2 / 2"));
  EXPECT_THAT(second.body, HasSubstr("noindex"));
}

TEST_F(PracticePagesTest, EmptyResultLinksToLooserFilters) {
  seed_basic();
  const http::Response response = list("/teot?year=2021&region=pirkanmaa");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("Näillä rajauksilla ei löytynyt"));
  EXPECT_THAT(response.body,
              HasSubstr("href=\"/teot?region=pirkanmaa\">Poista rajaus Julkaisuvuosi: 2021"));
  EXPECT_THAT(response.body,
              HasSubstr("href=\"/teot?year=2021\">Poista rajaus Maakunta: Pirkanmaa"));
  // The selected options stay in the form even with nothing to show.
  EXPECT_THAT(response.body, HasSubstr("value=\"pirkanmaa\" checked>"));
}

TEST_F(PracticePagesTest, EmptySiteSaysNothingIsPublished) {
  const http::Response response = list("/teot");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("Tekoja ei ole vielä julkaistu."));
}

TEST_F(PracticePagesTest, DetailShowsEverySectionAndItsFacts) {
  store::PracticeWrite write = make_write("full", "Täysi teko");
  for (std::size_t i = 0; i < core::kSections.size(); ++i) {
    write.input.sections[i] =
        "# Otsikko " + std::to_string(i) + "\n\nTeksti *" + std::to_string(i) + "*.";
  }
  write.input.maturity = core::Maturity::kPilot;
  write.input.started = "2020-03";
  write.input.keywords = {"aamukahvi"};
  write.input.links = {{"Raportti", "https://example.fi/raportti"}};
  write.municipality = core::MunicipalityRef{"276", "Kontiolahti"};
  seed({write});
  const std::string slug = slug_of("full");
  const http::Response response = detail(slug);
  EXPECT_EQ(response.status, 200);
  const std::string& html = response.body;
  EXPECT_THAT(html, HasSubstr("<h1>Täysi teko</h1>"));
  for (const char* heading :
       {"Lähtötilanne ja tarve", "Mitä tehtiin", "Miten ja kenen kanssa", "Mitä se vaati",
        "Tulokset ja niiden mittaaminen", "Miten hyödyntää muualla", "Opit ja haasteet"}) {
    EXPECT_THAT(html, HasSubstr(std::string(">") + heading + "</h2>"));
  }
  EXPECT_THAT(html, HasSubstr("<h3>Otsikko 6</h3>"));
  EXPECT_THAT(html, HasSubstr("<em>6</em>"));
  EXPECT_THAT(html, HasSubstr("Kokeilu"));
  EXPECT_THAT(html, HasSubstr("3/2020"));
  EXPECT_THAT(html, HasSubstr("15.9.2021"));
  EXPECT_THAT(html, HasSubstr("Kontiolahti"));
  EXPECT_THAT(html, HasSubstr("aamukahvi"));
  EXPECT_THAT(html, HasSubstr("href=\"https://example.fi/raportti\" rel=\"noopener nofollow\""));
  EXPECT_THAT(html, HasSubstr("href=\"/teot?theme=" + theme_of("full") + "\""));
  const std::string url = "https://tori.example.fi/teot/" + slug;
  EXPECT_THAT(html, HasSubstr("<link rel=\"canonical\" href=\"" + url + "\">"));
  EXPECT_THAT(html, HasSubstr("<meta property=\"og:url\" content=\"" + url + "\">"));
  EXPECT_THAT(html, HasSubstr("<meta name=\"twitter:card\" content=\"summary\">"));
  EXPECT_THAT(html, HasSubstr("https://www.linkedin.com/sharing/share-offsite/?url="));
  EXPECT_THAT(html, HasSubstr("href=\"mailto:?subject=T%C3%A4ysi%20teko&amp;body=https%3A%2F%2F"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_EQ(detail(slug, Language::kSv).status, 200);
  EXPECT_THAT(detail(slug, Language::kEn).body, HasSubstr(">What was done</h2>"));
}

TEST_F(PracticePagesTest, DetailTagsPlaceAndJsonLdFollowThePageLanguage) {
  store::PracticeWrite write = make_write("sv", "Teko");
  write.municipality = core::MunicipalityRef{"837", "Tampere"};
  write.region = core::Named{"pirkanmaa", "Pirkanmaa"};
  seed({write});
  const std::string html = detail(slug_of("sv"), Language::kSv).body;
  EXPECT_THAT(html, HasSubstr("<dd>Tammerfors</dd>"));
  EXPECT_THAT(html, HasSubstr("<dd>Birkaland</dd>"));
  EXPECT_THAT(html, HasSubstr("href=\"/sv/teot?theme=tyohyvinvointi\">arbetshälsa</a>"));
  const boost::json::value ld = boost::json::parse(json_ld_of(html));
  EXPECT_EQ(ld.at("@type"), "Article");
  EXPECT_EQ(ld.at("inLanguage"), "fi");  // the practice's own text is Finnish
  EXPECT_EQ(ld.at("contentLocation").at("name"), "Tammerfors, Birkaland");
  EXPECT_EQ(ld.at("about").at(0).at("name"), "arbetshälsa");
  EXPECT_EQ(ld.at("author").at(0).at("name"), "Kontiolahden kunta");
  EXPECT_EQ(ld.at("url").as_string(), "https://tori.example.fi/sv/teot/" + slug_of("sv"));
}

TEST_F(PracticePagesTest, CopyLinkWorksWithoutScriptAndLoadsItsScriptFromTheSite) {
  seed_basic();
  const std::string url = "https://tori.example.fi/teot/" + slug_of("a");
  const std::string html = detail(slug_of("a")).body;
  // Without JavaScript: the address in a labelled read-only field.
  EXPECT_THAT(html, HasSubstr("<label for=\"copy-link-url\">Sivun osoite</label>"));
  EXPECT_THAT(
      html, HasSubstr("id=\"copy-link-url\" class=\"copy-link__url\" type=\"url\" value=\"" + url +
                      "\" readonly>"));
  // The button waits hidden for the script; the live region is there from the start.
  EXPECT_THAT(html, HasSubstr("data-copied=\"Linkki kopioitu\" hidden>Kopioi linkki</button>"));
  EXPECT_THAT(html, HasSubstr("<p id=\"copy-link-status\" class=\"copy-link__status\" "
                              "role=\"status\"></p>"));
  EXPECT_THAT(html, HasSubstr("<script src=\"/static/js/copy-link.js\" defer></script>"));
  // Only that script, the newsletter pop-up's and the JSON-LD data block: nothing inline runs
  // (CSP script-src 'self').
  const std::regex script("<script([^>]*)>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), script);
       it != std::sregex_iterator(); ++it) {
    const std::string attributes = (*it)[1];
    EXPECT_TRUE(attributes == " src=\"/static/js/copy-link.js\" defer" ||
                attributes == " src=\"/static/js/newsletter-popup.js\" defer" ||
                attributes == " type=\"application/ld+json\"")
        << attributes;
  }
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(\son[a-z]+=)")));
  // The address printed at the end (print.css shows it).
  EXPECT_THAT(html, HasSubstr("<p class=\"practice__print-address\">Osoite: " + url + "</p>"));
  EXPECT_THAT(detail(slug_of("a"), Language::kSv).body,
              HasSubstr("data-copied=\"Länken har kopierats\""));
}

TEST_F(PracticePagesTest, HostileTextIsInert) {
  store::PracticeWrite write = make_write("evil", "<script>alert(1)</script> \"quoted\"");
  write.input.summary = "x\" onerror=\"alert(1) </textarea><img src=x onerror=alert(1)>";
  write.input.sections[1] = "[x](javascript:alert(1)) <script>alert(2)</script> </textarea>";
  write.input.keywords = {"<b onmouseover=alert(1)>"};
  write.input.links = {{"bad", "javascript:alert(1)"}};
  seed({write});
  const std::string slug = slug_of("evil");
  EXPECT_THAT(detail(slug).body, HasSubstr("x&quot; onerror=&quot;alert(1) &lt;/textarea&gt;"));
  // The JSON-LD block keeps the text exactly, with nothing that could end or leave the block.
  const std::string ld = json_ld_of(detail(slug).body);
  EXPECT_EQ(ld.find_first_of("<>&@"), std::string::npos) << ld;
  EXPECT_EQ(boost::json::parse(ld).at("headline"), "<script>alert(1)</script> \"quoted\"");
  for (const http::Response& response : {detail(slug), list("/teot")}) {
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, Not(HasSubstr("<script>")));
    EXPECT_THAT(response.body, Not(HasSubstr("alert(1)</script")));
    EXPECT_THAT(response.body, Not(HasSubstr("</textarea>")));
    EXPECT_THAT(response.body, Not(HasSubstr("javascript:")));
    EXPECT_THAT(response.body, Not(HasSubstr("<img")));
    EXPECT_THAT(response.body, Not(HasSubstr("<b ")));
    // No tag gets an event attribute: skip each real attribute (quoted value), then look.
    EXPECT_FALSE(std::regex_search(response.body,
                                   std::regex(R"(<[a-z]+(\s+[a-z:-]+(="[^"]*")?)*\s+on[a-z]+=)")));
    EXPECT_THAT(response.body, Not(HasSubstr("\" onerror")));
  }
}

TEST_F(PracticePagesTest, NoEmailAddressInTheDetailHtml) {
  store::PracticeWrite write = make_write("mail", "Yhteystiedot");
  write.input.contact = {"Etu Suku", "kehittäjä", "etu.suku@kunta.fi", "040 123"};
  write.input.sections[2] =
      "Kysy: <toinen@kunta.fi> tai [meili](mailto:kolmas@kunta.fi) tai neljas@kunta.fi";
  write.input.links = {{"posti", "mailto:viides@kunta.fi"}};
  seed({write});
  std::string html = detail(slug_of("mail")).body;
  EXPECT_THAT(html, HasSubstr("etu.suku[a]kunta.fi"));
  // The frame's own programme address is a mailto link by design (DESIGN §7); nothing else.
  const std::string frame_address = "tori@example.fi";
  for (std::size_t at = html.find(frame_address); at != std::string::npos;
       at = html.find(frame_address)) {
    html.erase(at, frame_address.size());
  }
  EXPECT_EQ(html.find('@'), std::string::npos) << html;
}

TEST_F(PracticePagesTest, UnknownOrUnpublishedPracticeIs404) {
  seed_basic();
  EXPECT_EQ(detail("ei-ole-olemassa").status, 404);
  EXPECT_EQ(detail(slug_of("d")).status, 404);  // a draft
  EXPECT_EQ(detail(slug_of("a")).status, 200);
}

TEST_F(PracticePagesTest, RoutesServeBothPagesInEveryLanguage) {
  http::Router router;
  add_practice_routes(router, site_.services());
  for (const char* path :
       {"/teot", "/sv/teot", "/en/teot", "/teot/x", "/sv/teot/x", "/en/teot/x"}) {
    SCOPED_TRACE(path);
    EXPECT_TRUE(router.match("GET", path).handler != nullptr);
  }
}

}  // namespace
}  // namespace tori::web
