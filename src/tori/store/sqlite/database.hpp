// SPDX-License-Identifier: AGPL-3.0-or-later
// A SQLite database file and its pool of connections, shared by the aggregate stores here.
//
//   Database database{data / "tori.sqlite", options};  // throws Unavailable
//   {
//     Lease connection = database.acquire();           // this thread's until it goes out of scope
//     connection->prepare(kSelectSomething).step();
//   }
#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "tori/store/sqlite/connection.hpp"
#include "tori/store/sqlite/options.hpp"

namespace tori::store::sqlite {

class Database;

// A connection borrowed from the pool; returned (with any open transaction rolled back) when the
// lease is destroyed.
class Lease {
 public:
  Lease(Lease&& other) noexcept;
  Lease& operator=(Lease&&) = delete;
  ~Lease();
  Connection& operator*() const { return *connection_; }
  Connection* operator->() const { return connection_.get(); }

 private:
  friend class Database;
  Lease(Database& database, std::unique_ptr<Connection> connection);
  Database* database_;
  std::unique_ptr<Connection> connection_;
};

// The pool: at most options.pool_size connections, opened on demand and kept open. Thread-safe.
class Database {
 public:
  // Opens the first connection (so a bad path fails here). Throws Unavailable naming the path
  // and the reason; std::invalid_argument when pool_size < 1 or busy_timeout < 0.
  Database(std::filesystem::path file, SqliteOptions options);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  // Closes every connection; the last close checkpoints the WAL into the database file and
  // removes it. REQUIRES: no Lease is alive.
  ~Database();
  // A connection for the calling thread, waiting up to busy_timeout for a free one. Throws
  // Error when none frees up in time, Unavailable when a new one cannot be opened. A thread
  // should hold one lease at a time (a second one can wait for itself).
  [[nodiscard]] Lease acquire();
  [[nodiscard]] const std::filesystem::path& file() const { return file_; }
  [[nodiscard]] const SqliteOptions& options() const { return options_; }
  // Time spent in SQLite and statements run, over every connection.
  [[nodiscard]] const DatabaseTime& time() const { return time_; }

 private:
  friend class Lease;
  void release(std::unique_ptr<Connection> connection) noexcept;
  std::unique_ptr<Connection> open_connection();
  std::filesystem::path file_;
  SqliteOptions options_;
  DatabaseTime time_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;  // connections open or being opened, leased or idle
};

}  // namespace tori::store::sqlite
