// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helper: a raw TCP client on loopback that sends exact bytes and reads HTTP responses,
// so tests can send what no well-behaved client would (garbage, slow drips, huge headers).
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tori::testing {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-case; last value wins
  std::vector<std::string> set_cookies;        // every Set-Cookie value, in order
  std::string body;
  [[nodiscard]] std::string header(const std::string& name) const;
};

class RawClient {
 public:
  explicit RawClient(unsigned short port);  // connects to 127.0.0.1:port; throws on failure
  // The same from `source`, another loopback address ("127.1.0.7"), as a visitor from elsewhere.
  RawClient(unsigned short port, const std::string& source);
  ~RawClient();
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  // Sends bytes; false when the connection is gone.
  bool send(std::string_view bytes);
  // Reads one response (header, then Content-Length bytes; or until close). Nothing on
  // timeout or when the connection closed before a status line.
  std::optional<HttpResponse> read_response(
      std::chrono::milliseconds timeout = std::chrono::seconds(10), bool head = false);
  // Whether the peer closes the connection within `timeout` (reading and dropping any bytes).
  bool closed_within(std::chrono::milliseconds timeout);

 private:
  // Reads more bytes into buffer_; false on close, error or timeout.
  bool fill(std::chrono::steady_clock::time_point deadline);
  int fd_ = -1;
  std::string buffer_;
};

// One request on a fresh connection: "GET path HTTP/1.1" plus `extra_headers` lines.
[[nodiscard]] std::optional<HttpResponse> try_get(unsigned short port, std::string_view path,
                                                  std::string_view extra_headers = "",
                                                  std::string_view method = "GET");

}  // namespace tori::testing
