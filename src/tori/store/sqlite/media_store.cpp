// SPDX-License-Identifier: AGPL-3.0-or-later
// Images and attachments of practices on SQLite; every change logs the practice's change.
#include "tori/store/sqlite/media_store.hpp"

#include "tori/store/sqlite/change_log.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr std::string_view kColumns =
    "id, practice_id, kind, file, coalesce(thumbnail, ''), description, original_name, width,"
    " height, thumbnail_width, thumbnail_height, pages, bytes, added_at";

MediaItem item_of(const Statement& row) {
  MediaItem item;
  item.id = row.column_int64(0);
  item.practice_id = row.column_int64(1);
  item.kind = row.column_text(2) == "image" ? MediaKind::kImage : MediaKind::kAttachment;
  item.file = row.column_text(3);
  item.thumbnail = row.column_text(4);
  item.description = row.column_text(5);
  item.original_name = row.column_text(6);
  item.width = static_cast<int>(row.column_int64(7));
  item.height = static_cast<int>(row.column_int64(8));
  item.thumbnail_width = static_cast<int>(row.column_int64(9));
  item.thumbnail_height = static_cast<int>(row.column_int64(10));
  item.pages = static_cast<int>(row.column_int64(11));
  item.bytes = row.column_int64(12);
  item.added_at = parse_utc(row.column_text(13)).value_or(UtcTime{});
  return item;
}

std::string select(std::string_view where) {
  return "SELECT " + std::string(kColumns) + " FROM practice_media " + std::string(where);
}

constexpr std::string_view kInsertMedia =
    "INSERT INTO practice_media (practice_id, kind, file, thumbnail, description, original_name,"
    " width, height, thumbnail_width, thumbnail_height, pages, bytes, position, added_at,"
    " account_id) VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
    " (SELECT coalesce(max(position), 0) + 1 FROM practice_media"
    "  WHERE practice_id = ?1 AND kind = ?2), ?13, ?14) RETURNING id";

void bind_item(Statement& insert, const MediaItem& item) {
  insert.bind_int64(1, item.practice_id).bind_text(2, to_string(item.kind));
  insert.bind_text(3, item.file).bind_text(4, item.thumbnail).bind_text(5, item.description);
  insert.bind_text(6, item.original_name).bind_int64(7, item.width).bind_int64(8, item.height);
  insert.bind_int64(9, item.thumbnail_width).bind_int64(10, item.thumbnail_height);
  insert.bind_int64(11, item.pages).bind_int64(12, item.bytes);
}

}  // namespace

SqliteMediaStore::SqliteMediaStore(Database& database) : database_(database) {}

std::int64_t SqliteMediaStore::add(const MediaItem& item, const Actor& actor, UtcTime now) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::int64_t id = 0;
  {
    Statement insert = transaction.connection().prepare(kInsertMedia);
    bind_item(insert, item);
    insert.bind_text(13, format_utc(now));
    if (actor.account_id)
      insert.bind_int64(14, *actor.account_id);
    else
      insert.bind_null(14);
    if (!insert.step()) throw Error("practice_media: INSERT … RETURNING gave no id");
    id = insert.column_int64(0);
  }
  append_change(transaction, "practice", item.practice_id, ChangeAction::kUpdated);
  transaction.commit();
  return id;
}

std::vector<MediaItem> SqliteMediaStore::of_practice(std::int64_t practice_id, MediaKind kind) {
  Lease connection = database_.acquire();
  Statement rows =
      connection->prepare(select("WHERE practice_id = ?1 AND kind = ?2 ORDER BY position, id"));
  rows.bind_int64(1, practice_id).bind_text(2, to_string(kind));
  std::vector<MediaItem> items;
  while (rows.step())
    items.push_back(item_of(rows));
  return items;
}

std::optional<MediaItem> SqliteMediaStore::find_file(std::string_view file) {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(select("WHERE file = ?1 OR thumbnail = ?1"));
  rows.bind_text(1, file);
  if (!rows.step()) return std::nullopt;
  return item_of(rows);
}

bool SqliteMediaStore::describe(std::int64_t practice_id, std::int64_t media_id,
                                std::string_view description, UtcTime /*now*/) {
  Transaction transaction{database_, TransactionKind::kWrite};
  {
    Statement update = transaction.connection().prepare(
        "UPDATE practice_media SET description = ?3 WHERE id = ?1 AND practice_id = ?2"
        " AND description <> ?3 RETURNING id");
    update.bind_int64(1, media_id).bind_int64(2, practice_id).bind_text(3, description);
    if (!update.step()) return false;
  }
  append_change(transaction, "practice", practice_id, ChangeAction::kUpdated);
  transaction.commit();
  return true;
}

std::optional<MediaItem> SqliteMediaStore::remove(std::int64_t practice_id, std::int64_t media_id,
                                                  UtcTime /*now*/) {
  Transaction transaction{database_, TransactionKind::kWrite};
  std::optional<MediaItem> removed;
  {
    Statement rows = transaction.connection().prepare(
        "DELETE FROM practice_media WHERE id = ?1 AND practice_id = ?2 RETURNING " +
        std::string(kColumns));
    rows.bind_int64(1, media_id).bind_int64(2, practice_id);
    if (!rows.step()) return std::nullopt;
    removed = item_of(rows);
    while (rows.step()) {
    }
  }
  append_change(transaction, "practice", practice_id, ChangeAction::kUpdated);
  transaction.commit();
  return removed;
}

std::vector<std::string> SqliteMediaStore::referenced_files() {
  Lease connection = database_.acquire();
  Statement rows = connection->prepare(
      "SELECT file FROM practice_media UNION ALL"
      " SELECT thumbnail FROM practice_media WHERE thumbnail IS NOT NULL");
  std::vector<std::string> files;
  while (rows.step())
    files.push_back(rows.column_text(0));
  return files;
}

}  // namespace tori::store::sqlite
