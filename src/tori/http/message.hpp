// SPDX-License-Identifier: AGPL-3.0-or-later
// The request and response that handlers see: plain values with no socket and no Beast types.
//
//   Response hello(const Request& request) {
//     return Response::text(200, "hei " + std::string(request.param("name")));
//   }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tori::http {

// Header fields in arrival order; names compare without regard to ASCII case.
class Headers {
 public:
  struct Field {
    std::string name;
    std::string value;
  };

  // The first value of `name`, or nothing.
  [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const;
  // Replaces every field called `name` by one with `value`.
  void set(std::string_view name, std::string value);
  // Appends a field (for fields that may repeat, such as Set-Cookie).
  void add(std::string_view name, std::string value);
  void remove(std::string_view name);
  [[nodiscard]] bool contains(std::string_view name) const { return get(name).has_value(); }

  [[nodiscard]] auto begin() const { return fields_.begin(); }
  [[nodiscard]] auto end() const { return fields_.end(); }
  [[nodiscard]] std::size_t size() const { return fields_.size(); }

 private:
  std::vector<Field> fields_;
};

struct Request {
  std::string method;  // as sent, e.g. "GET"
  std::string target;  // the raw request-target, e.g. "/teot/x%C3%A4?sivu=2"
  std::string path;    // percent-decoded once and normalised, e.g. "/teot/xä"
  std::string query;   // the raw query string without '?'
  Headers headers;
  std::string body;
  std::string peer_address;    // the TCP peer
  std::string client_address;  // the peer, or X-Forwarded-For's client behind a trusted proxy
  bool secure = false;         // true behind a trusted proxy that says X-Forwarded-Proto: https
  std::string request_id;      // set by the request-id middleware
  std::string route;           // the matched pattern, e.g. "/teot/{slug}"; empty when none
  std::vector<std::pair<std::string, std::string>> path_params;

  // A path parameter of the matched route ("" when absent).
  [[nodiscard]] std::string_view param(std::string_view name) const;
  // The first value of a query parameter, percent- and '+'-decoded; nothing when absent.
  [[nodiscard]] std::optional<std::string> query_param(std::string_view name) const;
  // Every value of a repeated query parameter, in order.
  [[nodiscard]] std::vector<std::string> query_params(std::string_view name) const;
};

// Bytes of a file that make a response's body: `length` bytes from `offset`. The server reads
// them piece by piece as it writes (http/file_body.hpp), so a large file never sits whole in
// memory; the file must hold them when the response is written, or the connection is closed.
struct FileBody {
  std::string path;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  std::optional<FileBody> file;  // when set, the body is the file's bytes (`body` stays empty)

  // How many bytes the body has: the file part's, or body's.
  [[nodiscard]] std::uint64_t body_size() const { return file ? file->length : body.size(); }

  [[nodiscard]] static Response html(int status, std::string body);
  [[nodiscard]] static Response text(int status, std::string body);
  [[nodiscard]] static Response json(int status, std::string body);
  // 303 See Other by default, or 301/302/307/308.
  [[nodiscard]] static Response redirect(std::string location, int status = 303);
};

// The reason phrase of a status code ("Not Found"), or "Unknown".
[[nodiscard]] std::string_view reason_phrase(int status);

}  // namespace tori::http
