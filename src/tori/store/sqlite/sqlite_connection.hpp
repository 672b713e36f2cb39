// SPDX-License-Identifier: AGPL-3.0-or-later
// The SQLite side of connection.hpp: a file opened with the house pragmas and the "fi"
// collation.
//
//   std::unique_ptr<Connection> connection = open_sqlite_connection(file, options, time);
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "tori/store/sqlite/connection.hpp"
#include "tori/store/sqlite/options.hpp"

namespace tori::store::sqlite {

// A SQLite statement failed; code() is SQLite's extended result code (e.g.
// SQLITE_CONSTRAINT_UNIQUE).
class SqliteError : public SqlError {
 public:
  SqliteError(int code, std::string reason, std::string_view sql);
  [[nodiscard]] int code() const { return code_; }

 private:
  int code_;
};

// Opens or creates `file` and sets WAL, foreign_keys=ON, synchronous=NORMAL and busy_timeout;
// registers the collation "fi" (Finnish order, text::compare_finnish) for ORDER BY … COLLATE fi.
// Throws Unavailable with the path and SQLite's reason when that fails.
[[nodiscard]] std::unique_ptr<Connection> open_sqlite_connection(const std::filesystem::path& file,
                                                                 const SqliteOptions& options,
                                                                 DatabaseTime& time);

// Copies the database `source` into the new file `target` with SQLite's online backup API: a
// consistent copy while other connections go on reading and writing (a page step at a time,
// restarting when a writer changes a page already copied). Throws Unavailable when either file
// cannot be opened, SqliteError when the copy fails (then `target` is removed).
void backup_sqlite_file(const std::filesystem::path& source, const std::filesystem::path& target);

}  // namespace tori::store::sqlite
