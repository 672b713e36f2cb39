// SPDX-License-Identifier: AGPL-3.0-or-later
// The site's editable pages on either SQL backend: save whole by key, reads, delete, and the
// navigation's pages with their copy in memory.
#include "tori/store/sqlite/page_store.hpp"

#include <map>
#include <utility>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kSelectPages =
    "SELECT p.id, p.slug, p.nav_position, p.created_at, p.updated_at, p.updated_by,"
    " coalesce(nullif(a.name, ''), a.email, '')"
    " FROM site_pages p LEFT JOIN accounts a ON a.id = p.updated_by ";
constexpr std::string_view kSelectVersions =
    "SELECT v.page_id, v.language, v.title, v.body FROM site_page_versions v"
    " JOIN site_pages p ON p.id = v.page_id ";
constexpr std::string_view kInsertPage =
    "INSERT INTO site_pages (slug, nav_position, created_at, updated_at, updated_by)"
    " VALUES (?1, ?2, ?3, ?3, ?4) RETURNING id";
constexpr std::string_view kUpdatePage =
    "UPDATE site_pages SET nav_position = ?1, updated_at = ?2, updated_by = ?3 WHERE id = ?4";
constexpr std::string_view kDeleteVersions = "DELETE FROM site_page_versions WHERE page_id = ?1";
constexpr std::string_view kInsertVersion =
    "INSERT INTO site_page_versions (page_id, language, title, body) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kDeletePage = "DELETE FROM site_pages WHERE id = ?1";
constexpr std::string_view kSelectNavigation =
    "SELECT p.slug, p.nav_position, v.language, v.title FROM site_pages p"
    " JOIN site_page_versions v ON v.page_id = p.id WHERE p.nav_position IS NOT NULL"
    " ORDER BY p.nav_position, p.slug";

UtcTime page_time(const std::string& text) {
  auto time = parse_utc(text);
  if (!time) throw Error("site_pages has a malformed time: " + text);
  return *time;
}

std::size_t page_language_index(const std::string& code) {
  for (std::size_t i = 0; i < core::kSitePageLanguages.size(); ++i) {
    if (text::language_code(core::kSitePageLanguages[i]) == code) return i;
  }
  throw Error("site_page_versions has an unknown language: " + code);
}

// The pages `where` picks ("WHERE p.slug = ?1"), each with its versions.
std::vector<SitePage> load_pages(Connection& connection, std::string_view where,
                                 std::string_view slug) {
  std::vector<SitePage> pages;
  std::map<std::int64_t, std::size_t> index;
  Statement rows = connection.prepare(std::string(kSelectPages) + std::string(where));
  if (!slug.empty()) rows.bind_text(1, slug);
  while (rows.step()) {
    SitePage& page = pages.emplace_back();
    page.id = rows.column_int64(0);
    page.input.slug = rows.column_text(1);
    if (!rows.column_is_null(2)) page.input.nav_position = static_cast<int>(rows.column_int64(2));
    page.created_at = page_time(rows.column_text(3));
    page.updated_at = page_time(rows.column_text(4));
    if (!rows.column_is_null(5)) page.updated_by = rows.column_int64(5);
    page.updated_by_name = rows.column_text(6);
    index[page.id] = pages.size() - 1;
  }
  Statement versions = connection.prepare(std::string(kSelectVersions) + std::string(where));
  if (!slug.empty()) versions.bind_text(1, slug);
  while (versions.step()) {
    const auto found = index.find(versions.column_int64(0));
    if (found == index.end()) continue;
    core::SitePageVersion& version =
        pages[found->second].input.versions[page_language_index(versions.column_text(1))];
    version = {versions.column_text(2), versions.column_text(3)};
  }
  return pages;
}

std::optional<SitePage> page_by_slug(Connection& connection, std::string_view slug) {
  auto found = load_pages(connection, "WHERE p.slug = ?1", slug);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void bind_page_id(Statement& statement, int index, std::optional<std::int64_t> value) {
  if (value) {
    statement.bind_int64(index, *value);
  } else {
    statement.bind_null(index);
  }
}

std::int64_t insert_page(Connection& connection, const std::string& slug,
                         std::optional<std::int64_t> position,
                         std::optional<std::int64_t> account_id, UtcTime now) {
  Statement insert = connection.prepare(kInsertPage);
  insert.bind_text(1, slug);
  bind_page_id(insert, 2, position);
  insert.bind_text(3, format_utc(now));
  bind_page_id(insert, 4, account_id);
  if (!insert.step()) throw Error("site_pages insert returned no id");
  return insert.column_int64(0);
}

void write_versions(Connection& connection, std::int64_t id, const core::SitePageInput& input) {
  connection.prepare(kDeleteVersions).bind_int64(1, id).run();
  for (std::size_t i = 0; i < input.versions.size(); ++i) {
    const core::SitePageVersion& version = input.versions[i];
    if (!version.exists()) continue;
    connection.prepare(kInsertVersion)
        .bind_int64(1, id)
        .bind_text(2, text::language_code(core::kSitePageLanguages[i]))
        .bind_text(3, version.title)
        .bind_text(4, version.body)
        .run();
  }
}

}  // namespace

SqlPageStore::SqlPageStore(Database& database) : database_(database) {}

PageSaved SqlPageStore::save(const core::SitePageInput& input,
                             std::optional<std::int64_t> account_id, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto existing = page_by_slug(connection, input.slug);
  if (existing && existing->input == input) return {PageSaveOutcome::kUnchanged, existing->id};
  const std::optional<std::int64_t> position =
      input.nav_position ? std::optional<std::int64_t>(*input.nav_position) : std::nullopt;
  std::int64_t id = 0;
  if (existing) {
    id = existing->id;
    Statement update = connection.prepare(kUpdatePage);
    bind_page_id(update, 1, position);
    update.bind_text(2, format_utc(now));
    bind_page_id(update, 3, account_id);
    update.bind_int64(4, id).run();
  } else {
    id = insert_page(connection, input.slug, position, account_id, now);
  }
  write_versions(connection, id, input);
  append_change(transaction, "page", id,
                existing ? ChangeAction::kUpdated : ChangeAction::kCreated);
  transaction.commit();
  forget_navigation();
  return {existing ? PageSaveOutcome::kUpdated : PageSaveOutcome::kCreated, id};
}

std::optional<SitePage> SqlPageStore::find(std::string_view slug) {
  Lease connection = database_.acquire();
  return page_by_slug(*connection, slug);
}

std::vector<SitePage> SqlPageStore::list() {
  Lease connection = database_.acquire();
  return load_pages(*connection, "ORDER BY p.slug", "");
}

bool SqlPageStore::remove(std::string_view slug) {
  Transaction transaction{database_, TransactionKind::kWrite};
  Connection& connection = transaction.connection();
  const auto existing = page_by_slug(connection, slug);
  if (!existing) return false;
  connection.prepare(kDeleteVersions).bind_int64(1, existing->id).run();
  connection.prepare(kDeletePage).bind_int64(1, existing->id).run();
  append_change(transaction, "page", existing->id, ChangeAction::kDeleted);
  transaction.commit();
  forget_navigation();
  return true;
}

void SqlPageStore::forget_navigation() {
  const std::lock_guard lock(mutex_);
  navigation_.reset();
  ++generation_;
}

std::vector<NavPage> SqlPageStore::navigation() {
  std::uint64_t generation = 0;
  {
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (navigation_ && now - navigation_read_at_ < kNavigationMaxAge) return *navigation_;
    generation = generation_;
  }
  std::vector<NavPage> pages;
  {
    Lease connection = database_.acquire();
    Statement rows = connection->prepare(kSelectNavigation);
    while (rows.step()) {
      std::string slug = rows.column_text(0);
      if (pages.empty() || pages.back().slug != slug) {
        pages.push_back({std::move(slug), {}, static_cast<int>(rows.column_int64(1))});
      }
      pages.back().titles[page_language_index(rows.column_text(2))] = rows.column_text(3);
    }
  }
  const std::lock_guard lock(mutex_);
  if (generation == generation_) {
    navigation_ = pages;
    navigation_read_at_ = std::chrono::steady_clock::now();
  }
  return pages;
}

}  // namespace tori::store::sqlite
