// SPDX-License-Identifier: AGPL-3.0-or-later
// The news as Atom: each article's lead as the summary and its body as HTML content, keywords as
// categories, absolute links built from the configured base_url.
#include "tori/text/markdown.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/news/news_pages.hpp"

namespace tori::web {
namespace {

AtomEntry article_entry(const Services& services, Language language, const core::Article& article) {
  const std::string url = absolute_url(services.site, article_path(language, article));
  AtomEntry entry{.id = url,
                  .title = article.input.title,
                  .url = url,
                  .summary = article.input.lead,
                  .content_html = text::markdown_to_html(article.input.body, 2),
                  .author = article.input.author,
                  .language = article.input.language,
                  .published = article.input.published_at,
                  .updated = std::max(article.input.published_at, article.updated_at),
                  .categories = {}};
  for (const core::Keyword& keyword : article.keywords)
    entry.categories.emplace_back(keyword.slug, keyword.name);
  return entry;
}

}  // namespace

http::Response news_atom_response(const Services& services, Language language,
                                  const std::vector<core::Article>& articles,
                                  const std::string& title, const std::string& page_path,
                                  const std::string& feed_path) {
  AtomFeed feed{.id = absolute_url(services.site, localised_path(language, page_path)),
                .title = title + " – " + services.catalogue.text(language, "site.name"),
                .subtitle = services.catalogue.text(language, "news.feed.subtitle"),
                .self_url = absolute_url(services.site, localised_path(language, feed_path)),
                .page_url = absolute_url(services.site, localised_path(language, page_path)),
                .author = services.catalogue.text(language, "site.name"),
                .language = std::string(text::language_code(language)),
                .updated = {},
                .entries = {}};
  for (const core::Article& article : articles)
    feed.entries.push_back(article_entry(services, language, article));
  // An empty feed's time: the start of 2016, when the site opened (a fixed moment, so the
  // document does not change with every request).
  feed.updated = newest_update(feed.entries, text::TimePoint{std::chrono::seconds{1451606400}});
  return atom_response(feed);
}

}  // namespace tori::web
