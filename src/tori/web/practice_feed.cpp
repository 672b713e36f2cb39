// SPDX-License-Identifier: AGPL-3.0-or-later
// /teot.atom: the newest published practices as Atom (summary, organisations as authors,
// themes as categories), absolute links built from the configured base_url.
#include "tori/store/store.hpp"
#include "tori/web/atom.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_pages.hpp"

namespace tori::web {
namespace {

// How many practices the feed carries.
constexpr int kPracticeFeedItems = 20;

AtomEntry practice_entry(const Services& services, Language language,
                         const core::Practice& practice) {
  const std::string url =
      absolute_url(services.site, localised_path(language, "/teot/" + practice.slug));
  std::string authors;
  for (const core::Named& organisation : practice.organisations)
    authors += (authors.empty() ? "" : ", ") + organisation.name;
  AtomEntry entry{.id = url,
                  .title = practice.title,
                  .url = url,
                  .summary = practice.summary,
                  .content_html = "",
                  .author = authors,
                  .language = std::string(core::to_string(practice.language)),
                  .published = practice.published_at.value_or(practice.updated_at),
                  .updated = practice.updated_at,
                  .categories = {}};
  for (const core::Named& theme : practice.themes)
    entry.categories.emplace_back(theme.slug, theme.name);
  return entry;
}

http::Response practice_feed(const http::Request&, const Services& services, Language language) {
  const store::PracticeList list = services.store.practices().list(
      {.sort = store::PracticeQuery::Sort::kNewest, .limit = kPracticeFeedItems});
  const std::string page_url = absolute_url(services.site, localised_path(language, "/teot"));
  AtomFeed feed{.id = page_url,
                .title = services.catalogue.text(language, "practice.list.title") + " – " +
                         services.catalogue.text(language, "site.name"),
                .subtitle = services.catalogue.text(language, "practice.list.description"),
                .self_url = absolute_url(services.site, localised_path(language, "/teot.atom")),
                .page_url = page_url,
                .author = services.catalogue.text(language, "site.name"),
                .language = std::string(text::language_code(language)),
                .updated = {},
                .entries = {}};
  for (const core::Practice& practice : list.items)
    feed.entries.push_back(practice_entry(services, language, practice));
  // An empty feed's time: the start of 2016, when the site opened (a fixed moment).
  feed.updated = newest_update(feed.entries, text::TimePoint{std::chrono::seconds{1451606400}});
  return atom_response(feed);
}

}  // namespace

void add_practice_feed_route(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/teot.atom", practice_feed);
}

}  // namespace tori::web
