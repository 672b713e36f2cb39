// SPDX-License-Identifier: AGPL-3.0-or-later
// News articles on either SQL backend: save by slug, reads, the published listing with its
// keyword and year filters, and the pictures' files.
#include "tori/store/sqlite/news_store.hpp"

#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/news_rows.hpp"
#include "tori/store/sqlite/practice_values.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

// Published by ?1, with keyword ?2 ('' any) and Helsinki year ?3 (0 any).
constexpr std::string_view kNewsListWhere =
    "WHERE a.published_at <= ?1"
    " AND (?2 = '' OR a.id IN (SELECT k.article_id FROM news_keywords k WHERE k.slug = ?2))"
    " AND (CAST(?3 AS BIGINT) = 0 OR a.published_year = CAST(?3 AS BIGINT))";

void bind_news_filters(Statement& statement, const NewsQuery& query) {
  statement.bind_text(1, format_utc(query.now)).bind_text(2, query.keyword);
  statement.bind_int64(3, query.year);
}

ArticleSaved refused(const UnknownRelated& unknown) {
  return {unknown.event ? ArticleSaveOutcome::kUnknownEvent : ArticleSaveOutcome::kUnknownPractice,
          0, unknown.name};
}

}  // namespace

SqlNewsStore::SqlNewsStore(Database& database) : database_(database) {}

ArticleSaved SqlNewsStore::save(const core::ArticleInput& input, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  auto existing = load_articles(connection, "WHERE a.slug = ?1",
                                [&](Statement& s) { s.bind_text(1, input.slug); });
  if (!existing.empty() && existing.front().input == input)
    return {ArticleSaveOutcome::kUnchanged, existing.front().id, ""};
  const std::optional<std::int64_t> id =
      existing.empty() ? std::nullopt : std::optional{existing.front().id};
  const std::int64_t saved_id = write_article_row(connection, input, id, now);
  write_article_lists(connection, saved_id, input);
  if (const auto unknown = write_article_related(connection, saved_id, input))
    return refused(*unknown);  // rolled back
  append_change(transaction, "news", saved_id,
                id ? ChangeAction::kUpdated : ChangeAction::kCreated);
  transaction.commit();
  return {id ? ArticleSaveOutcome::kUpdated : ArticleSaveOutcome::kCreated, saved_id, ""};
}

bool SqlNewsStore::remove(std::string_view slug) {
  // Its keywords, pictures' rows and relations cascade.
  return delete_by_slug(database_, "news_articles", "news", slug);
}

std::optional<core::Article> SqlNewsStore::find_by_slug(std::string_view slug) {
  Lease connection = database_.acquire();
  auto found =
      load_articles(*connection, "WHERE a.slug = ?1", [&](Statement& s) { s.bind_text(1, slug); });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

NewsPage SqlNewsStore::list(const NewsQuery& query) {
  Transaction transaction{database_, TransactionKind::kRead};
  Connection& connection = transaction.connection();
  NewsPage page;
  Statement count =
      connection.prepare("SELECT count(*) FROM news_articles a " + std::string{kNewsListWhere});
  bind_news_filters(count, query);
  page.total = count.step() ? count.column_int64(0) : 0;
  page.items = load_articles(
      connection,
      std::string{kNewsListWhere} + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?4 OFFSET ?5",
      [&](Statement& s) {
        bind_news_filters(s, query);
        s.bind_int64(4, std::max(0, query.limit)).bind_int64(5, std::max(0, query.offset));
      });
  return page;
}

std::vector<core::Keyword> SqlNewsStore::keywords(UtcTime now) {
  Lease connection = database_.acquire();
  // Each slug's name from its newest use, with the number of published articles.
  Statement rows = connection->prepare(
      "SELECT k.slug, (SELECT k2.name FROM news_keywords k2 JOIN news_articles a2"
      "   ON a2.id = k2.article_id WHERE k2.slug = k.slug ORDER BY a2.published_at DESC, a2.id"
      "   DESC LIMIT 1), count(DISTINCT k.article_id)"
      " FROM news_keywords k JOIN news_articles a ON a.id = k.article_id"
      " WHERE a.published_at <= ?1 GROUP BY k.slug");
  rows.bind_text(1, format_utc(now));
  std::vector<core::Keyword> keywords;
  while (rows.step())
    keywords.push_back({rows.column_text(0), rows.column_text(1), rows.column_int64(2)});
  return keywords;
}

std::optional<core::Keyword> SqlNewsStore::keyword(std::string_view slug, UtcTime now) {
  Lease connection = database_.acquire();
  Statement row = connection->prepare(
      "SELECT k.name, (SELECT count(DISTINCT k3.article_id) FROM news_keywords k3"
      "   JOIN news_articles a3 ON a3.id = k3.article_id"
      "   WHERE k3.slug = ?1 AND a3.published_at <= ?2)"
      " FROM news_keywords k JOIN news_articles a ON a.id = k.article_id"
      " WHERE k.slug = ?1 AND a.published_at <= ?2 ORDER BY a.published_at DESC, a.id DESC"
      " LIMIT 1");
  row.bind_text(1, slug).bind_text(2, format_utc(now));
  if (!row.step()) return std::nullopt;
  return core::Keyword{std::string(slug), row.column_text(0), row.column_int64(1)};
}

std::vector<NewsYear> SqlNewsStore::years(UtcTime now) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT published_year, count(*) FROM news_articles WHERE published_at <= ?1"
      " GROUP BY published_year ORDER BY published_year DESC");
  rows.bind_text(1, format_utc(now));
  std::vector<NewsYear> years;
  while (rows.step())
    years.push_back({static_cast<int>(rows.column_int64(0)), rows.column_int64(1)});
  return years;
}

std::optional<NewsImageOwner> SqlNewsStore::image_owner(std::string_view file) {
  if (file.empty()) return std::nullopt;
  Lease connection = database_.acquire();
  Statement row = connection->prepare(
      "SELECT a.slug, a.published_at FROM news_images i JOIN news_articles a"
      " ON a.id = i.article_id WHERE i.file = ?1 OR i.thumbnail = ?1 LIMIT 1");
  row.bind_text(1, file);
  if (!row.step()) return std::nullopt;
  return NewsImageOwner{row.column_text(0), parse_utc(row.column_text(1)).value_or(UtcTime::max())};
}

std::vector<std::string> SqlNewsStore::referenced_files() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT file FROM news_images WHERE file <> ''"
      " UNION SELECT thumbnail FROM news_images WHERE thumbnail <> ''");
  std::vector<std::string> files;
  while (rows.step())
    files.push_back(rows.column_text(0));
  return files;
}

std::vector<core::Article> SqlNewsStore::all() {
  Lease connection = database_.acquire();
  return load_articles(*connection, "ORDER BY a.published_at, a.id", [](Statement&) {});
}

}  // namespace tori::store::sqlite
