// SPDX-License-Identifier: AGPL-3.0-or-later
// Server: the Asio listener, the thread pool and the graceful stop; connections in session.cpp.
#include "tori/http/server.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <thread>
#include <vector>

#include "tori/http/session.hpp"

namespace tori::http {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

// One io_context per thread, each run by its own thread (no scheduler lock contention between
// threads); the first also owns the acceptor, the signals and the drain timer, and hands each
// accepted connection to the next context in turn.
struct Server::State {
  State(ServerOptions server_options, const Pipeline& request_pipeline)
      : options(std::move(server_options)),
        pipeline(request_pipeline),
        contexts(make_contexts(options.threads)) {}

  static std::vector<std::unique_ptr<asio::io_context>> make_contexts(unsigned threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::unique_ptr<asio::io_context>> made;
    for (unsigned i = 0; i < threads; ++i)
      made.push_back(std::make_unique<asio::io_context>(1));
    return made;
  }

  ServerOptions options;
  const Pipeline& pipeline;
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  asio::io_context& io = *contexts.front();
  std::size_t next_context = 0;
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io, SIGINT, SIGTERM};
  asio::steady_timer drain_timer{io};
  std::chrono::steady_clock::time_point drain_deadline;
  ConnectionRegistry connections;

  asio::awaitable<void> accept_loop();
  void begin_shutdown();
  void check_drained();
  void stop_all() {
    for (auto& context : contexts)
      context->stop();
  }
};

Server::Server(ServerOptions options, const Pipeline& pipeline)
    : state_(std::make_unique<State>(std::move(options), pipeline)) {}

Server::~Server() = default;

void Server::listen() {
  boost::system::error_code error;
  auto address = asio::ip::make_address(state_->options.bind, error);
  if (error) throw ListenError("not an IP address to bind: '" + state_->options.bind + "'");
  tcp::endpoint endpoint{address, state_->options.port};
  auto& acceptor = state_->acceptor;
  acceptor.open(endpoint.protocol(), error);
  if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
  if (!error) acceptor.bind(endpoint, error);
  if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
  if (error) {
    throw ListenError("cannot listen on " + state_->options.bind + ":" +
                      std::to_string(state_->options.port) + ": " + error.message());
  }
}

unsigned short Server::port() const {
  return state_->acceptor.local_endpoint().port();
}

asio::awaitable<void> Server::State::accept_loop() {
  asio::steady_timer backoff{io};
  for (;;) {
    boost::system::error_code error;
    asio::io_context& context = *contexts[next_context++ % contexts.size()];
    tcp::socket socket =
        co_await acceptor.async_accept(context, asio::redirect_error(asio::use_awaitable, error));
    if (error) {
      if (error == asio::error::operation_aborted || connections.stopping()) co_return;
      // Out of descriptors or similar: wait a moment instead of spinning.
      spdlog::warn("accept failed: {}", error.message());
      backoff.expires_after(std::chrono::milliseconds(50));
      co_await backoff.async_wait(asio::redirect_error(asio::use_awaitable, error));
      continue;
    }
    start_session(std::move(socket), pipeline, options.limits, connections);
  }
}

void Server::State::begin_shutdown() {
  if (!connections.begin_stopping()) return;
  spdlog::info("stopping: no new connections; finishing requests in flight");
  boost::system::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  connections.close_idle();
  drain_deadline = std::chrono::steady_clock::now() + options.limits.shutdown_timeout;
  check_drained();
}

void Server::State::check_drained() {
  if (connections.count() == 0 || std::chrono::steady_clock::now() >= drain_deadline) {
    if (connections.count() > 0) {
      spdlog::warn("stopping: {} connections still open after the grace period",
                   connections.count());
    }
    stop_all();
    return;
  }
  connections.close_idle();
  drain_timer.expires_after(std::chrono::milliseconds(20));
  drain_timer.async_wait([this](boost::system::error_code) { check_drained(); });
}

void Server::run() {
  state_->signals.async_wait([this](boost::system::error_code error, int signal_number) {
    if (error) return;
    spdlog::info("signal {} received", signal_number);
    state_->begin_shutdown();
  });
  asio::co_spawn(state_->io, state_->accept_loop(), asio::detached);
  using WorkGuard = asio::executor_work_guard<asio::io_context::executor_type>;
  std::vector<WorkGuard> keep_running;  // the other contexts wait for connections
  std::vector<std::thread> pool;
  for (std::size_t i = 1; i < state_->contexts.size(); ++i) {
    asio::io_context* context = state_->contexts[i].get();
    keep_running.push_back(asio::make_work_guard(*context));
    pool.emplace_back([context] { context->run(); });
  }
  state_->io.run();
  state_->stop_all();
  for (auto& thread : pool)
    thread.join();
}

void Server::stop() {
  asio::post(state_->io, [this] { state_->begin_shutdown(); });
}

}  // namespace tori::http
