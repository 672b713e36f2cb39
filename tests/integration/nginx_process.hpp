// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helper: a private nginx on a free loopback port in front of several `tori serve` nodes
// (an upstream with the forwarded headers of deploy/nginx/tori.conf), everything in its own
// temporary folder, stopped by the destructor.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tori/testing/temp_dir.hpp"

namespace tori::testing {

class NginxProcess {
 public:
  // /usr/sbin/nginx, else nginx on PATH; nothing when not installed.
  [[nodiscard]] static std::optional<std::filesystem::path> find_binary();

  // Starts nginx proxying to 127.0.0.1 at `node_ports` and returns once it answers; throws
  // std::runtime_error with its error log when it does not start.
  explicit NginxProcess(const std::vector<unsigned short>& node_ports);
  ~NginxProcess();  // SIGQUIT (graceful), SIGKILL after 10 s
  NginxProcess(const NginxProcess&) = delete;
  NginxProcess& operator=(const NginxProcess&) = delete;

  [[nodiscard]] unsigned short port() const { return port_; }
  // The error log so far (upstream failures are logged there).
  [[nodiscard]] std::string log() const;

 private:
  void stop() noexcept;

  TempDir folder_;
  unsigned short port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace tori::testing

// In a test: skips it when nginx is not installed.
#define TORI_SKIP_WITHOUT_NGINX()                    \
  if (!::tori::testing::NginxProcess::find_binary()) \
  GTEST_SKIP() << "nginx is not installed (tools/install-deps.sh test)"
