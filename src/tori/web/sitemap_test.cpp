// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of /robots.txt and /sitemap.xml: well-formed XML with every public page in three
// languages, escaping, the sitemap index above the limit, routes, ETag and 304.
#include "tori/web/sitemap.hpp"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <chrono>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/core/finland.hpp"
#include "tori/http/router.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/web/test_support.hpp"

namespace tori::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace pt = boost::property_tree;

constexpr int kFixedPages = 10;

store::PracticeWrite make_write(const std::string& id, const std::string& organisation,
                                core::PracticeState state) {
  store::PracticeWrite write;
  write.create_terms = true;
  write.input.external_id = id;
  write.input.title = "Teko " + id;
  write.input.summary = "Yhteenveto.";
  write.input.organisations = {organisation};
  write.input.themes = {"työhyvinvointi"};
  write.input.sections[0] = "Lähtökohta.";
  write.input.state = state;
  if (state == core::PracticeState::kPublished) {
    write.input.published_at =
        core::TimePoint{std::chrono::sys_days{std::chrono::year{2023} / std::chrono::March / 1}};
  }
  return write;
}

// Parses a sitemap document; fails the test when it is not well-formed.
pt::ptree parse_xml(const std::string& xml) {
  std::istringstream in(xml);
  pt::ptree tree;
  EXPECT_NO_THROW(pt::read_xml(in, tree)) << xml;
  return tree;
}

// Every <loc> of a <urlset> (or of a <sitemapindex>, with `entry` "sitemap").
std::vector<std::string> locs(const std::string& xml, const std::string& root = "urlset",
                              const std::string& entry = "url") {
  std::vector<std::string> found;
  const pt::ptree tree = parse_xml(xml);
  for (const auto& [name, child] : tree.get_child(root)) {
    if (name == entry) found.push_back(child.get<std::string>("loc"));
  }
  return found;
}

class SitemapTest : public ::testing::Test {
 protected:
  // Two published practices of a hostile-named organisation and one draft of another.
  void SetUp() override {
    std::vector<store::PracticeWrite> writes = {
        make_write("a", kHostile, core::PracticeState::kPublished),
        make_write("b", kHostile, core::PracticeState::kPublished),
        make_write("c", "Luonnoskunta", core::PracticeState::kDraft)};
    for (const store::SaveResult& result : site_.store().practices().save_many(writes)) {
      ASSERT_TRUE(std::holds_alternative<store::WriteResult>(result));
    }
  }
  std::string slug_of(const std::string& id) {
    return site_.store().practices().find_by_external_id(id)->slug;
  }
  // Fixed pages, regions, one organisation, two practices, /uutiset (no news yet), the
  // newsletter archive (no issues yet) and /podcast (no episodes yet).
  [[nodiscard]] std::size_t page_count() const {
    return kFixedPages + site_.services().finland.regions().size() + 1 + 2 + 1 + 1 + 1;
  }
  http::Response get(const std::string& path, const std::string& if_none_match = "") {
    http::Router router;
    add_sitemap_routes(router, site_.services());
    http::Request request = test_support::get_request(path);
    if (!if_none_match.empty()) request.headers.set("If-None-Match", if_none_match);
    const http::Router::Match match = router.match("GET", path);
    if (match.handler == nullptr) return http::Response::text(404, "no route");
    request.path_params = match.params;
    return (*match.handler)(request);
  }

  static constexpr const char* kHostile = "<script>alert(1)</script> & \"Kunta\" Oy";
  test_support::TestSite site_;
};

TEST_F(SitemapTest, RobotsAllowsPagesKeepsOutQueryStringsAndNamesTheSitemap) {
  const std::string robots = robots_txt(site_.services().site);
  EXPECT_THAT(robots, HasSubstr("User-agent: *\nAllow: /\n"));
  EXPECT_THAT(robots, HasSubstr("\nDisallow: /*?\n"));
  for (const char* list : {"/teot?", "/sv/teot?", "/en/teot?"}) {
    EXPECT_THAT(robots, HasSubstr(std::string("\nDisallow: ") + list + "\n"));
  }
  EXPECT_THAT(robots, HasSubstr("\nSitemap: https://tori.example.fi/sitemap.xml\n"));
  EXPECT_THAT(robots, Not(HasSubstr("Disallow: /\n")));
}

TEST_F(SitemapTest, ListsEveryPublicPageInEveryLanguage) {
  const std::optional<std::string> xml = sitemap_xml(site_.services(), 0, kSitemapMaxUrls);
  ASSERT_TRUE(xml.has_value());
  const std::vector<std::string> urls = locs(*xml);
  EXPECT_EQ(urls.size(), 3 * page_count());
  const std::set<std::string> unique(urls.begin(), urls.end());
  EXPECT_EQ(unique.size(), urls.size());
  for (const std::string& path : std::vector<std::string>{
           "/", "/sv", "/en", "/tietoa", "/en/saavutettavuus", "/sv/tietosuoja", "/teot",
           "/organisaatiot", "/alueet", "/sv/alueet/uusimaa", "/tilastot", "/en/tilastot",
           "/uutiskirje/arkisto", "/teot/" + slug_of("a"), "/sv/teot/" + slug_of("b"),
           "/en/teot/" + slug_of("a")}) {
    SCOPED_TRACE(path);
    EXPECT_TRUE(unique.contains("https://tori.example.fi" + (path == "/" ? "/" : path)));
  }
  EXPECT_FALSE(unique.contains("https://tori.example.fi/teot/" + slug_of("c")));  // a draft
  EXPECT_THAT(*xml, Not(HasSubstr("luonnoskunta")));  // its organisation has nothing published
  // Each practice URL has its lastmod (RFC 3339) and its three alternates.
  EXPECT_TRUE(std::regex_search(
      *xml, std::regex("<url><loc>https://tori\\.example\\.fi/sv/teot/" + slug_of("a") +
                       "</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</lastmod>"
                       "<xhtml:link rel=\"alternate\" hreflang=\"fi\" "
                       "href=\"https://tori\\.example\\.fi/teot/" +
                       slug_of("a") + "\"/><xhtml:link rel=\"alternate\" hreflang=\"sv\" ")));
  EXPECT_EQ(sitemap_xml(site_.services(), 1, kSitemapMaxUrls), std::nullopt);  // no index
}

TEST_F(SitemapTest, NamesNeverAppearAndUrlsAreEscaped) {
  const SiteInfo odd_site{"https://tori.example.fi/?a=1&b=<2>"};
  const Services& real = site_.services();
  const Services services{real.store, real.catalogue, real.renderer,
                          odd_site,   real.finland,   real.asset_url};
  const std::string xml = *sitemap_xml(services, 0, kSitemapMaxUrls);
  parse_xml(xml);
  EXPECT_THAT(xml, HasSubstr("a=1&amp;b=&lt;2&gt;"));
  EXPECT_THAT(xml, Not(HasSubstr("&b=")));
  EXPECT_THAT(xml, Not(HasSubstr("<script")));
  EXPECT_THAT(xml, Not(HasSubstr("Kunta")));
  EXPECT_THAT(robots_txt(odd_site), HasSubstr("Sitemap: https://tori.example.fi/?a=1&b=<2>"));
}

TEST_F(SitemapTest, AboveTheLimitTheSitemapBecomesAnIndex) {
  const std::vector<std::string> all = locs(*sitemap_xml(site_.services(), 0, kSitemapMaxUrls));
  const int max_urls = 30;  // 10 pages × 3 languages a file
  const std::string index = *sitemap_xml(site_.services(), 0, max_urls);
  const std::vector<std::string> files = locs(index, "sitemapindex", "sitemap");
  const std::size_t expected_files = (page_count() + 9) / 10;
  ASSERT_EQ(files.size(), expected_files);
  EXPECT_EQ(files.front(), "https://tori.example.fi/sitemaps/1.xml");
  std::vector<std::string> joined;
  for (std::size_t file = 1; file <= files.size(); ++file) {
    SCOPED_TRACE(file);
    const std::optional<std::string> part =
        sitemap_xml(site_.services(), static_cast<int>(file), max_urls);
    ASSERT_TRUE(part.has_value());
    const std::vector<std::string> urls = locs(*part);
    EXPECT_LE(urls.size(), static_cast<std::size_t>(max_urls));
    joined.insert(joined.end(), urls.begin(), urls.end());
  }
  EXPECT_EQ(joined, all);  // the files together are the one sitemap, in its order
  EXPECT_EQ(sitemap_xml(site_.services(), static_cast<int>(files.size()) + 1, max_urls),
            std::nullopt);
}

TEST_F(SitemapTest, RoutesServeXmlAndTextWithEtags) {
  const http::Response sitemap = get("/sitemap.xml");
  EXPECT_EQ(sitemap.status, 200);
  EXPECT_EQ(sitemap.headers.get("Content-Type"), "application/xml; charset=utf-8");
  const std::optional<std::string_view> etag = sitemap.headers.get("ETag");
  ASSERT_TRUE(etag.has_value());
  const http::Response again = get("/sitemap.xml", std::string(*etag));
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  const http::Response robots = get("/robots.txt");
  EXPECT_EQ(robots.status, 200);
  EXPECT_EQ(robots.headers.get("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_TRUE(robots.headers.get("ETag").has_value());
  EXPECT_EQ(get("/sitemaps/1.xml").status, 404);  // small site: no index, no numbered files
  for (const char* name : {"/sitemaps/0.xml", "/sitemaps/01.xml", "/sitemaps/x.xml",
                           "/sitemaps/1.txt", "/sitemaps/.xml", "/sitemaps/9999999.xml"})
    EXPECT_EQ(get(name).status, 404) << name;
}

}  // namespace
}  // namespace tori::web

namespace tori::web {
namespace {

TEST_F(SitemapTest, ListsEventsAndListedNetworks) {
  core::EventInput event;
  event.external_id = "sitemap-event";
  event.kind = core::EventKind::kRegionalEvent;
  event.title = "Aluetilaisuus";
  event.lead = "Lyhyesti.";
  event.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2031} / 5 / 12}};
  event.ends_at = event.starts_at + std::chrono::hours(6);
  event.place = core::EventPlace{"Kokoustalo", "Hämeenkatu 9", "Tampere"};
  event.capacity = 50;
  const std::string event_slug = site_.store().events().save(event, store::utc_now()).slug;
  ASSERT_FALSE(event_slug.empty());
  for (const auto& [slug, listed] : {std::pair{"julkinen", true}, std::pair{"piilotettu", false}}) {
    core::NetworkInput network;
    network.slug = slug;
    network.name = std::string("Verkosto ") + slug;
    network.period_from = "2024-02-01";
    network.period_until = "2027-12-31";
    network.listed = listed;
    ASSERT_NE(site_.store().networks().save(network, {}, store::utc_now()).id, 0) << slug;
  }
  const std::vector<std::string> urls = locs(*sitemap_xml(site_.services(), 0, kSitemapMaxUrls));
  EXPECT_EQ(urls.size(), 3 * (page_count() + 2));
  const std::set<std::string> unique(urls.begin(), urls.end());
  for (const std::string& path :
       {std::string("/tapahtumat"), std::string("/sv/verkostot"), "/tapahtumat/" + event_slug,
        "/en/tapahtumat/" + event_slug, std::string("/verkostot/julkinen")}) {
    EXPECT_TRUE(unique.contains("https://tori.example.fi" + path)) << path;
  }
  EXPECT_FALSE(unique.contains("https://tori.example.fi/verkostot/piilotettu"));
}

}  // namespace
}  // namespace tori::web
