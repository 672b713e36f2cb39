// SPDX-License-Identifier: AGPL-3.0-or-later
// Table-by-table copy between two databases: schema reading, foreign-key order, row transfer.
#include "tori/store/sqlite/copy_tables.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::sqlite {
namespace {

constexpr DialectSql kSelectTables = {
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    " AND name <> 'schema_migrations' ORDER BY name",
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    " AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name"};
constexpr DialectSql kSelectColumns = {
    "SELECT name FROM pragma_table_info(?1)",
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    " AND table_name = ?1"};
constexpr DialectSql kSelectParents = {
    "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)",
    "SELECT DISTINCT referenced.relname FROM pg_constraint c"
    " JOIN pg_class owner ON owner.oid = c.conrelid"
    " JOIN pg_class referenced ON referenced.oid = c.confrelid"
    " WHERE c.contype = 'f' AND owner.relname = ?1"
    " AND owner.relnamespace = CAST(current_schema() AS regnamespace)"};
constexpr std::string_view kSelectIdentity =
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    " AND table_name = ?1 AND is_identity = 'YES'";

struct Table {
  std::string name;
  std::vector<std::string> columns;  // sorted by name, as the two ends may order them apart
  std::set<std::string> parents;     // tables its foreign keys refer to, itself excluded
};

// The first column of every row.
std::vector<std::string> texts(Statement& rows) {
  std::vector<std::string> values;
  while (rows.step())
    values.push_back(rows.column_text(0));
  return values;
}

std::vector<std::string> texts(Statement&& rows) {
  return texts(rows);
}

std::vector<Table> read_tables(Connection& connection) {
  std::vector<Table> tables;
  for (std::string& name : texts(connection.prepare(kSelectTables))) {
    Table table{name, texts(connection.prepare(kSelectColumns).bind_text(1, name)), {}};
    std::sort(table.columns.begin(), table.columns.end());
    for (std::string& parent : texts(connection.prepare(kSelectParents).bind_text(1, name)))
      if (parent != name) table.parents.insert(std::move(parent));
    tables.push_back(std::move(table));
  }
  return tables;
}

// Parents before children (the tables are few; a cycle would be a schema bug).
std::vector<Table> in_foreign_key_order(std::vector<Table> tables) {
  std::vector<Table> ordered;
  std::set<std::string> placed;
  while (!tables.empty()) {
    auto ready = std::find_if(tables.begin(), tables.end(), [&placed](const Table& table) {
      return std::all_of(table.parents.begin(), table.parents.end(),
                         [&placed](const std::string& parent) { return placed.contains(parent); });
    });
    if (ready == tables.end()) throw Error("foreign keys form a cycle among the tables");
    placed.insert(ready->name);
    ordered.push_back(std::move(*ready));
    tables.erase(ready);
  }
  return ordered;
}

std::string column_list(const Table& table) {
  std::string list;
  for (const std::string& column : table.columns)
    list += (list.empty() ? "\"" : ", \"") + column + "\"";
  return list;
}

std::int64_t count_rows(Connection& connection, const std::string& table) {
  Statement count = connection.prepare("SELECT count(*) FROM \"" + table + "\"");
  return count.step() ? count.column_int64(0) : 0;
}

std::optional<std::string> schema_difference(const std::vector<Table>& from,
                                             const std::vector<Table>& to) {
  std::map<std::string, const Table*> target;
  for (const Table& table : to)
    target[table.name] = &table;
  if (from.size() != to.size()) return "the two databases have different tables";
  for (const Table& table : from) {
    auto other = target.find(table.name);
    if (other == target.end()) return "table " + table.name + " is missing from the target";
    if (other->second->columns != table.columns) {
      return "table " + table.name + " has different columns in the two databases";
    }
  }
  return std::nullopt;
}

// Rows the target holds beyond what migrations seed.
std::int64_t own_rows(Connection& connection) {
  std::int64_t rows = 0;
  for (const char* table : {"practices", "accounts", "organisations"})
    rows += count_rows(connection, table);
  return rows;
}

std::int64_t copy_rows(Connection& from, Connection& to, const Table& table) {
  const std::string columns = column_list(table);
  std::string values;
  for (std::size_t i = 1; i <= table.columns.size(); ++i)
    values += (i > 1 ? ", ?" : "?") + std::to_string(i);
  const bool postgres = to.dialect() == Dialect::kPostgres;
  const std::string insert_sql = "INSERT INTO \"" + table.name + "\" (" + columns + ")" +
                                 (postgres ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" +
                                 values + ")";
  Statement rows = from.prepare("SELECT " + columns + " FROM \"" + table.name + "\" ORDER BY 1");
  std::int64_t copied = 0;
  while (rows.step()) {
    Statement insert = to.prepare(insert_sql);
    for (int i = 0; i < static_cast<int>(table.columns.size()); ++i) {
      if (rows.column_is_null(i)) {
        insert.bind_null(i + 1);
      } else {
        insert.bind_text(i + 1, rows.column_text(i));
      }
    }
    insert.run();
    ++copied;
  }
  return copied;
}

// PostgreSQL: identity counters past the largest copied id, so new rows do not collide.
void advance_identities(Connection& to, const Table& table) {
  if (to.dialect() != Dialect::kPostgres) return;  // SQLite's AUTOINCREMENT follows inserts
  for (const std::string& column : texts(to.prepare(kSelectIdentity).bind_text(1, table.name))) {
    to.prepare("SELECT setval(pg_get_serial_sequence('\"" + table.name + "\"', '" + column +
               "'), coalesce(max(\"" + column + "\"), 1), max(\"" + column +
               "\") IS NOT NULL) FROM \"" + table.name + "\"")
        .run();
  }
}

}  // namespace

std::variant<CopyReport, CopyRefusal> copy_tables(Database& from, Database& to,
                                                  CopyOptions options) {
  Transaction source{from, TransactionKind::kRead};
  Transaction target{to, TransactionKind::kWrite};
  const std::vector<Table> tables = in_foreign_key_order(read_tables(source.connection()));
  if (auto difference = schema_difference(tables, read_tables(target.connection()))) {
    return CopyRefusal{*difference + " (run `tori migrate` on both first)"};
  }
  if (!options.replace && own_rows(target.connection()) > 0) {
    return CopyRefusal{"the target already holds practices, accounts or organisations"};
  }
  for (auto table = tables.rbegin(); table != tables.rend(); ++table)
    target.connection().execute("DELETE FROM \"" + table->name + "\"");
  CopyReport report;
  for (const Table& table : tables) {
    const std::int64_t rows = copy_rows(source.connection(), target.connection(), table);
    advance_identities(target.connection(), table);
    if (count_rows(target.connection(), table.name) != rows ||
        count_rows(source.connection(), table.name) != rows) {
      throw Error("table " + table.name + ": the row counts differ after copying");
    }
    report.tables.push_back({table.name, rows});
  }
  target.commit();
  return report;
}

}  // namespace tori::store::sqlite
