// SPDX-License-Identifier: AGPL-3.0-or-later
// Session: the per-connection coroutine with a fresh parser, limits and timeouts per request.
#include "tori/http/session.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http.hpp>
#include <ctime>
#include <optional>
#include <vector>

#include "tori/http/file_body.hpp"
#include "tori/http/path.hpp"

namespace tori::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using Parser = bhttp::request_parser<bhttp::string_body>;
using Clock = std::chrono::steady_clock;

std::shared_ptr<ConnectionRegistry::Entry> ConnectionRegistry::add(asio::any_io_executor executor,
                                                                   beast::tcp_stream* stream) {
  auto entry = std::make_shared<Entry>(Entry{std::move(executor), stream, false});
  std::lock_guard lock(mutex_);
  entries_.insert(entry);
  return entry;
}

void ConnectionRegistry::remove(const std::shared_ptr<Entry>& entry) {
  std::lock_guard lock(mutex_);
  entries_.erase(entry);
}

std::size_t ConnectionRegistry::count() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

void ConnectionRegistry::close_idle() {
  std::lock_guard lock(mutex_);
  for (const auto& entry : entries_) {
    asio::post(entry->executor, [entry] {
      if (entry->stream && !entry->busy) entry->stream->cancel();
    });
  }
}

namespace {

// The Date header value, formatted once per second per thread.
const std::string& http_date() {
  thread_local std::time_t cached_second = 0;
  thread_local std::string cached;
  std::time_t now = std::time(nullptr);
  if (now != cached_second) {
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &parts);
    cached = buffer;
    cached_second = now;
  }
  return cached;
}

bool is_quiet_end(const beast::error_code& error) {
  return error == bhttp::error::end_of_stream || error == asio::error::eof ||
         error == asio::error::connection_reset || error == asio::error::operation_aborted ||
         error == beast::error::timeout || error == asio::error::broken_pipe;
}

// The status a failed header or body read is answered with; 0: close without answering.
int status_for_read_error(const beast::error_code& error) {
  if (is_quiet_end(error)) return 0;
  if (error == bhttp::error::header_limit) return 431;
  if (error == bhttp::error::body_limit) return 413;
  return 400;
}

class Session {
 public:
  Session(tcp::socket socket, const Pipeline& pipeline, const Limits& limits,
          ConnectionRegistry& registry)
      : stream_(std::move(socket)), pipeline_(pipeline), limits_(limits), registry_(registry) {}

  asio::awaitable<void> run();

 private:
  // Reads up to the end of the header; false when the connection should end.
  asio::awaitable<bool> read_header(Parser& parser);
  // Reads the body under the parser's size limit and the minimum rate: 0 when read, -1 when
  // the connection ended, else the status to refuse with.
  asio::awaitable<int> read_body(Parser& parser);
  // Writes the response; false when the connection should end (a write failed).
  asio::awaitable<bool> write(Response response, bool head, bool keep_alive, unsigned version);
  // Writes the header, then the file's bytes a piece at a time, each under the write timeout.
  asio::awaitable<bool> write_file(bhttp::response<bhttp::empty_body>& header,
                                   const FileBody& file);
  asio::awaitable<void> refuse(Request& request, int status, unsigned version);
  // Handles one request; false when the connection should end.
  asio::awaitable<bool> serve_one();

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  const Pipeline& pipeline_;
  const Limits& limits_;
  ConnectionRegistry& registry_;
  std::shared_ptr<ConnectionRegistry::Entry> entry_;
  std::string peer_;
};

asio::awaitable<bool> Session::read_header(Parser& parser) {
  beast::error_code error;
  if (buffer_.size() == 0) {
    stream_.expires_after(limits_.idle_timeout);
    co_await bhttp::async_read_some(stream_, buffer_, parser,
                                    asio::redirect_error(asio::use_awaitable, error));
  }
  entry_->busy = true;
  if (!error && !parser.is_header_done()) {
    stream_.expires_after(limits_.header_timeout);
    co_await bhttp::async_read_header(stream_, buffer_, parser,
                                      asio::redirect_error(asio::use_awaitable, error));
  }
  if (!error) co_return true;
  if (int status = status_for_read_error(error); status != 0) {
    Request request;
    request.peer_address = peer_;
    request.client_address = peer_;
    co_await refuse(request, status, 11);
  }
  co_return false;
}

asio::awaitable<int> Session::read_body(Parser& parser) {
  auto started = Clock::now();
  while (!parser.is_done()) {
    beast::error_code error;
    stream_.expires_after(limits_.header_timeout);
    co_await bhttp::async_read_some(stream_, buffer_, parser,
                                    asio::redirect_error(asio::use_awaitable, error));
    if (error) {
      int status = status_for_read_error(error);
      co_return status == 0 ? -1 : status;
    }
    auto elapsed = Clock::now() - started;
    if (elapsed > limits_.body_grace) {
      double seconds = std::chrono::duration<double>(elapsed).count();
      if (parser.get().body().size() < limits_.min_body_bytes_per_second * seconds) co_return 408;
    }
  }
  co_return 0;
}

// The response's status, fields, Date and keep-alive on a Beast message.
template <class Body>
void fill_header(bhttp::response<Body>& message, const Response& response, bool keep_alive) {
  for (const auto& field : response.headers)
    message.insert(field.name, field.value);
  message.set(bhttp::field::date, http_date());
  message.keep_alive(keep_alive);
}

asio::awaitable<bool> Session::write(Response response, bool head, bool keep_alive,
                                     unsigned version) {
  const auto status = static_cast<bhttp::status>(response.status);
  bool bodiless = response.status == 204 || response.status == 304 || response.status < 200;
  if (response.file && !head && !bodiless) {
    bhttp::response<bhttp::empty_body> header{status, version};
    fill_header(header, response, keep_alive);
    header.content_length(response.file->length);
    co_return co_await write_file(header, *response.file);
  }
  bhttp::response<bhttp::string_body> message{status, version};
  fill_header(message, response, keep_alive);
  if (head && !bodiless) {
    message.content_length(response.body_size());
  } else if (!bodiless) {
    message.body() = std::move(response.body);
    message.prepare_payload();
  }
  beast::error_code error;
  stream_.expires_after(limits_.write_timeout);
  co_await bhttp::async_write(stream_, message, asio::redirect_error(asio::use_awaitable, error));
  co_return !error;
}

asio::awaitable<bool> Session::write_file(bhttp::response<bhttp::empty_body>& header,
                                          const FileBody& file) {
  beast::error_code error;
  bhttp::response_serializer<bhttp::empty_body> serializer{header};
  stream_.expires_after(limits_.write_timeout);
  co_await bhttp::async_write_header(stream_, serializer,
                                     asio::redirect_error(asio::use_awaitable, error));
  FileBodyReader reader(file);
  std::vector<char> piece(std::size_t{64} << 10);
  while (!error) {
    const std::optional<std::size_t> read = reader.next(piece);
    if (!read) {  // the length promised in the header cannot be kept: end the connection
      spdlog::warn("connection from {}: {} could not be read to its end", peer_, file.path);
      co_return false;
    }
    if (*read == 0) co_return true;
    stream_.expires_after(limits_.write_timeout);
    co_await asio::async_write(stream_, asio::buffer(piece.data(), *read),
                               asio::redirect_error(asio::use_awaitable, error));
  }
  co_return false;
}

asio::awaitable<void> Session::refuse(Request& request, int status, unsigned version) {
  Response response = pipeline_.refuse(request, status);
  (void)co_await write(std::move(response), request.method == "HEAD", false, version);
}

// Copies what the handler may see of the parsed header into a Request.
Request request_from_header(const bhttp::request<bhttp::string_body>& message,
                            const std::string& peer) {
  Request request;
  request.method = std::string(message.method_string());
  request.target = std::string(message.target());
  request.peer_address = peer;
  for (const auto& field : message) {
    request.headers.add(std::string(field.name_string()), std::string(field.value()));
  }
  return request;
}

bool expects_continue(const bhttp::request<bhttp::string_body>& message) {
  auto expect = message.find(bhttp::field::expect);
  return expect != message.end() && beast::iequals(expect->value(), "100-continue");
}

asio::awaitable<bool> Session::serve_one() {
  Parser parser;
  parser.header_limit(static_cast<std::uint32_t>(limits_.header_bytes));
  if (!co_await read_header(parser)) co_return false;
  auto& message = parser.get();
  unsigned version = message.version();
  Request request = request_from_header(message, peer_);
  auto target = normalise_target(request.target);
  if (!target) {
    co_await refuse(request, 400, version);
    co_return false;
  }
  request.path = std::move(target->path);
  request.query = std::move(target->query);
  pipeline_.identify_client(request);
  Router::Match match = pipeline_.route(request.method, request.path);
  std::size_t limit = match.options && match.options->body_limit != 0 ? match.options->body_limit
                                                                      : limits_.body_bytes;
  if (parser.content_length() && *parser.content_length() > limit) {
    co_await refuse(request, 413, version);
    co_return false;
  }
  parser.body_limit(limit);
  if (!parser.is_done()) {
    if (expects_continue(message)) {
      static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      beast::error_code error;
      co_await asio::async_write(stream_, asio::buffer(kContinue.data(), kContinue.size()),
                                 asio::redirect_error(asio::use_awaitable, error));
      if (error) co_return false;
    }
    int refused = co_await read_body(parser);
    if (refused != 0) {
      if (refused > 0) co_await refuse(request, refused, version);
      co_return false;
    }
  }
  request.body = std::move(message.body());
  bool keep_alive = message.keep_alive() && !registry_.stopping();
  Response response = pipeline_.handle(request, match);
  const bool written =
      co_await write(std::move(response), request.method == "HEAD", keep_alive, version);
  const bool next_request = keep_alive && written;
  co_return next_request;
}

asio::awaitable<void> Session::run() {
  entry_ = registry_.add(stream_.get_executor(), &stream_);
  beast::error_code error;
  auto endpoint = stream_.socket().remote_endpoint(error);
  peer_ = error ? std::string("unknown") : endpoint.address().to_string();
  try {
    while (!registry_.stopping() && co_await serve_one())
      entry_->busy = false;
  } catch (const std::exception& failure) {
    spdlog::error("connection from {} failed: {}", peer_, failure.what());
  }
  entry_->stream = nullptr;
  registry_.remove(entry_);
  stream_.socket().shutdown(tcp::socket::shutdown_send, error);
}

}  // namespace

void start_session(tcp::socket socket, const Pipeline& pipeline, const Limits& limits,
                   ConnectionRegistry& registry) {
  boost::system::error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);
  auto executor = socket.get_executor();
  auto session = std::make_shared<Session>(std::move(socket), pipeline, limits, registry);
  asio::co_spawn(
      executor, [session]() -> asio::awaitable<void> { co_await session->run(); },
      [](std::exception_ptr failure) {
        if (!failure) return;
        try {
          std::rethrow_exception(failure);
        } catch (const std::exception& error) {
          spdlog::error("connection ended by an exception: {}", error.what());
        }
      });
}
}  // namespace tori::http
