// SPDX-License-Identifier: AGPL-3.0-or-later
// News articles in the database (data/sql/0021_news.sql): saving by slug with their keywords,
// pictures and related events and practices; reading one; listing the published ones by keyword
// and year; the keywords and years there are; the pictures' files.
//
//   ArticleSaved saved = store.news().save(input, now);  // created, updated, unchanged, refused
//   NewsPage page = store.news().list({.keyword = "gaala", .now = now});
//   if (auto article = store.news().find_by_slug(slug); article && article->published_at(now)) …
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/news.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct NewsQuery {
  std::string keyword{};  // a keyword's slug; empty: any
  int year = 0;           // the Helsinki year of publication; 0: any
  UtcTime now{};          // only articles published by then
  int limit = 20;
  int offset = 0;
};

struct NewsPage {
  std::vector<core::Article> items;  // newest first
  std::int64_t total = 0;            // matching articles, ignoring limit and offset
};

enum class ArticleSaveOutcome { kCreated, kUpdated, kUnchanged, kUnknownEvent, kUnknownPractice };

struct ArticleSaved {
  ArticleSaveOutcome outcome = ArticleSaveOutcome::kCreated;
  std::int64_t id = 0;
  std::string unknown;  // the related event's external_id or practice's slug no row has
};

// A year with published articles, and how many.
struct NewsYear {
  int year = 0;
  std::int64_t articles = 0;
  friend bool operator==(const NewsYear&, const NewsYear&) = default;
};

// The article a picture file belongs to (for serving it).
struct NewsImageOwner {
  std::string slug;
  UtcTime published_at{};
};

class NewsStore {
 public:
  virtual ~NewsStore() = default;
  // Creates the article of `input.slug`, or replaces it when it differs; refuses (storing
  // nothing) when a related event's external_id or practice's slug is unknown. Logs a "news"
  // change. REQUIRES: validate_article_input(input) found nothing.
  virtual ArticleSaved save(const core::ArticleInput& input, UtcTime now) = 0;
  // Removes the article of `slug` with its keywords, pictures' rows and relations (the picture
  // files go with the daily purge of orphans); whether there was one. Logs a "news" change.
  virtual bool remove(std::string_view slug) = 0;
  // The article, whether or not it is published yet (callers check Article::published_at).
  [[nodiscard]] virtual std::optional<core::Article> find_by_slug(std::string_view slug) = 0;
  // Published articles (published_at ≤ query.now), newest first.
  [[nodiscard]] virtual NewsPage list(const NewsQuery& query) = 0;
  // Keywords of published articles with their counts, by name; the name is the one most
  // recently used for the slug.
  [[nodiscard]] virtual std::vector<core::Keyword> keywords(UtcTime now) = 0;
  // The keyword of `slug` as published articles carry it; nothing when none does.
  [[nodiscard]] virtual std::optional<core::Keyword> keyword(std::string_view slug,
                                                             UtcTime now) = 0;
  // Years with published articles, newest first.
  [[nodiscard]] virtual std::vector<NewsYear> years(UtcTime now) = 0;
  // Whose picture (display or thumbnail) `file` is; nothing for a file no article names.
  [[nodiscard]] virtual std::optional<NewsImageOwner> image_owner(std::string_view file) = 0;
  // Every picture file articles refer to, for removing orphans from uploads/.
  [[nodiscard]] virtual std::vector<std::string> referenced_files() = 0;
  // Every article (scheduled ones too), oldest first, for export.
  [[nodiscard]] virtual std::vector<core::Article> all() = 0;
};

}  // namespace tori::store
