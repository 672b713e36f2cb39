// SPDX-License-Identifier: AGPL-3.0-or-later
// Test helper: a client over real TCP that keeps cookies and posts forms with the CSRF token of
// the last page it read, like one browser; each request names the port, so one client can go
// through nginx or straight to either node and carry the same session.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "raw_client.hpp"

namespace tori::testing {

class WebClient {
 public:
  using Fields = std::vector<std::pair<std::string, std::string>>;

  // GET; nothing when the port does not answer within 10 s.
  std::optional<HttpResponse> get(unsigned short port, const std::string& target);
  // POST of `fields`, form-encoded, with the last page's CSRF token added.
  std::optional<HttpResponse> post(unsigned short port, const std::string& target,
                                   const Fields& fields);
  [[nodiscard]] bool has_cookie(const std::string& name) const { return cookies_.count(name); }

 private:
  std::optional<HttpResponse> send(unsigned short port, const std::string& head,
                                   const std::string& body);
  void remember(const HttpResponse& response);

  std::map<std::string, std::string> cookies_;
  std::string csrf_;
};

// The text between `before` and the next `after` in `text`, or "" when absent.
[[nodiscard]] std::string text_between(const std::string& text, const std::string& before,
                                       const std::string& after);

}  // namespace tori::testing
