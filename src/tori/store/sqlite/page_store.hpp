// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's editable pages on either SQL backend (data/sql/0024_pages.sql), with the main
// navigation's pages kept in memory between changes.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

#include "tori/store/page_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqlPageStore final : public PageStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0024.
  explicit SqlPageStore(Database& database);
  PageSaved save(const core::SitePageInput& input, std::optional<std::int64_t> account_id,
                 UtcTime now) override;
  std::optional<SitePage> find(std::string_view slug) override;
  std::vector<SitePage> list() override;
  bool remove(std::string_view slug) override;
  std::vector<NavPage> navigation() override;

 private:
  // Drops the copy of the navigation after a write of this process.
  void forget_navigation();

  Database& database_;
  std::mutex mutex_;  // guards the three below
  std::optional<std::vector<NavPage>> navigation_;
  std::chrono::steady_clock::time_point navigation_read_at_{};
  std::uint64_t generation_ = 0;  // bumped by every write; a read begun before one is not kept
};

}  // namespace tori::store::sqlite
