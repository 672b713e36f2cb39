// SPDX-License-Identifier: AGPL-3.0-or-later
// The API's responses (DESIGN.md §8): JSON bodies with ETag and read-only CORS, the error body,
// and the one table from error codes to HTTP status and `error.code`.
#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "tori/http/message.hpp"

namespace tori::web {

// Why an API request cannot be answered with data.
enum class ApiErrorCode {
  kInvalidParameter,  // a query parameter is unknown, malformed or names nothing that exists
  kNotFound,          // no such path, or no published practice by that slug
  kBadRequest,        // the request itself is malformed (400 from the server, not a parameter)
  kMethodNotAllowed,  // the path exists for other methods only (405)
  kRequestTimeout,    // the request came too slowly (408)
  kTooLarge,          // the body or the headers are too large (413, 431)
  kInternal,          // the server failed (500, 503); details only in its log
  kUnavailable,       // a part of the service is not ready or away (503), e.g. the search index
};

// An expected API failure, as a value; becomes the error body.
struct ApiError {
  ApiErrorCode code = ApiErrorCode::kNotFound;
  std::string message;
  std::optional<std::string> parameter;  // the query parameter at fault, when one is
};

// The HTTP status of an error code (the mapping table).
[[nodiscard]] int api_status(ApiErrorCode code);
// The `error.code` string of an error code: "invalid_parameter", "not_found".
[[nodiscard]] std::string_view api_code(ApiErrorCode code);

// The error for an HTTP status that the server, not a handler, decided (404, 405, 413, 500…),
// so that every answer under /api/ is JSON.
[[nodiscard]] ApiError api_error_for_status(int status);
// `{"error": {"code", "message", "parameter"}}` with its status, as JSON with CORS.
[[nodiscard]] http::Response api_error_response(const ApiError& error);
// A 200 JSON response of `body` with a strong ETag (a hash of the serialised body); 304 with no
// body when the request's If-None-Match names that ETag (or is "*"). With CORS for reading.
[[nodiscard]] http::Response api_json_response(const http::Request& request,
                                               const boost::json::value& body);
// The answer to a CORS preflight (OPTIONS): 204 allowing GET and HEAD from any origin.
[[nodiscard]] http::Response api_preflight_response();
// The strong ETag of a body: a quoted 16-digit hex FNV-1a 64-bit hash.
[[nodiscard]] std::string api_etag(std::string_view body);

}  // namespace tori::web
