// SPDX-License-Identifier: AGPL-3.0-or-later
// The connection pool of a SQLite database: lending, returning, opening on demand, closing.
#include "tori/store/sqlite/database.hpp"

#include <stdexcept>
#include <string>
#include <utility>

namespace tori::store::sqlite {

Lease::Lease(Database& database, std::unique_ptr<Connection> connection)
    : database_(&database), connection_(std::move(connection)) {}

Lease::Lease(Lease&& other) noexcept
    : database_(other.database_), connection_(std::move(other.connection_)) {}

Lease::~Lease() {
  if (connection_ != nullptr) database_->release(std::move(connection_));
}

Database::Database(std::filesystem::path file, SqliteOptions options)
    : file_(std::move(file)), options_(options) {
  if (options_.pool_size < 1) throw std::invalid_argument("SqliteOptions::pool_size must be >= 1");
  if (options_.busy_timeout.count() < 0) {
    throw std::invalid_argument("SqliteOptions::busy_timeout must not be negative");
  }
  idle_.push_back(Connection::open(file_, options_, time_));
  open_ = 1;
}

Database::~Database() {
  // Closing the last connection checkpoints the WAL; SQLite does it when the close is clean.
  idle_.clear();
}

Lease Database::acquire() {
  std::unique_lock lock{mutex_};
  const auto available = [this] { return !idle_.empty() || open_ < options_.pool_size; };
  if (!released_.wait_for(lock, options_.busy_timeout, available)) {
    throw Error("no free connection to " + file_.string() + " within " +
                std::to_string(options_.busy_timeout.count()) + " ms (pool size " +
                std::to_string(options_.pool_size) + ")");
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
    return Connection::open(file_, options_, time_);
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
  if (connection->in_transaction()) {
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
