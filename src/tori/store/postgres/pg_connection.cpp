// SPDX-License-Identifier: AGPL-3.0-or-later
// A PostgreSQL connection for the shared SQL: placeholders, prepared statements, text rows.
#include "tori/store/postgres/pg_connection.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>
#include <vector>

#include "tori/store/postgres/pg_handles.hpp"

namespace tori::store::postgres {

namespace {

using sqlite::SqlFailure;
using sqlite::StatementBackend;

SqlFailure classify(std::string_view sqlstate) {
  if (sqlstate == "23505") return SqlFailure::kUniqueViolation;
  if (sqlstate == "23503") return SqlFailure::kForeignKeyViolation;
  if (sqlstate == "23514" || sqlstate == "23502") return SqlFailure::kCheckViolation;
  if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03") return SqlFailure::kBusy;
  return SqlFailure::kOther;
}

// Throws for a failed result: Unavailable when the connection itself is gone (the pool then
// replaces it), PgError otherwise.
[[noreturn]] void fail(PGconn* connection, const PGresult* result, std::string_view sql) {
  if (PQstatus(connection) == CONNECTION_BAD) {
    throw Unavailable("PostgreSQL connection lost: " + pg_error(connection));
  }
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string reason = pg_error(connection);
  if (reason.rfind("ERROR:  ", 0) == 0) reason.erase(0, 8);
  throw PgError(state != nullptr ? state : "", std::move(reason), sql);
}

void check(PGconn* connection, const PGresult* result, std::string_view sql) {
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(connection, result, sql);
}

class LibpqStatement final : public StatementBackend {
 public:
  // `name` empty: a one-off, sent with its text on each run.
  LibpqStatement(PGconn* connection, std::string name, TranslatedSql sql)
      : connection_(connection), name_(std::move(name)), sql_(std::move(sql)) {
    values_.resize(static_cast<std::size_t>(sql_.parameters));
  }
  void bind_int64(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
  void bind_text(int index, std::string_view value) override { slot(index) = std::string{value}; }
  void bind_null(int index) override { slot(index).reset(); }
  bool step() override;
  void reset() noexcept override {
    result_.reset();
    for (auto& value : values_)
      value.reset();
  }
  [[nodiscard]] std::int64_t column_int64(int index) const override;
  [[nodiscard]] std::string column_text(int index) const override {
    if (PQgetisnull(result_.get(), row_, index)) return {};
    return {PQgetvalue(result_.get(), row_, index),
            static_cast<std::size_t>(PQgetlength(result_.get(), row_, index))};
  }
  [[nodiscard]] bool column_is_null(int index) const override {
    return PQgetisnull(result_.get(), row_, index) != 0;
  }

 private:
  std::optional<std::string>& slot(int index) {
    if (index < 1 || index > sql_.parameters) {
      throw PgError("", "parameter " + std::to_string(index) + " out of range", sql_.text);
    }
    return values_[static_cast<std::size_t>(index - 1)];
  }
  PgResult execute();
  PGconn* connection_;
  std::string name_;
  TranslatedSql sql_;
  std::vector<std::optional<std::string>> values_;
  PgResult result_;
  int row_ = -1;
};

PgResult LibpqStatement::execute() {
  std::vector<const char*> values;
  values.reserve(values_.size());
  for (const auto& value : values_)
    values.push_back(value ? value->c_str() : nullptr);
  const int count = static_cast<int>(values.size());
  std::vector<Oid> types;
  for (const bool unused : sql_.unused)
    types.push_back(unused ? 25 : 0);  // text, as in compile()
  PgResult result{name_.empty() ? PQexecParams(connection_, sql_.text.c_str(), count, types.data(),
                                               values.data(), nullptr, nullptr, 0)
                                : PQexecPrepared(connection_, name_.c_str(), count, values.data(),
                                                 nullptr, nullptr, 0)};
  check(connection_, result.get(), sql_.text);
  return result;
}

bool LibpqStatement::step() {
  if (!result_) {
    result_ = execute();
    row_ = -1;
  }
  if (++row_ < PQntuples(result_.get())) return true;
  result_.reset();  // done: a further step() runs the statement again
  return false;
}

std::int64_t LibpqStatement::column_int64(int index) const {
  if (PQgetisnull(result_.get(), row_, index)) return 0;
  const std::string_view text{PQgetvalue(result_.get(), row_, index),
                              static_cast<std::size_t>(PQgetlength(result_.get(), row_, index))};
  if (text == "t") return 1;
  if (text == "f") return 0;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || (end != text.data() + text.size() && *end != '.')) {
    throw PgError("",
                  "column " + std::to_string(index) +
                      " is not an integer: " + std::string{text.substr(0, 40)},
                  sql_.text);
  }
  return value;
}

class LibpqConnection final : public Connection {
 public:
  LibpqConnection(PGconn* handle, DatabaseTime& time) : Connection(time), handle_(handle) {}
  ~LibpqConnection() override {
    clear_statement_cache();
    PQfinish(handle_);
  }
  void execute(std::string_view sql) override;
  [[nodiscard]] bool in_transaction() const override {
    return PQtransactionStatus(handle_) != PQTRANS_IDLE;
  }
  [[nodiscard]] bool usable() const override { return PQstatus(handle_) == CONNECTION_OK; }
  [[nodiscard]] sqlite::Dialect dialect() const override { return sqlite::Dialect::kPostgres; }

 protected:
  std::unique_ptr<StatementBackend> compile(std::string_view sql, bool cached) override;

 private:
  PGconn* handle_;
  int statements_ = 0;
};

std::unique_ptr<StatementBackend> LibpqConnection::compile(std::string_view sql, bool cached) {
  TranslatedSql translated = translate_placeholders(sql);
  if (!cached) return std::make_unique<LibpqStatement>(handle_, "", std::move(translated));
  std::string name = "tori_" + std::to_string(++statements_);
  // A parameter the text skips (?1 and ?3 but no ?2) has no type to infer: call it text.
  constexpr Oid kTextOid = 25;
  std::vector<Oid> types;
  for (const bool unused : translated.unused)
    types.push_back(unused ? kTextOid : 0);
  PgResult prepared{PQprepare(handle_, name.c_str(), translated.text.c_str(),
                              static_cast<int>(types.size()), types.data())};
  check(handle_, prepared.get(), sql);
  return std::make_unique<LibpqStatement>(handle_, std::move(name), std::move(translated));
}

void LibpqConnection::execute(std::string_view sql) {
  const std::string text{sql};
  sqlite::DatabaseTimer timer{time()};
  time().statements.fetch_add(1, std::memory_order_relaxed);
  PgResult result{PQexec(handle_, text.c_str())};
  check(handle_, result.get(), sql);
}

}  // namespace

PgError::PgError(std::string sqlstate, std::string reason, std::string_view sql)
    : SqlError(classify(sqlstate), "PostgreSQL", std::move(reason), sql),
      sqlstate_(std::move(sqlstate)) {}

std::unique_ptr<Connection> open_pg_connection(const std::string& uri, DatabaseTime& time) {
  const char* keys[] = {"dbname", "client_encoding", "application_name", "connect_timeout",
                        nullptr};
  const char* values[] = {uri.c_str(), "UTF8", "tori", "5", nullptr};
  PGconn* handle = PQconnectdbParams(keys, values, 1);
  if (handle == nullptr) throw Unavailable("PostgreSQL: out of memory while connecting");
  if (PQstatus(handle) != CONNECTION_OK) {
    const std::string reason = pg_error(handle);
    PQfinish(handle);
    throw Unavailable("cannot connect to PostgreSQL at " + redact_uri(uri) + ": " + reason);
  }
  return std::make_unique<LibpqConnection>(handle, time);
}

}  // namespace tori::store::postgres
