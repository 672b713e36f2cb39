// SPDX-License-Identifier: AGPL-3.0-or-later
// A SQLite connection: opening with the house pragmas and the "fi" collation, statements.
#include "tori/store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <system_error>
#include <utility>

#include "tori/text/collate.hpp"

namespace tori::store::sqlite {

namespace {

SqlFailure classify(int code) {
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return SqlFailure::kUniqueViolation;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return SqlFailure::kForeignKeyViolation;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      return SqlFailure::kCheckViolation;
    default:
      return (code & 0xff) == SQLITE_BUSY ? SqlFailure::kBusy : SqlFailure::kOther;
  }
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

[[noreturn]] void fail(sqlite3* handle, int result, std::string_view sql) {
  const bool current = sqlite3_extended_errcode(handle) == result;
  throw SqliteError(result, current ? sqlite3_errmsg(handle) : sqlite3_errstr(result), sql);
}

class SqliteStatement final : public StatementBackend {
 public:
  SqliteStatement(sqlite3* connection, sqlite3_stmt* handle)
      : connection_(connection), handle_(handle) {}
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement() override { sqlite3_finalize(handle_); }

  void bind_int64(int index, std::int64_t value) override {
    check(sqlite3_bind_int64(handle_, index, value));
  }
  void bind_text(int index, std::string_view value) override {
    // An empty view may have a null data(), which SQLite would bind as NULL rather than ''.
    const char* data = value.data() != nullptr ? value.data() : "";
    check(sqlite3_bind_text64(handle_, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  }
  void bind_null(int index) override { check(sqlite3_bind_null(handle_, index)); }
  bool step() override {
    const int result = sqlite3_step(handle_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    sqlite3_reset(handle_);
    fail(connection_, result, sqlite3_sql(handle_));
  }
  void reset() noexcept override {
    sqlite3_reset(handle_);
    sqlite3_clear_bindings(handle_);
  }
  [[nodiscard]] std::int64_t column_int64(int index) const override {
    return sqlite3_column_int64(handle_, index);
  }
  [[nodiscard]] std::string column_text(int index) const override {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(handle_, index));
    const int size = sqlite3_column_bytes(handle_, index);
    return text != nullptr ? std::string{text, static_cast<std::size_t>(size)} : std::string{};
  }
  [[nodiscard]] bool column_is_null(int index) const override {
    return sqlite3_column_type(handle_, index) == SQLITE_NULL;
  }

 private:
  void check(int result) const {
    if (result != SQLITE_OK) fail(connection_, result, sqlite3_sql(handle_));
  }
  sqlite3* connection_;
  sqlite3_stmt* handle_;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* handle, DatabaseTime& time) : Connection(time), handle_(handle) {}
  ~SqliteConnection() override {
    clear_statement_cache();
    sqlite3_close_v2(handle_);
  }
  void execute(std::string_view sql) override;
  [[nodiscard]] bool in_transaction() const override {
    return sqlite3_get_autocommit(handle_) == 0;
  }
  [[nodiscard]] Dialect dialect() const override { return Dialect::kSqlite; }
  void apply_pragmas(const SqliteOptions& options);
  void register_collations();

 protected:
  std::unique_ptr<StatementBackend> compile(std::string_view sql, bool cached) override;

 private:
  sqlite3* handle_;
};

constexpr std::string_view kSetWal = "PRAGMA journal_mode = WAL";
constexpr std::string_view kSetSessionPragmas =
    "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON";

void SqliteConnection::apply_pragmas(const SqliteOptions& options) {
  sqlite3_busy_timeout(handle_, static_cast<int>(options.busy_timeout.count()));
  {
    Statement mode = prepare(kSetWal);
    if (!mode.step() || mode.column_text(0) != "wal") {
      throw SqliteError(SQLITE_CANTOPEN, "the database refused WAL mode", kSetWal);
    }
  }
  execute(kSetSessionPragmas);
}

void SqliteConnection::register_collations() {
  const int result = sqlite3_create_collation_v2(handle_, "fi", SQLITE_UTF8, nullptr,
                                                 compare_finnish_collation, nullptr);
  if (result != SQLITE_OK) fail(handle_, result, "sqlite3_create_collation_v2(fi)");
}

std::unique_ptr<StatementBackend> SqliteConnection::compile(std::string_view sql, bool cached) {
  sqlite3_stmt* handle = nullptr;
  const int result = sqlite3_prepare_v3(handle_, sql.data(), static_cast<int>(sql.size()),
                                        cached ? SQLITE_PREPARE_PERSISTENT : 0, &handle, nullptr);
  if (result != SQLITE_OK) fail(handle_, result, sql);
  if (handle == nullptr) throw SqliteError(SQLITE_MISUSE, "no statement in the text", sql);
  return std::make_unique<SqliteStatement>(handle_, handle);
}

void SqliteConnection::execute(std::string_view sql) {
  const std::string text{sql};
  DatabaseTimer timer{time()};
  time().statements.fetch_add(1, std::memory_order_relaxed);
  char* message = nullptr;
  const int result = sqlite3_exec(handle_, text.c_str(), nullptr, nullptr, &message);
  if (result == SQLITE_OK) return;
  std::string reason = message != nullptr ? message : sqlite3_errstr(result);
  sqlite3_free(message);
  throw SqliteError(sqlite3_extended_errcode(handle_), std::move(reason), sql);
}

}  // namespace

SqliteError::SqliteError(int code, std::string reason, std::string_view sql)
    : SqlError(classify(code), "SQLite", std::move(reason), sql), code_(code) {}

std::unique_ptr<Connection> open_sqlite_connection(const std::filesystem::path& file,
                                                   const SqliteOptions& options,
                                                   DatabaseTime& time) {
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
  auto connection = std::make_unique<SqliteConnection>(handle, time);
  try {
    connection->apply_pragmas(options);
    connection->register_collations();
  } catch (const SqliteError& error) {
    // SQLite opens lazily: "not a database" and unwritable folders show up here.
    throw Unavailable(open_failure(file, error.reason(), handle));
  }
  return connection;
}

namespace {

sqlite3* open_for_backup(const std::filesystem::path& file, int flags) {
  sqlite3* handle = nullptr;
  const int result = sqlite3_open_v2(file.c_str(), &handle, flags | SQLITE_OPEN_EXRESCODE, nullptr);
  if (result != SQLITE_OK) {
    const std::string message = open_failure(
        file, handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(result), handle);
    sqlite3_close(handle);
    throw Unavailable(message);
  }
  sqlite3_busy_timeout(handle, 5000);
  return handle;
}

}  // namespace

void backup_sqlite_file(const std::filesystem::path& source, const std::filesystem::path& target) {
  sqlite3* from = open_for_backup(source, SQLITE_OPEN_READONLY);
  sqlite3* to = nullptr;
  try {
    to = open_for_backup(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  } catch (...) {
    sqlite3_close(from);
    throw;
  }
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  int result = backup != nullptr ? SQLITE_OK : sqlite3_extended_errcode(to);
  while (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED) {
    if (result != SQLITE_OK) sqlite3_sleep(20);
    result = sqlite3_backup_step(backup, 256);
  }
  sqlite3_backup_finish(backup);
  const std::string reason = sqlite3_errmsg(to);
  sqlite3_close(from);
  sqlite3_close(to);
  if (result != SQLITE_DONE) {
    std::filesystem::remove(target);
    throw SqliteError(result, reason, "online backup of " + source.string());
  }
}

}  // namespace tori::store::sqlite
