// SPDX-License-Identifier: AGPL-3.0-or-later
// News article rows and their lists (keywords, pictures, related events and practices) read
// into core::Article, and written, on either SQL backend.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/news.hpp"
#include "tori/store/sqlite/connection.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store::sqlite {

// The articles `where` selects (appended after "FROM news_articles a "; `bind` binds its
// parameters), each with all its lists, in the order `where` gives.
[[nodiscard]] std::vector<core::Article> load_articles(Connection& connection,
                                                       std::string_view where,
                                                       const std::function<void(Statement&)>& bind);

// Inserts (no id) or updates the article's own row; its id.
std::int64_t write_article_row(Connection& connection, const core::ArticleInput& input,
                               std::optional<std::int64_t> id, UtcTime now);
// Replaces the keywords and pictures.
void write_article_lists(Connection& connection, std::int64_t id, const core::ArticleInput& input);
// Replaces the related events (by external_id) and practices (by slug); the first one no row
// has, and then nothing more is written.
struct UnknownRelated {
  bool event = false;
  std::string name;
};
[[nodiscard]] std::optional<UnknownRelated> write_article_related(Connection& connection,
                                                                  std::int64_t id,
                                                                  const core::ArticleInput& input);

}  // namespace tori::store::sqlite
