// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the directory pages (/organisaatiot, /alueet) over a seeded temporary store: counts
// against a brute-force count of what was saved, Finnish order, filters, 404s, hostile names,
// region names in every language, routes.
#include "tori/web/directory_pages.hpp"

#include <chrono>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/core/finland.hpp"
#include "tori/http/router.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/pages.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using test_support::utc;

// A published practice by `organisations` in the municipality with `code` ("" for none).
store::PracticeWrite make_write(const std::string& id,
                                const std::vector<std::string>& organisations,
                                const std::string& code, int day = 1) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto " + id + ".";
  write.input.organisations = organisations;
  write.input.themes = {"työhyvinvointi"};
  write.input.sections[0] = "Lähtökohta.";
  write.input.published_at = utc(2022, 5, static_cast<unsigned>(day));
  write.input.state = core::PracticeState::kPublished;
  if (!code.empty()) {
    const core::Finland& finland = core::testing::real_finland();
    const core::Municipality* municipality = finland.municipality_by_code(code);
    write.municipality = core::municipality_ref(*municipality);
    write.region = core::region_ref(*finland.region_by_code(municipality->region_code));
  }
  return write;
}

class DirectoryPagesTest : public ::testing::Test {
 protected:
  void seed(const std::vector<store::PracticeWrite>& writes) {
    for (const store::SaveResult& result : site_.services().store.practices().save_many(writes)) {
      if (const auto* error = std::get_if<store::WriteError>(&result)) {
        ADD_FAILURE() << "save refused: " << error->field << ": " << error->message;
      }
    }
    saved_.insert(saved_.end(), writes.begin(), writes.end());
  }
  // Calls `handler` as the route `pattern` in `language` would for `target` ("/alueet/x?page=2").
  http::Response get(const LocalisedHandler& handler, const std::string& target,
                     Language language = Language::kFi, const std::string& slug = "") {
    const std::size_t mark = target.find('?');
    http::Request request =
        test_support::get_request(localised_path(language, target.substr(0, mark)));
    if (mark != std::string::npos) request.query = target.substr(mark + 1);
    if (!slug.empty()) request.path_params = {{"slug", slug}};
    return handler(request, site_.services(), language);
  }
  std::string organisation_slug(const std::string& name) {
    for (const core::Organisation& organisation : site_.services().store.organisations().list()) {
      if (organisation.name == name) return organisation.slug;
    }
    ADD_FAILURE() << "no organisation " << name;
    return "";
  }
  // Published practices saved, by organisation name and by region slug (brute force).
  std::map<std::string, int> published_by_organisation() const {
    std::map<std::string, int> counts;
    for (const store::PracticeWrite& write : saved_) {
      if (write.input.state != core::PracticeState::kPublished) continue;
      for (const std::string& name : write.input.organisations)
        ++counts[name];
    }
    return counts;
  }
  std::map<std::string, int> published_by_region() const {
    std::map<std::string, int> counts;
    for (const store::PracticeWrite& write : saved_) {
      if (write.input.state == core::PracticeState::kPublished && write.region) {
        ++counts[write.region->slug];
      }
    }
    return counts;
  }
  // A varied store: organisations over three regions, shared practices, a draft.
  void seed_varied() {
    std::vector<store::PracticeWrite> writes;
    const std::vector<std::vector<std::string>> organisations = {
        {"Tampereen kaupunki"},
        {"Ylöjärven kaupunki"},
        {"Tampereen kaupunki", "Pirkanmaan hyvinvointialue"},
        {"Kontiolahden kunta"},
        {"Lapin pelastuslaitos"}};
    const std::vector<std::string> codes = {"837", "980", "837", "276", "698"};
    for (int i = 0; i < 23; ++i) {
      const std::size_t k = static_cast<std::size_t>(i) % organisations.size();
      writes.push_back(make_write("v" + std::to_string(i), organisations[k], codes[k], 1 + i));
    }
    writes.push_back(make_write("draft", {"Luonnoksen kunta"}, "091"));
    writes.back().input.state = core::PracticeState::kDraft;
    writes.back().input.published_at.reset();
    seed(writes);
  }

  test_support::TestSite site_;
  std::vector<store::PracticeWrite> saved_;
};

TEST_F(DirectoryPagesTest, OrganisationsAreInFinnishOrderGroupedByLetter) {
  seed({make_write("1", {"Åbo Akademi"}, ""), make_write("2", {"Zeta Oy"}, ""),
        make_write("3", {"Ylöjärven kaupunki"}, "980"),
        make_write("4", {"Östersundomin seura"}, ""), make_write("5", {"Äänekosken kaupunki"}, ""),
        make_write("6", {"Oulun kaupunki"}, "")});
  const http::Response response = get(organisation_list_page, "/organisaatiot");
  ASSERT_EQ(response.status, 200);
  const std::string& html = response.body;
  std::size_t previous = 0;
  for (const char* name : {">Oulun kaupunki<", ">Ylöjärven kaupunki<", ">Zeta Oy<", ">Åbo Akademi<",
                           ">Äänekosken kaupunki<", ">Östersundomin seura<"}) {
    SCOPED_TRACE(name);
    const std::size_t at = html.find(name);
    ASSERT_NE(at, std::string::npos);
    EXPECT_GT(at, previous);
    previous = at;
  }
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#kirjain-1\">O</a></li>"));
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#kirjain-4\">Å</a></li>"));
  EXPECT_THAT(html, HasSubstr("<h2 id=\"kirjain-6\">Ö</h2>"));
  EXPECT_THAT(html, HasSubstr("kaupunki · 1 teko</span>"));
  EXPECT_THAT(html, HasSubstr("role=\"status\">6 organisaatiota</p>"));
  EXPECT_THAT(html, HasSubstr("href=\"/organisaatiot\" aria-current=\"page\">Organisaatiot<"));
}

TEST_F(DirectoryPagesTest, CountsEqualABruteForceCount) {
  seed_varied();
  const std::map<std::string, int> by_organisation = published_by_organisation();
  const std::string list = get(organisation_list_page, "/organisaatiot").body;
  EXPECT_THAT(list, Not(HasSubstr("Luonnoksen kunta")));  // only a draft
  for (const auto& [name, count] : by_organisation) {
    SCOPED_TRACE(name);
    const std::string slug = organisation_slug(name);
    const std::string shown = std::to_string(count) + (count == 1 ? " teko" : " tekoa");
    EXPECT_TRUE(std::regex_search(
        list, std::regex(">" + name + "</a>\n<span[^>]*>[^<]* · " + shown + "</span>")));
    const http::Response page =
        get(organisation_page, "/organisaatiot/" + slug, Language::kFi, slug);
    EXPECT_EQ(page.status, 200);
    EXPECT_THAT(page.body, HasSubstr("<dd>" + shown + "</dd>"));
    EXPECT_THAT(page.body, HasSubstr("<li class=\"practice-card\">"));
  }
  const std::map<std::string, int> by_region = published_by_region();
  const std::string regions = get(region_list_page, "/alueet").body;
  const core::Finland& finland = core::testing::real_finland();
  for (const core::Region& region : finland.regions()) {
    SCOPED_TRACE(region.slug);
    int municipalities = 0;
    for (const core::Municipality& municipality : finland.municipalities())
      municipalities += municipality.region_code == region.code ? 1 : 0;
    const auto found = by_region.find(region.slug);
    const int count = found == by_region.end() ? 0 : found->second;
    EXPECT_THAT(regions, HasSubstr("<a href=\"/alueet/" + region.slug + "\">" + region.name_fi +
                                   "</a></th><td class=\"numeric\">" + std::to_string(count) +
                                   "</td><td class=\"numeric\">" + std::to_string(municipalities) +
                                   "</td>"));
  }
  const std::string pirkanmaa =
      get(region_page, "/alueet/pirkanmaa", Language::kFi, "pirkanmaa").body;
  EXPECT_THAT(pirkanmaa, HasSubstr("<p class=\"directory-count\">" +
                                   std::to_string(by_region.at("pirkanmaa")) + " tekoa"));
  EXPECT_THAT(pirkanmaa, HasSubstr("<a href=\"/teot?municipality=837\">Tampere</a> "
                                   "<span class=\"municipality-list__count\">(10 tekoa)</span>"));
  EXPECT_THAT(pirkanmaa, HasSubstr("<li>Akaa <span class=\"municipality-list__count\">(0 tekoa)"));
  EXPECT_THAT(
      pirkanmaa,
      HasSubstr(">Pirkanmaan hyvinvointialue</a> <span class=\"organisation-list__meta\">5 tekoa"));
  EXPECT_THAT(pirkanmaa, Not(HasSubstr("Kontiolahden kunta")));
}

TEST_F(DirectoryPagesTest, PracticesArePagedNewestFirst) {
  seed_varied();  // Tampereen kaupunki: 10 practices; Pirkanmaa: 15
  std::vector<store::PracticeWrite> more;
  for (int i = 0; i < 15; ++i)
    more.push_back(make_write("m" + std::to_string(i), {"Tampereen kaupunki"}, "837", 1));
  seed(more);
  const std::string slug = organisation_slug("Tampereen kaupunki");
  const http::Response first =
      get(organisation_page, "/organisaatiot/" + slug, Language::kFi, slug);
  EXPECT_THAT(first.body, HasSubstr("rel=\"next\" href=\"/organisaatiot/" + slug + "?page=2\""));
  EXPECT_THAT(first.body, Not(HasSubstr("noindex")));
  const std::size_t newest = first.body.find(">Teko v22<");  // 23 May, the newest
  EXPECT_NE(newest, std::string::npos);
  EXPECT_LT(newest, first.body.find(">Teko v17<"));
  const http::Response second =
      get(organisation_page, "/organisaatiot/" + slug + "?page=2", Language::kFi, slug);
  EXPECT_EQ(second.status, 200);
  EXPECT_THAT(second.body, HasSubstr("rel=\"prev\" href=\"/organisaatiot/" + slug + "\""));
  EXPECT_THAT(second.body, HasSubstr("Sivu 2 / 2"));
  EXPECT_THAT(second.body, HasSubstr("noindex"));
  EXPECT_EQ(
      get(organisation_page, "/organisaatiot/" + slug + "?page=3", Language::kFi, slug).status,
      404);
  EXPECT_EQ(get(region_page, "/alueet/pirkanmaa?page=2", Language::kFi, "pirkanmaa").status, 200);
  EXPECT_EQ(get(region_page, "/alueet/pirkanmaa?page=3", Language::kFi, "pirkanmaa").status, 404);
}

TEST_F(DirectoryPagesTest, OrganisationPageLinksToTheListAndTheApi) {
  seed_varied();
  const std::string slug = organisation_slug("Kontiolahden kunta");
  const std::string html =
      get(organisation_page, "/organisaatiot/" + slug, Language::kSv, slug).body;
  EXPECT_THAT(html, HasSubstr("<h1>Kontiolahden kunta</h1>"));
  EXPECT_THAT(html, HasSubstr("<dd>kommun</dd>"));
  EXPECT_THAT(html, HasSubstr("<dd>Kontiolax</dd>"));  // its practices' place, in Swedish
  EXPECT_THAT(html, HasSubstr("<dd>Norra Karelen</dd>"));
  EXPECT_THAT(html, HasSubstr("href=\"/sv/teot?organisation=" + slug + "\""));
  EXPECT_THAT(html, HasSubstr("href=\"/api/v1/practices?organisation=" + slug + "\""));
  EXPECT_THAT(html, HasSubstr("aria-current=\"true\">Organisationer<"));
}

TEST_F(DirectoryPagesTest, FiltersNarrowTheOrganisations) {
  seed_varied();
  std::string html = get(organisation_list_page, "/organisaatiot?type=city").body;
  EXPECT_THAT(html, HasSubstr(">Tampereen kaupunki<"));
  EXPECT_THAT(html, Not(HasSubstr(">Kontiolahden kunta<")));
  EXPECT_THAT(html, HasSubstr("<option value=\"city\" selected>kaupunki</option>"));
  EXPECT_THAT(html, HasSubstr("noindex"));
  html = get(organisation_list_page, "/organisaatiot?type=&region=pirkanmaa").body;
  EXPECT_THAT(html, HasSubstr(">Pirkanmaan hyvinvointialue<"));
  EXPECT_THAT(html, HasSubstr(">Ylöjärven kaupunki<"));
  EXPECT_THAT(html, Not(HasSubstr(">Lapin pelastuslaitos<")));
  EXPECT_THAT(html, HasSubstr("role=\"status\">3 organisaatiota</p>"));
  html = get(organisation_list_page, "/organisaatiot?type=rescue_department&region=pirkanmaa").body;
  EXPECT_THAT(html, HasSubstr("Näillä valinnoilla ei löytynyt"));
  EXPECT_EQ(get(organisation_list_page, "/organisaatiot?type=castle").status, 400);
  EXPECT_EQ(get(organisation_list_page, "/organisaatiot?region=atlantis").status, 400);
}

TEST_F(DirectoryPagesTest, UnknownOrEmptyIs404) {
  seed_varied();
  EXPECT_EQ(get(organisation_page, "/organisaatiot/ei-ole", Language::kFi, "ei-ole").status, 404);
  const std::string draft_only = organisation_slug("Luonnoksen kunta");
  EXPECT_EQ(
      get(organisation_page, "/organisaatiot/" + draft_only, Language::kFi, draft_only).status,
      404);
  EXPECT_EQ(get(region_page, "/alueet/atlantis", Language::kFi, "atlantis").status, 404);
  EXPECT_EQ(get(region_page, "/alueet/lappi?page=x", Language::kFi, "lappi").status, 400);
  const http::Response empty = get(region_page, "/alueet/kainuu", Language::kEn, "kainuu");
  EXPECT_EQ(empty.status, 200);
  EXPECT_THAT(empty.body, HasSubstr("No practices from this region have been published yet."));
  EXPECT_THAT(empty.body, Not(HasSubstr("<ol")));
}

TEST_F(DirectoryPagesTest, HostileOrganisationNamesAreInert) {
  seed(
      {make_write("evil", {"<script>alert(1)</script>", "\"Lainaus\" onerror=\"alert(2)"}, "837")});
  const std::string slug = organisation_slug("<script>alert(1)</script>");
  for (const http::Response& response :
       {get(organisation_list_page, "/organisaatiot"),
        get(organisation_page, "/organisaatiot/" + slug, Language::kFi, slug),
        get(region_page, "/alueet/pirkanmaa", Language::kFi, "pirkanmaa"),
        front_page(test_support::get_request("/"), site_.services(), Language::kFi)}) {
    EXPECT_EQ(response.status, 200);
    EXPECT_THAT(response.body, Not(HasSubstr("<script>alert")));
    EXPECT_THAT(response.body, Not(HasSubstr("\" onerror")));
    EXPECT_THAT(response.body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }
}

TEST_F(DirectoryPagesTest, RegionsAreNamedInThePageLanguage) {
  seed_varied();
  const struct {
    Language language;
    std::string region;        // Pohjois-Karjala
    std::string municipality;  // Kontiolahti
    std::string count;
  } cases[] = {{Language::kFi, "Pohjois-Karjala", "Kontiolahti", "4 tekoa"},
               {Language::kSv, "Norra Karelen", "Kontiolax", "4 insatser"},
               {Language::kEn, "North Karelia", "Kontiolahti", "4 practices"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.region);
    const std::string prefix(path_prefix(c.language));
    EXPECT_THAT(
        get(region_list_page, "/alueet", c.language).body,
        HasSubstr("<a href=\"" + prefix + "/alueet/pohjois-karjala\">" + c.region + "</a>"));
    const std::string html =
        get(region_page, "/alueet/pohjois-karjala", c.language, "pohjois-karjala").body;
    EXPECT_THAT(html, HasSubstr("<h1>" + c.region + "</h1>"));
    EXPECT_THAT(html, HasSubstr("<a href=\"" + prefix + "/teot?municipality=276\">" +
                                c.municipality + "</a>"));
    EXPECT_THAT(html, HasSubstr(c.count));
  }
}

TEST_F(DirectoryPagesTest, RoutesServeEveryPageInEveryLanguage) {
  seed_varied();
  http::Router router;
  add_page_routes(router, site_.services());
  const std::string slug = organisation_slug("Tampereen kaupunki");
  const std::vector<std::string> paths = {"/organisaatiot", "/organisaatiot/" + slug, "/alueet",
                                          "/alueet/lappi"};
  for (const std::string& path : paths) {
    for (Language language : text::kLanguages) {
      const std::string localised = localised_path(language, path);
      SCOPED_TRACE(localised);
      http::Router::Match match = router.match("GET", localised);
      ASSERT_NE(match.handler, nullptr);
      http::Request request = test_support::get_request(localised);
      request.path_params = match.params;
      EXPECT_EQ((*match.handler)(request).status, 200);
    }
  }
}

}  // namespace
}  // namespace tori::web
