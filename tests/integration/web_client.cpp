// SPDX-License-Identifier: AGPL-3.0-or-later
// WebClient: cookies from every Set-Cookie, the CSRF field of the last HTML page, form posts.
#include "web_client.hpp"

#include "tori/text/escape.hpp"

namespace tori::testing {

std::optional<HttpResponse> WebClient::get(unsigned short port, const std::string& target) {
  return send(port, "GET " + target + " HTTP/1.1\r\n", "");
}

std::optional<HttpResponse> WebClient::post(unsigned short port, const std::string& target,
                                            const Fields& fields) {
  std::string body = "csrf=" + text::url_encode_component(csrf_);
  for (const auto& [name, value] : fields) {
    body += "&" + text::url_encode_component(name) + "=" + text::url_encode_component(value);
  }
  return send(port,
              "POST " + target +
                  " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  "Content-Length: " +
                  std::to_string(body.size()) + "\r\n",
              body);
}

std::optional<HttpResponse> WebClient::send(unsigned short port, const std::string& head,
                                            const std::string& body) {
  std::string cookie_header;
  for (const auto& [name, value] : cookies_) {
    cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
  }
  std::string request = head + "Host: localhost\r\nConnection: close\r\n";
  if (!cookie_header.empty()) request += "Cookie: " + cookie_header + "\r\n";
  request += "\r\n" + body;
  try {
    RawClient client(port);
    if (!client.send(request)) return std::nullopt;
    std::optional<HttpResponse> response = client.read_response();
    if (response) remember(*response);
    return response;
  } catch (const std::exception&) {
    return std::nullopt;  // nobody listens on the port
  }
}

void WebClient::remember(const HttpResponse& response) {
  for (const std::string& set : response.set_cookies) {
    const auto equals = set.find('=');
    if (equals == std::string::npos) continue;
    const std::string name = set.substr(0, equals);
    const std::string value = set.substr(equals + 1, set.find(';') - equals - 1);
    if (value.empty() || set.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  const std::string csrf = text_between(response.body, "name=\"csrf\" value=\"", "\"");
  if (!csrf.empty()) csrf_ = csrf;
}

std::string text_between(const std::string& text, const std::string& before,
                         const std::string& after) {
  const auto start = text.find(before);
  if (start == std::string::npos) return "";
  const auto from = start + before.size();
  const auto end = text.find(after, from);
  return end == std::string::npos ? "" : text.substr(from, end - from);
}

}  // namespace tori::testing
