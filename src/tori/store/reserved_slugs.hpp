// SPDX-License-Identifier: AGPL-3.0-or-later
// The words of the site's own addresses that a practice, organisation or term slug must never
// be (so /teot/uusi stays the form and /organisaatiot/haku the search): the one list of them.
//
//   text::unique_slug(text::slugify(title), taken, reserved_slugs());  // never "uusi"
#pragma once

#include <array>
#include <string_view>
#include <vector>

namespace tori::store {

// Sorted; lower-case ASCII, as text::slugify makes slugs. Add a word here before a route uses it.
inline constexpr std::array<std::string_view, 43> kReservedSlugs = {
    "admin",           // the editors' pages
    "alueet",          // regions
    "api",             // the JSON API
    "en",              // the English frame
    "feed",            // Atom feeds
    "fi",              // the Finnish frame (default, but reserved for symmetry)
    "haku",            // search
    "healthz",         // liveness probe
    "hyvaksy",         // editors' approve action
    "jasenyydet",      // /toimitus/jasenyydet: membership requests
    "kampanjat",       // campaigns
    "kirjaudu",        // log in
    "kirjaudu-ulos",   // log out
    "lisaa",           // add
    "media",           // uploaded files
    "metrics",         // Prometheus metrics
    "muokkaa",         // edit
    "organisaatiot",   // organisations (and /toimitus/organisaatiot, the editors' list)
    "poista",          // delete
    "readyz",          // readiness probe
    "rekisteroidy",    // sign up
    "robots-txt",      // robots.txt as a slug would spell it
    "rss",             // feeds
    "saavutettavuus",  // accessibility statement
    "sanastot",        // /toimitus/sanastot: the editors' vocabularies
    "sitemap",         // sitemap
    "sivut",           // /toimitus/sivut: the editors' pages
    "static",          // static files
    "sv",              // the Swedish frame
    "syote",           // feeds (Finnish)
    "tapahtumat",      // events
    "teemat",          // themes
    "teot",            // practices
    "tietoa",          // about
    "tietosuoja",      // privacy notice
    "tilastot",        // statistics
    "toimialat",       // sectors
    "tuo",             // import
    "uploads",         // uploaded files
    "uusi",            // the new-practice form
    "uutiset",         // news
    "verkostot",       // networks
    "vie",             // export
};

// kReservedSlugs as text::unique_slug takes them.
inline const std::vector<std::string_view>& reserved_slugs() {
  static const std::vector<std::string_view> words(kReservedSlugs.begin(), kReservedSlugs.end());
  return words;
}

}  // namespace tori::store
