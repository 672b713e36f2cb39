// SPDX-License-Identifier: AGPL-3.0-or-later
// A database and its pool of connections (SQLite or PostgreSQL), shared by the aggregate stores
// here.
//
//   Database database{data / "tori.sqlite", options};  // SQLite; throws Unavailable
//   {
//     Lease connection = database.acquire();           // this thread's until it goes out of scope
//     connection->prepare(kSelectSomething).step();
//   }
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
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

// How many connections a pool keeps and how long a caller waits for one.
struct PoolOptions {
  int size = 4;
  std::chrono::milliseconds wait{5000};
};

// Opens one connection of a pool; throws Unavailable when the database cannot be reached.
using ConnectionFactory = std::function<std::unique_ptr<Connection>(DatabaseTime&)>;

// The pool: at most options.size connections, opened on demand and kept open; a connection
// that lost its server is closed on return and a new one opened when needed, so the pool
// recovers by itself. Thread-safe.
class Database {
 public:
  // Opens the first connection (so a bad address fails here). `name` names the database in
  // messages (a path, or an address without its password). Throws what `open` throws;
  // std::invalid_argument when size < 1 or wait < 0.
  Database(std::string name, PoolOptions pool, ConnectionFactory open);
  // SQLite: the file `file` (created when absent) with `options`.
  Database(const std::filesystem::path& file, SqliteOptions options);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  // Closes every connection; the last close checkpoints the WAL into the database file and
  // removes it. REQUIRES: no Lease is alive.
  ~Database();
  // A connection for the calling thread, waiting up to busy_timeout for a free one. Throws
  // Error when none frees up in time, Unavailable when a new one cannot be opened. A thread
  // should hold one lease at a time (a second one can wait for itself).
  [[nodiscard]] Lease acquire();
  [[nodiscard]] const std::string& name() const { return name_; }
  // Time spent in the database and statements run, over every connection.
  [[nodiscard]] const DatabaseTime& time() const { return time_; }

 private:
  friend class Lease;
  void release(std::unique_ptr<Connection> connection) noexcept;
  std::unique_ptr<Connection> open_connection();
  std::string name_;
  PoolOptions pool_;
  ConnectionFactory open_connection_;
  DatabaseTime time_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;  // connections open or being opened, leased or idle
};

}  // namespace tori::store::sqlite
