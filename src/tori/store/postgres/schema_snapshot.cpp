// SPDX-License-Identifier: AGPL-3.0-or-later
// Schema snapshots: SQLite through its pragma functions, PostgreSQL through its catalogs.
#include "tori/store/postgres/schema_snapshot.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>

#include "tori/store/postgres/pg_handles.hpp"

namespace tori::store::postgres {
namespace {

using Row = std::vector<std::optional<std::string>>;

std::string value_or_null(const std::optional<std::string>& value) {
  return value ? *value : "\\N";
}

std::string join_row(const Row& row) {
  std::string text;
  for (std::size_t i = 0; i < row.size(); ++i)
    text += (i == 0 ? "" : "|") + value_or_null(row[i]);
  return text;
}

std::string column_text(const std::string& name, const std::string& type, bool not_null, int pk,
                        const std::optional<std::string>& default_value) {
  std::string text = name + " " + normalise_type(type);
  if (not_null || pk > 0) text += " NOT NULL";
  if (pk > 0) text += " PK " + std::to_string(pk);
  if (default_value) text += " DEFAULT " + *default_value;
  return text;
}

std::string migration_text(const std::string& version, const std::string& name) {
  char digits[16];
  (void)std::snprintf(digits, sizeof digits, "%04d", std::stoi(version));
  return digits + ("_" + name);
}

// ---- SQLite ----

std::vector<Row> sqlite_rows(sqlite3* database, const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(database, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    throw std::runtime_error("SQLite: " + std::string{sqlite3_errmsg(database)} + " in " + sql);
  }
  const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement{raw, sqlite3_finalize};
  std::vector<Row> rows;
  while (sqlite3_step(raw) == SQLITE_ROW) {
    Row row;
    for (int i = 0; i < sqlite3_column_count(raw); ++i) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, i));
      if (sqlite3_column_type(raw, i) == SQLITE_NULL || text == nullptr) {
        row.emplace_back();
      } else {
        row.emplace_back(text);
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string sqlite_joined_columns(sqlite3* database, const std::string& index) {
  std::string columns;
  for (const Row& row :
       sqlite_rows(database, "SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno"))
    columns += (columns.empty() ? "" : ", ") + value_or_null(row[0]);
  return columns;
}

void sqlite_table(sqlite3* database, const std::string& table, SchemaSnapshot& snapshot) {
  std::vector<std::string>& columns = snapshot.tables[table];
  for (const Row& row : sqlite_rows(database,
                                    "SELECT name, type, \"notnull\", pk, dflt_value "
                                    "FROM pragma_table_info('" +
                                        table + "')"))
    columns.push_back(column_text(*row[0], *row[1], *row[2] == "1", std::stoi(*row[3]), row[4]));
  for (const Row& row : sqlite_rows(database,
                                    "SELECT name, \"unique\", origin "
                                    "FROM pragma_index_list('" +
                                        table + "')")) {
    const std::string columns_text = sqlite_joined_columns(database, *row[0]);
    if (*row[2] == "c") {
      snapshot.indexes.insert(*row[0] + " ON " + table + " (" + columns_text + ")" +
                              (*row[1] == "1" ? " UNIQUE" : ""));
    } else if (*row[2] == "u") {
      snapshot.unique_keys.insert(table + " (" + columns_text + ")");
    }
  }
  std::map<std::string, std::vector<Row>> keys;  // by the foreign key's id
  for (Row& row : sqlite_rows(database,
                              "SELECT id, \"table\", \"from\", \"to\", on_delete "
                              "FROM pragma_foreign_key_list('" +
                                  table +
                                  "') "
                                  "ORDER BY id, seq"))
    keys[*row[0]].push_back(std::move(row));
  for (const auto& [id, parts] : keys) {
    std::string from, to;
    for (const Row& part : parts) {
      from += (from.empty() ? "" : ", ") + *part[2];
      to += (to.empty() ? "" : ", ") + value_or_null(part[3]);
    }
    snapshot.foreign_keys.insert(table + " (" + from + ") -> " + *parts[0][1] + " (" + to +
                                 ") ON DELETE " + *parts[0][4]);
  }
}

// ---- PostgreSQL ----

std::vector<Row> pg_rows(PGconn* connection, const std::string& sql,
                         const std::optional<std::string>& parameter = std::nullopt) {
  const char* values[] = {parameter ? parameter->c_str() : nullptr};
  PgResult result{PQexecParams(connection, sql.c_str(), parameter ? 1 : 0, nullptr, values, nullptr,
                               nullptr, 0)};
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
    throw std::runtime_error("PostgreSQL: " + pg_error(connection) + " in " + sql);
  }
  std::vector<Row> rows;
  for (int r = 0; r < PQntuples(result.get()); ++r) {
    Row row;
    for (int c = 0; c < PQnfields(result.get()); ++c) {
      if (PQgetisnull(result.get(), r, c)) {
        row.emplace_back();
      } else {
        row.emplace_back(PQgetvalue(result.get(), r, c));
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// The names of the attributes `numbers` (an int2[] expression) of relation `relation`.
std::string pg_names(const std::string& numbers, const std::string& relation) {
  return "(SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(" + numbers +
         ") WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = " + relation +
         " AND a.attnum = k.attnum)";
}

constexpr std::string_view kPgColumns =
    "SELECT a.attname, t.typname, a.attnotnull, "
    " COALESCE((SELECT k.ord FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)"
    "  WHERE k.attnum = a.attnum), 0),"
    " regexp_replace(pg_get_expr(d.adbin, d.adrelid), '::text$', '') "  // '' as SQLite says it
    "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
    "LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped "
    "ORDER BY a.attnum";

const std::string kPgIndexes =
    "SELECT ic.relname, tc.relname, i.indisunique, " + pg_names("i.indkey::int2[]", "i.indrelid") +
    " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
    " JOIN pg_class tc ON tc.oid = i.indrelid"
    " WHERE tc.relnamespace = current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM"
    " pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid"
    " AND c.contype IN ('p', 'u', 'x'))";

const std::string kPgConstraints =
    "SELECT c.contype, t.relname, " + pg_names("c.conkey", "c.conrelid") + ", f.relname, " +
    pg_names("c.confkey", "c.confrelid") +
    ", CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'"
    " WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END"
    " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
    " LEFT JOIN pg_class f ON f.oid = c.confrelid"
    " WHERE t.relnamespace = current_schema()::regnamespace AND c.contype IN ('u', 'f')";

void pg_keys_and_indexes(PGconn* connection, SchemaSnapshot& snapshot) {
  for (const Row& row : pg_rows(connection, kPgIndexes)) {
    snapshot.indexes.insert(*row[0] + " ON " + *row[1] + " (" + *row[3] + ")" +
                            (*row[2] == "t" ? " UNIQUE" : ""));
  }
  for (const Row& row : pg_rows(connection, kPgConstraints)) {
    if (*row[0] == "u") {
      snapshot.unique_keys.insert(*row[1] + " (" + *row[2] + ")");
    } else {
      snapshot.foreign_keys.insert(*row[1] + " (" + *row[2] + ") -> " + *row[3] + " (" + *row[4] +
                                   ") ON DELETE " + *row[5]);
    }
  }
}

}  // namespace

std::string normalise_type(std::string declared) {
  std::transform(declared.begin(), declared.end(), declared.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto has = [&](std::string_view part) { return declared.find(part) != std::string::npos; };
  if (has("int")) return "integer";  // SQLite's affinity rules, in their order
  if (has("char") || has("clob") || has("text")) return "text";
  if (declared.empty() || has("blob") || has("bytea")) return "blob";
  if (has("real") || has("floa") || has("doub") || has("numeric")) return "real";
  return "other:" + declared;
}

SchemaSnapshot sqlite_snapshot(sqlite3* database) {
  SchemaSnapshot snapshot;
  for (const Row& row : sqlite_rows(database,
                                    "SELECT name FROM sqlite_schema WHERE type = "
                                    "'table' AND name NOT LIKE 'sqlite_%'")) {
    const std::string& table = *row[0];
    sqlite_table(database, table, snapshot);
    if (table == "schema_migrations") continue;
    for (const Row& values : sqlite_rows(database, "SELECT * FROM \"" + table + "\""))
      snapshot.rows[table].push_back(join_row(values));
    std::sort(snapshot.rows[table].begin(), snapshot.rows[table].end());
  }
  for (const Row& row :
       sqlite_rows(database, "SELECT version, name FROM schema_migrations ORDER BY version"))
    snapshot.migrations.push_back(migration_text(*row[0], *row[1]));
  return snapshot;
}

SchemaSnapshot postgres_snapshot(PGconn* connection) {
  SchemaSnapshot snapshot;
  for (const Row& row : pg_rows(connection,
                                "SELECT relname FROM pg_class WHERE relkind = 'r' "
                                "AND relnamespace = current_schema()::regnamespace")) {
    const std::string& table = *row[0];
    std::vector<std::string>& columns = snapshot.tables[table];
    for (const Row& column : pg_rows(connection, std::string{kPgColumns}, table)) {
      columns.push_back(
          column_text(*column[0], *column[1], *column[2] == "t", std::stoi(*column[3]), column[4]));
    }
    if (table == "schema_migrations") continue;
    for (const Row& values : pg_rows(connection, "SELECT * FROM \"" + table + "\""))
      snapshot.rows[table].push_back(join_row(values));
    std::sort(snapshot.rows[table].begin(), snapshot.rows[table].end());
  }
  pg_keys_and_indexes(connection, snapshot);
  for (const Row& row :
       pg_rows(connection, "SELECT version, name FROM schema_migrations ORDER BY version"))
    snapshot.migrations.push_back(migration_text(*row[0], *row[1]));
  return snapshot;
}

}  // namespace tori::store::postgres
