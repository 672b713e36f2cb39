// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of one SQLite connection: binding and reading values, the statement cache, errors,
// and the time and statement counters.
#include "tori/store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <functional>
#include <optional>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/test_support.hpp"

namespace tori::store::sqlite {
namespace {

using test_support::TempDir;
using ::testing::HasSubstr;

class ConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    connection_ = open_sqlite_connection(dir_ / "tori.sqlite", SqliteOptions{}, time_);
    connection_->execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
  }
  TempDir dir_;
  DatabaseTime time_;
  std::unique_ptr<Connection> connection_;
};

constexpr std::string_view kInsert = "INSERT INTO t (id, name) VALUES (?1, ?2)";
constexpr std::string_view kSelect = "SELECT id, name FROM t WHERE id >= ?1 ORDER BY id";

TEST_F(ConnectionTest, BindsAndReadsValues) {
  struct Row {
    const char* case_name;
    std::int64_t id;
    std::optional<std::string> name;  // nothing binds NULL
  };
  const Row rows[] = {
      {"text", 1, "Kehittämisteko"},  // UTF-8 passes through
      {"empty text is not NULL", 2, ""},
      {"NULL", 3, std::nullopt},
      {"large id", 1LL << 40, "big"},
  };
  for (const Row& row : rows) {
    Statement insert = connection_->prepare(kInsert);
    insert.bind_int64(1, row.id);
    row.name ? insert.bind_text(2, *row.name) : insert.bind_null(2);
    insert.run();
  }
  Statement select = connection_->prepare(kSelect);
  select.bind_int64(1, 0);
  for (const Row& row : rows) {
    SCOPED_TRACE(row.case_name);
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.column_int64(0), row.id);
    EXPECT_EQ(select.column_is_null(1), !row.name.has_value());
    EXPECT_EQ(select.column_text(1), row.name.value_or(""));
  }
  EXPECT_FALSE(select.step());
}

TEST_F(ConnectionTest, CachedStatementIsResetAndReusable) {
  connection_->execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE(round);
    Statement select = connection_->prepare(kSelect);
    select.bind_int64(1, 2);  // the previous round's binding and position are gone
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.column_text(1), "b");
  }
}

TEST_F(ConnectionTest, SameSqlTwiceAtOnceGivesIndependentStatements) {
  connection_->execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
  Statement outer = connection_->prepare(kSelect);
  outer.bind_int64(1, 1);
  ASSERT_TRUE(outer.step());
  {
    Statement inner = connection_->prepare(kSelect);  // the cached one is busy: a one-off copy
    inner.bind_int64(1, 2);
    ASSERT_TRUE(inner.step());
    EXPECT_EQ(inner.column_text(1), "b");
  }
  EXPECT_EQ(outer.column_text(1), "a");
  ASSERT_TRUE(outer.step());
  EXPECT_EQ(outer.column_text(1), "b");
}

TEST_F(ConnectionTest, ErrorsCarrySqliteCodeAndReason) {
  connection_->execute("INSERT INTO t VALUES (1, 'a')");
  struct Case {
    const char* name;
    std::function<void()> run;
    int code;
    const char* reason;
  };
  const Case cases[] = {
      {"unique violation",
       [&] { connection_->prepare(kInsert).bind_int64(1, 2).bind_text(2, "a").run(); },
       SQLITE_CONSTRAINT_UNIQUE, "UNIQUE constraint failed: t.name"},
      {"syntax error", [&] { (void)connection_->prepare("SELEC 1"); }, SQLITE_ERROR,
       "syntax error"},
      {"missing table in execute", [&] { connection_->execute("DELETE FROM nope"); }, SQLITE_ERROR,
       "no such table: nope"},
      {"parameter out of range", [&] { connection_->prepare(kInsert).bind_int64(3, 1); },
       SQLITE_RANGE, "column index out of range"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      c.run();
      ADD_FAILURE() << "no SqliteError";
    } catch (const SqliteError& error) {
      EXPECT_EQ(error.code(), c.code);
      EXPECT_THAT(error.reason(), HasSubstr(c.reason));
      EXPECT_THAT(error.what(), HasSubstr(c.reason));
    }
  }
  // The failed statements left the connection usable.
  EXPECT_TRUE(connection_->prepare("SELECT 1").step());
}

TEST_F(ConnectionTest, CountsStatementsAndTime) {
  const std::uint64_t statements = time_.statements.load();
  const std::uint64_t nanoseconds = time_.nanoseconds.load();
  connection_->execute("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
  Statement select = connection_->prepare(kSelect);
  select.bind_int64(1, 0);
  while (select.step()) {
  }
  EXPECT_EQ(time_.statements.load(), statements + 2);  // one execute, one select however many rows
  EXPECT_GT(time_.nanoseconds.load(), nanoseconds);
}

TEST_F(ConnectionTest, TracksTransactionState) {
  EXPECT_FALSE(connection_->in_transaction());
  connection_->execute("BEGIN");
  EXPECT_TRUE(connection_->in_transaction());
  connection_->execute("ROLLBACK");
  EXPECT_FALSE(connection_->in_transaction());
}

}  // namespace
}  // namespace tori::store::sqlite
