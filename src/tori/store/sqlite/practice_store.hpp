// SPDX-License-Identifier: AGPL-3.0-or-later
// The practices aggregate on SQLite (data/sql/0002_practices.sql): saving, reading, listing
// with filters, facets. Writes: practice_store.cpp; list: practice_read.cpp; facets:
// practice_facets.cpp.
//
//   SqlitePracticeStore practices{database};
//   auto results = practices.save_many(batch);   // one transaction for the batch
//   PracticeList page = practices.list({.themes = {"tyohyvinvointi"}, .sort = Sort::kTitle});
#pragma once

#include <span>

#include "tori/store/practice_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlitePracticeStore final : public PracticeStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0002.
  explicit SqlitePracticeStore(Database& database);
  [[nodiscard]] SaveResult save(const PracticeWrite& write) override;
  [[nodiscard]] std::vector<SaveResult> save_many(std::span<const PracticeWrite> writes) override;
  [[nodiscard]] std::optional<core::Practice> find_by_slug(std::string_view slug) override;
  [[nodiscard]] std::optional<core::Practice> find_by_external_id(std::string_view id) override;
  [[nodiscard]] std::optional<core::Practice> find_by_id(std::int64_t id) override;
  [[nodiscard]] std::vector<core::Practice> published_by_ids(
      std::span<const std::int64_t> ids) override;
  [[nodiscard]] PracticeList list(const PracticeQuery& query) override;
  [[nodiscard]] FacetCounts facets(const PracticeQuery& query) override;
  void for_each(const std::function<void(const core::Practice&)>& visit) override;
  [[nodiscard]] bool slug_taken(std::string_view slug, std::string_view external_id) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
