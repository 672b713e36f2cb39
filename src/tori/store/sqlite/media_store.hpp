// SPDX-License-Identifier: AGPL-3.0-or-later
// A practice's images and attachments on SQLite (data/sql/0006_media.sql).
#pragma once

#include "tori/store/media_store.hpp"
#include "tori/store/sqlite/database.hpp"

namespace tori::store::sqlite {

class SqliteMediaStore final : public MediaStore {
 public:
  // REQUIRES: `database` outlives this object and has migration 0006.
  explicit SqliteMediaStore(Database& database);
  std::int64_t add(const MediaItem& item, const Actor& actor, UtcTime now) override;
  std::vector<MediaItem> of_practice(std::int64_t practice_id, MediaKind kind) override;
  std::optional<MediaItem> find_file(std::string_view file) override;
  bool describe(std::int64_t practice_id, std::int64_t media_id, std::string_view description,
                UtcTime now) override;
  std::optional<MediaItem> remove(std::int64_t practice_id, std::int64_t media_id,
                                  UtcTime now) override;
  std::vector<std::string> referenced_files() override;

 private:
  Database& database_;
};

}  // namespace tori::store::sqlite
