// SPDX-License-Identifier: AGPL-3.0-or-later
// /uutiset (keyword and year filters, a page at a time), /asiasanat/{slug} (one keyword's news)
// and the Atom feeds /uutiset.atom and /asiasanat/{slug}.atom.
#include <charconv>
#include <optional>
#include <string>

#include "tori/store/store.hpp"
#include "tori/text/slug.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/directory_pages_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/news/news_pages.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_media_view.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// How many articles a feed carries.
constexpr int kFeedArticles = 20;
constexpr std::string_view kFeedSuffix = ".atom";

// The list's filters from ?asiasana=slug&vuosi=YYYY; nothing when one is malformed.
struct NewsFilters {
  std::string keyword;
  int year = 0;
  [[nodiscard]] std::string query_string() const {
    std::string query;
    if (!keyword.empty()) query += "&asiasana=" + keyword;
    if (year != 0) query += "&vuosi=" + std::to_string(year);
    if (!query.empty()) query[0] = '?';
    return query;
  }
};

std::optional<NewsFilters> parse_news_filters(const http::Request& request) {
  NewsFilters filters;
  if (auto keyword = request.query_param("asiasana"); keyword && !keyword->empty()) {
    if (!text::is_valid_slug(*keyword)) return std::nullopt;
    filters.keyword = std::string(*keyword);
  }
  if (auto year = request.query_param("vuosi"); year && !year->empty()) {
    const char* end = year->data() + year->size();
    if (std::from_chars(year->data(), end, filters.year).ptr != end || filters.year < 1900 ||
        filters.year > 2200) {
      return std::nullopt;
    }
  }
  return filters;
}

void fill_news_cards(Dictionary& body, Language language, const std::vector<core::Article>& items) {
  if (items.empty()) {
    body.ShowSection("NO_NEWS");
    return;
  }
  Dictionary* list = body.AddSectionDictionary("HAS_NEWS");
  for (const core::Article& article : items) {
    Dictionary* card = list->AddSectionDictionary("ARTICLE");
    card->SetValue("URL", article_path(language, article));
    card->SetValue("TITLE", article.input.title);
    card->SetValue("LANG", article.input.language);
    card->SetValue("LEAD", article.input.lead);
    card->SetValue("DATE", text::format_date(article.input.published_at, language));
    card->SetValue("DATETIME", text::format_rfc3339_helsinki(article.input.published_at));
    for (const core::ArticleImage& image : article.input.images) {
      if (image.thumbnail.empty()) continue;
      Dictionary* picture = card->AddSectionDictionary("HAS_IMAGE");
      picture->SetValue("IMAGE_URL", media_url(image.thumbnail));
      picture->SetIntValue("IMAGE_WIDTH", 480);
      picture->SetIntValue("IMAGE_HEIGHT",
                           image.width > 0 ? 480 * image.height / image.width : 252);
      break;
    }
  }
}

void fill_news_filter_form(Dictionary& body, const Services& services, const NewsFilters& filters,
                           store::UtcTime now) {
  Dictionary* form = body.AddSectionDictionary("FILTERS");
  for (const core::Keyword& keyword : services.store.news().keywords(now)) {
    Dictionary* option = form->AddSectionDictionary("KEYWORD_OPTION");
    option->SetValue("VALUE", keyword.slug);
    option->SetValue("LABEL", keyword.name + " (" + std::to_string(keyword.articles) + ")");
    if (keyword.slug == filters.keyword) option->ShowSection("SELECTED");
  }
  for (const store::NewsYear& year : services.store.news().years(now)) {
    Dictionary* option = form->AddSectionDictionary("YEAR_OPTION");
    option->SetIntValue("VALUE", year.year);
    option->SetValue("LABEL",
                     std::to_string(year.year) + " (" + std::to_string(year.articles) + ")");
    if (year.year == filters.year) option->ShowSection("SELECTED");
  }
}

// The listing of `query` as a page of `page` (its title and path set by the caller).
http::Response news_list_response(const Services& services, Page& page, store::NewsQuery query,
                                  int number, const std::string& list_path,
                                  const std::string& feed_path) {
  const Language language = page.language();
  query.limit = kDirectoryPageSize;
  query.offset = (number - 1) * kDirectoryPageSize;
  const store::NewsPage found = services.store.news().list(query);
  const int pages = page_count(found.total);
  if (number > std::max(pages, 1)) return error_page(services, language, 404);
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("COUNT",
                services.catalogue.format(language, "news.list.count",
                                          {{"count", static_cast<long long>(found.total)}}));
  fill_news_cards(body, language, found.items);
  fill_pagination(body, services, language, list_path, number, pages);
  body.SetValue("FEED_URL", localised_path(language, feed_path));
  return render_page(services, page);
}

http::Response news_list_page(const http::Request& request, const Services& services,
                              Language language) {
  const auto filters = parse_news_filters(request);
  const std::optional<int> number = parse_page_number(request);
  if (!filters || !number) return error_page(services, language, 400);
  const store::UtcTime now = store::utc_now();
  Page page(language, "news_list");
  page.meta.title = services.catalogue.text(language, "news.list.title");
  page.meta.description = services.catalogue.text(language, "news.list.description");
  page.meta.path = "/uutiset";
  page.meta.nav = NavItem::kNews;
  page.meta.indexable = *number == 1 && filters->keyword.empty() && filters->year == 0;
  page.body().ShowSection("LIST_LEAD");
  page.body().SetValue("FEED_LABEL", services.catalogue.text(language, "news.feed.link"));
  fill_news_filter_form(page.body(), services, *filters, now);
  return news_list_response(services, page,
                            {.keyword = filters->keyword, .year = filters->year, .now = now},
                            *number, "/uutiset" + filters->query_string(), "/uutiset.atom");
}

http::Response news_feed(const http::Request&, const Services& services, Language language) {
  const auto items =
      services.store.news().list({.now = store::utc_now(), .limit = kFeedArticles}).items;
  return news_atom_response(services, language, items,
                            services.catalogue.text(language, "news.feed.name"), "/uutiset",
                            "/uutiset.atom");
}

http::Response keyword_feed(const Services& services, Language language,
                            const core::Keyword& keyword) {
  const auto items =
      services.store.news()
          .list({.keyword = keyword.slug, .now = store::utc_now(), .limit = kFeedArticles})
          .items;
  const std::string path = "/asiasanat/" + keyword.slug;
  return news_atom_response(
      services, language, items,
      services.catalogue.format(language, "news.feed.keyword_name", {{"name", keyword.name}}), path,
      path + std::string(kFeedSuffix));
}

// /asiasanat/{slug}, and /asiasanat/{slug}.atom (slugs hold no '.').
http::Response keyword_page(const http::Request& request, const Services& services,
                            Language language) {
  std::string slug(request.param("slug"));
  const bool feed = slug.ends_with(kFeedSuffix);
  if (feed) slug.resize(slug.size() - kFeedSuffix.size());
  const std::optional<int> number = parse_page_number(request);
  if (!text::is_valid_slug(slug) || !number) return error_page(services, language, 404);
  const store::UtcTime now = store::utc_now();
  const auto keyword = services.store.news().keyword(slug, now);
  if (!keyword) return error_page(services, language, 404);
  if (feed) return keyword_feed(services, language, *keyword);
  Page page(language, "news_list");
  page.meta.title =
      services.catalogue.format(language, "news.keyword.title", {{"name", keyword->name}});
  page.meta.description =
      services.catalogue.format(language, "news.keyword.description", {{"name", keyword->name}});
  page.meta.path = "/asiasanat/" + slug;
  page.meta.nav = NavItem::kNews;
  page.meta.indexable = *number == 1;
  Dictionary& body = page.body();
  body.AddSectionDictionary("KEYWORD_PAGE")
      ->SetValue("ALL_NEWS_URL", localised_path(language, "/uutiset"));
  body.SetValue("FEED_LABEL", services.catalogue.text(language, "news.feed.keyword_link"));
  return news_list_response(services, page, {.keyword = slug, .now = now}, *number, page.meta.path,
                            page.meta.path + std::string(kFeedSuffix));
}

}  // namespace

std::string article_path(Language language, const core::Article& article) {
  return localised_path(language, "/uutiset/" + article.input.slug);
}

void add_news_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/uutiset", news_list_page);
  add_localised(router, services, "GET", "/uutiset.atom", news_feed);
  add_localised(router, services, "GET", "/asiasanat/{slug}", keyword_page);
  add_news_article_route(router, services);
  add_news_editor_routes(router, services);
}

}  // namespace tori::web
