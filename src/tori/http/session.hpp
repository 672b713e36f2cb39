// SPDX-License-Identifier: AGPL-3.0-or-later
// One connection's life (internal to http/): read a request under the limits, route it, run
// the pipeline, write the response, repeat while keep-alive; and the registry of live
// connections that a graceful stop walks.
#pragma once

#include <atomic>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <memory>
#include <mutex>
#include <set>

#include "tori/http/pipeline.hpp"
#include "tori/http/server.hpp"

namespace tori::http {

class ConnectionRegistry {
 public:
  // A live connection. `stream` and `busy` are touched only on the connection's executor
  // (its io_context, which one thread runs).
  struct Entry {
    boost::asio::any_io_executor executor;
    boost::beast::tcp_stream* stream = nullptr;
    bool busy = false;  // a request is being read, handled or answered
  };

  std::shared_ptr<Entry> add(boost::asio::any_io_executor executor,
                             boost::beast::tcp_stream* stream);
  void remove(const std::shared_ptr<Entry>& entry);
  // Marks the server as stopping; true only for the first call.
  bool begin_stopping() { return !stopping_.exchange(true); }
  [[nodiscard]] bool stopping() const { return stopping_.load(); }
  [[nodiscard]] std::size_t count() const;
  // Cancels the read of every connection waiting for its next request.
  void close_idle();

 private:
  mutable std::mutex mutex_;
  std::set<std::shared_ptr<Entry>> entries_;
  std::atomic<bool> stopping_{false};
};

// Runs a connection on its socket's executor (one thread's io_context) until it ends.
void start_session(boost::asio::ip::tcp::socket socket, const Pipeline& pipeline,
                   const Limits& limits, ConnectionRegistry& registry);

}  // namespace tori::http
