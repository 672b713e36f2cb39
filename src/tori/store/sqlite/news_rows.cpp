// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading and writing news articles with their lists: one query per list for all the articles
// read.
#include "tori/store/sqlite/news_rows.hpp"

#include <algorithm>
#include <map>

#include "tori/store/sqlite/practice_values.hpp"
#include "tori/text/time_format.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kArticleColumns =
    "SELECT a.id, a.slug, a.title, a.lead, a.body, a.published_at, a.author, a.credit_line,"
    " a.language, a.updated_at FROM news_articles a ";

core::Article article_of(const Statement& row) {
  core::Article article;
  article.id = row.column_int64(0);
  core::ArticleInput& input = article.input;
  input.slug = row.column_text(1);
  input.title = row.column_text(2);
  input.lead = row.column_text(3);
  input.body = row.column_text(4);
  input.published_at = parse_stored_time(row.column_text(5), "news_articles.published_at");
  input.author = row.column_text(6);
  input.credit_line = row.column_text(7);
  input.language = row.column_text(8);
  article.updated_at = parse_stored_time(row.column_text(9), "news_articles.updated_at");
  return article;
}

// Runs `select` ("SELECT x.article_id, … FROM table x [joins]"; rows of the articles' ids are
// chosen here, in position order) and gives each row with its article to `read`.
void article_rows_each(Connection& connection, std::vector<core::Article>& articles,
                       std::string_view select,
                       const std::function<void(const Statement&, core::Article&)>& read) {
  std::map<std::int64_t, core::Article*> by_id;
  std::vector<std::int64_t> ids;
  for (core::Article& article : articles) {
    by_id[article.id] = &article;
    ids.push_back(article.id);
  }
  Statement rows =
      connection.prepare(std::string{select} +
                         " WHERE x.article_id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))"
                         " ORDER BY x.article_id, x.position");
  rows.bind_text(1, json_array(ids));
  while (rows.step())
    read(rows, *by_id.at(rows.column_int64(0)));
}

void load_article_keywords(Connection& connection, std::vector<core::Article>& articles) {
  article_rows_each(connection, articles,
                    "SELECT x.article_id, x.slug, x.name FROM news_keywords x",
                    [](const Statement& row, core::Article& article) {
                      article.input.keywords.push_back(row.column_text(2));
                      article.keywords.push_back({row.column_text(1), row.column_text(2), 0});
                    });
}

void load_article_images(Connection& connection, std::vector<core::Article>& articles) {
  article_rows_each(
      connection, articles,
      "SELECT x.article_id, x.file, x.thumbnail, x.width, x.height, x.alt, x.caption, x.credit,"
      " x.description FROM news_images x",
      [](const Statement& row, core::Article& article) {
        article.input.images.push_back(
            {row.column_text(1), row.column_text(2), static_cast<int>(row.column_int64(3)),
             static_cast<int>(row.column_int64(4)), row.column_text(5), row.column_text(6),
             row.column_text(7), row.column_text(8)});
      });
}

void load_article_events(Connection& connection, std::vector<core::Article>& articles) {
  article_rows_each(
      connection, articles,
      "SELECT x.article_id, e.external_id, e.slug, e.title, e.starts_at FROM news_related_events x"
      " JOIN events e ON e.id = x.event_id",
      [](const Statement& row, core::Article& article) {
        article.input.related_events.push_back(row.column_text(1));
        article.events.push_back({row.column_text(2), row.column_text(3),
                                  parse_stored_time(row.column_text(4), "events.starts_at")});
      });
  for (core::Article& article : articles) {
    std::stable_sort(
        article.events.begin(), article.events.end(),
        [](const core::ArticleLink& a, const core::ArticleLink& b) { return a.at < b.at; });
  }
}

void load_article_practices(Connection& connection, std::vector<core::Article>& articles) {
  article_rows_each(
      connection, articles,
      "SELECT x.article_id, p.slug, p.title, p.state, p.published_at FROM news_related_practices x"
      " JOIN practices p ON p.id = x.practice_id",
      [](const Statement& row, core::Article& article) {
        article.input.related_practices.push_back(row.column_text(1));
        if (row.column_text(3) != "published" || row.column_is_null(4)) return;
        article.practices.push_back(
            {row.column_text(1), row.column_text(2),
             parse_stored_time(row.column_text(4), "practices.published_at")});
      });
}

}  // namespace

std::vector<core::Article> load_articles(Connection& connection, std::string_view where,
                                         const std::function<void(Statement&)>& bind) {
  Statement rows = connection.prepare(std::string{kArticleColumns} + std::string{where});
  bind(rows);
  std::vector<core::Article> articles;
  while (rows.step())
    articles.push_back(article_of(rows));
  if (articles.empty()) return articles;
  load_article_keywords(connection, articles);
  load_article_images(connection, articles);
  load_article_events(connection, articles);
  load_article_practices(connection, articles);
  return articles;
}

namespace {

// The Helsinki year of a moment: the first four digits of its RFC 3339 form there.
std::int64_t article_helsinki_year(core::TimePoint time) {
  return std::stoll(text::format_rfc3339_helsinki(time).substr(0, 4));
}

void delete_article_rows(Connection& connection, std::string_view table, std::int64_t id) {
  connection.prepare("DELETE FROM " + std::string{table} + " WHERE article_id = ?1")
      .bind_int64(1, id)
      .run();
}

// The id of the row `select` (one parameter) finds for `name`; nothing when none does.
std::optional<std::int64_t> id_of(Connection& connection, std::string_view select,
                                  std::string_view name) {
  Statement row = connection.prepare(select);
  row.bind_text(1, name);
  if (!row.step()) return std::nullopt;
  return row.column_int64(0);
}

void insert_related(Connection& connection, std::string_view table, std::string_view column,
                    std::int64_t id, std::size_t position, std::int64_t other) {
  connection
      .prepare("INSERT INTO " + std::string{table} + " (article_id, position, " +
               std::string{column} + ") VALUES (?1, ?2, ?3)")
      .bind_int64(1, id)
      .bind_int64(2, static_cast<std::int64_t>(position))
      .bind_int64(3, other)
      .run();
}

}  // namespace

std::int64_t write_article_row(Connection& connection, const core::ArticleInput& input,
                               std::optional<std::int64_t> id, UtcTime now) {
  Statement row = connection.prepare(
      id ? "UPDATE news_articles SET slug = ?1, title = ?2, lead = ?3, body = ?4,"
           " published_at = ?5, published_year = ?6, author = ?7, credit_line = ?8,"
           " language = ?9, updated_at = ?10 WHERE id = ?11 RETURNING id"
         : "INSERT INTO news_articles (slug, title, lead, body, published_at, published_year,"
           " author, credit_line, language, created_at, updated_at)"
           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) RETURNING id");
  row.bind_text(1, input.slug).bind_text(2, input.title).bind_text(3, input.lead);
  row.bind_text(4, input.body).bind_text(5, stored_time(input.published_at));
  row.bind_int64(6, article_helsinki_year(input.published_at)).bind_text(7, input.author);
  row.bind_text(8, input.credit_line).bind_text(9, input.language);
  row.bind_text(10, format_utc(now));
  if (id) row.bind_int64(11, *id);
  if (!row.step()) throw Error("news_articles: write gave no id");
  return row.column_int64(0);
}

void write_article_lists(Connection& connection, std::int64_t id, const core::ArticleInput& input) {
  delete_article_rows(connection, "news_keywords", id);
  for (std::size_t i = 0; i < input.keywords.size(); ++i) {
    connection
        .prepare(
            "INSERT INTO news_keywords (article_id, position, slug, name)"
            " VALUES (?1, ?2, ?3, ?4)")
        .bind_int64(1, id)
        .bind_int64(2, static_cast<std::int64_t>(i))
        .bind_text(3, core::keyword_slug(input.keywords[i]))
        .bind_text(4, input.keywords[i])
        .run();
  }
  delete_article_rows(connection, "news_images", id);
  for (std::size_t i = 0; i < input.images.size(); ++i) {
    const core::ArticleImage& image = input.images[i];
    Statement insert = connection.prepare(
        "INSERT INTO news_images (article_id, position, file, thumbnail, width, height, alt,"
        " caption, credit, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind_int64(1, id).bind_int64(2, static_cast<std::int64_t>(i));
    insert.bind_text(3, image.file).bind_text(4, image.thumbnail);
    insert.bind_int64(5, image.width).bind_int64(6, image.height).bind_text(7, image.alt);
    insert.bind_text(8, image.caption).bind_text(9, image.credit);
    insert.bind_text(10, image.description).run();
  }
}

std::optional<UnknownRelated> write_article_related(Connection& connection, std::int64_t id,
                                                    const core::ArticleInput& input) {
  delete_article_rows(connection, "news_related_events", id);
  for (std::size_t i = 0; i < input.related_events.size(); ++i) {
    const auto event =
        id_of(connection, "SELECT id FROM events WHERE external_id = ?1", input.related_events[i]);
    if (!event) return UnknownRelated{true, input.related_events[i]};
    insert_related(connection, "news_related_events", "event_id", id, i, *event);
  }
  delete_article_rows(connection, "news_related_practices", id);
  for (std::size_t i = 0; i < input.related_practices.size(); ++i) {
    const auto practice =
        id_of(connection, "SELECT id FROM practices WHERE slug = ?1", input.related_practices[i]);
    if (!practice) return UnknownRelated{false, input.related_practices[i]};
    insert_related(connection, "news_related_practices", "practice_id", id, i, *practice);
  }
  return std::nullopt;
}

}  // namespace tori::store::sqlite
