// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirects and not-found counts on either SQL backend (data/sql/0023_redirects.sql).
#pragma once

#include "tori/store/redirect_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlRedirectStore final : public RedirectStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0023.
  explicit SqlRedirectStore(Database& database);
  RedirectSaveOutcome save(const core::RedirectInput& input, std::optional<std::int64_t> by,
                           UtcTime now) override;
  RedirectImportOutcome import(const std::vector<core::RedirectInput>& rules,
                               std::optional<std::int64_t> by, UtcTime now) override;
  std::optional<std::string> find(std::string_view key) override;
  std::optional<Redirect> get(std::int64_t id) override;
  std::vector<Redirect> list() override;
  bool remove(std::int64_t id) override;
  bool count_not_found(std::string_view path, UtcTime now, NotFoundLimits limits) override;
  std::vector<NotFoundHit> not_found(std::size_t limit) override;
  bool dismiss_not_found(std::string_view path) override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
