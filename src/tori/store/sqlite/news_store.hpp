// SPDX-License-Identifier: AGPL-3.0-or-later
// News articles on either SQL backend (data/sql/0021_news.sql).
#pragma once

#include "tori/store/news_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlNewsStore final : public NewsStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0021.
  explicit SqlNewsStore(Database& database);
  ArticleSaved save(const core::ArticleInput& input, UtcTime now) override;
  std::optional<core::Article> find_by_slug(std::string_view slug) override;
  bool remove(std::string_view slug) override;
  NewsPage list(const NewsQuery& query) override;
  std::vector<core::Keyword> keywords(UtcTime now) override;
  std::optional<core::Keyword> keyword(std::string_view slug, UtcTime now) override;
  std::vector<NewsYear> years(UtcTime now) override;
  std::optional<NewsImageOwner> image_owner(std::string_view file) override;
  std::vector<std::string> referenced_files() override;
  std::vector<core::Article> all() override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
