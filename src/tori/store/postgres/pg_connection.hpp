// SPDX-License-Identifier: AGPL-3.0-or-later
// The PostgreSQL side of ../sqlite/connection.hpp: libpq, the shared SQL's ?N placeholders
// turned into $N, server-side prepared statements, rows read as text.
//
//   Database database{redact_uri(uri), {.size = 8}, [uri](DatabaseTime& time) {
//     return open_pg_connection(uri, time);
//   }};
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tori/store/sqlite/connection.hpp"

namespace tori::store::postgres {

using sqlite::Connection;
using sqlite::DatabaseTime;

// A statement failed on the server; sqlstate() is PostgreSQL's five-character code.
class PgError : public sqlite::SqlError {
 public:
  PgError(std::string sqlstate, std::string reason, std::string_view sql);
  [[nodiscard]] const std::string& sqlstate() const { return sqlstate_; }

 private:
  std::string sqlstate_;
};

// SQL with SQLite-style parameters (?1, ?NNN, or a bare ? numbered after the largest so far)
// rewritten with PostgreSQL's $N, leaving quoted text, identifiers and comments alone.
struct TranslatedSql {
  std::string text;
  int parameters = 0;        // the largest parameter number used
  std::vector<bool> unused;  // per parameter from 1: true when the text never names it
};
[[nodiscard]] TranslatedSql translate_placeholders(std::string_view sql);

// `uri` with any password replaced by "***", for messages and logs.
[[nodiscard]] std::string redact_uri(std::string_view uri);

// Connects to `uri` (postgresql://… or key=value), in UTC with UTF-8 text. Throws Unavailable
// naming the address (password hidden) and the server's reason.
[[nodiscard]] std::unique_ptr<Connection> open_pg_connection(const std::string& uri,
                                                             DatabaseTime& time);

}  // namespace tori::store::postgres
