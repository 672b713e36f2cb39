// SPDX-License-Identifier: AGPL-3.0-or-later
// JSON responses of the API: serialising, ETag and If-None-Match, CORS, and error bodies.
#include "tori/web/api_response.hpp"

#include <array>
#include <boost/json/serialize.hpp>
#include <cstdint>
#include <cstdio>

#include "tori/text/fingerprint.hpp"

namespace tori::web {
namespace {

struct ErrorRow {
  ApiErrorCode code;
  int status;
  std::string_view name;
};

// Every API error code with its HTTP status and its `error.code`.
constexpr std::array<ErrorRow, 8> kErrorTable = {{
    {ApiErrorCode::kInvalidParameter, 400, "invalid_parameter"},   // the client asked wrongly
    {ApiErrorCode::kNotFound, 404, "not_found"},                   // nothing (published) there
    {ApiErrorCode::kBadRequest, 400, "bad_request"},               // malformed request
    {ApiErrorCode::kMethodNotAllowed, 405, "method_not_allowed"},  // see the Allow header
    {ApiErrorCode::kRequestTimeout, 408, "request_timeout"},       // sent too slowly
    {ApiErrorCode::kTooLarge, 413, "too_large"},                   // body (413) or headers (431)
    {ApiErrorCode::kInternal, 500, "internal_error"},              // logged with the request id
    {ApiErrorCode::kUnavailable, 503, "unavailable"},              // not ready yet, try again
}};

// Server-decided statuses and the error each becomes; the status itself is kept.
struct StatusRow {
  int status;
  ApiErrorCode code;
  std::string_view message;
};
constexpr std::array<StatusRow, 8> kStatusTable = {{
    {400, ApiErrorCode::kBadRequest, "the request is malformed"},
    {404, ApiErrorCode::kNotFound, "no such resource"},
    {405, ApiErrorCode::kMethodNotAllowed, "method not allowed; the API is read-only"},
    {408, ApiErrorCode::kRequestTimeout, "the request was sent too slowly"},
    {413, ApiErrorCode::kTooLarge, "the request body is too large"},
    {431, ApiErrorCode::kTooLarge, "the request headers are too large"},
    {500, ApiErrorCode::kInternal, "the server failed; try again later"},
    {503, ApiErrorCode::kInternal, "the service is unavailable; try again later"},
}};

const ErrorRow& row_of(ApiErrorCode code) {
  for (const ErrorRow& row : kErrorTable)
    if (row.code == code) return row;
  return kErrorTable[1];
}

// JSON text with '<', '>' and '&' written as \u escapes (they occur only inside strings), so
// that no hostile text reads as markup should the body ever be sniffed or embedded in HTML.
std::string serialize_json(const boost::json::value& value) {
  std::string text = boost::json::serialize(value);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

void add_cors(http::Response& response) {
  response.headers.set("Access-Control-Allow-Origin", "*");
  response.headers.set("X-Content-Type-Options", "nosniff");
}

// Whether an If-None-Match list ("\"a\", W/\"b\"" or "*") names `etag` (weak comparison).
bool none_match_names(std::string_view list, std::string_view etag) {
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
      item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
      item.remove_suffix(1);
    if (item.starts_with("W/")) item.remove_prefix(2);
    if (item == "*" || item == etag) return true;
  }
  return false;
}

}  // namespace

int api_status(ApiErrorCode code) {
  return row_of(code).status;
}

std::string_view api_code(ApiErrorCode code) {
  return row_of(code).name;
}

std::string api_etag(std::string_view body) {
  return "\"" + text::fingerprint_hex(body) + "\"";
}

ApiError api_error_for_status(int status) {
  for (const StatusRow& row : kStatusTable) {
    if (row.status == status) return ApiError{row.code, std::string(row.message), std::nullopt};
  }
  bool client = status >= 400 && status < 500;
  return ApiError{client ? ApiErrorCode::kBadRequest : ApiErrorCode::kInternal,
                  client ? "the request cannot be answered" : "the server failed; try again later",
                  std::nullopt};
}

http::Response api_error_response(const ApiError& error) {
  boost::json::object inner;
  inner["code"] = api_code(error.code);
  inner["message"] = error.message;
  if (error.parameter)
    inner["parameter"] = *error.parameter;
  else
    inner["parameter"] = nullptr;
  boost::json::object body;
  body["error"] = std::move(inner);
  http::Response response = http::Response::json(api_status(error.code), serialize_json(body));
  response.headers.set("Cache-Control", "no-store");
  add_cors(response);
  return response;
}

http::Response api_json_response(const http::Request& request, const boost::json::value& body) {
  std::string text = serialize_json(body);
  std::string etag = api_etag(text);
  http::Response response;
  auto if_none_match = request.headers.get("If-None-Match");
  if (if_none_match && none_match_names(*if_none_match, etag)) {
    response.status = 304;
  } else {
    response = http::Response::json(200, std::move(text));
  }
  response.headers.set("ETag", etag);
  response.headers.set("Cache-Control", "no-cache");
  add_cors(response);
  return response;
}

http::Response api_preflight_response() {
  http::Response response;
  response.status = 204;
  add_cors(response);
  response.headers.set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
  response.headers.set("Access-Control-Allow-Headers", "If-None-Match");
  response.headers.set("Access-Control-Max-Age", "86400");
  response.headers.set("Allow", "GET, HEAD, OPTIONS");
  return response;
}

}  // namespace tori::web
