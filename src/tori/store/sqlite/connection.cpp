// SPDX-License-Identifier: AGPL-3.0-or-later
// A SQLite connection: opening with the house pragmas and the "fi" collation, the statement
// cache, timing of calls.
#include "tori/store/sqlite/connection.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <system_error>
#include <utility>

#include "tori/text/collate.hpp"

namespace tori::store::sqlite {

namespace {

// Adds the wall time from construction to destruction to a database's total.
class Timer {
 public:
  explicit Timer(DatabaseTime& time) : time_(time), start_(std::chrono::steady_clock::now()) {}
  Timer(const Timer&) = delete;
  Timer& operator=(const Timer&) = delete;
  ~Timer() {
    const auto spent = std::chrono::steady_clock::now() - start_;
    time_.nanoseconds.fetch_add(std::chrono::duration_cast<std::chrono::nanoseconds>(spent).count(),
                                std::memory_order_relaxed);
  }

 private:
  DatabaseTime& time_;
  std::chrono::steady_clock::time_point start_;
};

// The start of a statement on one line, for error messages.
std::string sql_excerpt(std::string_view sql) {
  constexpr std::size_t kMaxLength = 120;
  std::string text{sql.substr(0, kMaxLength)};
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return sql.size() > kMaxLength ? text + "…" : text;
}

// The one-line message of Unavailable: the path, SQLite's reason and the system's, if any.
std::string open_failure(const std::filesystem::path& file, std::string_view reason,
                         sqlite3* handle) {
  std::string message = "cannot open database " + file.string() + ": " + std::string{reason};
  const int system_error = handle != nullptr ? sqlite3_system_errno(handle) : 0;
  if (system_error != 0) {
    message += " (" + std::error_code{system_error, std::generic_category()}.message() + ")";
  }
  return message;
}

// The collation "fi" (ORDER BY title COLLATE fi): Finnish alphabetical order through ICU. SQLite
// cannot take an exception, so if ICU fails the bytes decide (never expected to happen).
int compare_finnish_collation(void*, int a_size, const void* a, int b_size, const void* b) {
  const std::string_view left{static_cast<const char*>(a), static_cast<std::size_t>(a_size)};
  const std::string_view right{static_cast<const char*>(b), static_cast<std::size_t>(b_size)};
  try {
    return text::compare_finnish(left, right);
  } catch (...) {
    return left.compare(right);
  }
}

}  // namespace

SqliteError::SqliteError(int code, std::string reason, std::string_view sql)
    : Error("SQLite: " + reason + " (in: " + sql_excerpt(sql) + ")"),
      code_(code),
      reason_(std::move(reason)) {}

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(Connection& connection, sqlite3_stmt* handle, bool* in_use)
    : connection_(&connection), handle_(handle), in_use_(in_use) {}

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_),
      handle_(std::exchange(other.handle_, nullptr)),
      in_use_(other.in_use_),
      started_(other.started_) {}

Statement::~Statement() {
  if (handle_ == nullptr) return;
  if (in_use_ == nullptr) {
    sqlite3_finalize(handle_);
    return;
  }
  sqlite3_reset(handle_);
  sqlite3_clear_bindings(handle_);
  *in_use_ = false;
}

Statement& Statement::bind_int64(int index, std::int64_t value) {
  check(sqlite3_bind_int64(handle_, index, value));
  return *this;
}

Statement& Statement::bind_text(int index, std::string_view value) {
  // An empty view may have a null data(), which SQLite would bind as NULL rather than ''.
  const char* data = value.data() != nullptr ? value.data() : "";
  check(sqlite3_bind_text64(handle_, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Statement& Statement::bind_null(int index) {
  check(sqlite3_bind_null(handle_, index));
  return *this;
}

bool Statement::step() {
  Timer timer{connection_->time_};
  if (!started_) connection_->time_.statements.fetch_add(1, std::memory_order_relaxed);
  started_ = true;
  const int result = sqlite3_step(handle_);
  if (result == SQLITE_ROW) return true;
  started_ = false;  // a further step() runs the statement again, and counts again
  if (result == SQLITE_DONE) return false;
  connection_->fail(result, sqlite3_sql(handle_));
}

void Statement::run() {
  while (step()) {
  }
}

std::int64_t Statement::column_int64(int index) const {
  return sqlite3_column_int64(handle_, index);
}

std::string Statement::column_text(int index) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(handle_, index));
  const int size = sqlite3_column_bytes(handle_, index);
  return text != nullptr ? std::string{text, static_cast<std::size_t>(size)} : std::string{};
}

bool Statement::column_is_null(int index) const {
  return sqlite3_column_type(handle_, index) == SQLITE_NULL;
}

void Statement::check(int result) const {
  if (result != SQLITE_OK) connection_->fail(result, sqlite3_sql(handle_));
}

// ---- Connection ------------------------------------------------------------------------------

std::unique_ptr<Connection> Connection::open(const std::filesystem::path& file,
                                             const SqliteOptions& options, DatabaseTime& time) {
  constexpr int kFlags =
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  sqlite3* handle = nullptr;
  const int result = sqlite3_open_v2(file.c_str(), &handle, kFlags, nullptr);
  if (result != SQLITE_OK) {
    const std::string message = open_failure(
        file, handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(result), handle);
    sqlite3_close(handle);
    throw Unavailable(message);
  }
  std::unique_ptr<Connection> connection{new Connection(handle, time)};
  try {
    connection->apply_pragmas(options);
    connection->register_collations();
  } catch (const SqliteError& error) {
    // SQLite opens lazily: "not a database" and unwritable folders show up here.
    throw Unavailable(open_failure(file, error.reason(), handle));
  }
  return connection;
}

Connection::Connection(sqlite3* handle, DatabaseTime& time) : handle_(handle), time_(time) {}

Connection::~Connection() {
  for (auto& [sql, cached] : cache_)
    sqlite3_finalize(cached.handle);
  sqlite3_close_v2(handle_);
}

constexpr std::string_view kSetWal = "PRAGMA journal_mode = WAL";
constexpr std::string_view kSetSessionPragmas =
    "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON";

void Connection::apply_pragmas(const SqliteOptions& options) {
  sqlite3_busy_timeout(handle_, static_cast<int>(options.busy_timeout.count()));
  {
    Statement mode = prepare(kSetWal);
    if (!mode.step() || mode.column_text(0) != "wal") {
      throw SqliteError(SQLITE_CANTOPEN, "the database refused WAL mode", kSetWal);
    }
  }
  execute(kSetSessionPragmas);
}

void Connection::register_collations() {
  const int result = sqlite3_create_collation_v2(handle_, "fi", SQLITE_UTF8, nullptr,
                                                 compare_finnish_collation, nullptr);
  if (result != SQLITE_OK) fail(result, "sqlite3_create_collation_v2(fi)");
}

Statement Connection::prepare(std::string_view sql) {
  auto slot = cache_.find(sql);
  if (slot == cache_.end()) {
    slot = cache_.emplace(std::string{sql}, CachedStatement{compile(sql, true), false}).first;
  }
  if (slot->second.in_use) return Statement{*this, compile(sql, false), nullptr};
  slot->second.in_use = true;
  return Statement{*this, slot->second.handle, &slot->second.in_use};
}

sqlite3_stmt* Connection::compile(std::string_view sql, bool persistent) {
  Timer timer{time_};
  sqlite3_stmt* handle = nullptr;
  const int result =
      sqlite3_prepare_v3(handle_, sql.data(), static_cast<int>(sql.size()),
                         persistent ? SQLITE_PREPARE_PERSISTENT : 0, &handle, nullptr);
  if (result != SQLITE_OK) fail(result, sql);
  if (handle == nullptr) throw SqliteError(SQLITE_MISUSE, "no statement in the text", sql);
  return handle;
}

void Connection::execute(std::string_view sql) {
  const std::string text{sql};
  Timer timer{time_};
  time_.statements.fetch_add(1, std::memory_order_relaxed);
  char* message = nullptr;
  const int result = sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, &message);
  if (result == SQLITE_OK) return;
  std::string reason = message != nullptr ? message : sqlite3_errstr(result);
  sqlite3_free(message);
  throw SqliteError(sqlite3_extended_errcode(handle_), std::move(reason), sql);
}

bool Connection::in_transaction() const {
  return sqlite3_get_autocommit(handle_) == 0;
}

void Connection::fail(int result, std::string_view sql) const {
  const bool current = sqlite3_extended_errcode(handle_) == result;
  throw SqliteError(result, current ? sqlite3_errmsg(handle_) : sqlite3_errstr(result), sql);
}

}  // namespace tori::store::sqlite
