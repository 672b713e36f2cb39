// SPDX-License-Identifier: AGPL-3.0-or-later
// /uutiset/{slug}: one article with its pictures, keywords, related events and practices, share
// links and the sharing cards; a scheduled one only for editors, as a preview.
#include <string>

#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/news/news_pages.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_media_view.hpp"
#include "tori/web/render.hpp"
#include "tori/web/share_links.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// The length of the description cards and search engines show.
constexpr std::size_t kArticleDescriptionLength = 200;

void fill_figures(Dictionary& body, const core::ArticleInput& input) {
  for (const core::ArticleImage& image : input.images) {
    if (image.file.empty()) continue;  // only described: nothing to show
    Dictionary* figure = body.AddSectionDictionary("FIGURE");
    figure->SetValue("URL", media_url(image.file));
    figure->SetValue("ALT", image.alt);
    figure->SetIntValue("WIDTH", image.width);
    figure->SetIntValue("HEIGHT", image.height);
    if (image.caption.empty() && image.credit.empty()) continue;
    Dictionary* caption = figure->AddSectionDictionary("HAS_CAPTION");
    caption->SetValue("CAPTION", image.caption);
    if (!image.credit.empty())
      caption->SetValueAndShowSection("CREDIT", image.credit, "HAS_CREDIT");
  }
}

void fill_related(Dictionary& body, Language language, const core::Article& article) {
  for (const core::Keyword& keyword : article.keywords) {
    Dictionary* item = body.AddSectionDictionary("KEYWORD");
    item->SetValue("URL", localised_path(language, "/asiasanat/" + keyword.slug));
    item->SetValue("NAME", keyword.name);
    item->SetValue("LANG", article.input.language);
  }
  if (!article.keywords.empty()) body.ShowSection("HAS_KEYWORDS");
  for (const core::ArticleLink& event : article.events) {
    Dictionary* item = body.AddSectionDictionary("EVENT");
    item->SetValue("URL", localised_path(language, "/tapahtumat/" + event.slug));
    item->SetValue("TITLE", event.title);
    item->SetValue("DATE", text::format_date(event.at, language));
    item->SetValue("DATETIME", text::format_rfc3339_helsinki(event.at));
  }
  if (!article.events.empty()) body.ShowSection("HAS_EVENTS");
  for (const core::ArticleLink& practice : article.practices) {
    Dictionary* item = body.AddSectionDictionary("PRACTICE");
    item->SetValue("URL", localised_path(language, "/teot/" + practice.slug));
    item->SetValue("TITLE", practice.title);
  }
  if (!article.practices.empty()) body.ShowSection("HAS_PRACTICES");
}

// The sharing cards: Open Graph and Twitter with the article's first shown picture.
void fill_article_head(Page& page, const Services& services, const core::Article& article,
                       const std::string& url) {
  Dictionary* head = page.frame().AddIncludeDictionary("HEAD_EXTRA");
  head->SetFilename(Renderer::template_key(page.language(), "news_head"));
  head->SetValue("TITLE", article.input.title);
  head->SetValue("DESCRIPTION", page.meta.description);
  head->SetValue("URL", url);
  static constexpr const char* kArticleLocales[] = {"fi_FI", "sv_FI", "en_GB"};
  head->SetValue("LOCALE", kArticleLocales[static_cast<int>(page.language())]);
  head->SetValue("PUBLISHED", text::format_rfc3339_helsinki(article.input.published_at));
  head->SetValue("FEED_TITLE", services.catalogue.text(page.language(), "news.feed.name"));
  head->SetValue("FEED_URL",
                 absolute_url(services.site, localised_path(page.language(), "/uutiset.atom")));
  for (const core::ArticleImage& image : article.input.images) {
    if (image.file.empty()) continue;
    Dictionary* card = head->AddSectionDictionary("HAS_IMAGE");
    card->SetValue("IMAGE_URL", absolute_url(services.site, media_url(image.file)));
    card->SetIntValue("IMAGE_WIDTH", image.width);
    card->SetIntValue("IMAGE_HEIGHT", image.height);
    card->SetValue("IMAGE_ALT", image.alt);
    return;
  }
  head->ShowSection("NO_IMAGE");
}

void fill_article_body(Dictionary& body, const Services& services, Language language,
                       const core::Article& article, bool scheduled) {
  const core::ArticleInput& input = article.input;
  body.SetValue("TITLE", input.title);
  body.SetValue("LANG", input.language);
  body.SetValue("DATE", text::format_date_time(input.published_at, language));
  body.SetValue("DATETIME", text::format_rfc3339_helsinki(input.published_at));
  if (scheduled) {
    body.AddSectionDictionary("SCHEDULED")
        ->SetValue("SCHEDULED_TEXT",
                   services.catalogue.format(
                       language, "news.article.scheduled",
                       {{"when", text::format_date_time(input.published_at, language)}}));
  }
  if (!input.author.empty()) body.SetValueAndShowSection("AUTHOR", input.author, "HAS_AUTHOR");
  if (!input.lead.empty()) body.SetValueAndShowSection("LEAD", input.lead, "HAS_LEAD");
  body.SetValue("BODY", text::markdown_to_html(input.body, 2));
  if (!input.credit_line.empty())
    body.SetValueAndShowSection("CREDIT_LINE", input.credit_line, "HAS_CREDIT_LINE");
  body.SetValue("BACK_URL", localised_path(language, "/uutiset"));
  fill_figures(body, input);
  fill_related(body, language, article);
}

http::Response article_page(const http::Request& request, const Services& services,
                            Language language) {
  const auto article = services.store.news().find_by_slug(request.param("slug"));
  if (!article) return error_page(services, language, 404);
  const bool scheduled = !article->published_at(store::utc_now_seconds());
  if (scheduled && !may_preview_scheduled(request, services))
    return error_page(services, language, 404);
  Page page(language, "news_article");
  page.meta.title = article->input.title;
  page.meta.description =
      article->input.lead.empty()
          ? text::markdown_to_text(article->input.body, kArticleDescriptionLength)
          : text::markdown_to_text(article->input.lead, kArticleDescriptionLength);
  page.meta.path = "/uutiset/" + article->input.slug;
  page.meta.nav = NavItem::kNews;
  page.meta.indexable = !scheduled;
  const std::string url = absolute_url(services.site, article_path(language, *article));
  fill_article_body(page.body(), services, language, *article, scheduled);
  fill_share_links(page.body(), url, article->input.title);
  fill_article_head(page, services, *article, url);
  http::Response response = render_page(services, page);
  if (scheduled) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

void add_news_article_route(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/uutiset/{slug}", article_page);
}

}  // namespace tori::web
