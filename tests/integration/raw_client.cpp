// SPDX-License-Identifier: AGPL-3.0-or-later
// RawClient: POSIX sockets with poll() deadlines and a small HTTP/1.1 response reader.
#include "raw_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace tori::testing {

std::string HttpResponse::header(const std::string& name) const {
  auto found = headers.find(name);
  return found == headers.end() ? std::string() : found->second;
}

RawClient::RawClient(unsigned short port) : RawClient(port, std::string{}) {}

RawClient::RawClient(unsigned short port, const std::string& source) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (!source.empty()) {
    sockaddr_in local{};
    local.sin_family = AF_INET;
    if (::inet_pton(AF_INET, source.c_str(), &local.sin_addr) != 1 ||
        ::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
      ::close(fd_);
      throw std::runtime_error("cannot bind " + source);
    }
  }
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd_);
    throw std::runtime_error("connect failed");
  }
}

RawClient::~RawClient() {
  ::close(fd_);
}

bool RawClient::send(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

bool RawClient::fill(std::chrono::steady_clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
      deadline - std::chrono::steady_clock::now());
  if (left.count() <= 0) return false;
  pollfd poll_fd{fd_, POLLIN, 0};
  if (::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) return false;
  char chunk[65536];
  ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
  if (got <= 0) return false;
  buffer_.append(chunk, static_cast<std::size_t>(got));
  return true;
}

namespace {

void parse_head(std::string_view head, HttpResponse& response) {
  std::size_t line_end = head.find("\r\n");
  std::string_view status_line = head.substr(0, line_end);
  std::size_t space = status_line.find(' ');
  response.status = space == std::string_view::npos
                        ? 0
                        : std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
  std::size_t start = line_end == std::string_view::npos ? head.size() : line_end + 2;
  while (start < head.size()) {
    std::size_t end = head.find("\r\n", start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(start, end - start);
    start = end + 2;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name(line.substr(0, colon));
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ')
      value.remove_prefix(1);
    if (name == "set-cookie") response.set_cookies.emplace_back(value);
    response.headers[name] = std::string(value);
  }
}

}  // namespace

std::optional<HttpResponse> RawClient::read_response(std::chrono::milliseconds timeout, bool head) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t head_end;
  while ((head_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (!fill(deadline)) return std::nullopt;
  }
  HttpResponse response;
  parse_head(std::string_view(buffer_).substr(0, head_end), response);
  buffer_.erase(0, head_end + 4);
  bool no_body = head || response.status == 304 || response.status == 204 || response.status < 200;
  std::string length = response.header("content-length");
  if (!no_body && !length.empty()) {
    auto wanted = static_cast<std::size_t>(std::stoull(length));
    while (buffer_.size() < wanted) {
      if (!fill(deadline)) break;
    }
    std::size_t taken = std::min(wanted, buffer_.size());
    response.body = buffer_.substr(0, taken);
    buffer_.erase(0, taken);
  } else if (!no_body) {
    while (fill(deadline)) {
    }
    response.body = std::move(buffer_);
    buffer_.clear();
  }
  return response;
}

bool RawClient::closed_within(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd poll_fd{fd_, POLLIN, 0};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    int ready = ::poll(&poll_fd, 1, static_cast<int>(std::max<long long>(left.count(), 0)));
    if (ready <= 0) return false;
    char chunk[4096];
    ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
    if (got <= 0) return true;
  }
  return false;
}

std::optional<HttpResponse> try_get(unsigned short port, std::string_view path,
                                    std::string_view extra_headers, std::string_view method) {
  try {
    RawClient client(port);
    std::string request = std::string(method) + " " + std::string(path) +
                          " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" +
                          std::string(extra_headers) + "\r\n";
    if (!client.send(request)) return std::nullopt;
    return client.read_response(std::chrono::seconds(10), method == "HEAD");
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace tori::testing
