// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's editable pages in the database (data/sql/0024_pages.sql): saved whole by their key,
// read one or all, deleted, and the main navigation's pages (kept in memory between changes).
//
//   store.pages().save(input, editor.id, utc_now());   // a "page" change in the change log
//   if (auto page = store.pages().find("tietoa")) …
//   for (const NavPage& item : store.pages().navigation()) …  // no query while unchanged
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/site_page.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct SitePage {
  std::int64_t id = 0;
  core::SitePageInput input;
  UtcTime created_at{};
  UtcTime updated_at{};
  std::optional<std::int64_t> updated_by{};  // the account; none: imported or the account is gone
  std::string updated_by_name{};             // its name, else its address; "" when none
};

// A page of the main navigation: its key and its titles (fi, sv, en; "" when that version does
// not exist).
struct NavPage {
  std::string slug;
  std::array<std::string, 3> titles{};
  int position = 0;
  bool operator==(const NavPage&) const = default;
};

enum class PageSaveOutcome { kCreated, kUpdated, kUnchanged };

struct PageSaved {
  PageSaveOutcome outcome = PageSaveOutcome::kUnchanged;
  std::int64_t id = 0;
};

class PageStore {
 public:
  virtual ~PageStore() = default;
  // Creates or replaces the page with `input.slug` (all its versions; a version without a title
  // is not stored), stamped `now` and `account_id`, with a "page" change in the change log.
  // Unchanged content writes nothing. REQUIRES: validate_site_page accepted `input`.
  virtual PageSaved save(const core::SitePageInput& input, std::optional<std::int64_t> account_id,
                         UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<SitePage> find(std::string_view slug) = 0;
  // Every page by key.
  [[nodiscard]] virtual std::vector<SitePage> list() = 0;
  // Deletes the page and its versions, with a "page" change; false when there is none.
  virtual bool remove(std::string_view slug) = 0;
  // The pages in the navigation by position, then key. Read from memory: this process's own
  // saves and deletes refresh it at once, another node's within kNavigationMaxAge.
  [[nodiscard]] virtual std::vector<NavPage> navigation() = 0;
};

// How long navigation() trusts its copy when this process changed nothing.
inline constexpr std::chrono::seconds kNavigationMaxAge{30};

}  // namespace tori::store
