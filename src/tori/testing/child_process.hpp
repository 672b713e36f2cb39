// SPDX-License-Identifier: AGPL-3.0-or-later
// For test programs only: ending a helper process a test started (a server, nginx, aiosmtpd).
//
//   stop_child(pid, SIGTERM, std::chrono::seconds(5));  // then SIGKILL; always reaped
#pragma once

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

namespace tori::testing {

// Sends `signal` to `pid` and waits up to `grace` for it to end; past that, SIGKILL. Returns
// once the child is reaped. Nothing happens for pid <= 0.
inline void stop_child(pid_t pid, int signal, std::chrono::milliseconds grace) {
  if (pid <= 0) return;
  ::kill(pid, signal);
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (::waitpid(pid, nullptr, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace tori::testing
