// SPDX-License-Identifier: AGPL-3.0-or-later
// /robots.txt and /sitemap.xml (or its index and numbered files) built from the store's pages.
#include "tori/web/sitemap.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "tori/core/finland.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/api_response.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {
namespace {

// The pages with a fixed address, in sitemap order (Finnish paths).
constexpr std::array<std::string_view, 10> kFixedPaths = {
    "/",       "/tietoa",   "/saavutettavuus", "/tietosuoja", "/teot", "/organisaatiot",
    "/alueet", "/tilastot", "/tapahtumat",     "/verkostot"};
constexpr std::array<Language, 3> kLanguages = {Language::kFi, Language::kSv, Language::kEn};

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
constexpr std::string_view kSitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

// A page the sitemap lists in every language: its Finnish path and when it last changed.
struct SitemapPage {
  SitemapPage(std::string page_path, std::optional<core::TimePoint> changed,
              std::vector<Language> written = {kLanguages.begin(), kLanguages.end()})
      : path(std::move(page_path)), lastmod(changed), languages(std::move(written)) {}
  std::string path;
  std::optional<core::TimePoint> lastmod;
  std::vector<Language> languages;  // those the page is written in
};

// Each event's page (every stored event has a public page) and each network listed on
// /verkostot, as the listing shows them.
void append_events_and_networks(const Services& services, std::vector<SitemapPage>& pages) {
  for (const core::Event& event : services.store.events().all())
    pages.push_back({"/tapahtumat/" + event.slug, event.updated_at});
  for (const store::Network& network : services.store.networks().all()) {
    if (network.input.listed) pages.push_back({"/verkostot/" + network.input.slug, std::nullopt});
  }
}

// The published news articles and the keyword pages.
void append_news(const Services& services, std::vector<SitemapPage>& pages) {
  const store::UtcTime now = store::utc_now();
  pages.push_back({"/uutiset", std::nullopt});
  for (const core::Article& article :
       services.store.news().list({.now = now, .limit = 100000}).items)
    pages.push_back({"/uutiset/" + article.input.slug, article.updated_at});
  for (const core::Keyword& keyword : services.store.news().keywords(now))
    pages.push_back({"/asiasanat/" + keyword.slug, std::nullopt});
  pages.push_back({"/uutiskirje/arkisto", std::nullopt});
  for (const store::NewsletterIssue& issue : services.store.newsletters().archive())
    pages.push_back({"/uutiskirje/arkisto/" + issue.input.slug, std::nullopt});
}

// The podcast page and the published episodes.
void append_episodes(const Services& services, std::vector<SitemapPage>& pages) {
  pages.push_back({"/podcast", std::nullopt});
  for (const core::Episode& episode :
       services.store.episodes().published({.now = store::utc_now(), .limit = 100000}))
    pages.push_back({"/podcast/" + episode.input.slug, episode.updated_at});
}

// The editable pages in the languages they are written in (an editable "tietoa" replaces the
// fixed one's entry).
void append_site_pages(const Services& services, std::vector<SitemapPage>& pages) {
  for (const store::SitePage& page : services.store.pages().list()) {
    SitemapPage entry{"/" + page.input.slug,
                      std::chrono::time_point_cast<core::TimePoint::duration>(page.updated_at),
                      {}};
    for (Language language : kLanguages) {
      if (page.input.version(language).exists()) entry.languages.push_back(language);
    }
    std::erase_if(pages, [&entry](const SitemapPage& other) { return other.path == entry.path; });
    pages.push_back(std::move(entry));
  }
}

// The pages other than practices: the fixed ones, each region, each organisation that has
// published practices, the events and the listed networks.
std::vector<SitemapPage> other_pages(const Services& services) {
  std::vector<SitemapPage> pages;
  for (std::string_view path : kFixedPaths)
    pages.push_back({std::string(path), std::nullopt});
  append_site_pages(services, pages);
  for (const core::Region& region : services.finland.regions())
    pages.push_back({"/alueet/" + region.slug, std::nullopt});
  for (const core::Organisation& organisation : services.store.organisations().list()) {
    if (organisation.published_practices > 0) {
      pages.push_back({"/organisaatiot/" + organisation.slug, std::nullopt});
    }
  }
  append_events_and_networks(services, pages);
  append_news(services, pages);
  append_episodes(services, pages);
  return pages;
}

std::int64_t published_count(const Services& services) {
  return services.store.practices().list({.limit = 0}).total;
}

// Published practices oldest first (a new one goes last, so earlier files stay stable).
void append_practices(const Services& services, std::int64_t offset, std::int64_t count,
                      std::vector<SitemapPage>& pages) {
  if (count <= 0) return;
  const store::PracticeList list =
      services.store.practices().list({.sort = store::PracticeQuery::Sort::kOldest,
                                       .limit = static_cast<int>(count),
                                       .offset = static_cast<int>(offset)});
  for (const core::Practice& practice : list.items)
    pages.push_back({"/teot/" + practice.slug, practice.updated_at});
}

// One <url> for the page in `language`, with the alternates in every language.
void append_url(std::string& xml, const SiteInfo& site, const SitemapPage& page,
                Language language) {
  xml += "<url><loc>";
  xml += text::escape_html(absolute_url(site, localised_path(language, page.path)));
  xml += "</loc>";
  if (page.lastmod) xml += "<lastmod>" + text::format_rfc3339_utc(*page.lastmod) + "</lastmod>";
  for (Language alternate : page.languages) {
    xml += "<xhtml:link rel=\"alternate\" hreflang=\"";
    xml += text::language_code(alternate);
    xml += "\" href=\"";
    xml += text::escape_html(absolute_url(site, localised_path(alternate, page.path)));
    xml += "\"/>";
  }
  xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"";  // as the pages say
  xml += text::escape_html(absolute_url(site, page.path));
  xml += "\"/></url>\n";
}

std::string urlset(const SiteInfo& site, const std::vector<SitemapPage>& pages) {
  std::string xml(kXmlDeclaration);
  xml += "<urlset xmlns=\"";
  xml += kSitemapNamespace;
  xml += "\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  for (const SitemapPage& page : pages) {
    for (Language language : page.languages)
      append_url(xml, site, page, language);
  }
  xml += "</urlset>\n";
  return xml;
}

std::string sitemap_index(const SiteInfo& site, std::int64_t files) {
  std::string xml(kXmlDeclaration);
  xml += "<sitemapindex xmlns=\"";
  xml += kSitemapNamespace;
  xml += "\">\n";
  for (std::int64_t file = 1; file <= files; ++file) {
    xml += "<sitemap><loc>";
    xml += text::escape_html(absolute_url(site, "/sitemaps/" + std::to_string(file) + ".xml"));
    xml += "</loc></sitemap>\n";
  }
  xml += "</sitemapindex>\n";
  return xml;
}

// A 200 response of `body` with a strong ETag, or 304 when If-None-Match names it.
http::Response cacheable(const http::Request& request, std::string body,
                         std::string_view content_type) {
  const std::string etag = api_etag(body);
  http::Response response;
  const auto if_none_match = request.headers.get("If-None-Match");
  if (if_none_match && (*if_none_match == "*" || if_none_match->find(etag) != std::string::npos)) {
    response.status = 304;
  } else {
    response.body = std::move(body);
    response.headers.set("Content-Type", std::string(content_type));
  }
  response.headers.set("ETag", etag);
  response.headers.set("Cache-Control", "no-cache");
  return response;
}

http::Response sitemap_response(const http::Request& request, const Services& services, int file) {
  std::optional<std::string> xml = sitemap_xml(services, file, kSitemapMaxUrls);
  if (!xml) return error_page(services, request, 404);
  return cacheable(request, std::move(*xml), "application/xml; charset=utf-8");
}

// The number of a numbered file's name ("3.xml" → 3); nothing for any other name.
std::optional<int> sitemap_file_number(std::string_view name) {
  if (!name.ends_with(".xml")) return std::nullopt;
  name.remove_suffix(4);
  if (name.empty() || name.size() > 6 || name.front() == '0') return std::nullopt;
  int number = 0;
  for (const char c : name) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + (c - '0');
  }
  return number;
}

}  // namespace

std::string robots_txt(const SiteInfo& site) {
  // Google and Bing match '*' anywhere and take the longest matching rule; the plain prefixes
  // after it say the same to crawlers that know no wildcards.
  return "# Every public page may be crawled; lists filtered by query strings may not.\n"
         "User-agent: *\n"
         "Allow: /\n"
         "Disallow: /*?\n"
         "Disallow: /teot?\n"
         "Disallow: /sv/teot?\n"
         "Disallow: /en/teot?\n"
         "\n"
         "Sitemap: " +
         absolute_url(site, "/sitemap.xml") + "\n";
}

std::optional<std::string> sitemap_xml(const Services& services, int file, int max_urls) {
  const std::int64_t per_file = std::max<std::int64_t>(1, max_urls / kLanguages.size());
  std::vector<SitemapPage> pages = other_pages(services);
  const auto others = static_cast<std::int64_t>(pages.size());
  const std::int64_t total = others + published_count(services);
  if (total <= per_file) {
    if (file != 0) return std::nullopt;
    append_practices(services, 0, total - others, pages);
    return urlset(services.site, pages);
  }
  const std::int64_t files = (total + per_file - 1) / per_file;
  if (file == 0) return sitemap_index(services.site, files);
  if (file < 1 || file > files) return std::nullopt;
  const std::int64_t first = (file - 1) * per_file;
  const std::int64_t end = std::min(first + per_file, total);
  // The file's share of the other pages, then of the practices, which come after them.
  std::vector<SitemapPage> part(pages.begin() + std::min(first, others),
                                pages.begin() + std::min(end, others));
  append_practices(services, std::max<std::int64_t>(0, first - others),
                   end - std::max(first, others), part);
  return urlset(services.site, part);
}

void add_sitemap_routes(http::Router& router, const Services& services) {
  router.add("GET", "/robots.txt", [&services](http::Request& request) {
    return cacheable(request, robots_txt(services.site), "text/plain; charset=utf-8");
  });
  router.add("GET", "/sitemap.xml", [&services](http::Request& request) {
    return sitemap_response(request, services, 0);
  });
  router.add("GET", "/sitemaps/{file}", [&services](http::Request& request) {
    const std::optional<int> file = sitemap_file_number(request.param("file"));
    if (!file) return error_page(services, request, 404);
    return sitemap_response(request, services, *file);
  });
}

}  // namespace tori::web
