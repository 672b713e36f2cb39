// SPDX-License-Identifier: AGPL-3.0-or-later
// Owning handles for libpq connections and results, and the few calls every caller needs.
//
//   PgConnection connection = connect_postgres("postgresql://tori@db/tori");  // or throws
//   PgResult rows = exec_checked(connection.get(), "SELECT version, name FROM schema_migrations");
//   for (int row = 0; row < PQntuples(rows.get()); ++row) use(PQgetvalue(rows.get(), row, 1));
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <string_view>

#include "tori/store/errors.hpp"

namespace tori::store::postgres {

struct PgConnectionDeleter {
  void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct PgResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgConnection = std::unique_ptr<PGconn, PgConnectionDeleter>;
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// libpq's last error for `connection`, on one line (its trailing newline removed).
inline std::string pg_error(const PGconn* connection) {
  std::string message = PQerrorMessage(connection);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
    message.pop_back();
  for (char& c : message)
    if (c == '\n') c = ' ';
  return message;
}

// A connection to `uri` (postgresql://… or key=value); throws Unavailable naming the reason.
inline PgConnection connect_postgres(const std::string& uri) {
  PgConnection connection{PQconnectdb(uri.c_str())};
  if (!connection) throw Unavailable("PostgreSQL: out of memory while connecting");
  if (PQstatus(connection.get()) != CONNECTION_OK) {
    throw Unavailable("cannot connect to PostgreSQL: " + pg_error(connection.get()));
  }
  return connection;
}

// Runs `sql` (one or more statements, no parameters); throws Error with the server's reason
// unless the last statement succeeded.
inline PgResult exec_checked(PGconn* connection, const std::string& sql) {
  PgResult result{PQexec(connection, sql.c_str())};
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw Error("PostgreSQL: " + pg_error(connection));
  }
  return result;
}

}  // namespace tori::store::postgres
