// SPDX-License-Identifier: AGPL-3.0-or-later
// The connection pool of a database: lending, returning, opening on demand, closing.
#include "tori/store/sqlite/database.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "tori/store/sqlite/sqlite_connection.hpp"

namespace tori::store::sqlite {

Lease::Lease(Database& database, std::unique_ptr<Connection> connection)
    : database_(&database), connection_(std::move(connection)) {}

Lease::Lease(Lease&& other) noexcept
    : database_(other.database_), connection_(std::move(other.connection_)) {}

Lease::~Lease() {
  if (connection_ != nullptr) database_->release(std::move(connection_));
}

Database::Database(std::string name, PoolOptions pool, ConnectionFactory open)
    : name_(std::move(name)), pool_(pool), open_connection_(std::move(open)) {
  if (pool_.size < 1) throw std::invalid_argument("the pool size must be at least 1");
  if (pool_.wait.count() < 0) {
    throw std::invalid_argument("the wait for a pooled connection must not be negative");
  }
  idle_.push_back(open_connection_(time_));
  open_ = 1;
}

namespace {

void check_sqlite_options(const SqliteOptions& options) {
  if (options.pool_size < 1) throw std::invalid_argument("SqliteOptions::pool_size must be >= 1");
  if (options.busy_timeout.count() < 0) {
    throw std::invalid_argument("SqliteOptions::busy_timeout must not be negative");
  }
}

}  // namespace

Database::Database(const std::filesystem::path& file, SqliteOptions options)
    : Database(file.string(), PoolOptions{options.pool_size, options.busy_timeout},
               [file, options](DatabaseTime& time) {
                 check_sqlite_options(options);
                 return open_sqlite_connection(file, options, time);
               }) {}

Database::~Database() {
  // Closing the last connection checkpoints the WAL; SQLite does it when the close is clean.
  idle_.clear();
}

Lease Database::acquire() {
  std::unique_lock lock{mutex_};
  const auto available = [this] { return !idle_.empty() || open_ < pool_.size; };
  if (!released_.wait_for(lock, pool_.wait, available)) {
    throw Error("no free connection to " + name_ + " within " + std::to_string(pool_.wait.count()) +
                " ms (pool size " + std::to_string(pool_.size) + ")");
  }
  if (!idle_.empty()) {
    std::unique_ptr<Connection> connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease{*this, std::move(connection)};
  }
  ++open_;  // reserve the slot, then open without holding the lock
  lock.unlock();
  return Lease{*this, open_connection()};
}

std::unique_ptr<Connection> Database::open_connection() {
  try {
    return open_connection_(time_);
  } catch (...) {
    {
      std::lock_guard lock{mutex_};
      --open_;
    }
    released_.notify_one();
    throw;
  }
}

void Database::release(std::unique_ptr<Connection> connection) noexcept {
  if (!connection->usable()) {
    connection.reset();  // its server went away: a new one is opened when needed
  } else if (connection->in_transaction()) {
    try {
      connection->execute("ROLLBACK");  // never hand an open transaction to the next thread
    } catch (const Error&) {
      connection.reset();  // a connection that cannot roll back is closed, not reused
    }
  }
  {
    std::lock_guard lock{mutex_};
    if (connection != nullptr) {
      idle_.push_back(std::move(connection));
    } else {
      --open_;
    }
  }
  released_.notify_one();
}

}  // namespace tori::store::sqlite
