// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the PostgreSQL connection: placeholder rewriting and address redaction (tables),
// values and errors on a private server, and a pool that recovers from a lost connection.
#include "tori/store/postgres/pg_connection.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/postgres/pg_handles.hpp"
#include "tori/store/postgres/pg_test_server.hpp"
#include "tori/store/sqlite/database.hpp"
#include "tori/store/sqlite/transaction.hpp"

namespace tori::store::postgres {
namespace {

using sqlite::Database;
using sqlite::Lease;
using sqlite::SqlError;
using sqlite::SqlFailure;
using sqlite::Statement;
using ::testing::HasSubstr;

TEST(TranslatePlaceholders, RewritesEveryFormAndLeavesQuotesAlone) {
  struct Case {
    const char* sql;
    const char* expected;
    int parameters;
    std::vector<bool> unused;
  };
  const Case cases[] = {
      {"SELECT 1", "SELECT 1", 0, {}},
      {"WHERE a = ?1 AND b = ?2", "WHERE a = $1 AND b = $2", 2, {false, false}},
      {"WHERE a = ?1 OR b = ?1", "WHERE a = $1 OR b = $1", 1, {false}},
      {"VALUES (?, ?, ?)", "VALUES ($1, $2, $3)", 3, {false, false, false}},
      {"a = ?2 AND b = ?", "a = $2 AND b = $3", 3, {true, false, false}},  // SQLite numbering
      {"a = ?1 AND c = ?3", "a = $1 AND c = $3", 3, {false, true, false}},
      {"a = '?' AND b = ?1", "a = '?' AND b = $1", 1, {false}},
      {"a = 'it''s ?' || ?1", "a = 'it''s ?' || $1", 1, {false}},
      {"\"odd?name\" = ?1", "\"odd?name\" = $1", 1, {false}},
      {"a = ?1 -- really?\n", "a = $1 -- really?\n", 1, {false}},
      {"/* ? */ a = ?12", "/* ? */ a = $12", 12, std::vector<bool>(11, true)},
      {"a - 1 / 2 = ?", "a - 1 / 2 = $1", 1, {false}},
      {"'unterminated ?", "'unterminated ?", 0, {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sql);
    const TranslatedSql translated = translate_placeholders(c.sql);
    EXPECT_EQ(translated.text, c.expected);
    EXPECT_EQ(translated.parameters, c.parameters);
    std::vector<bool> unused = c.unused;
    if (c.parameters == 12) unused.push_back(false);
    EXPECT_EQ(translated.unused, unused);
  }
}

TEST(RedactUri, HidesPasswordsOnly) {
  struct Case {
    const char* uri;
    const char* expected;
  };
  const Case cases[] = {
      {"postgresql://tori@db/tori", "postgresql://tori@db/tori"},
      {"postgresql://tori:salainen@db:5432/tori", "postgresql://tori:***@db:5432/tori"},
      {"postgresql://db/tori?password=x&sslmode=require",
       "postgresql://db/tori?password=***&sslmode=require"},
      {"host=db password=x dbname=tori", "host=db password=*** dbname=tori"},
      {"postgresql:///tori?host=/tmp/sock", "postgresql:///tori?host=/tmp/sock"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(redact_uri(c.uri), c.expected) << c.uri;
  }
}

class PgConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TORI_SKIP_WITHOUT_POSTGRES();
    uri_ = PgTestServer::shared().create_database(PgTestServer::shared().unique_database_name());
    connection_ = open_pg_connection(uri_, time_);
    connection_->execute("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT UNIQUE)");
  }
  std::string uri_;
  DatabaseTime time_;
  std::unique_ptr<Connection> connection_;
};

TEST_F(PgConnectionTest, ReadsValuesAsSqliteDoes) {
  connection_->prepare("INSERT INTO t (id, name) VALUES (?1, ?2)")
      .bind_int64(1, 1LL << 40)
      .bind_text(2, "Kehittämisteko")
      .run();
  connection_->prepare("INSERT INTO t (id, name) VALUES (?1, ?2)")
      .bind_int64(1, 2)
      .bind_null(2)
      .run();
  Statement rows =
      connection_->prepare("SELECT id, name, name IS NULL, count(*) OVER () FROM t ORDER BY id");
  ASSERT_TRUE(rows.step());
  EXPECT_EQ(rows.column_int64(0), 2);
  EXPECT_TRUE(rows.column_is_null(1));
  EXPECT_EQ(rows.column_text(1), "");  // NULL reads as empty text
  EXPECT_EQ(rows.column_int64(1), 0);  // and as 0
  EXPECT_EQ(rows.column_int64(2), 1);  // a boolean as 1 or 0
  EXPECT_EQ(rows.column_int64(3), 2);
  ASSERT_TRUE(rows.step());
  EXPECT_EQ(rows.column_int64(0), 1LL << 40);
  EXPECT_EQ(rows.column_text(1), "Kehittämisteko");
  EXPECT_EQ(rows.column_int64(2), 0);
  EXPECT_FALSE(rows.step());
  EXPECT_TRUE(rows.step());  // a further step runs it again, as on SQLite
}

TEST_F(PgConnectionTest, CachedStatementInUseGivesAOneOffCopy) {
  constexpr std::string_view kSelect = "SELECT ?1 || '!'";
  Statement first = connection_->prepare(kSelect);
  Statement second = connection_->prepare(kSelect);
  first.bind_text(1, "yksi");
  second.bind_text(1, "kaksi");
  ASSERT_TRUE(first.step());
  ASSERT_TRUE(second.step());
  EXPECT_EQ(first.column_text(0), "yksi!");
  EXPECT_EQ(second.column_text(0), "kaksi!");
}

TEST_F(PgConnectionTest, ErrorsAreClassifiedAsOnSqlite) {
  connection_->execute("INSERT INTO t VALUES (1, 'a')");
  struct Case {
    const char* sql;
    SqlFailure failure;
  };
  const Case cases[] = {
      {"INSERT INTO t VALUES (2, 'a')", SqlFailure::kUniqueViolation},
      {"INSERT INTO t VALUES (NULL, 'b')", SqlFailure::kCheckViolation},
      {"SELECT * FROM nowhere", SqlFailure::kOther},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sql);
    try {
      connection_->prepare(c.sql).run();
      ADD_FAILURE() << "no error";
    } catch (const SqlError& error) {
      EXPECT_EQ(error.failure(), c.failure);
      EXPECT_THAT(error.what(), HasSubstr("PostgreSQL: "));
    }
  }
}

TEST_F(PgConnectionTest, AnUnreachableServerIsUnavailableWithoutThePassword) {
  try {
    (void)open_pg_connection("postgresql://tori:salainen@/tori?host=/nonexistent", time_);
    ADD_FAILURE() << "connected";
  } catch (const Unavailable& error) {
    EXPECT_THAT(error.what(), HasSubstr("cannot connect to PostgreSQL at"));
    EXPECT_THAT(error.what(), ::testing::Not(HasSubstr("salainen")));
  }
}

// The server ends a pooled connection (as a restart does): the statement on it fails with
// Unavailable, the pool drops it, and the next lease works on a new connection.
TEST_F(PgConnectionTest, ThePoolRecoversFromALostConnection) {
  Database database{redact_uri(uri_), {.size = 1}, [this](DatabaseTime& time) {
                      return open_pg_connection(uri_, time);
                    }};
  std::string pid;
  {
    Lease lease = database.acquire();
    Statement row = lease->prepare("SELECT pg_backend_pid()");
    ASSERT_TRUE(row.step());
    pid = row.column_text(0);
  }
  connection_->execute("SELECT pg_terminate_backend(" + pid + ")");
  {
    Lease lease = database.acquire();
    EXPECT_THROW(lease->prepare("SELECT 1").run(), Unavailable);
  }
  Lease lease = database.acquire();
  Statement row = lease->prepare("SELECT pg_backend_pid()");
  ASSERT_TRUE(row.step());
  EXPECT_NE(row.column_text(0), pid);
}

}  // namespace
}  // namespace tori::store::postgres
