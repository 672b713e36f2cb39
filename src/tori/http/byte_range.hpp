// SPDX-License-Identifier: AGPL-3.0-or-later
// Byte ranges (RFC 9110 §14): answering "Range: bytes=…" on a whole response, so that audio
// players and podcast apps can seek and resume. One range only; several are answered whole.
//
//   http::Response response = …;               // 200 with the whole file
//   http::answer_range(request, response);      // 206 with Content-Range, or 416, or as it was
//
//   // A big file: read only the part asked for.
//   RangeRequest asked = http::asked_range(request, response, size);
//   response.body = asked.kind == RangeKind::kPart ? read(first, count) : …;
//   http::mark_range(response, asked, size);
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "tori/http/message.hpp"

namespace tori::http {

// An inclusive range of byte positions.
struct ByteRange {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

enum class RangeKind {
  kWhole,          // no usable Range: answer the whole body (a malformed or multi-range header)
  kPart,           // answer `range`
  kUnsatisfiable,  // 416: the range starts past the end
};

struct RangeRequest {
  RangeKind kind = RangeKind::kWhole;
  ByteRange range{};
};

// What `header` (the Range field's value) asks of a body of `size` bytes: "bytes=0-499",
// "bytes=500-" (to the end), "bytes=-500" (the last 500); the last position is clipped to the
// end.
[[nodiscard]] RangeRequest parse_range(std::string_view header, std::uint64_t size);

// Sets Accept-Ranges on a 200 response and answers the request's Range (if any, and if an
// If-Range does not say otherwise): 206 with the part and Content-Range, or 416 with
// Content-Range "bytes */size" and no body. Other statuses are left alone.
void answer_range(const Request& request, Response& response);

// The parts of answer_range for a body of `size` bytes not read yet. asked_range sets
// Accept-Ranges on a 200 response and says what its Range asks (kWhole when none, when
// If-Range does not match the response's ETag, or when the status is not 200); the caller then
// reads the part (or the whole) into the body, and mark_range makes it the 206 with its
// Content-Range, or the 416 with no body.
[[nodiscard]] RangeRequest asked_range(const Request& request, Response& response,
                                       std::uint64_t size);
void mark_range(Response& response, const RangeRequest& asked, std::uint64_t size);

}  // namespace tori::http
