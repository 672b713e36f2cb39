// SPDX-License-Identifier: AGPL-3.0-or-later
// /robots.txt and /sitemap.xml: every public page in fi, sv and en with hreflang alternates; above
// the protocol's 50,000 URLs a sitemap index of /sitemaps/1.xml, /sitemaps/2.xml…
//
//   add_sitemap_routes(router, services);        // /robots.txt, /sitemap.xml, /sitemaps/N.xml
//   sitemap_xml(services, 0, kSitemapMaxUrls);   // the whole sitemap, or the index when too big
#pragma once

#include <optional>
#include <string>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The protocol's limit of <url> elements in one file.
inline constexpr int kSitemapMaxUrls = 50000;

// The robots.txt of the site: everything public may be crawled except list addresses with a
// query string (endless filter combinations); names the sitemap by absolute URL.
[[nodiscard]] std::string robots_txt(const SiteInfo& site);

// The sitemap document. `file` 0 is /sitemap.xml: every page when they fit in `max_urls` <url>
// elements, else the index of the numbered files. `file` N ≥ 1 is /sitemaps/N.xml, which exists
// only when the index does; nothing when it does not. Reads at most one file's practices.
[[nodiscard]] std::optional<std::string> sitemap_xml(const Services& services, int file,
                                                     int max_urls);

// GET /robots.txt, /sitemap.xml and /sitemaps/1.xml, /sitemaps/2.xml… (404 past the last file
// and for any other name), text/plain and application/xml with ETag and 304.
void add_sitemap_routes(http::Router& router, const Services& services);

}  // namespace tori::web
