// SPDX-License-Identifier: AGPL-3.0-or-later
// Request and Response helpers: header look-up, query parameters, response constructors.
#include "tori/http/message.hpp"

#include <algorithm>
#include <array>

#include "tori/http/form.hpp"
#include "tori/http/header_text.hpp"

namespace tori::http {
std::optional<std::string_view> Headers::get(std::string_view name) const {
  for (const Field& field : fields_) {
    if (equal_ignoring_case(field.name, name)) return std::string_view(field.value);
  }
  return std::nullopt;
}

void Headers::set(std::string_view name, std::string value) {
  remove(name);
  fields_.push_back({std::string(name), std::move(value)});
}

void Headers::add(std::string_view name, std::string value) {
  fields_.push_back({std::string(name), std::move(value)});
}

void Headers::remove(std::string_view name) {
  std::erase_if(fields_, [&](const Field& field) { return equal_ignoring_case(field.name, name); });
}

std::string_view Request::param(std::string_view name) const {
  for (const auto& [key, value] : path_params) {
    if (key == name) return value;
  }
  return {};
}

std::optional<std::string> Request::query_param(std::string_view name) const {
  FormFields decoded = decode_form_fields(query);  // malformed pairs are ignored, as if absent
  for (FormField& field : decoded.fields) {
    if (field.name == name) return std::move(field.value);
  }
  return std::nullopt;
}

std::vector<std::string> Request::query_params(std::string_view name) const {
  std::vector<std::string> values;
  FormFields decoded = decode_form_fields(query);
  for (FormField& field : decoded.fields) {
    if (field.name == name) values.push_back(std::move(field.value));
  }
  return values;
}

namespace {
Response with_type(int status, std::string body, const char* content_type) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  response.headers.set("Content-Type", content_type);
  return response;
}
}  // namespace

Response Response::html(int status, std::string body) {
  return with_type(status, std::move(body), "text/html; charset=utf-8");
}

Response Response::text(int status, std::string body) {
  return with_type(status, std::move(body), "text/plain; charset=utf-8");
}

Response Response::json(int status, std::string body) {
  return with_type(status, std::move(body), "application/json");
}

Response Response::redirect(std::string location, int status) {
  Response response;
  response.status = status;
  response.headers.set("Location", std::move(location));
  return response;
}

std::string_view reason_phrase(int status) {
  struct Reason {
    int status;
    std::string_view phrase;
  };
  static constexpr std::array<Reason, 22> kReasons{{
      {100, "Continue"},
      {200, "OK"},
      {201, "Created"},
      {204, "No Content"},
      {301, "Moved Permanently"},
      {302, "Found"},
      {303, "See Other"},
      {304, "Not Modified"},
      {307, "Temporary Redirect"},
      {308, "Permanent Redirect"},
      {400, "Bad Request"},
      {403, "Forbidden"},
      {404, "Not Found"},
      {405, "Method Not Allowed"},
      {408, "Request Timeout"},
      {409, "Conflict"},
      {413, "Content Too Large"},
      {422, "Unprocessable Content"},
      {429, "Too Many Requests"},
      {431, "Request Header Fields Too Large"},
      {500, "Internal Server Error"},
      {503, "Service Unavailable"},
  }};
  for (const Reason& reason : kReasons) {
    if (reason.status == status) return reason.phrase;
  }
  return "Unknown";
}

}  // namespace tori::http
