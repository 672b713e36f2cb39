// SPDX-License-Identifier: AGPL-3.0-or-later
// PgTestServer: a keeper shell runs initdb and postgres and cleans up when a pipe closes.
#include "tori/store/postgres/pg_test_server.hpp"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <tuple>

#include "tori/store/postgres/pg_handles.hpp"

namespace tori::store::postgres {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kStartLimit = std::chrono::seconds(60);
constexpr auto kStopLimit = std::chrono::seconds(30);
constexpr std::string_view kDefaultBinaries = "/usr/lib/postgresql/15/bin";
constexpr std::size_t kSocketPathLimit = 100;  // sockaddr_un.sun_path is 108 bytes

// $1 = the folder, $2 = the binaries; the test process's pipe is fd 3. Reading it returns only
// at end of file, that is when every write end is closed: the destructor or the process's end.
// While the file "paused" exists (pause()), a postgres that has exited is not restarted yet.
constexpr const char* kKeeperScript = R"sh(
dir=$1 bin=$2
"$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
  --no-instructions >"$dir/initdb.log" 2>&1 3<&- ||
  { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
(read -r _ <&3; : >"$dir/stopping"; kill -INT "$(cat "$dir/server.pid")" 2>/dev/null) &
watcher=$!
while [ ! -e "$dir/stopping" ]; do
  "$bin/postgres" -D "$dir/data" -k "$dir" -c listen_addresses= -c fsync=off \
    -c synchronous_commit=off -c full_page_writes=off \
    </dev/null >>"$dir/postgres.log" 2>&1 3<&- &
  echo $! >"$dir/server.pid"
  wait $!
  status=$?
  [ -e "$dir/paused" ] || break
  while [ -e "$dir/paused" ] && [ ! -e "$dir/stopping" ]; do sleep 0.05; done
done
kill "$watcher" 2>/dev/null
[ "${status:-0}" -eq 0 ] || cat "$dir/postgres.log" >&2
rm -rf "$dir"
)sh";

// Who runs initdb and postgres: this process, or when it is root an unprivileged user.
struct RunAs {
  bool change = false;
  uid_t uid = 0;
  gid_t gid = 0;
};

RunAs unprivileged_user() {
  if (::geteuid() != 0) return {};
  for (const char* name : {"postgres", "nobody"}) {
    passwd entry{};
    passwd* found = nullptr;
    char buffer[4096];
    if (::getpwnam_r(name, &entry, buffer, sizeof buffer, &found) == 0 && found != nullptr) {
      return {true, found->pw_uid, found->pw_gid};
    }
  }
  throw std::runtime_error(
      "PgTestServer: running as root, which initdb refuses, and neither user postgres nor "
      "nobody exists to run it as");
}

std::filesystem::path make_folder(const RunAs& user) {
  std::string pattern = (std::filesystem::temp_directory_path() / "tori-pg-XXXXXX").string();
  if (pattern.size() + 20 > kSocketPathLimit) {
    throw std::runtime_error("PgTestServer: temporary folder path too long for a Unix socket: " +
                             pattern + " (set TMPDIR to a shorter one)");
  }
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("PgTestServer: cannot create " + pattern);
  }
  if (user.change && ::chown(pattern.c_str(), user.uid, user.gid) != 0) {
    std::filesystem::remove(pattern);
    throw std::runtime_error("PgTestServer: cannot give " + pattern + " to the server's user");
  }
  return pattern;
}

// In the forked child (async-signal-safe calls only): own process group, fd 3 = the pipe,
// stdin = /dev/null, the unprivileged user; then the keeper script.
[[noreturn]] void become_keeper(int stop_read_fd, const RunAs& user, const char* const* argv) {
  ::setpgid(0, 0);
  if (stop_read_fd == 3) {
    ::fcntl(3, F_SETFD, 0);
  } else if (::dup2(stop_read_fd, 3) != 3) {
    ::_exit(126);
  }
  const int null_fd = ::open("/dev/null", O_RDONLY);
  if (null_fd < 0 || ::dup2(null_fd, STDIN_FILENO) != STDIN_FILENO) ::_exit(126);
  if (user.change &&
      (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0)) {
    ::_exit(126);
  }
  ::execv(argv[0], const_cast<char* const*>(argv));
  ::_exit(127);
}

// Starts the keeper; returns its pid and the pipe's write end (close-on-exec, so that no
// program this process starts later keeps the server alive).
std::pair<pid_t, int> spawn_keeper(const std::filesystem::path& folder,
                                   const std::filesystem::path& binaries, const RunAs& user) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("PgTestServer: pipe failed");
  const std::string folder_text = folder.string();
  const std::string binaries_text = binaries.string();
  const char* argv[] = {
      "/bin/sh", "-c", kKeeperScript, "tori-pg-keeper", folder_text.c_str(), binaries_text.c_str(),
      nullptr};
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    throw std::runtime_error("PgTestServer: fork failed");
  }
  if (pid == 0) become_keeper(pipe_fds[0], user, argv);
  ::close(pipe_fds[0]);
  return {pid, pipe_fds[1]};
}

// Percent-encodes all but unreserved characters and '/', for a URI.
std::string uri_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

// A connection for the server's own statements, whose notices ("does not exist, skipping")
// are not printed.
PgConnection connect_quietly(const std::string& uri) {
  PgConnection connection = connect_postgres(uri);
  PQsetNoticeProcessor(
      connection.get(), [](void*, const char*) {}, nullptr);
  return connection;
}

std::string quote_identifier(PGconn* connection, std::string_view name) {
  char* quoted = PQescapeIdentifier(connection, name.data(), name.size());
  if (quoted == nullptr) throw Error("PostgreSQL: " + pg_error(connection));
  std::string result = quoted;
  PQfreemem(quoted);
  return result;
}

}  // namespace

std::optional<std::filesystem::path> PgTestServer::find_binaries() {
  const char* configured = std::getenv("TORI_PG_BINDIR");
  std::filesystem::path folder{configured != nullptr && *configured != '\0' ? configured
                                                                            : kDefaultBinaries};
  for (const char* program : {"initdb", "postgres"}) {
    if (::access((folder / program).c_str(), X_OK) != 0) return std::nullopt;
  }
  return folder;
}

std::string PgTestServer::missing_binaries_message() {
  const char* configured = std::getenv("TORI_PG_BINDIR");
  const std::string folder{configured != nullptr && *configured != '\0' ? configured
                                                                        : kDefaultBinaries};
  return "PostgreSQL server programs (initdb, postgres) not found in " + folder +
         "; install the Debian package postgresql (tools/install-deps.sh) or set TORI_PG_BINDIR";
}

PgTestServer::PgTestServer() {
  const std::optional<std::filesystem::path> binaries = find_binaries();
  if (!binaries) throw std::runtime_error("PgTestServer: " + missing_binaries_message());
  const RunAs user = unprivileged_user();
  folder_ = make_folder(user);
  try {
    std::tie(keeper_, stop_fd_) = spawn_keeper(folder_, *binaries, user);
    wait_until_ready();
  } catch (...) {
    stop();  // the constructor throws: no destructor call follows
    throw;
  }
}

PgTestServer::~PgTestServer() {
  stop();
}

PgTestServer& PgTestServer::shared() {
  static PgTestServer server;
  return server;
}

void PgTestServer::wait_until_ready() {
  const Clock::time_point deadline = Clock::now() + kStartLimit;
  const std::string ping = uri() + "&connect_timeout=5";
  for (;;) {
    if (PQping(ping.c_str()) == PQPING_OK) return;
    int status = 0;
    if (::waitpid(keeper_, &status, WNOHANG) == keeper_) {
      keeper_ = -1;
      throw std::runtime_error("PgTestServer: initdb or postgres failed in " + folder_.string() +
                               " (their output is above)");
    }
    if (Clock::now() > deadline) {
      throw std::runtime_error("PgTestServer: PostgreSQL did not accept connections within 60 s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

void PgTestServer::stop() noexcept {
  if (stop_fd_ >= 0) ::close(stop_fd_);  // the keeper's signal to shut down
  stop_fd_ = -1;
  if (keeper_ > 0) {
    const Clock::time_point deadline = Clock::now() + kStopLimit;
    while (::waitpid(keeper_, nullptr, WNOHANG) == 0) {
      if (Clock::now() > deadline) {
        ::kill(-keeper_, SIGKILL);  // the keeper and postgres; its backends follow it
        ::waitpid(keeper_, nullptr, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    keeper_ = -1;
  }
  std::error_code ignored;
  std::filesystem::remove_all(folder_, ignored);  // normally the keeper has done it
}

void PgTestServer::pause() {
  std::ofstream(folder_ / "paused").put('\n');
  pid_t server = 0;
  std::ifstream(folder_ / "server.pid") >> server;
  if (server <= 0 || ::kill(server, SIGINT) != 0) {
    throw std::runtime_error("PgTestServer: no running postgres to pause");
  }
  const Clock::time_point deadline = Clock::now() + kStopLimit;
  while (::kill(server, 0) == 0) {  // the keeper reaps it at once
    if (Clock::now() > deadline) throw std::runtime_error("PgTestServer: postgres did not stop");
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

void PgTestServer::resume() {
  std::filesystem::remove(folder_ / "paused");
  wait_until_ready();
}

std::string PgTestServer::uri(std::string_view database) const {
  return "postgresql://postgres@/" + uri_encode(database) +
         "?host=" + uri_encode(folder_.string()) + "&port=5432";
}

std::string PgTestServer::create_database(std::string_view name, std::string_view template_name) {
  PgConnection connection = connect_quietly(uri());
  exec_checked(connection.get(), "CREATE DATABASE " + quote_identifier(connection.get(), name) +
                                     " TEMPLATE " +
                                     quote_identifier(connection.get(), template_name));
  return uri(name);
}

void PgTestServer::drop_database(std::string_view name) {
  PgConnection connection = connect_quietly(uri());
  exec_checked(connection.get(), "DROP DATABASE IF EXISTS " +
                                     quote_identifier(connection.get(), name) + " WITH (FORCE)");
}

std::string PgTestServer::unique_database_name(std::string_view prefix) {
  return std::string{prefix} + "_" + std::to_string(++databases_);
}

}  // namespace tori::store::postgres
