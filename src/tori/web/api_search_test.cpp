// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of GET /api/v1/search over a real SQLite store and a real index: parameters, hits with
// snippets, facets with labels, errors; and samples for the OpenAPI schema check.
#include "tori/web/api_search.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <cstdlib>
#include <fstream>

#include "tori/search/search_index.hpp"
#include "tori/search/synonyms_file.hpp"
#include "tori/store/store.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

TEST(ApiSearchParameters, SplitsQAndSortFromTheFilters) {
  struct Case {
    const char* query;
    const char* text;
    bool newest;
    const char* filters;
    const char* error_parameter;  // null: accepted
  };
  const Case cases[] = {
      {"", "", false, "", nullptr},
      {"q=et%C3%A4ty%C3%B6&theme=johtaminen", "etätyö", false, "theme=johtaminen", nullptr},
      {"q=ty%C3%B6+aika&sort=newest&limit=5", "työ aika", true, "limit=5", nullptr},
      {"sort=relevance&region=lappi&region=uusimaa", "", false, "region=lappi&region=uusimaa",
       nullptr},
      {"q=a&q=b", "", false, "", "q"},
      {"sort=title", "", false, "", "sort"},
      {"sort=newest&sort=newest", "", false, "", "sort"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    const auto split = split_search_parameters(c.query);
    if (c.error_parameter != nullptr) {
      ASSERT_TRUE(std::holds_alternative<ApiError>(split));
      EXPECT_EQ(std::get<ApiError>(split).parameter, c.error_parameter);
      continue;
    }
    ASSERT_TRUE(std::holds_alternative<SearchParameters>(split));
    const SearchParameters& parameters = std::get<SearchParameters>(split);
    EXPECT_EQ(parameters.text, c.text);
    EXPECT_EQ(parameters.newest_first, c.newest);
    EXPECT_EQ(parameters.filter_query, c.filters);
  }
}

class ApiSearchTest : public ::testing::Test {
 protected:
  ApiSearchTest() {
    save("a", "Etätyön pelisäännöt <script>", "johtaminen");
    save("b", "Esimiehet vertaismentoroinnissa", "johtaminen");
    save("c", "Kokouskäytännöt kirjastossa", "innovointi");
    (void)search::SearchIndex::rebuild(site_.store(), folder_.path() / "index");
  }

  void save(const std::string& id, const std::string& title, const std::string& theme) {
    store::PracticeWrite write;
    write.input.external_id = id;
    write.input.title = title;
    write.input.summary = "Siirryimme etätöihin ja sovimme yhteiset pelisäännöt.";
    write.input.organisations = {"Kontiolahden kunta"};
    write.input.themes = {theme};
    write.input.sections[0] = "Lähtökohta.";
    write.input.state = core::PracticeState::kPublished;
    write.input.published_at = test_support::utc(2024, 5, 2);
    ASSERT_TRUE(std::holds_alternative<store::WriteResult>(site_.store().practices().save(write)));
  }

  http::Response get(std::string_view query, bool with_index = true) {
    Services services = site_.services();
    services.searcher = with_index ? &searcher_ : nullptr;
    services.synonyms = &synonyms_;
    http::Request request = test_support::get_request("/api/v1/search");
    request.query = std::string(query);
    return api_search(request, services);
  }

  json::value body(std::string_view query) { return json::parse(get(query).body); }

  test_support::TestSite site_;
  test_support::TempDir folder_;
  search::Searcher searcher_{folder_.path() / "index"};
  search::SynonymsFile synonyms_{search::Synonyms::parse("esimies esihenkilö\n")};
};

TEST_F(ApiSearchTest, HitsSnippetsAndFacets) {
  const json::value found = body("q=etätyö&theme=johtaminen");
  EXPECT_EQ(found.at("total"), 2);
  const json::array& items = found.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  for (const json::value& item : items) {
    const std::string snippet(item.at("snippet").as_string());
    EXPECT_NE(snippet.find("<mark>etätöihin</mark>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.find("<script>"), std::string::npos);
    EXPECT_TRUE(
        std::string(item.at("url").as_string()).starts_with("https://tori.example.fi/teot/"));
  }
  // The theme's own counts ignore its selection; labels are the store's.
  const json::array& themes = found.at("facets").at("theme").as_array();
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].at("slug"), "johtaminen");
  EXPECT_EQ(themes[0].at("count"), 2);
  EXPECT_EQ(themes[1].at("label"), "innovointi");
  EXPECT_EQ(found.at("suggestion"), nullptr);
}

TEST_F(ApiSearchTest, SynonymsAndErrors) {
  EXPECT_EQ(body("q=esihenkil%C3%B6").at("total"), 1);  // the title says "Esimiehet"
  EXPECT_EQ(get("sort=oldest").status, 400);
  EXPECT_EQ(get("theme=ei-ole").status, 400);
  EXPECT_EQ(get("q=x&q=y").status, 400);
  EXPECT_EQ(get("q=et%C3%A4ty%C3%B6", false).status, 503);
  const http::Response hostile = get("q=%22%22%22+-+OR+*+%3Cscript%3E");
  EXPECT_EQ(hostile.status, 200);
  EXPECT_EQ(hostile.body.find("<script>"), std::string::npos);
}

TEST_F(ApiSearchTest, SuggestsACorrectionForAMisspeltWord) {
  const json::value found = body("q=pelis%C3%A4%C3%A4n%C3%B6t");  // "pelisäänöt"
  EXPECT_EQ(found.at("total"), 0);
  EXPECT_EQ(found.at("suggestion"), "pelisäännöt");
  EXPECT_EQ(body("q=pelis%C3%A4%C3%A4nn%C3%B6t").at("suggestion"), nullptr);
}

TEST_F(ApiSearchTest, WritesSamplesForTheSchemaCheck) {
  const char* dir = std::getenv("TORI_API_SAMPLES_DIR");
  if (dir == nullptr) GTEST_SKIP() << "TORI_API_SAMPLES_DIR not set";
  std::filesystem::create_directories(dir);
  int number = 0;
  for (const char* query : {"q=et%C3%A4ty%C3%B6", "", "q=kokous&sort=newest&limit=1",
                            "theme=johtaminen&q=esimies", "q=pelis%C3%A4%C3%A4n%C3%B6t"}) {
    std::ofstream(std::filesystem::path(dir) /
                  ("SearchResults.s" + std::to_string(++number) + ".json"))
        << get(query).body;
  }
  std::ofstream(std::filesystem::path(dir) / "Error.s1.json") << get("sort=x").body;
  std::ofstream(std::filesystem::path(dir) / "Error.s2.json") << get("q=a", false).body;
}

}  // namespace
}  // namespace tori::web
