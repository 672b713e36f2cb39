// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helper: runs the real `tori` program — one-shot commands, or `tori serve` on a free
// loopback port with its own temporary data folder — and stops it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tori/testing/temp_dir.hpp"

namespace tori::testing {

// A TCP port on 127.0.0.1 that was free a moment ago.
[[nodiscard]] unsigned short free_port();

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `tori ARGS…` to completion with extra environment variables ("NAME=value") and `input`
// on its standard input.
[[nodiscard]] CommandResult run_tori(const std::vector<std::string>& args,
                                     const std::vector<std::string>& environment = {},
                                     std::string_view input = {});

class ServerProcess {
 public:
  struct Options {
    std::filesystem::path data{};            // empty: a temporary folder of its own
    std::vector<std::string> extra_args{};   // after `serve --port P --data DIR`
    std::vector<std::string> environment{};  // extra "NAME=value" entries
    std::string toml{};                      // written to DATA/tori.toml when not empty
  };
  explicit ServerProcess(Options options);
  ServerProcess() : ServerProcess(Options{}) {}
  // Stops the server if still running (SIGTERM, then SIGKILL after 15 s).
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] unsigned short port() const { return port_; }
  [[nodiscard]] const std::filesystem::path& data() const { return data_; }
  [[nodiscard]] pid_t pid() const { return pid_; }
  // Sends `signal` and waits up to `timeout`; the exit code (128+n when killed by signal n),
  // or -1 when it did not end in time (then it is killed).
  int stop(int signal, std::chrono::milliseconds timeout = std::chrono::seconds(15));
  // Waits up to `timeout` for the server to end on its own (after a signal sent earlier);
  // the exit code as for stop().
  int wait_for_exit(std::chrono::milliseconds timeout) { return stop(0, timeout); }
  // What the server wrote to stderr so far.
  [[nodiscard]] std::string log() const;

 private:
  TempDir own_;
  std::filesystem::path data_;
  std::filesystem::path log_file_;
  unsigned short port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace tori::testing
