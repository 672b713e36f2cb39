// SPDX-License-Identifier: AGPL-3.0-or-later
// A database connection and its prepared statements, the same for SQLite and PostgreSQL: the
// aggregate stores in this folder run one SQL text on either backend (sqlite_connection.hpp,
// ../postgres/pg_connection.hpp implement it).
//
//   constexpr std::string_view kSelectName = "SELECT name FROM t WHERE id = ?1";
//   Statement statement = connection.prepare(kSelectName);
//   statement.bind_int64(1, id);
//   if (statement.step()) name = statement.column_text(0);
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "tori/store/errors.hpp"

namespace tori::store::sqlite {

// Time spent in the database and statements run, summed over every connection of a pool.
struct DatabaseTime {
  std::atomic<std::uint64_t> nanoseconds{0};
  std::atomic<std::uint64_t> statements{0};
};

// Which SQL a connection speaks, for the few statements that must differ (dialect_sql).
enum class Dialect { kSqlite, kPostgres };

// One SQL text per dialect, for a statement that cannot be written portably.
struct DialectSql {
  std::string_view sqlite;
  std::string_view postgres;
};

// What went wrong in a statement, as far as a caller may want to turn it into a return value.
enum class SqlFailure { kOther, kUniqueViolation, kForeignKeyViolation, kCheckViolation, kBusy };

// A statement failed; failure() classifies it the same way on both backends.
class SqlError : public Error {
 public:
  // what(): "<backend>: <reason> (in: <start of sql>)".
  SqlError(SqlFailure failure, std::string_view backend, std::string reason, std::string_view sql);
  [[nodiscard]] SqlFailure failure() const { return failure_; }
  // The database's own message, without the statement ("no such table: x").
  [[nodiscard]] const std::string& reason() const { return reason_; }

 private:
  SqlFailure failure_;
  std::string reason_;
};

// The start of a statement on one line, for error messages.
[[nodiscard]] std::string sql_excerpt(std::string_view sql);

// One compiled statement of a backend. Parameters count from 1, columns from 0. Methods throw
// SqlError (or a subclass).
class StatementBackend {
 public:
  virtual ~StatementBackend() = default;
  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;
  virtual void bind_null(int index) = 0;
  // The next row: true when one is ready to read, false when the statement is done (a further
  // step() runs it again).
  virtual bool step() = 0;
  // Forgets the bindings and any rows, ready for the next use from the cache.
  virtual void reset() noexcept = 0;
  [[nodiscard]] virtual std::int64_t column_int64(int index) const = 0;
  [[nodiscard]] virtual std::string column_text(int index) const = 0;
  [[nodiscard]] virtual bool column_is_null(int index) const = 0;
};

class Connection;

// A prepared statement borrowed from a connection's cache; on destruction it is reset and goes
// back to the cache. Methods throw SqlError.
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
  // Runs to completion and returns how many rows it gave (… RETURNING id: how many were hit).
  std::int64_t run_counting();
  // An integer column; NULL reads as 0, a boolean as 0 or 1.
  [[nodiscard]] std::int64_t column_int64(int index) const;
  // A text column; NULL reads as "".
  [[nodiscard]] std::string column_text(int index) const;
  [[nodiscard]] bool column_is_null(int index) const;

 private:
  friend class Connection;
  Statement(Connection& connection, StatementBackend* backend, bool* in_use,
            std::unique_ptr<StatementBackend> owned);
  Connection* connection_;
  StatementBackend* backend_;
  bool* in_use_;                             // the cache slot's flag; null for a one-off statement
  std::unique_ptr<StatementBackend> owned_;  // a one-off statement, freed at the end
  bool started_ = false;
};

// An open connection. Used by one thread at a time (the pool guarantees it).
class Connection {
 public:
  explicit Connection(DatabaseTime& time) : time_(time) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  // REQUIRES: no Statement of it is alive. Subclasses call clear_statement_cache() first.
  virtual ~Connection() = default;
  // The cached statement for this SQL text (compiled on first use); a one-off copy when the
  // cached one is still in use. Throws SqlError when the SQL does not compile.
  [[nodiscard]] Statement prepare(std::string_view sql);
  // The text of `sql` for this connection's dialect, prepared as above.
  [[nodiscard]] Statement prepare(const DialectSql& sql);
  // Runs one or more statements without parameters (BEGIN, a migration file); throws SqlError.
  virtual void execute(std::string_view sql) = 0;
  // True while a transaction is open on this connection.
  [[nodiscard]] virtual bool in_transaction() const = 0;
  // False once the connection is lost (the server went away); the pool then closes it.
  [[nodiscard]] virtual bool usable() const { return true; }
  [[nodiscard]] virtual Dialect dialect() const = 0;
  // Time spent and statements run, shared with the pool.
  [[nodiscard]] DatabaseTime& time() { return time_; }

 protected:
  // Compiles `sql`; `cached` tells whether it will be kept for reuse.
  virtual std::unique_ptr<StatementBackend> compile(std::string_view sql, bool cached) = 0;
  // Frees cached statements while the subclass's handle is still open.
  void clear_statement_cache() noexcept { cache_.clear(); }

 private:
  friend class Statement;
  struct CachedStatement {
    std::unique_ptr<StatementBackend> backend;
    bool in_use = false;
  };
  DatabaseTime& time_;
  std::map<std::string, CachedStatement, std::less<>> cache_;
};

// Adds the wall time from construction to destruction to a database's total.
class DatabaseTimer {
 public:
  explicit DatabaseTimer(DatabaseTime& time);
  DatabaseTimer(const DatabaseTimer&) = delete;
  DatabaseTimer& operator=(const DatabaseTimer&) = delete;
  ~DatabaseTimer();

 private:
  DatabaseTime& time_;
  std::int64_t start_;
};

}  // namespace tori::store::sqlite
