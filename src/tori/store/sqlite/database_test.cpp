// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the SQLite pool and transactions: pragmas on every connection, unopenable files,
// waiting for connections and locks, rollback on scope exit, and a clean close.
#include "tori/store/sqlite/database.hpp"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <future>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tori/store/sqlite/sqlite_connection.hpp"
#include "tori/store/sqlite/transaction.hpp"
#include "tori/store/test_support.hpp"

namespace tori::store::sqlite {
namespace {

using namespace std::chrono_literals;
using test_support::TempDir;
using test_support::write_file;
using ::testing::HasSubstr;

std::string query_text(Connection& connection, std::string_view sql) {
  Statement statement = connection.prepare(sql);
  return statement.step() ? statement.column_text(0) : "(no row)";
}

TEST(Database, SetsPragmasOnEveryConnection) {
  const std::pair<const char*, SqliteOptions> cases[] = {
      {"default", SqliteOptions{}},
      {"custom timeout", SqliteOptions{.busy_timeout = 1234ms, .pool_size = 2}},
  };
  for (const auto& [name, options] : cases) {
    SCOPED_TRACE(name);
    TempDir dir;
    Database database{dir / "tori.sqlite", options};
    Lease first = database.acquire();
    Lease second = database.acquire();  // a second connection, opened on demand
    for (Connection* connection : {&*first, &*second}) {
      EXPECT_EQ(query_text(*connection, "PRAGMA journal_mode"), "wal");
      EXPECT_EQ(query_text(*connection, "PRAGMA foreign_keys"), "1");
      EXPECT_EQ(query_text(*connection, "PRAGMA synchronous"), "1");  // NORMAL
      EXPECT_EQ(query_text(*connection, "PRAGMA busy_timeout"),
                std::to_string(options.busy_timeout.count()));
    }
  }
  EXPECT_EQ(SqliteOptions{}.busy_timeout, 5000ms);
}

TEST(Database, ForeignKeysAreEnforced) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {}};
  Lease connection = database.acquire();
  connection->execute(
      "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
      "CREATE TABLE child (parent_id INTEGER REFERENCES parent (id))");
  try {
    connection->execute("INSERT INTO child VALUES (1)");
    ADD_FAILURE() << "the foreign key was not enforced";
  } catch (const SqliteError& error) {
    EXPECT_EQ(error.code(), SQLITE_CONSTRAINT_FOREIGNKEY);
  }
}

TEST(Database, UnopenableFileIsUnavailableWithAOneLineReason) {
  TempDir dir;
  write_file(dir / "plain-file", "not a folder");
  write_file(dir / "garbage.sqlite", std::string(4096, 'x'));
  std::filesystem::create_directory(dir / "read-only");
  ::chmod((dir / "read-only").c_str(), 0500);
  struct Case {
    const char* name;
    std::filesystem::path file;
    const char* reason;
  };
  std::vector<Case> cases = {
      {"folder is a file", dir / "plain-file" / "tori.sqlite", "unable to open database file"},
      {"folder missing", dir / "absent" / "tori.sqlite", "unable to open database file"},
      {"not a database", dir / "garbage.sqlite", "file is not a database"},
  };
  if (::geteuid() != 0) {  // root writes into read-only folders anyway
    cases.push_back({"read-only folder", dir / "read-only" / "tori.sqlite", "Permission denied"});
  }
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      Database database{c.file, {}};
      ADD_FAILURE() << "opened " << c.file;
    } catch (const Unavailable& error) {
      const std::string message = error.what();
      EXPECT_THAT(message, HasSubstr("cannot open database " + c.file.string() + ": "));
      EXPECT_THAT(message, HasSubstr(c.reason));
      EXPECT_EQ(message.find('\n'), std::string::npos);
    }
  }
  ::chmod((dir / "read-only").c_str(), 0700);
}

TEST(Database, RejectsOptionsOutOfRange) {
  TempDir dir;
  EXPECT_THROW(Database(dir / "a.sqlite", {.pool_size = 0}), std::invalid_argument);
  EXPECT_THROW(Database(dir / "b.sqlite", {.busy_timeout = -1ms}), std::invalid_argument);
}

TEST(Database, FullPoolWaitsThenGivesUp) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {.busy_timeout = 200ms, .pool_size = 1}};
  std::optional<Lease> held{database.acquire()};
  try {
    (void)database.acquire();
    ADD_FAILURE() << "a second lease from a pool of one";
  } catch (const Error& error) {
    EXPECT_THAT(error.what(), HasSubstr("no free connection"));
  }
  auto waiter =
      std::async(std::launch::async, [&] { return database.acquire()->in_transaction(); });
  std::this_thread::sleep_for(10ms);
  held.reset();  // frees the only connection within the waiter's 200 ms
  EXPECT_FALSE(waiter.get());
}

TEST(Database, ReturnedConnectionHasNoOpenTransaction) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {.pool_size = 1}};
  {
    Lease connection = database.acquire();
    connection->execute("BEGIN; CREATE TABLE t (x)");
  }
  Lease connection = database.acquire();
  EXPECT_FALSE(connection->in_transaction());
  EXPECT_EQ(query_text(*connection, "SELECT count(*) FROM sqlite_schema WHERE name = 't'"), "0");
}

constexpr std::string_view kCount = "SELECT count(*) FROM t";

TEST(Transaction, CommitsOrRollsBackOnScopeExit) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {}};
  database.acquire()->execute("CREATE TABLE t (x INTEGER)");
  {
    Transaction transaction{database, TransactionKind::kWrite};
    transaction.connection().execute("INSERT INTO t VALUES (1)");
  }  // not committed
  {
    Transaction transaction{database, TransactionKind::kWrite};
    transaction.connection().execute("INSERT INTO t VALUES (2)");
    transaction.commit();
  }
  Transaction reader{database, TransactionKind::kRead};
  EXPECT_EQ(reader.kind(), TransactionKind::kRead);
  EXPECT_EQ(query_text(reader.connection(), "SELECT group_concat(x) FROM t"), "2");
}

TEST(Transaction, SecondWriterWaitsForTheLockWithinBusyTimeout) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {.busy_timeout = 2000ms}};
  database.acquire()->execute("CREATE TABLE t (x INTEGER)");
  auto first = std::make_unique<Transaction>(database, TransactionKind::kWrite);
  first->connection().execute("INSERT INTO t VALUES (1)");
  auto second = std::async(std::launch::async, [&] {
    Transaction transaction{database, TransactionKind::kWrite};  // blocks until `first` ends
    transaction.connection().execute("INSERT INTO t VALUES (2)");
    transaction.commit();
    return query_text(*database.acquire(), kCount);
  });
  std::this_thread::sleep_for(50ms);
  first->commit();
  first.reset();
  EXPECT_EQ(second.get(), "2");
}

TEST(Transaction, WriterGivesUpAfterBusyTimeout) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {.busy_timeout = 50ms}};
  Transaction holder{database, TransactionKind::kWrite};
  auto second = std::async(std::launch::async, [&] {
    try {
      Transaction transaction{database, TransactionKind::kWrite};
      return 0;
    } catch (const SqliteError& error) {
      return error.code() & 0xff;
    }
  });
  EXPECT_EQ(second.get(), SQLITE_BUSY);
}

TEST(Transaction, CommitReturnsTheConnectionToThePool) {
  TempDir dir;
  Database database{dir / "tori.sqlite", {.busy_timeout = 100ms, .pool_size = 1}};
  Transaction transaction{database, TransactionKind::kWrite};
  transaction.connection().execute("CREATE TABLE t (x)");
  transaction.commit();
  // The only connection is free again while `transaction` is still in scope.
  EXPECT_EQ(query_text(*database.acquire(), "SELECT count(*) FROM t"), "0");
  EXPECT_THROW(transaction.commit(), Error);
  EXPECT_THROW((void)transaction.connection(), Error);
}

TEST(Database, CloseCheckpointsAndRemovesTheWal) {
  TempDir dir;
  const std::filesystem::path file = dir / "tori.sqlite";
  {
    Database database{file, {}};
    Transaction transaction{database, TransactionKind::kWrite};
    transaction.connection().execute("CREATE TABLE t (x); INSERT INTO t VALUES (42)");
    transaction.commit();
    EXPECT_TRUE(std::filesystem::exists(dir / "tori.sqlite-wal"));
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "tori.sqlite-wal"));
  Database reopened{file, {}};
  EXPECT_EQ(query_text(*reopened.acquire(), "SELECT x FROM t"), "42");
}

}  // namespace
}  // namespace tori::store::sqlite
