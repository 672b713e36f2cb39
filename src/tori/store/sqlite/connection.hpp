// SPDX-License-Identifier: AGPL-3.0-or-later
// One SQLite connection with the house pragmas and a per-connection cache of prepared
// statements, used by the pool (database.hpp) and the aggregate stores in this folder.
//
//   constexpr std::string_view kSelectName = "SELECT name FROM t WHERE id = ?1";
//   Statement statement = connection.prepare(kSelectName);
//   statement.bind_int64(1, id);
//   if (statement.step()) name = statement.column_text(0);
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "tori/store/errors.hpp"
#include "tori/store/sqlite/options.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace tori::store::sqlite {

// Time spent in SQLite and statements run, summed over every connection of a database.
struct DatabaseTime {
  std::atomic<std::uint64_t> nanoseconds{0};
  std::atomic<std::uint64_t> statements{0};
};

// A statement failed; code() is SQLite's extended result code (e.g. SQLITE_CONSTRAINT_UNIQUE),
// so a caller may turn an expected one into a return value.
class SqliteError : public Error {
 public:
  SqliteError(int code, std::string reason, std::string_view sql);
  [[nodiscard]] int code() const { return code_; }
  // SQLite's own message, without the statement ("no such table: x").
  [[nodiscard]] const std::string& reason() const { return reason_; }

 private:
  int code_;
  std::string reason_;
};

class Connection;

// A prepared statement borrowed from a connection's cache; on destruction it is reset, its
// bindings cleared, and it goes back to the cache. Parameters and columns count as SQLite does
// (parameters from 1, columns from 0). Methods throw SqliteError.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  ~Statement();
  Statement& bind_int64(int index, std::int64_t value);
  Statement& bind_text(int index, std::string_view value);
  Statement& bind_null(int index);
  // Runs to the next row: true when a row is ready to read, false when the statement is done.
  [[nodiscard]] bool step();
  // Runs to completion, ignoring rows (INSERT, UPDATE, DDL).
  void run();
  [[nodiscard]] std::int64_t column_int64(int index) const;
  [[nodiscard]] std::string column_text(int index) const;
  [[nodiscard]] bool column_is_null(int index) const;

 private:
  friend class Connection;
  Statement(Connection& connection, sqlite3_stmt* handle, bool* in_use);
  void check(int result) const;
  Connection* connection_;
  sqlite3_stmt* handle_;
  bool* in_use_;  // the cache slot's flag; null for a one-off statement finalized at the end
  bool started_ = false;
};

// An open connection. Used by one thread at a time (the pool guarantees it).
class Connection {
 public:
  // Opens or creates `file` and sets WAL, foreign_keys=ON, synchronous=NORMAL and busy_timeout;
  // registers the collation "fi" (Finnish order, text::compare_finnish) for ORDER BY … COLLATE fi.
  // Throws Unavailable with the path and SQLite's reason when that fails.
  [[nodiscard]] static std::unique_ptr<Connection> open(const std::filesystem::path& file,
                                                        const SqliteOptions& options,
                                                        DatabaseTime& time);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  // Finalizes cached statements and closes. REQUIRES: no Statement of it is alive.
  ~Connection();
  // The cached statement for this SQL text (prepared on first use); a one-off copy when the
  // cached one is still in use. Throws SqliteError when the SQL does not compile.
  [[nodiscard]] Statement prepare(std::string_view sql);
  // Runs one or more statements without parameters (BEGIN, a migration file); throws SqliteError.
  void execute(std::string_view sql);
  // True while a transaction is open on this connection.
  [[nodiscard]] bool in_transaction() const;

 private:
  friend class Statement;
  struct CachedStatement {
    sqlite3_stmt* handle = nullptr;
    bool in_use = false;
  };
  Connection(sqlite3* handle, DatabaseTime& time);
  void apply_pragmas(const SqliteOptions& options);
  void register_collations();
  sqlite3_stmt* compile(std::string_view sql, bool persistent);
  [[noreturn]] void fail(int result, std::string_view sql) const;
  sqlite3* handle_;
  DatabaseTime& time_;
  std::map<std::string, CachedStatement, std::less<>> cache_;
};

}  // namespace tori::store::sqlite
