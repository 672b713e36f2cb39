// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the search page (/haku) over a real SQLite store and a real index: results with
// snippets, facets, paging, the suggestion, hostile queries, help on no results; and the search
// boxes and similar practices on the other pages.
#include "tori/web/search_page.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/search/search_index.hpp"
#include "tori/search/searcher.hpp"
#include "tori/search/synonyms_file.hpp"
#include "tori/store/store.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

store::PracticeWrite make_write(const std::string& id, const std::string& title,
                                const std::string& summary, const std::string& theme) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = title;
  write.input.summary = summary;
  write.input.organisations = {"Kontiolahden kunta"};
  write.input.themes = {theme};
  write.input.sections[0] = "Lähtökohta ja tarve.";
  write.input.state = core::PracticeState::kPublished;
  write.input.published_at = test_support::utc(2024, 5, 2);
  return write;
}

class SearchPageTest : public ::testing::Test {
 protected:
  SearchPageTest() {
    std::vector<store::PracticeWrite> writes;
    writes.push_back(make_write("a", "Etätyön pelisäännöt",
                                "Siirryimme etätöihin ja sovimme yhteiset pelisäännöt.",
                                "etä- ja hybridityö"));
    writes.push_back(make_write("b", "Esimiehet vertaismentoroinnissa",
                                "Esimiehet tukevat toisiaan etätyössä ja lähityössä.",
                                "johtaminen"));
    writes.push_back(make_write("c", "Kiertävä kahvi", "Kahvitauot kiertävät yksiköstä toiseen.",
                                "työhyvinvointi"));
    writes.push_back(make_write("d", "Hybridityön kokouskäytännöt",
                                "Etätyössä ja hybridityössä kokoukset alkavat ajallaan.",
                                "etä- ja hybridityö"));
    for (const store::SaveResult& result : site_.store().practices().save_many(writes)) {
      if (const auto* error = std::get_if<store::WriteError>(&result)) {
        ADD_FAILURE() << error->field << ": " << error->message;
      }
    }
    (void)search::SearchIndex::rebuild(site_.store(), folder_.path() / "index");
  }

  [[nodiscard]] Services services(bool with_index = true) const {
    Services services = site_.services();
    services.searcher = with_index ? &searcher_ : nullptr;
    services.synonyms = &synonyms_;
    return services;
  }

  http::Response search(const std::string& query, Language language = Language::kFi,
                        bool with_index = true) {
    http::Request request = test_support::get_request(localised_path(language, "/haku"));
    request.query = query;
    request.target = request.path + (query.empty() ? "" : "?" + query);
    return search_page(request, services(with_index), language);
  }

  std::string theme_slug(const std::string& external_id) {
    return site_.store().practices().find_by_external_id(external_id)->themes.at(0).slug;
  }

  test_support::TestSite site_;
  test_support::TempDir folder_;
  search::Searcher searcher_{folder_.path() / "index"};
  search::SynonymsFile synonyms_{search::Synonyms::parse("esimies esihenkilö\n")};
};

TEST_F(SearchPageTest, ResultsHaveHighlightedSnippetsAndAreNeverCached) {
  const http::Response response = search("q=et%C3%A4ty%C3%B6");
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.headers.get("Cache-Control"), "no-store");
  const std::string& html = response.body;
  EXPECT_THAT(html, HasSubstr("<title>Haku: etätyö – Tekojen tori</title>"));
  EXPECT_THAT(html, HasSubstr("value=\"etätyö\""));
  EXPECT_THAT(html, HasSubstr("3 hakutulosta"));
  EXPECT_THAT(html, HasSubstr("<mark>etätöihin</mark>"));
  EXPECT_THAT(html, HasSubstr(">Etätyön pelisäännöt</a>"));
  EXPECT_THAT(html, HasSubstr("Kontiolahden kunta"));
  EXPECT_THAT(html, Not(HasSubstr("Kiertävä kahvi")));
  EXPECT_THAT(html, HasSubstr("name=\"robots\" content=\"noindex\""));
}

TEST_F(SearchPageTest, SynonymsFindTheOtherWord) {
  const std::string html = search("q=esihenkil%C3%B6").body;
  EXPECT_THAT(html, HasSubstr("1 hakutulos"));
  EXPECT_THAT(html, HasSubstr("Esimiehet vertaismentoroinnissa"));
}

TEST_F(SearchPageTest, FacetsCombineWithTheTextAndEachOther) {
  const std::string theme = theme_slug("a");
  const std::string html = search("q=et%C3%A4ty%C3%B6&theme=" + theme).body;
  EXPECT_THAT(html, HasSubstr("2 hakutulosta"));
  // The theme's own counts ignore its selection: all three etätyö practices, by theme.
  EXPECT_THAT(html, HasSubstr("value=\"" + theme + "\" checked> <label for=\"f-theme-"));
  EXPECT_THAT(html, HasSubstr("etä- ja hybridityö <span class=\"practice-filters__count\">(2)"));
  EXPECT_THAT(html, HasSubstr("johtaminen <span class=\"practice-filters__count\">(1)"));
  // The active filter links to the same search without it; the text stays in both forms.
  EXPECT_THAT(html, HasSubstr("href=\"/haku?q=et%C3%A4ty%C3%B6\">Poista rajaus Teema"));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"theme\" value=\"" + theme + "\">"));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"q\" value=\"etätyö\">"));
}

TEST_F(SearchPageTest, SortAndSyntaxAreKept) {
  const std::string html = search("q=%22pelis%C3%A4%C3%A4nn%C3%B6t%22+-kahvi&sort=newest").body;
  EXPECT_THAT(html, HasSubstr("value=\"&quot;pelisäännöt&quot; -kahvi\""));
  EXPECT_THAT(html, HasSubstr("<option value=\"newest\" selected>"));
  EXPECT_THAT(html, HasSubstr("1 hakutulos"));
}

TEST_F(SearchPageTest, BadParametersAre400AndPagesPastTheEnd404) {
  EXPECT_EQ(search("sort=title").status, 400);
  EXPECT_EQ(search("theme=ei-ole-teemaa").status, 400);
  EXPECT_EQ(search("page=0").status, 400);
  EXPECT_EQ(search("q=kahvi&page=2").status, 404);
  EXPECT_EQ(search("q=kahvi", Language::kFi, false).status, 503);
}

TEST_F(SearchPageTest, HostileQueriesAreSearchedAsWordsAndEchoedEscaped) {
  const std::string long_text(20000, 'a');
  for (const std::string& query : std::vector<std::string>{
           "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q=%22%22%22", "q=-+OR+*+TAI+-",
           "q=%22et%C3%A4", "q=" + long_text, "q=(((((", "q=%00%01"}) {
    SCOPED_TRACE(query.substr(0, 40));
    const http::Response response = search(query);
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, Not(HasSubstr("<script>alert")));
  }
  EXPECT_THAT(search("q=%3Cscript%3E").body, HasSubstr("value=\"&lt;script&gt;\""));
  EXPECT_THAT(search("q=" + long_text).body,  // the title keeps 60 characters of it
              HasSubstr("<title>Haku: " + std::string(60, 'a') + "… – Tekojen tori</title>"));
  EXPECT_THAT(search("q=%22et%C3%A4ty%C3%B6").body, HasSubstr("3 hakutulosta"));
}

TEST_F(SearchPageTest, NothingFoundHelpsOn) {
  const std::string theme = theme_slug("c");
  const std::string html = search("q=pelis%C3%A4%C3%A4nn%C3%B6t&theme=" + theme).body;
  EXPECT_THAT(html, HasSubstr("Haullasi ei löytynyt yhtään tekoa."));
  EXPECT_THAT(html, HasSubstr("href=\"/haku?q=pelis%C3%A4%C3%A4nn%C3%B6t\">Hae samoilla sanoilla"));
  EXPECT_THAT(html, HasSubstr("href=\"/teot\">Selaa kaikkia tekoja"));
}

TEST_F(SearchPageTest, MisspeltWordsGetASuggestion) {
  const std::string html = search("q=pelis%C3%A4%C3%A4n%C3%B6t").body;  // "pelisäänöt"
  EXPECT_THAT(html, HasSubstr("Tarkoititko <a href=\"/haku?q=pelis%C3%A4%C3%A4nn%C3%B6t\">"
                              "pelisäännöt</a>?"));
  EXPECT_THAT(search("q=pelis%C3%A4%C3%A4nn%C3%B6t").body, Not(HasSubstr("Tarkoititko")));
  // Base forms are in the spelling data too: the texts say "etätöihin", "etätyössä".
  EXPECT_THAT(
      search("q=et%C3%A4tyo+-kahvi").body,
      HasSubstr("Tarkoititko <a href=\"/haku?q=et%C3%A4ty%C3%B6%20-kahvi\">etätyö -kahvi</a>?"));
}

TEST_F(SearchPageTest, EveryLanguageHasThePage) {
  const std::string swedish = search("q=kahvi", Language::kSv).body;
  EXPECT_THAT(swedish, HasSubstr("<html lang=\"sv\""));
  EXPECT_THAT(swedish, HasSubstr("Sökord"));
  EXPECT_THAT(swedish, HasSubstr("arbetshälsa"));  // the theme's Swedish label
  EXPECT_THAT(search("q=kahvi", Language::kEn).body, HasSubstr("1 result"));
  http::Router router;
  add_search_routes(router, site_.services());
  for (const char* path : {"/haku", "/sv/haku", "/en/haku"}) {
    EXPECT_TRUE(router.match("GET", path).handler != nullptr) << path;
  }
}

TEST_F(SearchPageTest, PracticePageShowsSimilarPractices) {
  const std::string slug = site_.store().practices().find_by_external_id("a")->slug;
  http::Request request = test_support::get_request("/teot/" + slug);
  request.path_params = {{"slug", slug}};
  const std::string html = practice_page(request, services(), Language::kFi).body;
  EXPECT_THAT(html, HasSubstr("<h2 id=\"similar-heading\">Samankaltaisia tekoja</h2>"));
  const std::string similar = html.substr(html.find("similar-heading"));
  EXPECT_THAT(similar, HasSubstr("Hybridityön kokouskäytännöt"));
  EXPECT_THAT(similar, Not(HasSubstr(">Etätyön pelisäännöt</a>")));
  EXPECT_THAT(practice_page(request, services(false), Language::kFi).body,
              Not(HasSubstr("similar-heading")));
}

TEST_F(SearchPageTest, FrontPageAndListLeadToTheSearch) {
  const std::string front =
      front_page(test_support::get_request("/"), services(), Language::kFi).body;
  EXPECT_THAT(front, HasSubstr("<form class=\"search-form\" action=\"/haku\" method=\"get\" "
                               "role=\"search\">"));
  const std::string theme = theme_slug("a");
  http::Request request = test_support::get_request("/teot");
  request.query = "theme=" + theme;
  const std::string list = practice_list_page(request, services(), Language::kSv).body;
  EXPECT_THAT(list, HasSubstr("action=\"/sv/haku\""));
  EXPECT_THAT(list, HasSubstr("<input type=\"hidden\" name=\"theme\" value=\"" + theme + "\">"));
}

}  // namespace
}  // namespace tori::web
