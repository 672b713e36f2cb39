// SPDX-License-Identifier: AGPL-3.0-or-later
// The HTTP/1.1 server: a listener, one coroutine per connection, limits on every read, and a
// graceful stop on SIGTERM/SIGINT. It hands each request to a Pipeline and never shows a
// socket to anybody.
//
//   Server server(options, pipeline);
//   server.listen();   // binds; throws ListenError with a one-line reason
//   server.run();      // until SIGTERM/SIGINT, then drains in-flight requests
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "tori/http/pipeline.hpp"

namespace tori::http {

// Limits on every read, from the configuration's [limits] (DESIGN.md §9).
struct Limits {
  std::size_t header_bytes = 16 * 1024;                // request line + headers → 431
  std::size_t body_bytes = 1024 * 1024;                // default body limit → 413
  std::chrono::milliseconds header_timeout{10'000};    // whole header read → 408 / close
  std::chrono::milliseconds idle_timeout{60'000};      // keep-alive wait for the next request
  std::chrono::milliseconds body_grace{10'000};        // the rate is checked after this long
  std::size_t min_body_bytes_per_second = 1024;        // slower uploads → 408
  std::chrono::milliseconds write_timeout{30'000};     // writing one response
  std::chrono::milliseconds shutdown_timeout{10'000};  // draining on SIGTERM/SIGINT
};

struct ServerOptions {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (see Server::port)
  unsigned threads = 0;        // 0: one per core
  Limits limits;
};

// The port cannot be bound or the address is bad; what() is one line for the user.
class ListenError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Server {
 public:
  Server(ServerOptions options, const Pipeline& pipeline);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  void listen();
  // The bound port (after listen()).
  [[nodiscard]] unsigned short port() const;
  // Serves until SIGTERM/SIGINT or stop(); then stops accepting, lets in-flight requests
  // finish (at most limits.shutdown_timeout), closes idle connections, and returns.
  void run();
  // Asks run() to stop as on a signal; callable from any thread.
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace tori::http
