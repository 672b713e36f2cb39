// SPDX-License-Identifier: AGPL-3.0-or-later
// The backend-neutral part of a connection: the statement cache, statement lending, timing.
#include "tori/store/sqlite/connection.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

namespace tori::store::sqlite {

std::string sql_excerpt(std::string_view sql) {
  constexpr std::size_t kMaxLength = 120;
  std::string text{sql.substr(0, kMaxLength)};
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return sql.size() > kMaxLength ? text + "…" : text;
}

SqlError::SqlError(SqlFailure failure, std::string_view backend, std::string reason,
                   std::string_view sql)
    : Error(std::string{backend} + ": " + reason + " (in: " + sql_excerpt(sql) + ")"),
      failure_(failure),
      reason_(std::move(reason)) {}

namespace {

std::int64_t steady_nanoseconds() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

DatabaseTimer::DatabaseTimer(DatabaseTime& time) : time_(time), start_(steady_nanoseconds()) {}

DatabaseTimer::~DatabaseTimer() {
  time_.nanoseconds.fetch_add(static_cast<std::uint64_t>(steady_nanoseconds() - start_),
                              std::memory_order_relaxed);
}

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(Connection& connection, StatementBackend* backend, bool* in_use,
                     std::unique_ptr<StatementBackend> owned)
    : connection_(&connection), backend_(backend), in_use_(in_use), owned_(std::move(owned)) {}

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_),
      backend_(std::exchange(other.backend_, nullptr)),
      in_use_(std::exchange(other.in_use_, nullptr)),
      owned_(std::move(other.owned_)),
      started_(other.started_) {}

Statement::~Statement() {
  if (backend_ == nullptr || in_use_ == nullptr) return;  // moved from, or a one-off
  backend_->reset();
  *in_use_ = false;
}

Statement& Statement::bind_int64(int index, std::int64_t value) {
  backend_->bind_int64(index, value);
  return *this;
}

Statement& Statement::bind_text(int index, std::string_view value) {
  backend_->bind_text(index, value);
  return *this;
}

Statement& Statement::bind_null(int index) {
  backend_->bind_null(index);
  return *this;
}

bool Statement::step() {
  DatabaseTimer timer{connection_->time_};
  if (!started_) connection_->time_.statements.fetch_add(1, std::memory_order_relaxed);
  started_ = true;
  const bool row = backend_->step();
  if (!row) started_ = false;  // a further step() runs the statement again, and counts again
  return row;
}

void Statement::run() {
  while (step()) {
  }
}

std::int64_t Statement::run_counting() {
  std::int64_t rows = 0;
  while (step())
    ++rows;
  return rows;
}

std::int64_t Statement::column_int64(int index) const {
  return backend_->column_int64(index);
}

std::string Statement::column_text(int index) const {
  return backend_->column_text(index);
}

bool Statement::column_is_null(int index) const {
  return backend_->column_is_null(index);
}

// ---- Connection ------------------------------------------------------------------------------

Statement Connection::prepare(std::string_view sql) {
  auto slot = cache_.find(sql);
  if (slot == cache_.end()) {
    DatabaseTimer timer{time_};
    std::unique_ptr<StatementBackend> compiled = compile(sql, true);
    slot = cache_.emplace(std::string{sql}, CachedStatement{std::move(compiled), false}).first;
  }
  if (slot->second.in_use) {
    DatabaseTimer timer{time_};
    std::unique_ptr<StatementBackend> one_off = compile(sql, false);
    StatementBackend* backend = one_off.get();
    return Statement{*this, backend, nullptr, std::move(one_off)};
  }
  slot->second.in_use = true;
  return Statement{*this, slot->second.backend.get(), &slot->second.in_use, nullptr};
}

Statement Connection::prepare(const DialectSql& sql) {
  return prepare(dialect() == Dialect::kPostgres ? sql.postgres : sql.sqlite);
}

}  // namespace tori::store::sqlite
